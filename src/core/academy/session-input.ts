import { parseDurationMinutes, parseLocalDate, parseLocalTime } from '../commands/argument-types.js';
import type { MessageKey } from '../i18n/catalogue.js';
import type { Params } from '../i18n/catalogue-types.js';
import { localToUtc } from '../time/local-time.js';

/** A session as typed in a command or a form: every value still the text the person wrote. */
export interface SessionInput {
  title?: string;
  date?: string;
  time?: string;
  /** A duration (90m, 2h) or an end time (12:00). */
  end?: string;
  place?: string;
  capacity?: string;
  theme?: string;
  cohort?: string;
  facilitator?: string;
  description?: string;
}

export type SessionField = keyof SessionInput;

/** A problem with one field, as a catalogue phrase. */
export interface FieldProblem {
  key: MessageKey;
  params?: Params;
}

/** The validated values, before the facilitator's e-mail is looked up. */
export interface ReadSession {
  title: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  place?: string;
  capacity?: number;
  theme?: string;
  cohort?: string;
  facilitatorEmail?: string;
  description?: string;
}

export type ReadResult = { ok: true; value: ReadSession } | { ok: false; problems: Partial<Record<SessionField, FieldProblem>> };

export const DEFAULT_DURATION_MINUTES = 120;
const LONGEST_SESSION_MINUTES = 24 * 60;
const MAX_CAPACITY = 10_000;
const LIMITS: Partial<Record<SessionField, number>> = { title: 200, place: 500, theme: 100, cohort: 100, facilitator: 200, description: 2000 };

const clean = (value: string | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

/** A date a person wrote: 2026-10-26 or 26.10.2026; "31.2.2026" is a date that is not on the calendar. */
function readDate(raw: string): { date: string } | FieldProblem {
  const date = parseLocalDate(raw);
  if (date) return { date };
  const looksLikeDate = /^\d{4}-\d{1,2}-\d{1,2}$|^\d{1,2}\.\d{1,2}\.\d{4}$/.test(raw);
  return looksLikeDate ? { key: 'academy.error.impossibleDate', params: { date: raw } } : { key: 'academy.error.badDate', params: { date: raw } };
}

/** Start and end from a date, a start time and an optional duration or end time, in the zone. */
export function readTimes(
  input: Pick<SessionInput, 'date' | 'time' | 'end'>,
  zone: string,
  now: Date,
): { ok: true; startsAt: Date; endsAt: Date } | { ok: false; problems: Partial<Record<SessionField, FieldProblem>> } {
  const problems: Partial<Record<SessionField, FieldProblem>> = {};
  const rawDate = clean(input.date);
  const rawTime = clean(input.time);
  const rawEnd = clean(input.end);

  const date = rawDate === undefined ? { key: 'academy.error.missingDate' as const } : readDate(rawDate);
  if ('key' in date) problems.date = date;
  const time = rawTime === undefined ? undefined : parseLocalTime(rawTime);
  if (!time) problems.time = rawTime === undefined ? { key: 'academy.error.missingTime' } : { key: 'academy.error.badTime', params: { time: rawTime } };
  const duration = rawEnd === undefined ? DEFAULT_DURATION_MINUTES : parseDurationMinutes(rawEnd);
  const endTime = rawEnd === undefined ? undefined : parseLocalTime(rawEnd);
  if (rawEnd !== undefined && !duration && !endTime) problems.end = { key: 'academy.error.badEnd', params: { value: rawEnd } };
  else if (duration && duration > LONGEST_SESSION_MINUTES) problems.end = { key: 'academy.error.tooLong' };
  if ('key' in date || !time || problems.end) return { ok: false, problems };

  const startsAt = localToUtc(date.date, time, zone);
  const endsAt = endTime ? localToUtc(date.date, endTime, zone) : new Date(startsAt.getTime() + duration! * 60_000);
  if (startsAt.getTime() <= now.getTime()) return { ok: false, problems: { date: { key: 'academy.error.pastDate' } } };
  if (endsAt.getTime() <= startsAt.getTime())
    return { ok: false, problems: { end: { key: 'academy.error.endBeforeStart', params: { start: time, end: rawEnd! } } } };
  return { ok: true, startsAt, endsAt };
}

function readCapacity(raw: string): number | FieldProblem {
  if (!/^\d{1,9}$/.test(raw)) return { key: 'academy.error.badCapacity', params: { value: raw.slice(0, 40) } };
  const capacity = Number(raw);
  if (capacity === 0) return { key: 'academy.error.capacityZero' };
  if (capacity > MAX_CAPACITY) return { key: 'academy.error.capacityHuge', params: { max: MAX_CAPACITY } };
  return capacity;
}

/**
 * The rules of a new session, the same for the command and the form: every problem is found, each
 * on its field, so a form can show them all at once and a command the first.
 */
export function readSessionInput(input: SessionInput, zone: string, now: Date): ReadResult {
  const problems: Partial<Record<SessionField, FieldProblem>> = {};
  const values: Partial<Record<SessionField, string>> = {};
  for (const field of Object.keys(input) as SessionField[]) {
    const value = clean(input[field]);
    const limit = LIMITS[field];
    if (value !== undefined && limit !== undefined && value.length > limit) problems[field] = { key: 'academy.error.fieldTooLong', params: { max: limit } };
    else values[field] = value;
  }
  if (!values.title && !problems.title) problems.title = { key: 'academy.error.missingTitle' };

  const times = readTimes(input, zone, now);
  if (!times.ok) Object.assign(problems, times.problems);

  const capacity = values.capacity === undefined ? undefined : readCapacity(values.capacity);
  if (typeof capacity === 'object') problems.capacity = capacity;

  const facilitator = values.facilitator;
  if (facilitator !== undefined && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(facilitator)) {
    problems.facilitator = { key: 'academy.error.badEmail', params: { value: facilitator.slice(0, 60) } };
  }

  if (Object.keys(problems).length > 0 || !times.ok) return { ok: false, problems };
  return {
    ok: true,
    value: {
      title: values.title!,
      startsAt: times.startsAt,
      endsAt: times.endsAt,
      timeZone: zone,
      place: values.place,
      capacity: capacity as number | undefined,
      theme: values.theme,
      cohort: values.cohort,
      facilitatorEmail: facilitator?.toLowerCase(),
      description: values.description,
    },
  };
}

/** The order in which a command reports problems: the first one in the line the person typed. */
export const FIELD_ORDER: SessionField[] = ['title', 'date', 'time', 'end', 'place', 'capacity', 'theme', 'cohort', 'facilitator', 'description'];
