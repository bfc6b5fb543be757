import { z } from 'zod';
import type { Delivery, RecipientContext } from '../delivery/delivery.js';
import type { ClaimedJob, JobContext } from '../jobs/job.js';
import type { Jobs } from '../jobs/jobs.js';
import { enqueueNextOccurrence, occurrenceFields, occurrenceOf } from '../jobs/recurring.js';
import { defineJob } from '../jobs/job-definition.js';
import * as field from '../jobs/payload-schemas.js';
import type { Button, Message } from '../messages/message.js';
import { silentLogger, type Logger } from '../ports/logger.js';
import { DeliveryError } from '../ports/platform-gateway.js';
import { daysUntil } from '../time/relative-days.js';
import { localDateOf, localTimeOf, localToUtc, weekdayOf, type LocalDate } from '../time/local-time.js';
import type { Recurrence } from '../time/recurrence.js';
import { FINNISH_WORKING_DAYS, moveOffDaysOff, type DateRange, type WorkingCalendar } from '../time/working-days.js';
import type { KeinoServices } from '../services.js';
import type { InterventionService } from './intervention-service.js';
import type { Intervention, NudgeSchedule } from './intervention.js';
import { askGroupButtons } from './ask-group.js';
import { digestMessage, escalationMessage, nudgeMessage, summerSummaryMessage } from './nudge-messages.js';
import { escalationAt, nextNudge, nudgeOn, type NudgeOccurrence } from './nudge-plan.js';

export const nudgeKey = (id: number, date: LocalDate) => `nudge:${id}:${date}`;
export const escalationKey = (id: number, dueDate: LocalDate) => `escalation:${id}:${dueDate}`;

/** An owner's nudge about one intervention on one of their local dates. */
export const nudgeJob = defineJob({
  kind: 'interventions.nudge',
  payload: z.object({ interventionId: field.id, date: field.localDate }),
  key: ({ interventionId, date }) => nudgeKey(interventionId, date),
});

/** The coordinators hear of an intervention overdue for its due date. */
export const escalationJob = defineJob({
  kind: 'interventions.escalate',
  payload: z.object({ interventionId: field.id, dueDate: field.localDate }),
  key: ({ interventionId, dueDate }) => escalationKey(interventionId, dueDate),
});

/** An organisation's weekly digest for its coordinators, one occurrence a job. */
export const digestJob = defineJob({
  kind: 'interventions.digest',
  payload: z.object({ organisationId: field.id, ...occurrenceFields }),
  key: ({ organisationId, occurrence }) => `digest:${organisationId}:${occurrence}`,
});

/** After a summer break: each owner's summary of what fell due in it, and the coordinators' digest. */
export const summerSummaryJob = defineJob({
  kind: 'interventions.summer-summary',
  payload: z.object({ organisationId: field.id, from: field.localDate, to: field.localDate }),
  key: ({ organisationId, from }) => `summer:${organisationId}:${from}`,
});

type Payload<Definition extends { payload: z.ZodType }> = z.output<Definition['payload']>;
/** An intervention whose next nudge and escalation are to be planned, with its organisation's schedule and days. */
interface NudgePlan {
  intervention: Intervention;
  schedule: NudgeSchedule;
  calendar: WorkingCalendar;
  afterDate: LocalDate | undefined;
}

export interface NudgerOptions {
  interventions: InterventionService;
  jobs: Jobs;
  delivery: Delivery;
  /** The network's time zone: owners who have not set theirs, and the coordinators' digest. */
  timeZone: string;
  logger?: Logger;
  /** Extra buttons on a nudge (the developer-group question), when that feature is present. */
  nudgeButtons?: (intervention: Intervention, recipient: RecipientContext) => Promise<Button[]>;
  /** The organisation's working days (its own days off and summer breaks); the Finnish calendar when left out. */
  calendarOf?: (organisationId: number) => Promise<WorkingCalendar>;
  /** Of these people, who is away (`away`) on the date, until when; nobody when left out. */
  awayOn?: (personIds: number[], date: LocalDate) => Promise<Map<number, DateRange>>;
}

