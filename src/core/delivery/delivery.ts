import { conversationKey, type Conversation } from '../commands/conversation.js';
import type { Locale } from '../i18n/locale.js';
import { translator, type Translate } from '../i18n/translator.js';
import type { Message } from '../messages/message.js';
import type { PeopleStore } from '../people/people-store.js';
import type { LastSeen } from '../people/last-seen.js';
import type { Person, Platform, PlatformIdentity, PlatformProfile, ReachableIdentity } from '../people/person.js';
import { silentLogger, type Logger } from '../ports/logger.js';
import { DeliveryError, type PlatformGateway, type PlatformGateways, type SentMessage } from '../ports/platform-gateway.js';
import type { DeliveryRecord, DeliveryStore } from './delivery-store.js';
import { localDateOf } from '../time/local-time.js';
import { holdFor, type PersonalHours } from '../time/quiet-hours.js';
import { WorkingCalendar } from '../time/working-days.js';
import type { WorkingDaysStore } from '../working-days/working-days-store.js';
import { JobPostponed } from '../jobs/job.js';
import { methodSlots, Pacer, paceSlots, type PaceSlot, type SendLimits } from './pacer.js';

/** Who a message is rendered for, when it is rendered at send time (in the person's language). */
export interface RecipientContext {
  /** Absent for a post in a channel. */
  person?: Person;
  locale: Locale;
  timeZone: string;
  t: Translate;
  platform: Platform;
}

/** A ready message, or one rendered for the recipient once Keino knows who and where. */
export type MessageContent = Message | ((recipient: RecipientContext) => Message | Promise<Message>);

export interface SendOptions {
  /**
   * Makes the send idempotent: a send whose key was recorded already is not repeated (the earlier
   * record is returned). Jobs get keys derived from their own through {@link Delivery.forJob}.
   */
  key?: string;
  jobId?: number;
  /**
   * Nothing can have been sent under this key yet (a job's first attempt), so the lookup is
   * skipped; the record is still keyed, and a clash keeps the first record.
   */
  firstAttempt?: boolean;
  /**
   * Keep the person's hours ({@link PersonalHours}): `scheduled` for Keino's own schedule (quiet
   * hours 18–08 and their organisation's days off; nothing while they are away or on its summer
   * break), `notification` for what someone else did (quiet hours only). A held send is refused
   * with a retry when the person's hours begin, so its job waits. Left out: at once (a reply to
   * the person's own action, a session's reminders).
   */
  hours?: PersonalHours;
  /** A send held past this instant goes at once instead (a session starting before the morning). */
  notLaterThan?: Date;
}

/** What a job's sends keep: {@link SendOptions.hours} and {@link SendOptions.notLaterThan}. */
export type HoursOptions = Pick<SendOptions, 'hours' | 'notLaterThan'>;

export interface Delivered extends DeliveryRecord {
  /** True when this key had been sent before and nothing was sent now. */
  repeated: boolean;
}

export interface DeliveryOptions {
  gateways: PlatformGateways;
  people: PeopleStore;
  store: DeliveryStore;
  clock: () => Date;
  defaults: { locale: Locale; timeZone: string };
  pacer?: Pacer;
  /** Each platform's send limits, from its definition (src/app/platforms.ts); `{}` paces nothing. */
  limits: SendLimits;
  /** Sightings this instance has not written yet (last-seen is written once a minute): the latest use counts. */
  lastSeen?: Pick<LastSeen, 'latest'>;
  logger?: Logger;
  /** Organisations' own days off and people's time off, for sends that keep a person's hours; none when left out. */
  timeOff?: Pick<WorkingDaysStore, 'daysOff' | 'away'>;
  /** Workspaces Keino lost (removed, token revoked): sends there fail at once, before any pacing. None when left out. */
  access?: { refusal(platform: Platform, tenantId: string): Promise<DeliveryError | undefined> };
}

/** Sends bound to one job: their keys derive from the job's, so a retry or a takeover never repeats one. */
export interface JobDelivery {
  sendToPerson(personId: number, content: MessageContent, part?: string): Promise<Delivered>;
  sendToConversation(conversation: Conversation, content: MessageContent, part?: string): Promise<Delivered>;
}

