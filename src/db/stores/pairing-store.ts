import { and, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { MetAnswer, PairingRound, PairingSettings, PairingStore, PairingPair } from '../../core/groups/pairing-store.js';
import type { Executor } from '../client.js';
import { groupPairingSettings, pairingPairMembers, pairingPairs, pairingPauses, pairingRounds } from '../schema/index.js';

type RoundRow = typeof pairingRounds.$inferSelect;

export class DrizzlePairingStore implements PairingStore {
  constructor(private readonly db: Executor) {}

  async settings(groupId: number): Promise<PairingSettings | undefined> {
    const [row] = await this.db.select().from(groupPairingSettings).where(eq(groupPairingSettings.groupId, groupId));
    return row ? { groupId: row.groupId, cadenceWeeks: row.cadenceWeeks, nextRoundAt: row.nextRoundAt, paused: row.paused } : undefined;
  }

  async saveSettings(settings: PairingSettings, updatedBy: number | null): Promise<void> {
    const values = { cadenceWeeks: settings.cadenceWeeks, nextRoundAt: settings.nextRoundAt, paused: settings.paused, updatedBy, updatedAt: new Date() };
    await this.db
      .insert(groupPairingSettings)
      .values({ groupId: settings.groupId, ...values })
      .onConflictDoUpdate({ target: groupPairingSettings.groupId, set: values });
  }

  async setPaused(groupId: number, paused: boolean, updatedBy: number): Promise<boolean> {
    const rows = await this.db
      .update(groupPairingSettings)
      .set({ paused, updatedBy, updatedAt: new Date() })
      .where(eq(groupPairingSettings.groupId, groupId))
      .returning({ groupId: groupPairingSettings.groupId });
    return rows.length > 0;
  }

  async setNextRoundAt(groupId: number, at: Date): Promise<void> {
    await this.db.update(groupPairingSettings).set({ nextRoundAt: at }).where(eq(groupPairingSettings.groupId, groupId));
  }

  async lastRoundNumber(groupId: number): Promise<number> {
    const [row] = await this.db
      .select({ number: sql<number>`coalesce(max(${pairingRounds.number}), 0)::int` })
      .from(pairingRounds)
      .where(eq(pairingRounds.groupId, groupId));
    return Number(row?.number ?? 0);
  }

  async roundById(id: number): Promise<PairingRound | undefined> {
    const [row] = await this.db.select().from(pairingRounds).where(eq(pairingRounds.id, id));
    return row ? (await this.withPairs([row]))[0] : undefined;
  }

  async recentRounds(groupId: number, limit: number): Promise<PairingRound[]> {
    const rows = await this.db.select().from(pairingRounds).where(eq(pairingRounds.groupId, groupId)).orderBy(desc(pairingRounds.number)).limit(limit);
    return this.withPairs(rows);
  }

  createRound(round: Omit<PairingRound, 'id' | 'pairs'> & { groups: { personId: number; organisationId: number | null }[][] }): Promise<PairingRound> {
    return this.db.transaction(async (tx) => {
      const [created] = await tx
        .insert(pairingRounds)
        .values({ groupId: round.groupId, number: round.number, dueAt: round.dueAt, seed: round.seed })
        .onConflictDoNothing({ target: [pairingRounds.groupId, pairingRounds.number] })
        .returning();
      const store = new DrizzlePairingStore(tx);
      if (!created) {
        const [existing] = await tx
          .select()
          .from(pairingRounds)
          .where(and(eq(pairingRounds.groupId, round.groupId), eq(pairingRounds.number, round.number)));
        return (await store.withPairs([existing!]))[0]!;
      }
      for (const group of round.groups) {
        const [pair] = await tx.insert(pairingPairs).values({ roundId: created.id }).returning({ id: pairingPairs.id });
        await tx.insert(pairingPairMembers).values(group.map((member) => ({ pairId: pair!.id, ...member })));
      }
      return (await store.withPairs([created]))[0]!;
    });
  }

  async answer(pairId: number, personId: number, answer: MetAnswer, at: Date): Promise<boolean> {
    const rows = await this.db
      .update(pairingPairMembers)
      .set({ metAnswer: answer, answeredAt: at })
      .where(and(eq(pairingPairMembers.pairId, pairId), eq(pairingPairMembers.personId, personId)))
      .returning({ pairId: pairingPairMembers.pairId });
    return rows.length > 0;
  }

  async pair(pairId: number): Promise<(PairingPair & { roundId: number; groupId: number }) | undefined> {
    const [row] = await this.db
      .select({ roundId: pairingPairs.roundId, groupId: pairingRounds.groupId })
      .from(pairingPairs)
      .innerJoin(pairingRounds, eq(pairingRounds.id, pairingPairs.roundId))
      .where(eq(pairingPairs.id, pairId));
    if (!row) return undefined;
    const members = await this.db
      .select({ personId: pairingPairMembers.personId, organisationId: pairingPairMembers.organisationId, metAnswer: pairingPairMembers.metAnswer })
      .from(pairingPairMembers)
      .where(eq(pairingPairMembers.pairId, pairId))
      .orderBy(pairingPairMembers.personId);
    return { id: pairId, members, ...row };
  }

  async pausedAmong(personIds: number[], at: Date): Promise<Set<number>> {
    if (personIds.length === 0) return new Set();
    const rows = await this.db
      .select({ personId: pairingPauses.personId })
      .from(pairingPauses)
      .where(and(inArray(pairingPauses.personId, personIds), gt(pairingPauses.until, at)));
    return new Set(rows.map((row) => row.personId));
  }

  async pause(personId: number, until: Date, at: Date): Promise<void> {
    await this.db
      .insert(pairingPauses)
      .values({ personId, until, setAt: at })
      .onConflictDoUpdate({ target: pairingPauses.personId, set: { until, setAt: at } });
  }

  async resume(personId: number, at: Date): Promise<boolean> {
    const rows = await this.db
      .delete(pairingPauses)
      .where(and(eq(pairingPauses.personId, personId), gt(pairingPauses.until, at)))
      .returning({ personId: pairingPauses.personId });
    return rows.length > 0;
  }

  private async withPairs(rounds: RoundRow[]): Promise<PairingRound[]> {
    if (rounds.length === 0) return [];
    const members = await this.db
      .select({
        roundId: pairingPairs.roundId,
        pairId: pairingPairs.id,
        personId: pairingPairMembers.personId,
        organisationId: pairingPairMembers.organisationId,
        metAnswer: pairingPairMembers.metAnswer,
      })
      .from(pairingPairs)
      .innerJoin(pairingPairMembers, eq(pairingPairMembers.pairId, pairingPairs.id))
      .where(
        inArray(
          pairingPairs.roundId,
          rounds.map((round) => round.id),
        ),
      )
      .orderBy(pairingPairs.id, pairingPairMembers.personId);
    return rounds.map((round) => {
      const pairs = new Map<number, PairingPair>();
      for (const member of members.filter((candidate) => candidate.roundId === round.id)) {
        const pair = pairs.get(member.pairId) ?? { id: member.pairId, members: [] };
        pair.members.push({ personId: member.personId, organisationId: member.organisationId, metAnswer: member.metAnswer });
        pairs.set(member.pairId, pair);
      }
      return { id: round.id, groupId: round.groupId, number: round.number, dueAt: round.dueAt, seed: round.seed, pairs: [...pairs.values()] };
    });
  }
}
