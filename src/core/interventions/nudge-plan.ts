import { addDays, daysBetween, localDateOf, localToUtc, type LocalDate } from '../time/local-time.js';
import { isOpen, type Intervention, type NudgeSchedule } from './intervention.js';

/** Why the owner is nudged on a day: ahead of the due date, on it, while overdue, or as a snooze ends. */
export type NudgeKind = 'before' | 'due' | 'overdue' | 'snoozeEnd';

export interface NudgeOccurrence {
  /** The owner's local date: part of the job's key, one nudge a day at most. */
  localDate: LocalDate;
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

/**
 * The owner's next nudge after `after` (and on a later local date than `afterDate`, when given):
 * none for a finished or cancelled intervention; none while snoozed, but one when the snooze ends
 * if the due date is within the nudging window by then.
 */
export function nextNudge(
  state: NudgeState,
  schedule: NudgeSchedule,
  zone: string,
  after: Date,
  afterDate?: LocalDate,
): NudgeOccurrence | undefined {
  if (!isOpen(state.status)) return undefined;
  const today = localDateOf(after, zone);
  const from = afterDate && afterDate >= today ? addDays(afterDate, 1) : addDays(today, -1);
  // Far enough ahead to reach the next scheduled date, or the next snooze end.
  const horizon = [addDays(state.dueDate, schedule.overdueEveryDays + 1), addDays(today, schedule.overdueEveryDays + 2)];
  if (state.snoozedUntil) horizon.push(addDays(localDateOf(state.snoozedUntil, zone), schedule.overdueEveryDays + 1));
  const to = horizon.sort().at(-1)!;

  const candidates: NudgeOccurrence[] = scheduledDates(state, schedule, from, to).map((date) => ({ ...date, at: localToUtc(date.localDate, schedule.sendAt, zone) }));
  if (state.snoozedUntil) {
    const localDate = localDateOf(state.snoozedUntil, zone);
    if (snoozeEndCounts(state, schedule, localDate)) candidates.push({ localDate, at: state.snoozedUntil, kind: 'snoozeEnd' });
  }
  const snoozedUntil = state.snoozedUntil?.getTime() ?? 0;
  return candidates
    .filter((candidate) => candidate.at.getTime() > after.getTime() && candidate.localDate >= from)
    .filter((candidate) => candidate.kind === 'snoozeEnd' || candidate.at.getTime() >= snoozedUntil)
    .sort((a, b) => a.at.getTime() - b.at.getTime())[0];
}

/**
 * Whether the plan, as it stands now, has a nudge on this local date: a job planned before a
 * change (a new due date, a snooze, a new schedule) checks this when it runs and sends nothing
 * when the answer is no.
 */
export function nudgeOn(state: NudgeState, schedule: NudgeSchedule, zone: string, localDate: LocalDate, now: Date): NudgeOccurrence | undefined {
  if (!isOpen(state.status)) return undefined;
  if (state.snoozedUntil && state.snoozedUntil.getTime() > now.getTime()) return undefined;
  if (state.snoozedUntil && localDateOf(state.snoozedUntil, zone) === localDate && snoozeEndCounts(state, schedule, localDate)) {
    return { localDate, at: state.snoozedUntil, kind: 'snoozeEnd' };
  }
  const [scheduled] = scheduledDates(state, schedule, localDate, localDate);
  return scheduled ? { ...scheduled, at: localToUtc(localDate, schedule.sendAt, zone) } : undefined;
}

/** When the coordinators hear of an intervention still open this many days after its due date. */
export function escalationAt(state: NudgeState, schedule: NudgeSchedule, zone: string): { localDate: LocalDate; at: Date } | undefined {
  if (!isOpen(state.status) || schedule.escalateAfterDays <= 0) return undefined;
  const localDate = addDays(state.dueDate, schedule.escalateAfterDays);
  return { localDate, at: localToUtc(localDate, schedule.sendAt, zone) };
}