/**
 * Platform-neutral "send to a person" and "send to a channel" for everything Keino says on its own
 * initiative. For a person it picks the platform where they are reachable (their identities on the
 * platforms this instance serves, the one they used last first); every send is paced within the
 * platform's limits and recorded (platform, conversation, message id) so it can be updated later.
 */
export class Delivery {
  private readonly pacer: Pacer;
  private readonly limits: SendLimits;
  private readonly logger: Logger;

  constructor(private readonly options: DeliveryOptions) {
    this.pacer = options.pacer ?? new Pacer();
    this.limits = options.limits;
    this.logger = options.logger ?? silentLogger;
  }

  async sendToPerson(personId: number, content: MessageContent, options: SendOptions = {}): Promise<Delivered> {
    const earlier = await this.earlier(options);
    if (earlier) return earlier;
    const person = await this.options.people.findById(personId);
    if (!person) throw new DeliveryError(`person ${personId} does not exist`, { permanent: true, code: 'no_person' });
    const identities = byRecentUse(await this.options.people.identitiesByRecentUse(personId), this.options.lastSeen);
    if (identities.length === 0) {
      throw new DeliveryError(`person ${personId} has no chat account Keino knows`, { permanent: true, code: 'unreachable' });
    }
    const reachable = identities.filter((identity) => this.options.gateways.get(identity.platform));
    if (reachable.length === 0) {
      // Another instance (or this one, restarted with credentials) may serve the platform: retry.
      const platforms = [...new Set(identities.map((identity) => identity.platform))].join(', ');
      throw new DeliveryError(`no gateway here for ${platforms}`, { code: 'platform_unavailable' });
    }
    // A workspace Keino lost is no place to try, nor to wait for the person's hours in.
    const refusals = await Promise.all(reachable.map((identity) => this.options.access?.refusal(identity.platform, identity.tenantId)));
    const open = reachable.filter((_, index) => !refusals[index]);
    if (open.length === 0) throw refusals[0]!;
    // The console is the person at their own terminal, who just opened it: nobody to wake there.
    if (options.hours && open.some((identity) => identity.platform !== 'console')) await this.keepHours(person, options.hours, options.notLaterThan);
    let lastPermanent: DeliveryError | undefined;
    for (const identity of open) {
      const gateway = this.options.gateways.get(identity.platform)!;
      const message = await this.render(content, identity.platform, person);
      try {
        const sent = await this.paced(identity.platform, identity.tenantId, `dm:${identity.userId}`, () => gateway.sendToPerson(identity, message));
        const delivered = await this.record(sent, { ...options, personId });
        if (sent.conversation.kind === 'personal' && sent.conversation.channelId !== identity.directConversationId) {
          await this.rememberDirectConversation(identity, sent.conversation.channelId);
        }
        return delivered;
      } catch (error) {
        // A deactivated account on one platform: try the next one the person uses.
        if (error instanceof DeliveryError && error.permanent) {
          this.logger.warn({ personId, platform: identity.platform, code: error.options.code }, 'person not reachable on this platform');
          lastPermanent = error;
          continue;
        }
        throw error;
      }
    }
    throw lastPermanent!;
  }

  /**
   * Refuses a send outside the person's hours: a retry at their start (`quiet_hours`), or never
   * (`time_off`, permanent: away, or their organisation's summer break).
   */
  private async keepHours(person: Person, hours: PersonalHours, notLaterThan: Date | undefined): Promise<void> {
    const now = this.options.clock();
    const zone = person.timeZone ?? this.options.defaults.timeZone;
    const timeOff = this.options.timeOff;
    let calendar: WorkingCalendar | undefined;
    if (hours === 'scheduled') {
      const away = await timeOff?.away(person.id);
      const today = localDateOf(now, zone);
      if (away && away.from <= today && today <= away.to) {
        throw new DeliveryError(`person ${person.id} is away until ${away.to}`, { permanent: true, code: 'time_off' });
      }
      calendar = new WorkingCalendar(person.organisationId !== null && timeOff ? await timeOff.daysOff(person.organisationId) : undefined);
    }
    const hold = holdFor(now, zone, calendar);
    if (hold.send === 'never') throw new DeliveryError(`person ${person.id}: their organisation's summer break`, { permanent: true, code: 'time_off' });
    if (hold.send === 'later' && !(notLaterThan && hold.at >= notLaterThan)) {
      throw new DeliveryError(`outside the hours of person ${person.id} until ${hold.at.toISOString()}`, {
        retryAfterMs: hold.at.getTime() - now.getTime(),
        code: 'quiet_hours',
      });
    }
  }

