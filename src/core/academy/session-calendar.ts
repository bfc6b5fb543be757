import ical, { ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus, type ICalCalendar } from 'ical-generator';
import type { FileAttachment } from '../messages/message.js';
import type { AcademySession } from './academy-store.js';

/** Someone named in an invitation: the organiser, or the person it is for. */
export interface CalendarPerson {
  name: string;
  email: string | null;
}

export interface EventTexts {
  /** The event's description: the session's own, and how to answer in Keino. */
  description: string;
}

const PRODUCT = { company: 'KEINO', product: 'Keino', language: 'FI' };
/** Used only when neither the facilitator nor the scheduler has an e-mail address. */
const FALLBACK_ORGANISER: CalendarPerson = { name: 'KEINO-akatemia', email: 'akatemia@keino.invalid' };

/** One UID a session for its whole life, so an update or a cancellation replaces the calendar entry. */
export function sessionUid(session: Pick<AcademySession, 'id'>): string {
  return `academy-session-${session.id}@keino`;
}

function isLink(place: string | null): place is string {
  return place !== null && /^https?:\/\/\S+$/i.test(place);
}

/** What a public feed may show of a session: no meeting link, no description (the place only when it is no link). */
function publicView(session: AcademySession): AcademySession {
  return { ...session, place: isLink(session.place) ? null : session.place, description: null, theme: null, cohort: null };
}

function addSession(calendar: ICalCalendar, session: AcademySession, texts: EventTexts | undefined, now: Date, cancelled: boolean) {
  // Times in UTC: every calendar shows them in its own zone, with no VTIMEZONE to get wrong.
  return calendar.createEvent({
    id: sessionUid(session),
    sequence: session.sequence,
    stamp: now,
    lastModified: session.updatedAt,
    start: session.startsAt,
    end: session.endsAt,
    summary: session.title,
    ...(texts ? { description: texts.description } : {}),
    location: session.place ?? undefined,
    url: isLink(session.place) ? session.place : undefined,
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
}

const PARTSTAT = { going: ICalAttendeeStatus.ACCEPTED, maybe: ICalAttendeeStatus.TENTATIVE } as const;

/**
 * The invitation a registration reply carries: METHOD:REQUEST for "going" and "maybe", so the
 * entry appears (again, updated, by its UID); METHOD:CANCEL when the session is cancelled or the
 * person will not come, so the entry goes away.
 */
export function sessionInvitation(
  session: AcademySession,
  options: {
    method: 'request' | 'cancel';
    attendee: CalendarPerson & { status?: 'going' | 'maybe' };
    organiser?: CalendarPerson;
    texts: EventTexts;
    now: Date;
  },
): FileAttachment {
  const method = options.method === 'cancel' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST;
  const calendar = ical({ prodId: PRODUCT, method });
  const event = addSession(calendar, session, options.texts, options.now, options.method === 'cancel' || session.state === 'cancelled');
  const organiser = options.organiser?.email ? options.organiser : FALLBACK_ORGANISER;
  event.organizer({ name: organiser.name, email: organiser.email! });
  if (options.attendee.email) {
    event.createAttendee({
      name: options.attendee.name,
      email: options.attendee.email,
      rsvp: false,
      status: options.method === 'cancel' ? ICalAttendeeStatus.DECLINED : PARTSTAT[options.attendee.status ?? 'going'],
    });
  }
  return {
    filename: `keino-session-${session.id}.ics`,
    mimeType: `text/calendar; charset=utf-8; method=${method}`,
    content: calendar.toString(),
    title: session.title,
  };
}

/**
 * A calendar for subscription (METHOD:PUBLISH); cancelled sessions stay, marked cancelled. A
 * person's private feed (`describe` given) carries descriptions and meeting links; the public
 * programme (no `describe`) carries titles, times and places that are no links, nothing more.
 */
export function programmeCalendar(
  sessions: AcademySession[],
  options: { name: string; describe?: (session: AcademySession) => EventTexts; now: Date },
): string {
  const calendar = ical({ prodId: PRODUCT, method: ICalCalendarMethod.PUBLISH, name: options.name, ttl: 60 * 60 });
  for (const session of sessions) {
    const shown = options.describe ? session : publicView(session);
    addSession(calendar, shown, options.describe?.(session), options.now, session.state === 'cancelled');
  }
  return calendar.toString();
}
