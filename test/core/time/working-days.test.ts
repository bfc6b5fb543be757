import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { holdFor } from '../../../src/core/time/quiet-hours.js';
import { DEFAULT_NUDGE_SCHEDULE, type NudgeSchedule } from '../../../src/core/interventions/intervention.js';
import { escalationAt, nextNudge, nudgeOn } from '../../../src/core/interventions/nudge-plan.js';
import { localDateOf } from '../../../src/core/time/local-time.js';
import { FINNISH_WORKING_DAYS, isFinnishHoliday, moveOffDaysOff, WorkingCalendar } from '../../../src/core/time/working-days.js';

const HELSINKI = 'Europe/Helsinki';
const open = (dueDate: string) => ({ dueDate, status: 'planned' as const, snoozedUntil: null });

/** Every nudge the plan sends from `from` on, followed one after the other as the scheduler does. */
function nudgesFrom(dueDate: string, from: string, calendar = FINNISH_WORKING_DAYS, schedule: NudgeSchedule = DEFAULT_NUDGE_SCHEDULE, until = '2099-01-01') {
  const found: string[] = [];
  let after = new Date(`${from}T00:00:00Z`);
  let afterDate: string | undefined;
  for (;;) {
    const next = nextNudge(open(dueDate), schedule, calendar, HELSINKI, after, afterDate);
    if (!next || next.sendDate > until) return found;
    // The job's run finds the same nudge for its key.
    expect(nudgeOn(open(dueDate), schedule, calendar, HELSINKI, next.localDate, next.at)?.sendDate).toBe(next.sendDate);
    found.push(`${next.kind} ${next.localDate}→${next.sendDate} ${localDateOf(next.at, HELSINKI)}`);
    after = next.at;
    afterDate = next.localDate;
  }
}

describe('the Finnish working-day calendar', () => {
  it('knows weekends, public holidays, Christmas Eve and Midsummer Eve; New Year’s Eve is a working day', () => {
    for (const day of [
      '2026-12-24',
      '2026-12-25',
      '2026-12-26',
      '2026-06-19',
      '2027-06-25',
      '2027-03-29',
      '2027-03-26',
      '2026-12-06',
      '2026-05-14',
      '2027-05-01',
    ]) {
      expect(FINNISH_WORKING_DAYS.isDayOff(day), day).toBe(true);
    }
    for (const day of ['2026-12-31', '2026-12-23', '2027-06-24', '2027-03-30', '2026-05-11']) expect(FINNISH_WORKING_DAYS.isDayOff(day), day).toBe(false);
    expect(isFinnishHoliday('2026-12-31')).toBe(false);
    expect(FINNISH_WORKING_DAYS.dayOffReason('2026-12-05')).toBe('weekend');
    expect(FINNISH_WORKING_DAYS.dayOffReason('2026-12-24')).toBe('holiday');
  });

  it('moves a send ahead of something to the working day before, one after something to the working day after', () => {
    expect(moveOffDaysOff(FINNISH_WORKING_DAYS, '2026-12-24', 'earlier')).toBe('2026-12-23');
    expect(moveOffDaysOff(FINNISH_WORKING_DAYS, '2027-06-25', 'earlier')).toBe('2027-06-24');
    expect(moveOffDaysOff(FINNISH_WORKING_DAYS, '2027-03-29', 'later')).toBe('2027-03-30'); // Easter Monday
    expect(moveOffDaysOff(FINNISH_WORKING_DAYS, '2026-12-24', 'later')).toBe('2026-12-28');
    expect(moveOffDaysOff(FINNISH_WORKING_DAYS, '2026-12-09', 'later')).toBe('2026-12-09');
  });

  it('keeps an organisation’s own days off, and leaves a summer break to its summary', () => {
    const own = new WorkingCalendar({ days: ['2026-12-28'], summers: [{ from: '2027-07-01', to: '2027-07-31' }] });
    expect(own.dayOffReason('2026-12-28')).toBe('organisation');
    expect(moveOffDaysOff(own, '2026-12-24', 'later')).toBe('2026-12-29');
    expect(moveOffDaysOff(own, '2027-07-15', 'later')).toBeUndefined();
    expect(moveOffDaysOff(own, '2027-07-15', 'earlier')).toBeUndefined();
    // A reminder ahead of a date after the break is not moved back before the break.
    expect(moveOffDaysOff(own, '2027-08-01', 'earlier')).toBeUndefined();
    expect(own.workingDayOnOrAfter('2027-07-10')).toBe('2027-08-02');
  });
});

