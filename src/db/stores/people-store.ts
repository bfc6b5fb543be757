import { and, desc, eq, sql } from 'drizzle-orm';
import type { Organisation, PeopleStore } from '../../core/people/people-store.js';
import type { Person, PlatformIdentity, PlatformProfile, ReachableIdentity, Role } from '../../core/people/person.js';
import type { Locale } from '../../core/i18n/locale.js';
import type { Sighting } from '../../core/people/last-seen.js';
import type { Executor } from '../client.js';
import { organisations, people, platformIdentities } from '../schema/index.js';
import { mergePersonReferences } from './person-merge.js';
import { jsonRows, slices } from './json-rows.js';

type PersonRow = typeof people.$inferSelect;

interface NewcomerRow {
  id: number;
  name: string;
  email: string | null;
  locale: Locale | null;
  time_zone: string | null;
  role: Role;
  organisation_id: number | null;
  linked: boolean;
}

export function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    locale: row.locale,
    timeZone: row.timeZone,
    role: row.role,
    organisationId: row.organisationId,
  };
}

function sameIdentity(identity: PlatformIdentity) {
  return and(
    eq(platformIdentities.platform, identity.platform),
    eq(platformIdentities.tenantId, identity.tenantId),
    eq(platformIdentities.userId, identity.userId),
  );
}

export class DrizzlePeopleStore implements PeopleStore {
  constructor(private readonly db: Executor) {}

  async findByIdentity(identity: PlatformIdentity): Promise<Person | undefined> {
    const [row] = await this.db
      .select({ person: people })
      .from(platformIdentities)
      .innerJoin(people, eq(people.id, platformIdentities.personId))
      .where(sameIdentity(identity))
      .limit(1);
    return row ? toPerson(row.person) : undefined;
  }

  async findById(id: number): Promise<Person | undefined> {
    const [row] = await this.db.select().from(people).where(eq(people.id, id)).limit(1);
    return row ? toPerson(row) : undefined;
  }

  async findByEmail(email: string): Promise<Person | undefined> {
    const [row] = await this.db.select().from(people).where(sql`lower(${people.email}) = ${email.toLowerCase()}`).limit(1);
    return row ? toPerson(row) : undefined;
  }

  registerIdentity(identity: PlatformIdentity, profile: PlatformProfile, roleIfNew: Role): Promise<Person> {
    return this.db.transaction(async (tx) => {
      // Two first contacts of the same account at once: the second waits and finds the first's work.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`identity:${identity.platform}:${identity.tenantId}:${identity.userId}`}))`);
      const existing = await new DrizzlePeopleStore(tx).findByIdentity(identity);
      if (existing) return existing;

      let personId: number;
      if (profile.email) {
        // Known by e-mail from another platform or an import: link, don't duplicate.
        const rows = await tx.execute<{ id: number }>(sql`
          insert into people (name, email, locale, time_zone, role)
          values (${profile.name}, ${profile.email}, ${profile.locale ?? null}, ${profile.timeZone ?? null}, ${roleIfNew})
          on conflict ((lower(email))) do update set updated_at = now(),
            -- Known by e-mail only (an intervention import): the platform knows their name, language and time zone.
            name = case when exists (select 1 from platform_identities where platform_identities.person_id = people.id) then people.name else excluded.name end,
            locale = coalesce(people.locale, excluded.locale),
            time_zone = coalesce(people.time_zone, excluded.time_zone)
          returning id`);
        personId = Number(rowsOf<{ id: number }>(rows)[0]!.id);
      } else {
        const [row] = await tx
          .insert(people)
          .values({ name: profile.name, locale: profile.locale ?? null, timeZone: profile.timeZone ?? null, role: roleIfNew })
          .returning({ id: people.id });
        personId = row!.id;
      }
      await tx.insert(platformIdentities).values({ personId, ...identity, lastSeenAt: sql`now()` });
      const [person] = await tx.select().from(people).where(eq(people.id, personId));
      return toPerson(person!);
    });
  }

  async registerNewcomer(
    identity: PlatformIdentity,
    profile: Pick<PlatformProfile, 'name' | 'locale' | 'timeZone'>,
  ): Promise<{ person: Person; created: boolean }> {
    // One round trip on a first click: the person and their identity (seen now) together; the
    // identity's unique key decides between two first clicks at once.
    const rows = rowsOf<NewcomerRow>(
      await this.db.execute(sql`
        with person as (
          insert into people (name, locale, time_zone, role) values (${profile.name}, ${profile.locale ?? null}, ${profile.timeZone ?? null}, 'member')
          returning id, name, email, locale, time_zone, role, organisation_id
        ), identity as (
          insert into platform_identities (person_id, platform, tenant_id, user_id, last_seen_at)
          select id, ${identity.platform}, ${identity.tenantId}, ${identity.userId}, now() from person
          on conflict (platform, tenant_id, user_id) do nothing
          returning person_id
        )
        select person.*, exists (select 1 from identity) as linked from person`),
    );
    const row = rows[0]!;
    if (row.linked) {
      return {
        created: true,
        person: {
          id: Number(row.id),
          name: row.name,
          email: row.email,
          locale: row.locale,
          timeZone: row.time_zone,
          role: row.role,
          organisationId: row.organisation_id === null ? null : Number(row.organisation_id),
        },
      };
    }
    await this.db.delete(people).where(eq(people.id, Number(row.id)));
    const existing = await this.findByIdentity(identity);
    if (!existing) throw new Error('a first contact lost its identity to another that is gone');
    return { person: existing, created: false };
  }

