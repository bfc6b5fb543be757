import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { interventionHistory, interventionNudgeSettings, interventions, organisations, people } from '../../schema/index.js';
import type { Executor } from '../../client.js';
import { ERASED, changed, jsonString, type ErasedPerson, type PersonalDataProvider } from './provider.js';

/**
 * The person's interventions (as owner) and their changes to their organisation's plan. On
 * erasure each intervention is handed to a coordinator of its organisation (else an admin there,
 * else a network admin), with a line in its history; the person's name and e-mail address leave
 * the history. Work nobody can take keeps a nameless placeholder owner.
 */
export const interventionData: PersonalDataProvider = {
  section: 'interventions',
  covers: [interventions.ownerPersonId, interventionHistory.actorPersonId, interventionNudgeSettings.updatedBy],
  async export(db, personId) {
    const [person] = await db.select({ email: people.email, name: people.name }).from(people).where(eq(people.id, personId));
    const [owned, changes, aboutYou] = await Promise.all([
      db
        .select({
          id: interventions.id,
          organisation: organisations.name,
          title: interventions.title,
          description: interventions.description,
          dueDate: interventions.dueDate,
          status: interventions.status,
          completedAt: interventions.completedAt,
          snoozedUntil: interventions.snoozedUntil,
        })
        .from(interventions)
        .innerJoin(organisations, eq(organisations.id, interventions.organisationId))
        .where(eq(interventions.ownerPersonId, personId))
        .orderBy(asc(interventions.id)),
      db
        .select({
          intervention: interventionHistory.interventionId,
          at: interventionHistory.at,
          action: interventionHistory.action,
          changes: interventionHistory.changes,
        })
        .from(interventionHistory)
        .where(eq(interventionHistory.actorPersonId, personId))
        .orderBy(asc(interventionHistory.at)),
      // What others wrote about the person: the history of interventions they own, and lines naming their e-mail address.
      db
        .select({
          intervention: interventionHistory.interventionId,
          at: interventionHistory.at,
          action: interventionHistory.action,
          changes: interventionHistory.changes,
        })
        .from(interventionHistory)
        .where(
          and(
            sql`${interventionHistory.actorPersonId} is distinct from ${personId}`,
            sql`(${interventionHistory.interventionId} in (select id from interventions where owner_person_id = ${personId})
                 or ${person?.email ? sql`strpos(lower(${interventionHistory.changes}::text), lower(${jsonString(person.email)})) > 0` : sql`false`})`,
          ),
        )
        .orderBy(asc(interventionHistory.at)),
    ]);
    return { owned, changesMade: changes, historyAboutYou: aboutYou };
  },
  async erase(tx, context) {
    const { person, now } = context;
    const owned = await tx
      .select({ id: interventions.id, organisationId: interventions.organisationId })
      .from(interventions)
      .where(eq(interventions.ownerPersonId, person.id))
      .orderBy(asc(interventions.id))
      .for('update');
    let handed = 0;
    for (const intervention of owned) {
      const successor = await successorIn(tx, intervention.organisationId, person.id);
      context.handedOver.push({ interventionId: intervention.id, toPersonId: successor?.id ?? null });
      if (!successor) {
        context.keepPersonRow = true;
        continue;
      }
      await tx.update(interventions).set({ ownerPersonId: successor.id, updatedAt: now }).where(eq(interventions.id, intervention.id));
      await tx.insert(interventionHistory).values({
        interventionId: intervention.id,
        at: now,
        actorPersonId: null,
        action: 'assigned',
        changes: { owner: [ERASED, successor.email ?? successor.name] },
      });
      handed++;
    }
    const unlinked = changed(
      await tx
        .update(interventionHistory)
        .set({ actorPersonId: null })
        .where(eq(interventionHistory.actorPersonId, person.id))
        .returning({ id: interventionHistory.id }),
    );
    const scrubbed = await scrubOwnerInHistory(tx, person);
    const settings = changed(
      await tx
        .update(interventionNudgeSettings)
        .set({ updatedBy: null })
        .where(eq(interventionNudgeSettings.updatedBy, person.id))
        .returning({ id: interventionNudgeSettings.organisationId }),
    );
    return { interventions: handed, intervention_history: unlinked + scrubbed + handed, intervention_nudge_settings: settings };
  },
};

/** A coordinator of the organisation, else an admin of it, else any network admin; never the person. */
async function successorIn(tx: Executor, organisationId: number, personId: number): Promise<{ id: number; name: string; email: string | null } | undefined> {
  const [row] = await tx
    .select({ id: people.id, name: people.name, email: people.email })
    .from(people)
    .where(and(ne(people.id, personId), sql`(${people.role} = 'admin' or (${people.role} = 'coordinator' and ${people.organisationId} = ${organisationId}))`))
    .orderBy(sql`case when ${people.role} = 'coordinator' then 0 when ${people.organisationId} = ${organisationId} then 1 else 2 end`, asc(people.id))
    .limit(1);
  return row;
}

/** History shows owners by e-mail address (or name): the person's become the placeholder. */
async function scrubOwnerInHistory(tx: Executor, person: ErasedPerson): Promise<number> {
  const shown = [person.email, person.name].filter((value): value is string => Boolean(value));
  let scrubbed = 0;
  for (const value of shown) {
    const rows = await tx
      .select({ id: interventionHistory.id, changes: interventionHistory.changes })
      .from(interventionHistory)
      .where(sql`${interventionHistory.changes}->'owner' @> ${jsonString(value)}::jsonb`);
    for (const row of rows) {
      const owner = (row.changes.owner ?? []).map((entry) => (entry === value ? ERASED : entry)) as [unknown, unknown];
      await tx
        .update(interventionHistory)
        .set({ changes: { ...row.changes, owner } })
        .where(eq(interventionHistory.id, row.id));
      scrubbed++;
    }
  }
  return scrubbed;
}
