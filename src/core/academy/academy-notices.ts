import { z } from 'zod';
import type { ChannelLinkStore } from '../channels/channel-link-store.js';
import { COMMAND_ACTION } from '../commands/command.js';
import { conversationKey } from '../commands/conversation.js';
import { DeliveryError } from '../ports/platform-gateway.js';
import type { Delivery, RecipientContext } from '../delivery/delivery.js';
import type { Jobs } from '../jobs/jobs.js';
import { defineJob } from '../jobs/job-definition.js';
import * as field from '../jobs/payload-schemas.js';
import { heading, note, personal, shared, text, type Block, type Message } from '../messages/message.js';
import { addDays, localDateOf, localTimeOf, localToUtc } from '../time/local-time.js';
import { formatDateFromToday, formatTimeFromNow } from '../time/format.js';
import type { AcademyNotifier, AcademyService } from './academy-service.js';
import { type AcademySession, type Promoted, REGISTRATION_STATUSES, type Registration, type RegistrationStatus } from './academy-store.js';
import { sessionBlocks } from './session-blocks.js';
import { describeWhen } from './session-time.js';

export type ReminderKind = 'day' | 'hour';

const announceKey = (sessionId: number) => `academy:announce:${sessionId}`;

const reminderPrefix = (sessionId: number, personId?: number) => `academy:remind:${sessionId}:${personId === undefined ? '' : `${personId}:`}`;

const sessionId = { sessionId: field.id };

/** The job kinds of the academy; each renders its message when it runs, in the recipient's language. */
export const ACADEMY_JOB = {
  /** The announcement in the academy channels; one a session. */
  announce: defineJob({
    kind: 'academy.announce',
    payload: z.object(sessionId),
    key: (payload) => announceKey(payload.sessionId),
  }),
  /** Shows the announcement's live counts (going, places left, waiting) after answers change: one a session and window. */
  announceRefresh: defineJob({
    kind: 'academy.announce.refresh',
    payload: z.object(sessionId),
    key: (payload, window: number) => `academy:announce-refresh:${payload.sessionId}:${window}`,
  }),
  /** A reminder to someone going, a day or an hour before; keyed by the start it was planned for, so a new time makes new ones. */
  reminder: defineJob({
    kind: 'academy.reminder',
    payload: z.object({
      ...sessionId,
      personId: field.id,
      reminder: z.enum(['day', 'hour']),
      /** The start the reminder was planned for (ISO): a reminder for an old time sends nothing. */
      startsAt: field.isoInstant,
    }),
    key: (payload) => `${reminderPrefix(payload.sessionId, payload.personId)}${payload.reminder}:${payload.startsAt}`,
  }),
  /** A cancellation, a move or a promotion from the waiting list, told to one person; the caller's key names the occasion. */
  notice: defineJob({
    kind: 'academy.notice',
    payload: z.discriminatedUnion('notice', [
      z.object({ ...sessionId, personId: field.id, notice: z.literal('cancelled'), status: z.enum(REGISTRATION_STATUSES) }),
      z.object({
        ...sessionId,
        personId: field.id,
        notice: z.literal('moved'),
        sequence: z.number().int(),
        previousStartsAt: field.isoInstant,
        previousEndsAt: field.isoInstant,
      }),
      z.object({ ...sessionId, personId: field.id, notice: z.literal('promoted') }),
    ]),
    key: (_payload, key: string) => key,
  }),
};

type NoticePayload = z.output<typeof ACADEMY_JOB.notice.payload>;

const HOUR_MS = 3_600_000;
/** A notice held by quiet hours still comes this long before the session (old or new time) starts. */
const NOTICE_BEFORE_SESSION_MS = 2 * HOUR_MS;

/**
 * How often at most an announcement's counts are refreshed: answers within one window make one
 * update (Slack's chat.update is Tier 3, about 50 a minute for the whole workspace), at the window's
 * end, with the counts as they are then.
 */
export const ANNOUNCE_REFRESH_MS = 10_000;

/**
 * When the reminders of a session are due: the day before at the same local time (a calendar day
 * in the session's zone, so 23 or 25 hours across a daylight-saving change), and an hour before.
 */
export function reminderTimes(session: Pick<AcademySession, 'startsAt' | 'timeZone'>): { reminder: ReminderKind; dueAt: Date }[] {
  const zone = session.timeZone;
  const dayBefore = addDays(localDateOf(session.startsAt, zone), -1);
  return [
    { reminder: 'day', dueAt: localToUtc(dayBefore, localTimeOf(session.startsAt, zone), zone) },
    { reminder: 'hour', dueAt: new Date(session.startsAt.getTime() - HOUR_MS) },
  ];
}

/**
 * The academy's side of the scheduler: every change becomes jobs with deduplication keys, so a
 * retry, a second instance or a repeated answer never sends anything twice. Keys name the session,
 * the person, the kind and (for reminders) the start time: a new time makes new reminders, and the
 * old ones are cancelled.
 */