  async identitiesOf(personId: number): Promise<PlatformIdentity[]> {
    return this.db
      .select({ platform: platformIdentities.platform, tenantId: platformIdentities.tenantId, userId: platformIdentities.userId })
      .from(platformIdentities)
      .where(eq(platformIdentities.personId, personId))
      .orderBy(platformIdentities.id);
  }

  async identitiesByRecentUse(personId: number): Promise<(ReachableIdentity & { lastSeenAt: Date | null })[]> {
    const rows = await this.db
      .select({
        platform: platformIdentities.platform,
        tenantId: platformIdentities.tenantId,
        userId: platformIdentities.userId,
        directConversationId: platformIdentities.directConversationId,
        lastSeenAt: platformIdentities.lastSeenAt,
      })
      .from(platformIdentities)
      .where(eq(platformIdentities.personId, personId))
      .orderBy(sql`${platformIdentities.lastSeenAt} desc nulls last`, desc(platformIdentities.id));
    return rows.map(({ directConversationId, ...identity }) => (directConversationId ? { ...identity, directConversationId } : identity));
  }

  async rememberDirectConversation(identity: PlatformIdentity, conversationId: string): Promise<void> {
    await this.db
      .update(platformIdentities)
      .set({ directConversationId: conversationId })
      .where(and(sameIdentity(identity), sql`${platformIdentities.directConversationId} is distinct from ${conversationId}`));
  }

  async findWithLastSeen(identity: PlatformIdentity): Promise<{ person: Person; lastSeenAt: Date | null } | undefined> {
    const [row] = await this.db
      .select({ person: people, lastSeenAt: platformIdentities.lastSeenAt })
      .from(platformIdentities)
      .innerJoin(people, eq(people.id, platformIdentities.personId))
      .where(sameIdentity(identity))
      .limit(1);
    return row ? { person: toPerson(row.person), lastSeenAt: row.lastSeenAt } : undefined;
  }

  async recordLastSeen(sightings: Sighting[]): Promise<void> {
    for (const slice of slices(sightings)) {
      const rows = slice.map(({ identity, at }) => ({
        platform: identity.platform,
        tenant_id: identity.tenantId,
        user_id: identity.userId,
        at: at.toISOString(),
      }));
      await this.db.execute(sql`
        update platform_identities set last_seen_at = seen.at
        from jsonb_to_recordset(${jsonRows(rows)}) as seen(platform text, tenant_id text, user_id text, at timestamptz)
        where platform_identities.platform = seen.platform and platform_identities.tenant_id = seen.tenant_id
          and platform_identities.user_id = seen.user_id
          and (platform_identities.last_seen_at is null or platform_identities.last_seen_at < seen.at)`);
    }
  }

  async fillProfile(personId: number, profile: { name?: string; email?: string; locale?: Locale; timeZone?: string }): Promise<Person> {
    const [row] = await this.db
      .update(people)
      .set({
        ...(profile.name ? { name: profile.name } : {}),
        email: sql`coalesce(${people.email}, ${profile.email ?? null})`,
        locale: sql`coalesce(${people.locale}, ${profile.locale ?? null})`,
        timeZone: sql`coalesce(${people.timeZone}, ${profile.timeZone ?? null})`,
        updatedAt: new Date(),
      })
      .where(eq(people.id, personId))
      .returning();
    if (!row) throw new Error(`person ${personId} does not exist`);
    return toPerson(row);
  }

  async mergeInto(fromId: number, intoId: number): Promise<void> {
    if (fromId === intoId) return;
    // The same merge as linking by code: every person reference found from the schema, the
    // survivor's row kept where both have one, waiting reminders following the person.
    await this.db.transaction(async (tx) => {
      await mergePersonReferences(tx, fromId, intoId);
      await tx.delete(people).where(eq(people.id, fromId));
    });
  }

  async setLocale(personId: number, locale: Locale): Promise<void> {
    await this.db.update(people).set({ locale, updatedAt: new Date() }).where(eq(people.id, personId));
  }

  async setRole(personId: number, role: Role): Promise<void> {
    await this.db.update(people).set({ role, updatedAt: new Date() }).where(eq(people.id, personId));
  }

  async setOrganisation(personId: number, organisationId: number | null): Promise<void> {
    await this.db.update(people).set({ organisationId, updatedAt: new Date() }).where(eq(people.id, personId));
  }

  async organisation(id: number): Promise<Organisation | undefined> {
    const [row] = await this.db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(eq(organisations.id, id));
    return row;
  }

  async ensureOrganisation(name: string): Promise<Organisation> {
    const rows = await this.db.execute<{ id: number; name: string }>(sql`
      insert into organisations (name) values (${name.trim()})
      on conflict ((lower(name))) do update set name = organisations.name
      returning id, name`);
    const row = rowsOf<{ id: number; name: string }>(rows)[0]!;
    return { id: Number(row.id), name: row.name };
  }
}

/** postgres.js returns the rows themselves, PGlite a result with .rows: read both the same way. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
