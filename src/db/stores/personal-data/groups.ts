import { asc, eq } from 'drizzle-orm';
import {
  groupChannels,
  groupFacilitators,
  groupMemberships,
  groupPairingSettings,
  groupPrompts,
  groups,
  pairingPairMembers,
  pairingPairs,
  pairingPauses,
  pairingRounds,
} from '../../schema/index.js';
import { changed, type PersonalDataProvider } from './provider.js';

/**
 * Developer groups: memberships (with their history), groups the person facilitates or created,
 * peer pairs they were in, a pause of pairing, prompts they set. Memberships, facilitation, pairs
 * and pauses go; what the person set up for a group stays, without them.
 */
export const groupData: PersonalDataProvider = {
  section: 'groups',
  covers: [
    groups.createdBy,
    groupFacilitators.personId,
    groupMemberships.personId,
    groupChannels.linkedBy,
    groupPairingSettings.updatedBy,
    pairingPairMembers.personId,
    pairingPauses.personId,
    groupPrompts.createdBy,
  ],
  async export(db, personId) {
    const [memberships, facilitates, pairs, pause, prompts, created] = await Promise.all([
      db
        .select({ group: groups.slug, joinedAt: groupMemberships.joinedAt, leftAt: groupMemberships.leftAt })
        .from(groupMemberships)
        .innerJoin(groups, eq(groups.id, groupMemberships.groupId))
        .where(eq(groupMemberships.personId, personId))
        .orderBy(asc(groupMemberships.joinedAt)),
      db
        .select({ group: groups.slug, since: groupFacilitators.addedAt })
        .from(groupFacilitators)
        .innerJoin(groups, eq(groups.id, groupFacilitators.groupId))
        .where(eq(groupFacilitators.personId, personId)),
      db
        .select({
          group: groups.slug,
          round: pairingRounds.number,
          dueAt: pairingRounds.dueAt,
          met: pairingPairMembers.metAnswer,
          answeredAt: pairingPairMembers.answeredAt,
        })
        .from(pairingPairMembers)
        .innerJoin(pairingPairs, eq(pairingPairs.id, pairingPairMembers.pairId))
        .innerJoin(pairingRounds, eq(pairingRounds.id, pairingPairs.roundId))
        .innerJoin(groups, eq(groups.id, pairingRounds.groupId))
        .where(eq(pairingPairMembers.personId, personId))
        .orderBy(asc(pairingRounds.dueAt)),
      db.select({ until: pairingPauses.until, setAt: pairingPauses.setAt }).from(pairingPauses).where(eq(pairingPauses.personId, personId)),
      db
        .select({ group: groups.slug, text: groupPrompts.text, weekday: groupPrompts.weekday, time: groupPrompts.time, cancelledAt: groupPrompts.cancelledAt })
        .from(groupPrompts)
        .innerJoin(groups, eq(groups.id, groupPrompts.groupId))
        .where(eq(groupPrompts.createdBy, personId)),
      db.select({ group: groups.slug, createdAt: groups.createdAt }).from(groups).where(eq(groups.createdBy, personId)),
    ]);
    return { memberships, facilitates, pairs, pairingPausedUntil: pause[0]?.until ?? null, prompts, created };
  },
  async erase(tx, { person }) {
    const id = person.id;
    return {
      group_memberships: changed(await tx.delete(groupMemberships).where(eq(groupMemberships.personId, id)).returning({ id: groupMemberships.id })),
      group_facilitators: changed(await tx.delete(groupFacilitators).where(eq(groupFacilitators.personId, id)).returning({ id: groupFacilitators.groupId })),
      pairing_pair_members: changed(
        await tx.delete(pairingPairMembers).where(eq(pairingPairMembers.personId, id)).returning({ id: pairingPairMembers.pairId }),
      ),
      pairing_pauses: changed(await tx.delete(pairingPauses).where(eq(pairingPauses.personId, id)).returning({ id: pairingPauses.personId })),
      groups: changed(await tx.update(groups).set({ createdBy: null }).where(eq(groups.createdBy, id)).returning({ id: groups.id })),
      group_channels: changed(await tx.update(groupChannels).set({ linkedBy: null }).where(eq(groupChannels.linkedBy, id)).returning({ id: groupChannels.id })),
      group_pairing_settings: changed(
        await tx
          .update(groupPairingSettings)
          .set({ updatedBy: null })
          .where(eq(groupPairingSettings.updatedBy, id))
          .returning({ id: groupPairingSettings.groupId }),
      ),
      group_prompts: changed(await tx.update(groupPrompts).set({ createdBy: null }).where(eq(groupPrompts.createdBy, id)).returning({ id: groupPrompts.id })),
    };
  },
};
