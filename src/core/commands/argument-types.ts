import { z } from 'zod';
import type { MessageKey } from '../i18n/catalogue.js';
import type { Params } from '../i18n/catalogue-types.js';

/** A zod issue message that names a catalogue phrase, so validation errors are translated. */
export function problem(key: MessageKey, params: Params = {}): string {
  return JSON.stringify({ key, params });
}

export function readProblem(message: string): { key: MessageKey; params: Params } | undefined {
  try {
    const parsed = JSON.parse(message) as { key?: MessageKey; params?: Params };
    return parsed.key ? { key: parsed.key, params: parsed.params ?? {} } : undefined;
  } catch {
    return undefined;
  }
}

const DATE_ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DATE_FINNISH = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** A calendar date as written by a person: 2026-12-31 or 31.12.2026 → "2026-12-31". */
export function parseLocalDate(value: string): string | undefined {
  const iso = DATE_ISO.exec(value);
  const finnish = DATE_FINNISH.exec(value);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : finnish
      ? [Number(finnish[3]), Number(finnish[2]), Number(finnish[1])]
      : [NaN, NaN, NaN];
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A wall-clock time: 9:30, 09:30 or the Finnish 9.30 → "09:30". */
export function parseLocalTime(value: string): string | undefined {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(value);
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

const DURATION_UNITS: Record<string, number> = {
  m: 1,
  min: 1,
  h: 60,
  t: 60, // tunti
  d: 1440,
  pv: 1440, // päivä
  w: 10080,
  vk: 10080, // viikko
  v: 10080, // vecka
};

/** A duration as people write it in chat: 90m, 2h, 3d, 1w, 3pv, 1vk → minutes. */
export function parseDurationMinutes(value: string): number | undefined {
  const match = /^(\d{1,4})\s*([a-zä]+)$/i.exec(value.trim());
  if (!match) return undefined;
  const factor = DURATION_UNITS[match[2]!.toLowerCase()];
  const amount = Number(match[1]);
  if (!factor || amount <= 0) return undefined;
  return amount * factor;
}

const text = (max = 500) => z.string().trim().min(1, problem('arg.text')).max(max, problem('arg.tooLong', { max }));

/** Schemas for the argument kinds commands take; each failure names a translated expectation. */
export const argumentTypes = {
  text,
  word: () => z.string().regex(/^\S{1,100}$/u, problem('arg.word')),
  integer: () =>
    z
      .string()
      .regex(/^-?\d{1,9}$/, problem('arg.integer'))
      .transform(Number),
  positiveInteger: () =>
    z
      .string()
      .regex(/^\d{1,9}$/, problem('arg.positiveInteger'))
      .transform(Number)
      .refine((value) => value > 0, problem('arg.positiveInteger')),
  /** The number shown next to a session, poll or intervention. */
  id: () =>
    z
      .string()
      .regex(/^#?\d{1,9}$/, problem('arg.id'))
      .transform((value) => Number(value.replace('#', ''))),
  slug: () =>
    z
      .string()
      .transform((value) => value.toLowerCase())
      .pipe(z.string().regex(/^[a-z0-9äöå][a-z0-9äöå-]{0,39}$/, problem('arg.slug'))),
  date: () =>
    z.string().transform((value, context) => {
      const date = parseLocalDate(value);
      if (!date) context.addIssue({ code: 'custom', message: problem('arg.date') });
      return date ?? '';
    }),
  time: () =>
    z.string().transform((value, context) => {
      const time = parseLocalTime(value);
      if (!time) context.addIssue({ code: 'custom', message: problem('arg.time') });
      return time ?? '';
    }),
  durationMinutes: () =>
    z.string().transform((value, context) => {
      const minutes = parseDurationMinutes(value);
      if (!minutes) context.addIssue({ code: 'custom', message: problem('arg.duration') });
      return minutes ?? 0;
    }),
  /** One of fixed words; `values` maps every accepted spelling (any language) to its meaning. */
  oneOf: <T extends string>(values: Record<string, T>, shown: string[] = [...new Set(Object.values(values))]) =>
    z.string().transform((value, context) => {
      const meaning = values[value.toLowerCase()];
      if (!meaning) {
        context.addIssue({
          code: 'custom',
          message: problem('arg.oneOf', { options: shown.join(', ') }),
        });
      }
      return meaning as T;
    }),
};