/**
 * Nudges through the scheduler. Each open intervention has its next nudge as a job keyed
 * `nudge:<intervention>:<owner's local date>`; when it runs it checks the intervention as it is
 * now (open, not snoozed, the date still in the plan), sends in the owner's language, and plans
 * the next one. A change (done, snoozed, new due date, new owner, new schedule) cancels what was
 * planned and plans again. Escalations (`escalation:<id>:<due date>`) and the coordinators' weekly
 * digest (`digest:<organisation>:<date>`) work the same way.
 */
export class Nudger {
  private readonly logger: Logger;

  constructor(private readonly options: NudgerOptions) {
    this.logger = options.logger ?? silentLogger;
  }

  register(): void {
    const { jobs, interventions } = this.options;
    jobs.handle(nudgeJob, (job, context) => this.runNudge(job, context));
    jobs.handle(escalationJob, (job, context) => this.runEscalation(job, context));
    jobs.handle(digestJob, (job, context) => this.runDigest(job, context));
    jobs.handle(summerSummaryJob, (job, context) => this.runSummerSummary(job, context));
    interventions.onChange((ids, now) => this.replan(ids, now));
  }

  private calendarOf(organisationId: number): Promise<WorkingCalendar> {
    return this.options.calendarOf?.(organisationId) ?? Promise.resolve(FINNISH_WORKING_DAYS);
  }

  private zoneOf(intervention: Intervention): string {
    return intervention.owner.timeZone ?? this.options.timeZone;
  }

  /**
   * Plans again what changed: cancels waiting nudges and escalations, enqueues the next ones. Set
   * by set: a whole import's interventions are read, cancelled and planned in a few statements.
   */
  async replan(ids: number[], now: Date): Promise<void> {
    const changed = await this.options.interventions.findMany(ids);
    if (changed.length === 0) return;
    const schedules = new Map<number, NudgeSchedule>();
    const calendars = new Map<number, WorkingCalendar>();
    for (const intervention of changed) {
      if (!schedules.has(intervention.organisationId)) {
        schedules.set(intervention.organisationId, await this.options.interventions.nudgeSchedule(intervention.organisationId));
        calendars.set(intervention.organisationId, await this.calendarOf(intervention.organisationId));
      }
    }
    await this.options.jobs.cancel({ prefixes: changed.flatMap((intervention) => [`nudge:${intervention.id}:`, `escalation:${intervention.id}:`]) });
    const plans = changed.map((intervention) => ({
      intervention,
      schedule: schedules.get(intervention.organisationId)!,
      calendar: calendars.get(intervention.organisationId)!,
      afterDate: undefined,
    }));
    await this.planNudges(plans, now, true);
    await this.planEscalations(plans, now);
    for (const [organisationId, schedule] of schedules) {
      await this.planDigest(organisationId, schedule, now);
      await this.planSummerSummaries(organisationId, schedule, now);
    }
  }

  /**
   * One summary job for each summer break still to end, on the first working day after it
   * (`summer:<organisation>:<first day>`); a break removed or changed cancels its job.
   */
  private async planSummerSummaries(organisationId: number, schedule: NudgeSchedule, now: Date): Promise<void> {
    await this.options.jobs.cancel({ prefix: `summer:${organisationId}:` });
    const calendar = await this.calendarOf(organisationId);
    for (const summer of calendar.summers) {
      const at = localToUtc(calendar.summaryDayOf(summer), schedule.sendAt, this.options.timeZone);
      if (at.getTime() <= now.getTime()) continue;
      const job = summerSummaryJob.job({ organisationId, from: summer.from, to: summer.to }, { dueAt: at });
      const { created } = await this.options.jobs.enqueue(job);
      if (!created) await this.options.jobs.reschedule(job.key, at);
    }
  }