  /** Only saves a look-up next time: a failure to remember must not fail the send that was made. */
  private async rememberDirectConversation(identity: PlatformIdentity, conversationId: string): Promise<void> {
    try {
      await this.options.people.rememberDirectConversation(identity, conversationId);
    } catch (error) {
      this.logger.warn({ err: error, platform: identity.platform }, 'could not remember a direct conversation');
    }
  }

  async sendToConversation(conversation: Conversation, content: MessageContent, options: SendOptions = {}): Promise<Delivered> {
    const earlier = await this.earlier(options);
    if (earlier) return earlier;
    const gateway = this.gatewayFor(conversation.platform);
    const message = await this.render(content, conversation.platform);
    const sent = await this.paced(conversation.platform, conversation.tenantId, conversation.channelId, () =>
      gateway.sendToConversation(conversation, message),
    );
    return this.record(sent, { ...options, personId: null });
  }

  /** Replaces a recorded message (nudge buttons by the outcome, poll results); false when no such send. */
  async update(key: string, content: MessageContent): Promise<boolean> {
    const sent = await this.options.store.findByKey(key);
    if (!sent) return false;
    const person = sent.personId === null ? undefined : await this.options.people.findById(sent.personId);
    const message = await this.render(content, sent.platform, person);
    await this.updateSent(sent, message);
    return true;
  }

  /**
   * Replaces a message Keino posted (a poll's tally, a nudge's buttons). Edits have a rate tier of
   * their own in the workspace (Slack chat.update, Tier 3), which every edit of every instance shares.
   * `onCall` hears when the call to the platform begins.
   */
  async updateSent(sent: SentMessage, message: Message, onCall?: () => void): Promise<void> {
    const gateway = this.gatewayFor(sent.platform);
    await this.paced(
      sent.platform,
      sent.conversation.tenantId,
      sent.conversation.channelId,
      () => {
        // The moment the call leaves, after the pacer's wait (a timer under load may fire late).
        onCall?.();
        return gateway.updateMessage(sent, message);
      },
      'update',
    );
  }

  /**
   * The person's profile from their platform (Slack users.info is Tier 4, about 100 a minute a
   * workspace), paced in the workspace's shared budget. When the budget has no room within
   * `maxWaitMs`, nothing is called and the job is postponed to when it has ({@link JobPostponed}).
   */
  async lookupProfile(identity: PlatformIdentity, seenIn: string | undefined, maxWaitMs: number): Promise<PlatformProfile | undefined> {
    const gateway = this.gatewayFor(identity.platform);
    if (!gateway.lookupProfile) return undefined;
    const refusal = await this.options.access?.refusal(identity.platform, identity.tenantId);
    if (refusal) throw refusal;
    const slots = methodSlots(this.limits, identity.platform, identity.tenantId, 'profile');
    const reserved = await this.pacer.waitAtMost(slots, maxWaitMs);
    if (!reserved.reserved) throw new JobPostponed(new Date(reserved.freeAt), `${identity.platform} profile lookups are at their rate limit`);
    try {
      return await gateway.lookupProfile(identity, seenIn);
    } catch (error) {
      if (error instanceof DeliveryError && error.retryAfterMs !== undefined) {
        for (const slot of slots) this.pacer.pause(slot.key, error.retryAfterMs);
      }
      throw error;
    }
  }

  find(key: string): Promise<DeliveryRecord | undefined> {
    return this.options.store.findByKey(key);
  }

