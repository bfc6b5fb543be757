import { z } from 'zod';
import { positional } from '../commands/arguments.js';
import { organisationOption } from '../interventions/intervention-commands.js';
import { argumentTypes, parseLocalDate, problem } from '../commands/argument-types.js';
import { defineCommand } from '../commands/command.js';
import type { CommandRegistry } from '../commands/registry.js';
import { heading, note, personal, text } from '../messages/message.js';
import { formatDate, formatDateRange } from '../time/format.js';
import type { DateRange } from '../time/working-days.js';

const OFF = new Set(['off', 'pois', 'ei', 'av', 'nej', 'none']);

/** "2026-07-01..2026-07-31" or "1.7.2026..31.7.2026" (one day: a single date); "off" → 'off'. */
const dateRangeOrOff = () =>
  z.string().transform((value, context): DateRange | 'off' => {
    if (OFF.has(value.trim().toLowerCase())) return 'off';
    const [fromText, toText, ...more] = value.split('..');
    const from = parseLocalDate((fromText ?? '').trim());
    const to = toText === undefined ? from : parseLocalDate(toText.trim());
    if (!from || !to || more.length > 0 || to < from) {
      context.addIssue({ code: 'custom', message: problem('workingDays.arg.rangeProblem') });
      return 'off';
    }
    return { from, to };
  });

const CHANGES = { add: 'add', lisää: 'add', lisaa: 'add', lägg: 'add', ny: 'add', remove: 'remove', poista: 'remove', ta: 'remove', bort: 'remove' } as const;

/** `away <date>..<date>` / `away off`: one's own time off; no nudges meanwhile. */
export const awayCommand = defineCommand({
  name: 'away',
  alias: 'poissa',
  aliases: ['borta', 'frånvarande'],
  summaryKey: 'command.away.summary',
  usageKey: 'command.away.usage',
  args: { positional: { range: positional(dateRangeOrOff(), 'workingDays.arg.range').optional() } },
  async run(context, { range }) {
    const { services, person, t, locale, now, timeZone } = context;
    if (range === undefined) {
      const away = await services.workingDays.away(person);
      return personal([text(away ? t('workingDays.awayNow', { dates: formatDateRange(away.from, away.to, locale) }) : t('workingDays.awayNone'))]);
    }
    if (range === 'off') {
      return personal([text(t((await services.workingDays.clearAway(person)) ? 'workingDays.awayOff' : 'workingDays.awayWasOff'))]);
    }
    await services.workingDays.setAway(person, range, now, timeZone);
    return personal([text(t('workingDays.awaySet', { dates: formatDateRange(range.from, range.to, locale) }))]);
  },
});

/** `org days-off [add|remove <date>]`: the organisation's own days off, listed or changed (coordinators). */
export const orgDaysOffCommand = defineCommand({
  name: 'org days-off',
  alias: 'org vapaapäivät',
  aliases: ['org vapaapaivat', 'org vapaapäivä', 'org lediga-dagar', 'org lediga'],
  summaryKey: 'command.orgDaysOff.summary',
  usageKey: 'command.orgDaysOff.usage',
  roles: ['coordinator', 'admin'],
  args: {
    positional: {
      change: positional(argumentTypes.oneOf(CHANGES), 'workingDays.arg.change').optional(),
      date: positional(argumentTypes.date(), 'workingDays.arg.date').optional(),
    },
    options: organisationOption,
  },
  async run(context, { change, date, organisation: named }) {
    const { services, person, t, locale, now } = context;
    if (change && date) {
      const result = await services.workingDays.changeDayOff(person, named, date, change, now);
      const key =
        change === 'add'
          ? result.changed
            ? 'workingDays.dayOffAdded'
            : 'workingDays.dayOffExisted'
          : result.changed
            ? 'workingDays.dayOffRemoved'
            : 'workingDays.dayOffWasNot';
      return personal([text(t(key, { date: formatDate(date, locale), organisation: result.organisation }))]);
    }
    if (change || date) return personal([text(t('workingDays.dayOffUsage'))]);
    const { organisation, daysOff } = await services.workingDays.daysOffOf(person, named);
    const today = now.toISOString().slice(0, 10);
    const days = daysOff.days.filter((day) => day >= today).map((day) => formatDate(day, locale));
    const summers = daysOff.summers.filter((summer) => summer.to >= today).map((summer) => formatDateRange(summer.from, summer.to, locale));
    return personal([
      heading(t('workingDays.listHeading', { organisation })),
      {
        type: 'fields',
        fields: [
          { label: t('workingDays.listDays'), value: days.join(', ') || '–' },
          { label: t('workingDays.listSummer'), value: summers.join(', ') || '–' },
        ],
      },
      note(t('workingDays.listRules')),
    ]);
  },
});

/** `org summer <date>..<date>` / `org summer off <year>`: the organisation's summer break (coordinators). */
export const orgSummerCommand = defineCommand({
  name: 'org summer',
  alias: 'org kesä',
  aliases: ['org kesa', 'org kesätauko', 'org sommar'],
  summaryKey: 'command.orgSummer.summary',
  usageKey: 'command.orgSummer.usage',
  roles: ['coordinator', 'admin'],
  args: {
    positional: {
      range: positional(dateRangeOrOff(), 'workingDays.arg.range'),
      year: positional(
        z
          .string()
          .regex(/^\d{4}$/, problem('workingDays.arg.yearProblem'))
          .transform(Number),
        'workingDays.arg.year',
      ).optional(),
    },
    options: organisationOption,
  },
  async run(context, { range, year, organisation: named }) {
    const { services, person, t, locale, now } = context;
    const off = year ?? Number(now.toISOString().slice(0, 4));
    const result = await services.workingDays.setSummer(person, named, range === 'off' ? { off } : range, now);
    if (range === 'off')
      return personal([text(t(result.changed ? 'workingDays.summerOff' : 'workingDays.summerWasOff', { year: off, organisation: result.organisation }))]);
    return personal([text(t('workingDays.summerSet', { dates: formatDateRange(range.from, range.to, locale), organisation: result.organisation }))]);
  },
});

export function registerWorkingDayCommands(registry: CommandRegistry): void {
  registry.addCommand(awayCommand).addCommand(orgDaysOffCommand).addCommand(orgSummerCommand);
}
