import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { conversationKey, type Conversation } from '../../core/commands/conversation.js';
import type { Group, GroupListing, GroupMember, GroupPrompt } from '../../core/groups/group.js';
import type { GroupStore, LinkOutcome, NewGroup } from '../../core/groups/group-store.js';
import type { Executor } from '../client.js';
import { groupChannels, groupFacilitators, groupMemberships, groupPrompts, groups, organisations, people } from '../schema/index.js';
import { rowsOf } from './people-store.js';

type GroupRow = typeof groups.$inferSelect;

export function toGroup(row: GroupRow): Group {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    language: row.language,
    state: row.state,
    starters: row.starters,
    createdAt: row.createdAt,
    archivedAt: row.archivedAt,
  };
}

function toConversation(row: typeof groupChannels.$inferSelect): Conversation {
  return { platform: row.platform, tenantId: row.tenantId, channelId: row.channelId, kind: row.kind };
}

const open = isNull(groupMemberships.leftAt);

export class DrizzleGroupStore implements GroupStore {
  constructor(private readonly db: Executor) {}

  create(group: NewGroup): Promise<Group | undefined> {
    return this.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(groups)
        .values({ slug: group.slug, name: group.name, description: group.description, language: group.language, createdBy: group.createdBy })
        .onConflictDoNothing({ target: groups.slug })
        .returning();
      if (!row) return undefined;
      await tx.insert(groupFacilitators).values({ groupId: row.id, personId: group.createdBy });
      return toGroup(row);
    });
  }

  async findBySlug(slug: string): Promise<Group | undefined> {
    const [row] = await this.db.select().from(groups).where(eq(groups.slug, slug)).limit(1);
    return row ? toGroup(row) : undefined;
  }

  async findById(id: number): Promise<Group | undefined> {
    const [row] = await this.db.select().from(groups).where(eq(groups.id, id)).limit(1);
    return row ? toGroup(row) : undefined;
  }

  slugs(): Promise<{ slug: string; state: Group['state'] }[]> {
    return this.db.select({ slug: groups.slug, state: groups.state }).from(groups).orderBy(groups.slug);
  }

  async listActive(personId: number): Promise<GroupListing[]> {
    const rows = await this.db
      .select({
        group: groups,
        memberCount: sql<number>`count(${groupMemberships.id})::int`,
        isMember: sql<boolean>`coalesce(bool_or(${groupMemberships.personId} = ${personId}), false)`,
      })
      .from(groups)
      .leftJoin(groupMemberships, and(eq(groupMemberships.groupId, groups.id), open))
      .where(eq(groups.state, 'active'))
      .groupBy(groups.id)
      .orderBy(groups.slug);
    return rows.map((row) => ({ group: toGroup(row.group), memberCount: Number(row.memberCount), isMember: Boolean(row.isMember) }));
  }

  async archive(groupId: number, at: Date): Promise<boolean> {
    const rows = await this.db
      .update(groups)
      .set({ state: 'archived', archivedAt: at })
      .where(and(eq(groups.id, groupId), eq(groups.state, 'active')))
      .returning({ id: groups.id });
    return rows.length > 0;
  }

  async isFacilitator(groupId: number, personId: number): Promise<boolean> {
    const rows = await this.db
      .select({ groupId: groupFacilitators.groupId })
      .from(groupFacilitators)
      .where(and(eq(groupFacilitators.groupId, groupId), eq(groupFacilitators.personId, personId)))
      .limit(1);
    return rows.length > 0;
  }

  async join(groupId: number, personId: number, at: Date): Promise<'joined' | 'rejoined' | 'already' | 'archived'> {
    // Only into an active group, and at most one open membership (the partial unique index).
    // Whether they joined within the last day too is read in the same statement.
    const result = rowsOf<{ id: number; recent: boolean }>(
      await this.db.execute(sql`
      insert into group_memberships (group_id, person_id, joined_at)
      select ${groupId}, ${personId}, ${at.toISOString()}::timestamptz
      where exists (select 1 from groups where id = ${groupId} and state = 'active')
      on conflict (group_id, person_id) where left_at is null do nothing
      returning id, exists (
        select 1 from group_memberships earlier
        where earlier.group_id = ${groupId} and earlier.person_id = ${personId}
          and earlier.joined_at > ${at.toISOString()}::timestamptz - interval '1 day' and earlier.left_at is not null
      ) as recent`),
    );
    if (result.length > 0) return result[0]!.recent ? 'rejoined' : 'joined';
    const group = await this.findById(groupId);
    return group?.state === 'active' ? 'already' : 'archived';
  }

  async leave(groupId: number, personId: number, at: Date): Promise<boolean> {
    const rows = await this.db
      .update(groupMemberships)
      .set({ leftAt: at })
      .where(and(eq(groupMemberships.groupId, groupId), eq(groupMemberships.personId, personId), open))
      .returning({ id: groupMemberships.id });
    return rows.length > 0;
  }

  async isMember(groupId: number, personId: number): Promise<boolean> {
    const rows = await this.db
      .select({ id: groupMemberships.id })
      .from(groupMemberships)
      .where(and(eq(groupMemberships.groupId, groupId), eq(groupMemberships.personId, personId), open))
      .limit(1);
    return rows.length > 0;
  }

  async members(groupId: number): Promise<GroupMember[]> {
    const rows = await this.db
      .select({
        personId: people.id,
        name: people.name,
        organisationId: people.organisationId,
        organisationName: organisations.name,
        joinedAt: groupMemberships.joinedAt,
      })
      .from(groupMemberships)
      .innerJoin(people, eq(people.id, groupMemberships.personId))
      .leftJoin(organisations, eq(organisations.id, people.organisationId))
      .where(and(eq(groupMemberships.groupId, groupId), open))
      .orderBy(asc(people.name), asc(people.id));
    return rows;
  }

  async groupsOf(personId: number): Promise<Group[]> {
    const rows = await this.db
      .select({ group: groups })
      .from(groupMemberships)
      .innerJoin(groups, eq(groups.id, groupMemberships.groupId))
      .where(and(eq(groupMemberships.personId, personId), open, eq(groups.state, 'active')))
      .orderBy(groups.slug);
    return rows.map((row) => toGroup(row.group));
  }

  linkChannel(groupId: number, conversation: Conversation, linkedBy: number): Promise<LinkOutcome> {
    return this.db.transaction(async (tx) => {
      // Two links of one group on one platform, or of one channel, at once: the second waits for the
      // first. Always the group's lock first, then the channel's, so no two links wait for each other.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`group-channel:${groupId}:${conversation.platform}`}))`);
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`group-channel:${conversationKey(conversation)}`}))`);
      const [owner] = await tx
        .select({ group: groups })
        .from(groupChannels)
        .innerJoin(groups, eq(groups.id, groupChannels.groupId))
        .where(
          and(
            eq(groupChannels.platform, conversation.platform),
            eq(groupChannels.tenantId, conversation.tenantId),
            eq(groupChannels.channelId, conversation.channelId),
          ),
        )
        .limit(1);
      if (owner && owner.group.id !== groupId) return { linked: false, takenBy: toGroup(owner.group) };
      if (owner) return { linked: true, replaced: undefined };
      const [previous] = await tx
        .delete(groupChannels)
        .where(and(eq(groupChannels.groupId, groupId), eq(groupChannels.platform, conversation.platform)))
        .returning();
      await tx.insert(groupChannels).values({
        groupId,
        platform: conversation.platform,
        tenantId: conversation.tenantId,
        channelId: conversation.channelId,
        kind: conversation.kind,
        linkedBy,
      });
      return { linked: true, replaced: previous ? toConversation(previous) : undefined };
    });
  }

  async channels(groupId: number): Promise<Conversation[]> {
    const rows = await this.db.select().from(groupChannels).where(eq(groupChannels.groupId, groupId)).orderBy(groupChannels.id);
    return rows.map(toConversation);
  }

  async createPrompt(prompt: Omit<GroupPrompt, 'id' | 'cancelledAt'>, createdBy: number): Promise<GroupPrompt> {
    const [row] = await this.db
      .insert(groupPrompts)
      .values({ ...prompt, createdBy })
      .returning();
    return toPrompt(row!);
  }

  async prompt(id: number): Promise<GroupPrompt | undefined> {
    const [row] = await this.db.select().from(groupPrompts).where(eq(groupPrompts.id, id));
    return row ? toPrompt(row) : undefined;
  }

  async prompts(groupId: number): Promise<GroupPrompt[]> {
    const rows = await this.db
      .select()
      .from(groupPrompts)
      .where(and(eq(groupPrompts.groupId, groupId), isNull(groupPrompts.cancelledAt)))
      .orderBy(groupPrompts.id);
    return rows.map(toPrompt);
  }

  async cancelPrompt(id: number, at: Date): Promise<boolean> {
    const rows = await this.db
      .update(groupPrompts)
      .set({ cancelledAt: at })
      .where(and(eq(groupPrompts.id, id), isNull(groupPrompts.cancelledAt)))
      .returning({ id: groupPrompts.id });
    return rows.length > 0;
  }
}

function toPrompt(row: typeof groupPrompts.$inferSelect): GroupPrompt {
  return { id: row.id, groupId: row.groupId, text: row.text, weekday: row.weekday, time: row.time, timeZone: row.timeZone, cancelledAt: row.cancelledAt };
}
