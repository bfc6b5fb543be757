import { z } from 'zod';
import { option } from '../commands/arguments.js';
import { argumentTypes, problem } from '../commands/argument-types.js';
import { defineCommand, type CommandContext } from '../commands/command.js';
import { heading, note, personal, text, type Block } from '../messages/message.js';
import type { NudgeSchedule } from './intervention.js';
import { formatClock } from '../time/format.js';

const NONE = new Set(['ei', 'none', 'no', 'nej', 'off', '-', '0']);

/** "14,7,1" → [14, 7, 1]; "ei" / "none" → []. */
const daysList = () =>
  z.string().transform((value, context) => {
    const trimmed = value.trim().toLowerCase();
    if (NONE.has(trimmed)) return [] as number[];
    const parts = trimmed.split(/[,;\s]+/).filter(Boolean);
    const days = parts.map(Number);
    if (parts.length === 0 || parts.length > 10 || days.some((day) => !Number.isInteger(day) || day < 1 || day > 365)) {
      context.addIssue({ code: 'custom', message: problem('interventions.arg.daysList') });
      return [];
    }
    return [...new Set(days)].sort((a, b) => b - a);
  });

const days = () =>
  z
    .string()
    .regex(/^\d{1,3}$/, problem('interventions.arg.days'))
    .transform(Number)
    .refine((value) => value <= 365, problem('interventions.arg.days'));

const ON_OFF = { on: 'on', yes: 'on', kyllä: 'on', kylla: 'on', ja: 'on', päälle: 'on', off: 'off', no: 'off', ei: 'off', nej: 'off', pois: 'off' } as const;

const WEEKDAYS = {
  ma: '1',
  maanantai: '1',
  mon: '1',
  monday: '1',
  må: '1',
  måndag: '1',
  ti: '2',
  tiistai: '2',
  tue: '2',
  tuesday: '2',
  tisdag: '2',
  ke: '3',
  keskiviikko: '3',
  wed: '3',
  wednesday: '3',
  on: '3',
  onsdag: '3',
  to: '4',
  torstai: '4',
  thu: '4',
  thursday: '4',
  torsdag: '4',
  pe: '5',
  perjantai: '5',
  fri: '5',
  friday: '5',
  fr: '5',
  fredag: '5',
  la: '6',
  lauantai: '6',
  sat: '6',
  saturday: '6',
  lö: '6',
  lördag: '6',
  su: '7',
  sunnuntai: '7',
  sun: '7',
  sunday: '7',
  sö: '7',
  söndag: '7',
  off: 'off',
  ei: 'off',
  none: 'off',
  no: 'off',
  nej: 'off',
} as const;
const WEEKDAY_NAMES: Record<'fi' | 'sv' | 'en', string[]> = {
  fi: ['maanantai', 'tiistai', 'keskiviikko', 'torstai', 'perjantai', 'lauantai', 'sunnuntai'],
  sv: ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

function scheduleBlocks(context: CommandContext, organisation: string, schedule: NudgeSchedule): Block[] {
  const { t } = context;
  const yesNo = (value: boolean) => t(value ? 'interventions.schedule.yes' : 'interventions.schedule.no');
  return [
    heading(t('interventions.schedule.heading', { organisation })),
    {
      type: 'fields',
      fields: [
        {
          label: t('interventions.schedule.before'),
          value: schedule.daysBefore.length > 0 ? t('interventions.schedule.beforeValue', { days: schedule.daysBefore.join(', ') }) : yesNo(false),
        },
        { label: t('interventions.schedule.onDue'), value: yesNo(schedule.onDueDate) },
        { label: t('interventions.schedule.at'), value: formatClock(schedule.sendAt, context.locale) },
        {
          label: t('interventions.schedule.overdue'),
          value: schedule.overdueEveryDays > 0 ? t('interventions.schedule.every', { days: schedule.overdueEveryDays }) : yesNo(false),
        },
        {
          label: t('interventions.schedule.escalate'),
          value: schedule.escalateAfterDays > 0 ? t('interventions.schedule.escalateValue', { days: schedule.escalateAfterDays }) : yesNo(false),
        },
        {
          label: t('interventions.schedule.digest'),
          value: schedule.digestWeekday
            ? `${WEEKDAY_NAMES[context.locale][schedule.digestWeekday - 1]} ${formatClock(schedule.digestAt, context.locale)}`
            : yesNo(false),
        },
      ],
    },
  ];
}

/** `task schedule`: the organisation's nudge schedule, shown or changed (coordinators and admins). */
export const taskScheduleCommand = defineCommand({
  name: 'task schedule',
  alias: 'tehtävä aikataulu',
  aliases: ['tehtava aikataulu', 'uppgift schema'],
  summaryKey: 'command.taskSchedule.summary',
  usageKey: 'command.taskSchedule.usage',
  roles: ['coordinator', 'admin'],
  args: {
    options: {
      organisation: option(argumentTypes.text(200), 'interventions.arg.organisation', ['org', 'organisaatio', 'organization']),
      before: option(daysList(), 'interventions.arg.before', ['ennen', 'före', 'fore']),
      at: option(argumentTypes.time(), 'interventions.arg.at', ['klo', 'kl', 'time']),
      due: option(argumentTypes.oneOf(ON_OFF), 'interventions.arg.onDue', ['määräpäivä', 'maarapaiva', 'förfallodag']),
      overdue: option(days(), 'interventions.arg.overdue', ['myöhässä', 'myohassa', 'försenad']),
      escalate: option(days(), 'interventions.arg.escalate', ['eskalointi', 'eskalering']),
      digest: option(argumentTypes.oneOf(WEEKDAYS), 'interventions.arg.digest', ['kooste', 'översikt']),
      digestAt: option(argumentTypes.time(), 'interventions.arg.digestAt', ['digest-at', 'kooste-klo', 'översikt-kl']),
    },
  },
  async run(context, args) {
    const { services, person, t } = context;
    const organisation = await services.interventions.organisationFor(person, args.organisation);
    const current = await services.interventions.nudgeSchedule(organisation.id);
    const { organisation: _named, ...changes } = args;
    if (Object.values(changes).every((value) => value === undefined)) {
      return personal([...scheduleBlocks(context, organisation.name, current), note(t('interventions.schedule.hint'))]);
    }
    const schedule: NudgeSchedule = {
      daysBefore: args.before ?? current.daysBefore,
      onDueDate: args.due === undefined ? current.onDueDate : args.due === 'on',
      sendAt: args.at ?? current.sendAt,
      overdueEveryDays: args.overdue ?? current.overdueEveryDays,
      escalateAfterDays: args.escalate ?? current.escalateAfterDays,
      digestWeekday: args.digest === undefined ? current.digestWeekday : args.digest === 'off' ? null : Number(args.digest),
      digestAt: args.digestAt ?? current.digestAt,
    };
    await services.interventions.setNudgeSchedule(person, organisation.name, schedule, context.now);
    return personal([text(t('interventions.schedule.saved')), ...scheduleBlocks(context, organisation.name, schedule)]);
  },
});