export class AcademyNotices implements AcademyNotifier {
  constructor(
    private readonly jobs: Jobs,
    private readonly clock: () => Date,
  ) {}

  async scheduled(session: AcademySession): Promise<void> {
    await this.jobs.enqueue(ACADEMY_JOB.announce.job({ sessionId: session.id }, { dueAt: this.clock() }));
  }

  async answered(session: AcademySession, personId: number, status: RegistrationStatus): Promise<void> {
    if (status === 'going') await this.planReminders(session, personId);
    else await this.jobs.cancel({ prefix: reminderPrefix(session.id, personId) });
    await this.refreshAnnouncement(session);
  }

  /** One refresh job per session and window (the key names both), due at the window's end. */
  private async refreshAnnouncement(session: AcademySession): Promise<void> {
    const window = Math.floor(this.clock().getTime() / ANNOUNCE_REFRESH_MS);
    await this.jobs.enqueue(ACADEMY_JOB.announceRefresh.job({ sessionId: session.id }, { dueAt: new Date((window + 1) * ANNOUNCE_REFRESH_MS) }, window));
  }

  async promoted(session: AcademySession, promoted: Promoted): Promise<void> {
    // Waiting positions are never reused in a session, so each promotion has a key of its own.
    await this.notice(`academy:promoted:${session.id}:${promoted.personId}:${promoted.waitingPosition}`, {
      sessionId: session.id,
      personId: promoted.personId,
      notice: 'promoted',
    });
    await this.planReminders(session, promoted.personId);
  }

  async cancelled(session: AcademySession, registrations: Registration[]): Promise<void> {
    await this.jobs.cancel({ prefix: reminderPrefix(session.id) });
    for (const registration of registrations) {
      await this.notice(`academy:cancelled:${session.id}:${registration.personId}`, {
        sessionId: session.id,
        personId: registration.personId,
        notice: 'cancelled',
        status: registration.status,
      });
    }
  }

  async rescheduled(session: AcademySession, previous: AcademySession, registrations: Registration[]): Promise<void> {
    await this.refreshAnnouncement(session);
    await this.jobs.cancel({ prefix: reminderPrefix(session.id) });
    for (const registration of registrations) {
      if (registration.status === 'going') await this.planReminders(session, registration.personId);
      await this.notice(`academy:moved:${session.id}:${registration.personId}:${session.sequence}`, {
        sessionId: session.id,
        personId: registration.personId,
        notice: 'moved',
        sequence: session.sequence,
        previousStartsAt: previous.startsAt.toISOString(),
        previousEndsAt: previous.endsAt.toISOString(),
      });
    }
  }

  private async planReminders(session: AcademySession, personId: number): Promise<void> {
    const now = this.clock();
    for (const { reminder, dueAt } of reminderTimes(session)) {
      if (dueAt.getTime() <= now.getTime()) continue; // registered after the moment: no late "tomorrow"
      const job = ACADEMY_JOB.reminder.job({ sessionId: session.id, personId, reminder, startsAt: session.startsAt.toISOString() }, { dueAt });
      const { created } = await this.jobs.enqueue(job);
      // Said no, then yes again: the cancelled reminder comes back (one that was sent stays sent).
      if (!created) await this.jobs.reschedule(job.key, dueAt);
    }
  }

  private async notice(key: string, payload: NoticePayload): Promise<void> {
    await this.jobs.enqueue(ACADEMY_JOB.notice.job(payload, { dueAt: this.clock() }, key));
  }
}

const attends = (status: RegistrationStatus | undefined): status is 'going' | 'maybe' => status === 'going' || status === 'maybe';

type Counts = { going: number; maybe: number; waiting: number };

function countsOf(registrations: Registration[]): Counts {
  const count = (status: RegistrationStatus) => registrations.filter((registration) => registration.status === status).length;
  return { going: count('going'), maybe: count('maybe'), waiting: count('waiting') };
}

/** The announcement in the academy channels, with the session's counts as they are now. */
function announcement(reader: RecipientContext, session: AcademySession, counts: Counts): Message {
  return shared(
    [
      heading(reader.t('academy.announce.heading')),
      ...sessionBlocks(reader, { session, ...counts }),
      note(reader.t('academy.announce.howToAnswer', { id: session.id })),
    ],
    `${reader.t('academy.announce.heading')}: ${session.title}`,
  );
}

/** A session's reminder, said from the moment it is sent ("huomenna", "tunnin kuluttua"): a retry may come later than planned. */
export function reminderMessage(
  session: AcademySession,
  reminder: ReminderKind,
  reader: Pick<RecipientContext, 't' | 'locale' | 'timeZone'>,
  now: Date,
): Message {
  const day = formatDateFromToday(localDateOf(session.startsAt, reader.timeZone), now, reader.timeZone, reader.locale);
  const from = formatTimeFromNow(session.startsAt, now, reader.locale);
  const blocks: Block[] = [text(reader.t(`academy.remind.${reminder}`, { title: session.title, day, from, when: describeWhen(session, reader) }))];
  if (session.place) blocks.push({ type: 'fields', fields: [{ label: reader.t('academy.field.place'), value: session.place }] });
  blocks.push(note(reader.t('academy.remind.cantCome')), {
    type: 'buttons',
    buttons: [{ label: reader.t('academy.button.declined'), actionId: COMMAND_ACTION, value: `rsvp ${session.id} no` }],
  });
  return personal(blocks);
}