  /**
   * Sends for one job, keyed "<job key>#person:<id>[:part]" or "<job key>#<conversation>[:part]":
   * on a retry, or after another instance took the job over, what was sent is not sent again.
   */
  forJob(job: { id: number; key: string; attempts: number }, hours: HoursOptions = {}): JobDelivery {
    const keyed = (target: string, part?: string): SendOptions => ({
      ...hours,
      key: `${job.key}#${target}${part ? `:${part}` : ''}`,
      jobId: job.id,
      // Attempts only grow (a claim adds one), so attempt 1 follows no earlier send.
      firstAttempt: job.attempts === 1,
    });
    return {
      sendToPerson: (personId, content, part) => this.sendToPerson(personId, content, keyed(`person:${personId}`, part)),
      sendToConversation: (conversation, content, part) => this.sendToConversation(conversation, content, keyed(conversationKey(conversation), part)),
    };
  }

  private gatewayFor(platform: Platform): PlatformGateway {
    const gateway = this.options.gateways.get(platform);
    if (!gateway) throw new DeliveryError(`no gateway here for ${platform}`, { code: 'platform_unavailable' });
    return gateway;
  }

  private async earlier(options: SendOptions): Promise<Delivered | undefined> {
    if (!options.key || options.firstAttempt) return undefined;
    const found = await this.options.store.findByKey(options.key);
    return found ? { ...found, repeated: true } : undefined;
  }

  private async render(content: MessageContent, platform: Platform, person?: Person): Promise<Message> {
    if (typeof content !== 'function') return content;
    const locale = person?.locale ?? this.options.defaults.locale;
    return content({ person, locale, timeZone: person?.timeZone ?? this.options.defaults.timeZone, t: translator(locale), platform });
  }

  private async paced<T>(platform: Platform, tenantId: string, conversation: string, send: () => Promise<T>, method?: 'update'): Promise<T> {
    // An edit keeps the conversation's pace and its method's tier, not the workspace's posting
    // budget: a poll's tally must not queue behind a thousand nudges.
    const slots: PaceSlot[] = method
      ? [...paceSlots(this.limits, platform, tenantId, conversation, { tenantWide: false }), ...methodSlots(this.limits, platform, tenantId, method)]
      : paceSlots(this.limits, platform, tenantId, conversation);
    // Refused before the wait: a thousand nudges to a lost workspace fail now, not at its pace.
    const refusal = await this.options.access?.refusal(platform, tenantId);
    if (refusal) throw refusal;
    await this.pacer.wait(slots);
    try {
      return await send();
    } catch (error) {
      if (error instanceof DeliveryError && error.retryAfterMs !== undefined) {
        for (const slot of slots) this.pacer.pause(slot.key, error.retryAfterMs);
      }
      throw error;
    }
  }

  private async record(sent: SentMessage, options: SendOptions & { personId: number | null }): Promise<Delivered> {
    const record = await this.options.store.record({
      ...sent,
      key: options.key ?? null,
      jobId: options.jobId ?? null,
      personId: options.personId,
      sentAt: this.options.clock(),
    });
    return { ...record, repeated: false };
  }
}

/**
 * The identities with the most recently used first: as the database holds it, or as this instance
 * saw it when that is later (last-seen is written at most once a minute). Ties keep the database's
 * order.
 */
function byRecentUse(identities: (ReachableIdentity & { lastSeenAt: Date | null })[], lastSeen: Pick<LastSeen, 'latest'> | undefined): ReachableIdentity[] {
  const usedAt = (identity: ReachableIdentity & { lastSeenAt: Date | null }) =>
    Math.max(identity.lastSeenAt?.getTime() ?? Number.NEGATIVE_INFINITY, lastSeen?.latest(identity)?.getTime() ?? Number.NEGATIVE_INFINITY);
  return identities
    .map((identity, order) => ({ identity, order, at: usedAt(identity) }))
    .sort((a, b) => (a.at === b.at ? a.order - b.order : b.at - a.at))
    .map(({ identity: { lastSeenAt: _written, ...identity } }) => identity);
}