describe('nudges on working days', () => {
  it('due on 2026-12-31: the 7-day nudge comes on Wednesday 23 December (Christmas Eve is off)', () => {
    expect(nudgesFrom('2026-12-31', '2026-12-01', FINNISH_WORKING_DAYS, DEFAULT_NUDGE_SCHEDULE, '2027-01-15')).toEqual([
      'before 2026-12-17→2026-12-17 2026-12-17',
      'before 2026-12-24→2026-12-23 2026-12-23',
      'before 2026-12-30→2026-12-30 2026-12-30',
      'due 2026-12-31→2026-12-31 2026-12-31',
      'overdue 2027-01-07→2027-01-07 2027-01-07',
      'overdue 2027-01-14→2027-01-14 2027-01-14',
    ]);
  });

  it('due on Friday 2027-07-02: the 7-day nudge comes on Thursday 24 June (Midsummer Eve is off)', () => {
    const sends = nudgesFrom('2027-07-02', '2027-06-01', FINNISH_WORKING_DAYS, DEFAULT_NUDGE_SCHEDULE, '2027-07-02');
    expect(sends).toContain('before 2027-06-25→2027-06-24 2027-06-24');
    // 14 days before is Friday 18 June, 1 day before Thursday 1 July: neither moves.
    expect(sends).toEqual([
      'before 2027-06-18→2027-06-18 2027-06-18',
      'before 2027-06-25→2027-06-24 2027-06-24',
      'before 2027-07-01→2027-07-01 2027-07-01',
      'due 2027-07-02→2027-07-02 2027-07-02',
    ]);
  });

  it('a Saturday nudge moves to Friday; a Saturday due date’s nudge too, and only one is sent that Friday', () => {
    // Due Sunday 2026-12-13: 1 day before is Saturday 12th, on the day is Sunday: both land on Friday 11th.
    const sends = nudgesFrom('2026-12-13', '2026-12-08', FINNISH_WORKING_DAYS, { ...DEFAULT_NUDGE_SCHEDULE, daysBefore: [1] }, '2026-12-11');
    expect(sends).toEqual(['due 2026-12-13→2026-12-11 2026-12-11']);
    expect(
      nudgeOn(
        open('2026-12-13'),
        { ...DEFAULT_NUDGE_SCHEDULE, daysBefore: [1] },
        FINNISH_WORKING_DAYS,
        HELSINKI,
        '2026-12-12',
        new Date('2026-12-11T07:00:00Z'),
      ),
    ).toBeUndefined();
  });

  it('an overdue reminder on Easter Monday moves to Tuesday; the escalation too', () => {
    // Due Monday 2027-03-22: overdue every 7 days lands on Easter Monday 29 March.
    const sends = nudgesFrom('2027-03-22', '2027-03-23', FINNISH_WORKING_DAYS, DEFAULT_NUDGE_SCHEDULE, '2027-04-06');
    expect(sends).toEqual(['overdue 2027-03-29→2027-03-30 2027-03-30', 'overdue 2027-04-05→2027-04-05 2027-04-05']);
    const escalation = escalationAt(open('2027-03-22'), DEFAULT_NUDGE_SCHEDULE, FINNISH_WORKING_DAYS, HELSINKI)!;
    expect(escalation.localDate).toBe('2027-03-29');
    expect(escalation.at.toISOString()).toBe('2027-03-30T06:00:00.000Z'); // 09:00 summer time
  });

  it('sends nothing in a summer break', () => {
    const summer = new WorkingCalendar({ days: [], summers: [{ from: '2027-07-01', to: '2027-07-31' }] });
    const sends = nudgesFrom('2027-07-15', '2027-06-01', summer, DEFAULT_NUDGE_SCHEDULE, '2027-08-20');
    expect(sends.filter((send) => send.split(' ')[2]! >= '2027-07-01' && send.split(' ')[2]! <= '2027-07-31')).toEqual([]);
    expect(sends.every((send) => send.split('→')[1]!.slice(0, 10) < '2027-07-01' || send.split('→')[1]!.slice(0, 10) > '2027-07-31')).toBe(true);
    expect(sends).toEqual(['overdue 2027-08-05→2027-08-05 2027-08-05', 'overdue 2027-08-12→2027-08-12 2027-08-12', 'overdue 2027-08-19→2027-08-19 2027-08-19']);
  });
});