/** Registers the academy's job handlers. Each checks the session as it is now and sends nothing stale. */
export function registerAcademyJobs(jobs: Jobs, delivery: Delivery, academy: AcademyService, channels: ChannelLinkStore): void {
  jobs.handle(ACADEMY_JOB.announce, async (job) => {
    const session = await academy.find(job.payload.sessionId);
    if (session?.state !== 'scheduled') return;
    const counts = countsOf(await academy.registrations(session.id));
    for (const conversation of await channels.channelsFor('academy')) {
      // Keino's own message, recorded under "<job key>#<conversation>", so that its counts can be updated.
      await delivery.forJob(job).sendToConversation(conversation, (reader) => announcement(reader, session, counts));
    }
  });

  jobs.handle(ACADEMY_JOB.announceRefresh, async (job) => {
    const session = await academy.find(job.payload.sessionId);
    if (session?.state !== 'scheduled') return;
    const counts = countsOf(await academy.registrations(session.id));
    for (const conversation of await channels.channelsFor('academy')) {
      try {
        await delivery.update(`${announceKey(session.id)}#${conversationKey(conversation)}`, (reader) => announcement(reader, session, counts));
      } catch (error) {
        // Deleted, archived, no longer Keino's to edit: no retry changes that, and the other
        // channels still get their counts. A passing failure retries the job.
        if (error instanceof DeliveryError && error.permanent) continue;
        throw error;
      }
    }
  });

  jobs.handle(ACADEMY_JOB.reminder, async (job, { now }) => {
    const { sessionId, personId, reminder, startsAt } = job.payload;
    const session = await academy.find(sessionId);
    if (session?.state !== 'scheduled' || session.startsAt.toISOString() !== startsAt) return;
    if ((await academy.statusOf(sessionId, personId)) !== 'going') return;
    await delivery.forJob(job).sendToPerson(personId, (reader) => reminderMessage(session, reminder, reader, now));
  });

  jobs.handle(ACADEMY_JOB.notice, async (job, context) => {
    const session = await academy.find(job.payload.sessionId);
    if (!session) return;
    const content = await noticeFor(job.payload, session, academy, context.now);
    if (!content) return;
    // Someone else's doing: not in the person's quiet hours, unless the morning is too late for the session.
    const starts = [session.startsAt.getTime(), ...(job.payload.notice === 'moved' ? [new Date(job.payload.previousStartsAt).getTime()] : [])];
    const notLaterThan = new Date(Math.min(...starts) - NOTICE_BEFORE_SESSION_MS);
    await delivery.forJob(job, { hours: 'notification', notLaterThan }).sendToPerson(job.payload.personId, content);
  });
}

/** What a notice says as the session is now; undefined when it no longer applies. */
async function noticeFor(
  payload: NoticePayload,
  session: AcademySession,
  academy: AcademyService,
  now: Date,
): Promise<((reader: RecipientContext) => Promise<Message>) | undefined> {
  const status = await academy.statusOf(session.id, payload.personId);
  const withInvitation = async (reader: RecipientContext, blocks: Block[], calendar: RegistrationStatus | 'cancelled' | undefined) => {
    const message = personal(blocks);
    if (calendar && reader.person) message.attachments = [await academy.invitationFor(session, reader.person, calendar, reader.t, now)];
    return message;
  };
  switch (payload.notice) {
    case 'cancelled':
      return (reader) => {
        const said = reader.t('academy.notice.cancelled', { title: session.title, when: describeWhen(session, reader) });
        return attends(payload.status)
          ? withInvitation(reader, [text(`${said} ${reader.t('academy.rsvp.removedFromCalendar')}`)], 'cancelled')
          : withInvitation(reader, [text(said)], undefined);
      };
    case 'moved': {
      // A later move has its own notice; a cancelled session has one too.
      if (session.sequence !== payload.sequence || session.state !== 'scheduled') return undefined;
      const previous = { startsAt: new Date(payload.previousStartsAt), endsAt: new Date(payload.previousEndsAt), timeZone: session.timeZone };
      return (reader) => {
        const said = reader.t('academy.notice.moved', { title: session.title, when: describeWhen(session, reader), previous: describeWhen(previous, reader) });
        return attends(status)
          ? withInvitation(reader, [text(`${said} ${reader.t('academy.notice.updatedInvitation')}`)], status)
          : withInvitation(reader, [text(said)], undefined);
      };
    }
    case 'promoted':
      if (status !== 'going' || session.state !== 'scheduled') return undefined;
      return (reader) =>
        withInvitation(reader, [text(reader.t('academy.notice.promoted', { title: session.title, when: describeWhen(session, reader) }))], 'going');
  }
}
