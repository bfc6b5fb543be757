import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { IdentityLinkStore, PersonMerge, StoredLinkCode } from '../../core/people/identity-links.js';
import type { Person, PlatformIdentity } from '../../core/people/person.js';
import type { Executor } from '../client.js';
import { linkAttempts, linkCodes, people, platformIdentities } from '../schema/index.js';
import { mergePersonReferences } from './person-merge.js';

export class DrizzleIdentityLinkStore implements IdentityLinkStore {
  constructor(private readonly db: Executor) {}

  async replaceCode(identity: PlatformIdentity, personId: number, codeHash: string, expiresAt: Date): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.delete(linkCodes).where(eq(linkCodes.personId, personId));
      await tx.insert(linkCodes).values({ codeHash, personId, ...identity, expiresAt });
    });
  }

  async findCode(codeHash: string): Promise<StoredLinkCode | undefined> {
    const [row] = await this.db.select().from(linkCodes).where(eq(linkCodes.codeHash, codeHash)).limit(1);
    if (!row) return undefined;
    return {
      id: row.id,
      personId: row.personId,
      identity: { platform: row.platform, tenantId: row.tenantId, userId: row.userId },
      expiresAt: row.expiresAt,
      usedAt: row.usedAt,
    };
  }

  async failures(personId: number, now: Date, windowMs: number): Promise<number> {
    const [row] = await this.db
      .select({ failures: linkAttempts.failures })
      .from(linkAttempts)
      .where(and(eq(linkAttempts.personId, personId), gt(linkAttempts.windowStartedAt, new Date(now.getTime() - windowMs))));
    return row?.failures ?? 0;
  }

  async recordFailure(personId: number, now: Date, windowMs: number): Promise<void> {
    // One row a person: a window that has closed starts again at 1.
    const windowOpenSince = sql`${new Date(now.getTime() - windowMs).toISOString()}::timestamptz`;
    const at = sql`${now.toISOString()}::timestamptz`;
    await this.db
      .insert(linkAttempts)
      .values({ personId, windowStartedAt: now, failures: 1 })
      .onConflictDoUpdate({
        target: linkAttempts.personId,
        set: {
          failures: sql`case when ${linkAttempts.windowStartedAt} > ${windowOpenSince} then ${linkAttempts.failures} + 1 else 1 end`,
          windowStartedAt: sql`case when ${linkAttempts.windowStartedAt} > ${windowOpenSince} then ${linkAttempts.windowStartedAt} else ${at} end`,
        },
      });
  }

  merge({ codeId, survivor, absorbed, role, organisationId, now }: PersonMerge): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      // Single use, even with two redemptions at once: the second finds the code taken.
      const claimed = await tx
        .update(linkCodes)
        .set({ usedAt: now })
        .where(and(eq(linkCodes.id, codeId), isNull(linkCodes.usedAt), gt(linkCodes.expiresAt, now)))
        .returning({ id: linkCodes.id });
      if (claimed.length === 0) return false;
      // The identity that asked must still be the survivor's (not unlinked since the checks).
      const [asker] = await tx
        .select({ id: platformIdentities.id })
        .from(platformIdentities)
        .innerJoin(
          linkCodes,
          and(
            eq(linkCodes.id, codeId),
            eq(linkCodes.platform, platformIdentities.platform),
            eq(linkCodes.tenantId, platformIdentities.tenantId),
            eq(linkCodes.userId, platformIdentities.userId),
          ),
        )
        .where(eq(platformIdentities.personId, survivor.id));
      if (!asker) return false;
      // Both rows locked in id order, so two merges touching the same people cannot deadlock.
      await tx.execute(sql`select id from people where id in (${survivor.id}, ${absorbed.id}) order by id for update`);
      // The absorbed person's own codes die with their row; its e-mail moves only to a survivor without one.
      await tx.delete(linkCodes).where(eq(linkCodes.personId, absorbed.id));
      await tx.update(people).set({ email: null }).where(eq(people.id, absorbed.id));
      await mergePersonReferences(tx, absorbed.id, survivor.id);
      await tx
        .update(people)
        .set({
          email: sql`coalesce(${people.email}, ${absorbed.email})`,
          locale: sql`coalesce(${people.locale}, ${absorbed.locale})`,
          timeZone: sql`coalesce(${people.timeZone}, ${absorbed.timeZone})`,
          role,
          organisationId,
          updatedAt: now,
        })
        .where(eq(people.id, survivor.id));
      await tx.delete(people).where(eq(people.id, absorbed.id));
      return true;
    });
  }

  split(identity: PlatformIdentity, from: Person, now: Date): Promise<number> {
    return this.db.transaction(async (tx) => {
      // A person of its own with nothing it did not prove: no e-mail, no organisation, no role.
      const [created] = await tx
        .insert(people)
        .values({ name: from.name, locale: from.locale, timeZone: from.timeZone, role: 'member', createdAt: now, updatedAt: now })
        .returning({ id: people.id });
      await tx
        .update(platformIdentities)
        .set({ personId: created!.id })
        .where(
          and(
            eq(platformIdentities.personId, from.id),
            eq(platformIdentities.platform, identity.platform),
            eq(platformIdentities.tenantId, identity.tenantId),
            eq(platformIdentities.userId, identity.userId),
          ),
        );
      return created!.id;
    });
  }
}
