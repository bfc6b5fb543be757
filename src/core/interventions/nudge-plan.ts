import { addDays, daysBetween, localDateOf, localToUtc, type LocalDate } from '../time/local-time.js';
import { moveOffDaysOff, type WorkingCalendar } from '../time/working-days.js';
import { isOpen, type Intervention, type NudgeSchedule } from './intervention.js';

/** Why the owner is nudged on a day: ahead of the due date, on it, while overdue, or as a snooze ends. */
export type NudgeKind = 'before' | 'due' | 'overdue' | 'snoozeEnd';

export interface NudgeOccurrence {
  /** The owner's local date the nudge is meant for: part of the job's key, so moving it never makes a second one. */
  localDate: LocalDate;
  /** The working day it is sent on. */
  sendDate: LocalDate;
  at: Date;
  kind: NudgeKind;
}

export type NudgeState = Pick<Intervention, 'dueDate' | 'status' | 'snoozedUntil'>;

/** The schedule's nudge dates from `from` to `to` (inclusive), without snoozes: before, on and after the due date. */
function scheduledDates(state: NudgeState, schedule: NudgeSchedule, from: LocalDate, to: LocalDate): { localDate: LocalDate; kind: NudgeKind }[] {
  const dates: { localDate: LocalDate; kind: NudgeKind }[] = [];
  for (const days of schedule.daysBefore) if (days > 0) dates.push({ localDate: addDays(state.dueDate, -days), kind: 'before' });
  if (schedule.onDueDate) dates.push({ localDate: state.dueDate, kind: 'due' });
  if (schedule.overdueEveryDays > 0) {
    // Every n days after the due date, as long as it stays open: only the ones near the window matter.
    const skip = Math.max(1, Math.floor(daysBetween(state.dueDate, from) / schedule.overdueEveryDays));
    for (let k = skip; ; k++) {
      const localDate = addDays(state.dueDate, k * schedule.overdueEveryDays);
      if (localDate > to) break;
      dates.push({ localDate, kind: 'overdue' });
    }
  }
  return dates.filter((date) => date.localDate >= from && date.localDate <= to);
}

/** A snooze's end nudges only when the due date is near enough to be nudged about (or past). */
function snoozeEndCounts(state: NudgeState, schedule: NudgeSchedule, date: LocalDate): boolean {
  const window = Math.max(0, ...schedule.daysBefore);
  return daysBetween(date, state.dueDate) <= window;
}

/** A nudge ahead of the due date, or on it, moves to the working day before; one after it, to the working day after. */
function directionOf(kind: NudgeKind): 'earlier' | 'later' {
  return kind === 'before' || kind === 'due' ? 'earlier' : 'later';
}

/** How far a send can move off days off (weekends, Easter, Christmas, an organisation's own days). */
const LONGEST_MOVE_DAYS = 30;

/**
 * Every nudge between `from` and `to` (intended dates) as it will be sent: each moved off days
 * off, at the schedule's time on the day it lands; one in a summer break is left to the break's
 * summary. When two land on one day, only the one meant for the later date is sent (one nudge a
 * day at most): both jobs exist, keyed by their own dates, and the other sends nothing.
 */
function plannedNudges(
  state: NudgeState,
  schedule: NudgeSchedule,
  calendar: WorkingCalendar,
  zone: string,
  from: LocalDate,
  to: LocalDate,
  snoozeEnd?: LocalDate,
): NudgeOccurrence[] {
  const intended = scheduledDates(state, schedule, addDays(from, -LONGEST_MOVE_DAYS), addDays(to, LONGEST_MOVE_DAYS));
  if (snoozeEnd) {
    const sameDay = intended.findIndex((date) => date.localDate === snoozeEnd);
    if (sameDay >= 0) intended.splice(sameDay, 1);
    intended.push({ localDate: snoozeEnd, kind: 'snoozeEnd' });
  }
  const bySendDate = new Map<LocalDate, NudgeOccurrence>();
  for (const date of intended) {
    const sendDate = moveOffDaysOff(calendar, date.localDate, directionOf(date.kind));
    if (!sendDate) continue;
    const kept = bySendDate.get(sendDate);
    if (kept && kept.localDate > date.localDate) continue;
    bySendDate.set(sendDate, { ...date, sendDate, at: localToUtc(sendDate, schedule.sendAt, zone) });
  }
  return [...bySendDate.values()].filter((nudge) => nudge.localDate >= from && nudge.localDate <= to);
}