describe('a person’s hours', () => {
  const at = (local: string) => DateTime.fromISO(local, { zone: HELSINKI }).toJSDate();
  const said = (hold: ReturnType<typeof holdFor>) =>
    hold.send === 'later' ? DateTime.fromJSDate(hold.at, { zone: HELSINKI }).toFormat('ccc yyyy-MM-dd HH:mm') : hold.send;

  it('holds what someone else caused through the quiet hours only, whatever the day', () => {
    expect(said(holdFor(at('2026-12-04T23:00'), HELSINKI))).toBe('Sat 2026-12-05 08:00'); // Friday night: Saturday morning
    expect(said(holdFor(at('2026-12-05T07:59'), HELSINKI))).toBe('Sat 2026-12-05 08:00');
    expect(said(holdFor(at('2026-12-05T14:00'), HELSINKI))).toBe('now'); // a Saturday afternoon is no quiet hour
    expect(said(holdFor(at('2026-12-07T18:00'), HELSINKI))).toBe('Tue 2026-12-08 08:00');
  });

  it('holds Keino’s own schedule to the organisation’s next working day: at the same time within hours, else 08:00', () => {
    expect(said(holdFor(at('2026-12-04T20:00'), HELSINKI, FINNISH_WORKING_DAYS))).toBe('Mon 2026-12-07 08:00');
    expect(said(holdFor(at('2026-12-05T10:00'), HELSINKI, FINNISH_WORKING_DAYS))).toBe('Mon 2026-12-07 10:00');
    expect(said(holdFor(at('2026-06-19T19:30'), HELSINKI, FINNISH_WORKING_DAYS))).toBe('Mon 2026-06-22 08:00'); // Midsummer Eve
    expect(said(holdFor(at('2026-12-23T09:00'), HELSINKI, FINNISH_WORKING_DAYS))).toBe('now');
    // Kuopio's own day off on Monday 28 December: not then, whatever the national calendar says.
    const kuopio = new WorkingCalendar({ days: ['2026-12-28'], summers: [{ from: '2027-07-01', to: '2027-07-31' }] });
    expect(said(holdFor(at('2026-12-23T20:00'), HELSINKI, kuopio))).toBe('Tue 2026-12-29 08:00');
    expect(said(holdFor(at('2026-12-28T09:00'), HELSINKI, kuopio))).toBe('Tue 2026-12-29 09:00');
    // Never into or out of a summer break: the summary after it tells instead.
    expect(said(holdFor(at('2027-06-30T20:00'), HELSINKI, kuopio))).toBe('never');
    expect(said(holdFor(at('2027-07-15T10:00'), HELSINKI, kuopio))).toBe('never');
    expect(said(holdFor(at('2027-08-02T09:00'), HELSINKI, kuopio))).toBe('now');
  });
});