  /**
   * Enqueues each intervention's next nudge. After a change (`revive`), a key cancelled by an
   * earlier change comes back to life, and a key already sent (a nudge earlier today) is passed
   * over for the next date: one nudge a day at most. A running nudge plans its successor this way
   * too (without reviving): a key that exists means someone planned it already.
   */
  private async planNudges(plans: NudgePlan[], now: Date, revive: boolean): Promise<void> {
    // nextNudge is pure and costly (time zone arithmetic); an import's thousands of interventions
    // share a few hundred due dates, so each distinct question is answered once. The schedule and
    // the calendar are the organisation's.
    const answers = new Map<string, NudgeOccurrence | undefined>();
    const nextOf = ({ intervention, schedule, calendar, afterDate }: NudgePlan) => {
      const zone = this.zoneOf(intervention);
      const question = [intervention.organisationId, zone, intervention.dueDate, intervention.status, intervention.snoozedUntil?.getTime(), afterDate].join(
        '|',
      );
      if (!answers.has(question)) answers.set(question, nextNudge(intervention, schedule, calendar, zone, now, afterDate));
      return answers.get(question);
    };
    let waiting = plans;
    for (let attempt = 0; attempt < 5 && waiting.length > 0; attempt++) {
      const planned = waiting.flatMap((plan) => {
        const next = nextOf(plan);
        return next ? [{ plan, next, key: nudgeKey(plan.intervention.id, next.localDate) }] : [];
      });
      const created = await this.options.jobs.enqueueMany(
        planned.map(({ plan, next }) => nudgeJob.job({ interventionId: plan.intervention.id, date: next.localDate }, { dueAt: next.at })),
      );
      if (!revive) return;
      const existing = planned.filter(({ key }) => !created.has(key));
      const moved = await this.options.jobs.rescheduleMany(existing.map(({ key, next }) => ({ key, dueAt: next.at })));
      waiting = existing.filter(({ key }) => !moved.has(key)).map(({ plan, next }) => ({ ...plan, afterDate: next.localDate }));
    }
  }

  private async planEscalations(plans: NudgePlan[], now: Date): Promise<void> {
    const answers = new Map<string, ReturnType<typeof escalationAt>>();
    const planned = plans.flatMap(({ intervention, schedule, calendar }) => {
      const zone = this.zoneOf(intervention);
      const question = [intervention.organisationId, zone, intervention.dueDate, intervention.status].join('|');
      if (!answers.has(question)) answers.set(question, escalationAt(intervention, schedule, calendar, zone));
      const when = answers.get(question);
      if (!when) return [];
      // Already past (a plan imported late): tell the coordinators now rather than never.
      const dueAt = when.at.getTime() > now.getTime() ? when.at : now;
      return [{ intervention, dueAt, key: escalationKey(intervention.id, intervention.dueDate) }];
    });
    const created = await this.options.jobs.enqueueMany(
      planned.map(({ intervention, dueAt }) => escalationJob.job({ interventionId: intervention.id, dueDate: intervention.dueDate }, { dueAt })),
    );
    // A cancelled escalation for the same due date comes back; a sent one is never repeated.
    await this.options.jobs.rescheduleMany(planned.filter(({ key }) => !created.has(key)).map(({ key, dueAt }) => ({ key, dueAt })));
  }

  private digestRule(schedule: NudgeSchedule): Extract<Recurrence, { every: 'week' }> | undefined {
    return schedule.digestWeekday ? { every: 'week', weekday: schedule.digestWeekday, time: schedule.digestAt } : undefined;
  }

  /** The organisation's next digest (idempotent: one job a date); none when the digest is off. */
  async planDigest(organisationId: number, schedule: NudgeSchedule, now: Date): Promise<void> {
    const rule = this.digestRule(schedule);
    if (!rule) {
      await this.options.jobs.cancel({ prefix: `digest:${organisationId}:` });
      return;
    }
    await this.enqueueDigest(organisationId, rule, now);
  }