/**
 * The owner's next nudge after `after` (and meant for a later local date than `afterDate`, when
 * given): none for a finished or cancelled intervention; none while snoozed, but one when the
 * snooze ends if the due date is within the nudging window by then.
 */
export function nextNudge(
  state: NudgeState,
  schedule: NudgeSchedule,
  calendar: WorkingCalendar,
  zone: string,
  after: Date,
  afterDate?: LocalDate,
): NudgeOccurrence | undefined {
  if (!isOpen(state.status)) return undefined;
  const today = localDateOf(after, zone);
  const from = afterDate && afterDate >= addDays(today, -LONGEST_MOVE_DAYS) ? addDays(afterDate, 1) : addDays(today, -LONGEST_MOVE_DAYS);
  // Far enough ahead to reach the next scheduled date, or the next snooze end.
  const horizon = [addDays(state.dueDate, schedule.overdueEveryDays + 1), addDays(today, schedule.overdueEveryDays + 2)];
  if (state.snoozedUntil) horizon.push(addDays(localDateOf(state.snoozedUntil, zone), schedule.overdueEveryDays + 1));
  let to = horizon.sort().at(-1)!;

  const snoozeEnd = state.snoozedUntil ? localDateOf(state.snoozedUntil, zone) : undefined;
  const counted = snoozeEnd && snoozeEndCounts(state, schedule, snoozeEnd) ? snoozeEnd : undefined;
  const snoozedUntil = state.snoozedUntil?.getTime() ?? 0;
  // A summer break swallows the nudges in it: look further while overdue nudges go on after it.
  for (let widened = 0; widened <= SUMMER_WIDENINGS; widened++, to = addDays(to, LONGEST_MOVE_DAYS * 2)) {
    const next = plannedNudges(state, schedule, calendar, zone, from, to, counted)
      .map((nudge) => (nudge.kind === 'snoozeEnd' ? { ...nudge, at: laterOf(nudge.at, state.snoozedUntil!) } : nudge))
      .filter((candidate) => candidate.at.getTime() > after.getTime())
      .filter((candidate) => candidate.at.getTime() >= snoozedUntil)
      .sort((a, b) => a.at.getTime() - b.at.getTime())[0];
    if (next || schedule.overdueEveryDays === 0) return next;
  }
  return undefined;
}

/** How many times the search for the next nudge looks two months further (a break is shorter than a year). */
const SUMMER_WIDENINGS = 6;

/** A snooze that ends on a working day ends at its own time; one on a day off, at the nudge time of the next working day. */
function laterOf(a: Date, b: Date): Date {
  return a.getTime() >= b.getTime() ? a : b;
}

/**
 * Whether the plan, as it stands now, has a nudge meant for this local date: a job planned before
 * a change (a new due date, a snooze, a new schedule, a new day off) checks this when it runs and
 * sends nothing when the answer is no.
 */
export function nudgeOn(
  state: NudgeState,
  schedule: NudgeSchedule,
  calendar: WorkingCalendar,
  zone: string,
  localDate: LocalDate,
  now: Date,
): NudgeOccurrence | undefined {
  if (!isOpen(state.status)) return undefined;
  if (state.snoozedUntil && state.snoozedUntil.getTime() > now.getTime()) return undefined;
  const snoozeEnd = state.snoozedUntil ? localDateOf(state.snoozedUntil, zone) : undefined;
  const counted = snoozeEnd && snoozeEndCounts(state, schedule, snoozeEnd) ? snoozeEnd : undefined;
  return plannedNudges(state, schedule, calendar, zone, localDate, localDate, counted)[0];
}

/** When the coordinators hear of an intervention still open this many days after its due date (moved to a working day). */
export function escalationAt(
  state: NudgeState,
  schedule: NudgeSchedule,
  calendar: WorkingCalendar,
  zone: string,
): { localDate: LocalDate; at: Date } | undefined {
  if (!isOpen(state.status) || schedule.escalateAfterDays <= 0) return undefined;
  const localDate = addDays(state.dueDate, schedule.escalateAfterDays);
  // In a summer break: the break's summary tells the coordinators instead.
  const sendDate = moveOffDaysOff(calendar, localDate, 'later');
  if (!sendDate) return undefined;
  return { localDate, at: localToUtc(sendDate, schedule.sendAt, zone) };
}