  /** The digest's next occurrence after `after`, moved to the next working day; none in a summer break. */
  private async enqueueDigest(organisationId: number, rule: Recurrence, after: Date): Promise<void> {
    const calendar = await this.calendarOf(organisationId);
    const next = await enqueueNextOccurrence(this.options.jobs, {
      definition: digestJob,
      rule,
      zone: this.options.timeZone,
      after,
      payload: { organisationId },
      sendDateOf: (occurrence) => moveOffDaysOff(calendar, occurrence.localDate, 'later'),
    });
    // A day off added since it was planned: the waiting digest moves.
    if (!next.created) await this.options.jobs.reschedule(next.key, next.dueAt);
  }

  private async runNudge(job: ClaimedJob<Payload<typeof nudgeJob>>, { now }: JobContext): Promise<void> {
    const { interventionId, date } = job.payload;
    const intervention = await this.options.interventions.find(interventionId);
    if (!intervention) return;
    const schedule = await this.options.interventions.nudgeSchedule(intervention.organisationId);
    const zone = this.zoneOf(intervention);
    // As things are now: done, cancelled, snoozed, or moved away from this date → nothing to say.
    const occurrence = nudgeOn(intervention, schedule, await this.calendarOf(intervention.organisationId), zone, date, now);
    // The next one is planned first, so that even a send that finally fails does not end the chain.
    await this.planNudges([{ intervention, schedule, calendar: await this.calendarOf(intervention.organisationId), afterDate: date }], now, false);
    if (!occurrence) return;
    await this.sendTo(job, intervention.owner.id, async (recipient) => {
      const extraButtons = (await this.options.nudgeButtons?.(intervention, recipient)) ?? [];
      return nudgeMessage({ ...recipient, now }, intervention, { kind: occurrence.kind, extraButtons });
    });
  }

  private async runEscalation(job: ClaimedJob<Payload<typeof escalationJob>>, { now }: JobContext): Promise<void> {
    const intervention = await this.options.interventions.find(job.payload.interventionId);
    if (!intervention || intervention.dueDate !== job.payload.dueDate) return;
    const schedule = await this.options.interventions.nudgeSchedule(intervention.organisationId);
    const when = escalationAt(intervention, schedule, await this.calendarOf(intervention.organisationId), this.zoneOf(intervention));
    if (!when || -daysUntil(intervention.dueDate, now, this.zoneOf(intervention)) < schedule.escalateAfterDays) return;
    for (const coordinator of await this.options.interventions.coordinatorsOf(intervention.organisationId)) {
      await this.sendTo(job, coordinator, (recipient) => escalationMessage({ ...recipient, now }, intervention));
    }
  }

  private async runDigest(job: ClaimedJob<Payload<typeof digestJob>>, { now }: JobContext): Promise<void> {
    const { organisationId } = job.payload;
    const occurrence = occurrenceOf(job.payload);
    const schedule = await this.options.interventions.nudgeSchedule(organisationId);
    const rule = this.digestRule(schedule);
    if (!rule) return;
    // A digest planned before the schedule changed day or time sends nothing; the new one is planned.
    const current = weekdayOf(occurrence.localDate) === rule.weekday && localTimeOf(occurrence.at, this.options.timeZone) === rule.time;
    await this.enqueueDigest(organisationId, rule, occurrence.at);
    // In a summer break (set since it was planned): the break's summary tells instead.
    const stillSent = moveOffDaysOff(await this.calendarOf(organisationId), occurrence.localDate, 'later') !== undefined;
    if (!current || !stillSent) return;
    await this.sendDigest(job, organisationId, now);
  }

  private async sendDigest(job: ClaimedJob<unknown>, organisationId: number, now: Date): Promise<void> {
    const organisation = await this.options.interventions.organisation(organisationId);
    if (!organisation || !(await this.options.interventions.hasInterventions(organisationId))) return;
    for (const coordinator of await this.options.interventions.coordinatorsOf(organisationId)) {
      await this.sendTo(job, coordinator, async (recipient) => {
        const overview = await this.options.interventions.overviewOf(organisation, now, recipient.timeZone);
        const away = await this.awayOn(
          overview.owners.map((owner) => owner.id),
          localDateOf(now, recipient.timeZone),
        );
        const names = overview.owners.filter((owner) => away.has(owner.id)).map((owner) => ({ name: owner.name, until: away.get(owner.id)!.to }));
        return digestMessage({ ...recipient, now }, overview, await this.options.interventions.weeklyChange(overview, now, this.options.timeZone), names);
      });
    }
  }

  /** The first working day after a summer break: each owner hears once of what fell due in it, the coordinators get the digest. */
  private async runSummerSummary(job: ClaimedJob<Payload<typeof summerSummaryJob>>, { now }: JobContext): Promise<void> {
    const { organisationId, from, to } = job.payload;
    const calendar = await this.calendarOf(organisationId);
    if (!calendar.summers.some((summer) => summer.from === from && summer.to === to)) return; // changed or removed since
    const organisation = await this.options.interventions.organisation(organisationId);
    if (!organisation) return;
    const overview = await this.options.interventions.overviewOf(organisation, now, this.options.timeZone);
    const byOwner = new Map<number, Intervention[]>();
    for (const intervention of [...overview.overdue, ...overview.upcoming]) {
      byOwner.set(intervention.owner.id, [...(byOwner.get(intervention.owner.id) ?? []), intervention]);
    }
    for (const [ownerId, interventions] of byOwner) {
      await this.sendTo(job, ownerId, (recipient) => summerSummaryMessage({ ...recipient, now }, interventions, { from, to }));
    }
    await this.sendDigest(job, organisationId, now);
  }

  private async awayOn(personIds: number[], date: LocalDate): Promise<Map<number, DateRange>> {
    return (await this.options.awayOn?.(personIds, date)) ?? new Map();
  }

  /**
   * A send that is not repeated by a retry, in the person's hours (never 18–08 nor on their
   * organisation's day off: it waits); a person who is away (`away`), on their organisation's summer
   * break, or whom no platform knows yet is skipped, not failed.
   */
  private async sendTo(job: ClaimedJob<unknown>, personId: number, render: (recipient: RecipientContext) => Promise<Message> | Message): Promise<void> {
    try {
      await this.options.delivery.forJob(job, { hours: 'scheduled' }).sendToPerson(personId, render);
    } catch (error) {
      if (error instanceof DeliveryError && error.options.code === 'time_off') {
        this.logger.info({ job: job.key, personId }, 'away: nothing sent');
        return;
      }
      if (error instanceof DeliveryError && (error.options.code === 'unreachable' || error.options.code === 'no_person')) {
        this.logger.info({ job: job.key, personId }, 'not reachable on any chat platform yet; nothing sent');
        return;
      }
      throw error;
    }
  }
}

/** Nudges, escalations and digests for the interventions: handlers registered, changes replanned. */
export function registerInterventionNudges(
  services: Pick<KeinoServices, 'interventions' | 'jobs' | 'delivery' | 'groups' | 'workingDays'>,
  options: { timeZone: string; logger?: Logger },
): Nudger {
  const nudger = new Nudger({
    ...options,
    interventions: services.interventions,
    jobs: services.jobs,
    delivery: services.delivery,
    nudgeButtons: (intervention, recipient) => askGroupButtons(services, intervention, recipient),
    calendarOf: (organisationId) => services.workingDays.calendarOf(organisationId),
    awayOn: (personIds, date) => services.workingDays.awayOn(personIds, date),
  });
  nudger.register();
  return nudger;
}
