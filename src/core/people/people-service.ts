import { z } from 'zod';
import type { Locale } from '../i18n/locale.js';
import { defineJob } from '../jobs/job-definition.js';
import * as field from '../jobs/payload-schemas.js';
import type { Jobs } from '../jobs/jobs.js';
import { withoutTransactions, type Transactions } from '../ports/transactions.js';
import type { PeopleStore } from './people-store.js';
import type { Person, PlatformIdentity, PlatformProfile } from './person.js';
import type { PersonCache } from './person-cache.js';
import { LastSeen } from './last-seen.js';
import { silentLogger } from '../ports/logger.js';

export interface PeopleServiceOptions {
  /** E-mail addresses (lower case) that become admins when they first appear. */
  admins: string[];
  /** Where the profile job of someone new is written (with them, in one transaction). */
  jobs?: Pick<Jobs, 'enqueue' | 'wake' | 'find' | 'cancel'>;
  transactions?: Transactions;
  clock?: () => Date;
  /** How long after first contact the profile is looked up (default {@link PROFILE_DELAY_MS}). */
  profileDelayMs?: number;
  /** The platform lookup, paced (Delivery.lookupProfile), for {@link PeopleService.profileNow}. */
  lookupProfile?: (identity: PlatformIdentity, seenIn: string | undefined, maxWaitMs: number) => Promise<PlatformProfile | undefined>;
  /**
   * The person behind an identity from memory, safe across instances (see PersonCache); none:
   * every request reads the database (PGlite, tests of the core alone).
   */
  cache?: PersonCache;
  /** Last-seen noted per request, written in batches; one of its own (silent) when not given. */
  lastSeen?: LastSeen;
}

/** How long a refused request of someone new may wait for room in the lookup budget. */
const PROFILE_NOW_WAIT_MS = 1_000;

/**
 * Lookups start this long after first contact: they are paced at the platform's tier anyway
 * (Slack: a minute for every hundred people), and a burst of first clicks (an announcement in a
 * big channel) is answered before its lookups compete with it for the database.
 */
export const PROFILE_DELAY_MS = 5_000;

/**
 * The job that fetches the platform profile of someone Keino met for the first time. Its key names
 * the person met as well: one job per person (ids are never reused).
 */
export const profileJob = defineJob({
  kind: 'people.profile',
  payload: z.object({
    identity: field.platformIdentity,
    /** The conversation where they were met (Teams looks members up in one). */
    seenIn: z.string().optional(),
  }),
  key: ({ identity }, personId: number) => `people.profile:${personId}:${identity.platform}:${identity.tenantId}:${identity.userId}`,
});

/** Who is talking to Keino: finds or registers the person behind a platform identity. */
export class PeopleService {
  private defaultLastSeen?: LastSeen;

  constructor(
    private readonly store: PeopleStore,
    private readonly options: PeopleServiceOptions,
  ) {}

  /**
   * The person behind an identity. On first contact the profile comes from `loadProfile`: in full
   * from an in-process caller, which links a person already known by e-mail rather than
   * duplicating them; with `profileLater` (Slack, Teams) it is only what the request carried, and
   * the rest follows from the profile job (see {@link completeProfile}).
   */
  async resolve(identity: PlatformIdentity, loadProfile: () => Promise<PlatformProfile>, profileLater?: { seenIn?: string }): Promise<Person> {
    const { cache } = this.options;
    const remembered = await cache?.get(identity);
    if (remembered) {
      this.lastSeen.saw(identity);
      return remembered;
    }
    const readStarted = cache?.readStarted() ?? 0;
    const known = await this.store.findWithLastSeen(identity);
    if (known) {
      this.lastSeen.saw(identity, known.lastSeenAt);
      return cache ? cache.remember(identity, known.person, readStarted) : known.person;
    }
    if (profileLater && this.options.jobs) {
      const met = await this.meet(identity, loadProfile, profileLater);
      return cache ? cache.remember(identity, met, readStarted) : met;
    }
    const { emailVerified, ...profile } = await loadProfile();
    // An e-mail nobody vouches for neither links this identity to someone Keino knows nor makes
    // an admin: it is not kept (the person can link their accounts with a one-time code instead).
    const email = emailVerified === false ? undefined : profile.email?.trim().toLowerCase() || undefined;
    const role = email && this.options.admins.includes(email) ? 'admin' : 'member';
    const person = await this.store.registerIdentity(identity, { ...profile, email }, role);
    this.lastSeen.saw(identity);
    // Someone listed in KEINO_ADMINS who was already known (say, from an import) becomes admin now.
    if (role === 'admin' && person.role !== 'admin') {
      await this.store.setRole(person.id, 'admin');
      return { ...person, role: 'admin' };
    }
    return cache ? cache.remember(identity, person, readStarted) : person;
  }

  /** When people were last seen: written at most once a minute each, in batches. */
  get lastSeen(): LastSeen {
    this.defaultLastSeen ??= this.options.lastSeen ?? new LastSeen(this.store, { logger: silentLogger });
    return this.defaultLastSeen;
  }

  /**
   * First contact from a platform: the person is registered as a member with what the request
   * carried (never an e-mail, so nothing is linked and no role granted on the request's word), and
   * their profile job is written in the same transaction, so that a crash loses neither.
   */
  private async meet(identity: PlatformIdentity, loadProfile: () => Promise<PlatformProfile>, later: { seenIn?: string }): Promise<Person> {
    const { name, locale, timeZone } = await loadProfile();
    const jobs = this.options.jobs!;
    const dueAt = new Date((this.options.clock?.() ?? new Date()).getTime() + (this.options.profileDelayMs ?? PROFILE_DELAY_MS));
    const { person, created } = await (this.options.transactions ?? withoutTransactions).atomically(async () => {
      const met = await this.store.registerNewcomer(identity, { name, ...(locale ? { locale } : {}), ...(timeZone ? { timeZone } : {}) });
      if (met.created) {
        await jobs.enqueue(profileJob.job({ identity, ...(later.seenIn ? { seenIn: later.seenIn } : {}) }, { dueAt }, met.person.id));
      }
      return met;
    });
    if (created) jobs.wake(dueAt);
    this.lastSeen.saw(identity, created ? new Date() : undefined);
    return person;
  }

  /**
   * The platform's profile of someone met earlier has arrived: name, language and time zone fill
   * in what the person has not chosen; an e-mail the platform vouches for links them to the
   * person Keino knows by it (moving what they did meanwhile) and makes a KEINO_ADMINS address an
   * admin. An e-mail the platform does not vouch for is ignored. Returns the person now behind
   * the identity.
   */
  async completeProfile(identity: PlatformIdentity, profile: PlatformProfile): Promise<Person | undefined> {
    const email = profile.emailVerified === true ? profile.email?.trim().toLowerCase() || undefined : undefined;
    return (this.options.transactions ?? withoutTransactions).atomically(async () => {
      const met = await this.store.findByIdentity(identity);
      if (!met) return undefined;
      const owner = email ? await this.store.findByEmail(email) : undefined;
      let person = met;
      if (owner && owner.id !== met.id) {
        // Known by this e-mail already (another platform, an import): one person, not two.
        const ownerHadAccounts = (await this.store.identitiesOf(owner.id)).length > 0;
        await this.store.mergeInto(met.id, owner.id);
        person = await this.store.fillProfile(owner.id, {
          ...(ownerHadAccounts ? {} : { name: profile.name }),
          locale: profile.locale,
          timeZone: profile.timeZone,
        });
      } else {
        person = await this.store.fillProfile(met.id, {
          name: profile.name,
          email: owner ? undefined : email,
          locale: profile.locale,
          timeZone: profile.timeZone,
        });
      }
      if (email && this.options.admins.includes(email) && person.role !== 'admin') {
        await this.store.setRole(person.id, 'admin');
        person = { ...person, role: 'admin' };
      }
      return person;
    });
  }

  /**
   * Someone new was refused a command for want of a role, before their profile came: their
   * profile is looked up now (if the lookup budget has room within a second) rather than by its
   * job, so that an admin's first command works. Returns the person as the profile makes them, or
   * undefined when there was nothing to look up (the profile came already, or the budget is full).
   */
  async profileNow(identity: PlatformIdentity, person: Person, seenIn: string | undefined): Promise<Person | undefined> {
    const { jobs, lookupProfile } = this.options;
    if (!jobs || !lookupProfile) return undefined;
    const key = profileJob.key({ identity }, person.id);
    if ((await jobs.find(key))?.state !== 'pending') return undefined;
    let profile: PlatformProfile | undefined;
    try {
      profile = await lookupProfile(identity, seenIn, PROFILE_NOW_WAIT_MS);
    } catch {
      // Budget full or the platform failing: the job tries later, as it would have anyway.
      return undefined;
    }
    if (!profile) return undefined;
    const completed = await this.completeProfile(identity, profile);
    await jobs.cancel(key);
    return completed;
  }

  setLocale(person: Person, locale: Locale): Promise<void> {
    return this.store.setLocale(person.id, locale);
  }

  identities(person: Person): Promise<PlatformIdentity[]> {
    return this.store.identitiesOf(person.id);
  }

  async organisationName(person: Person): Promise<string | undefined> {
    if (person.organisationId === null) return undefined;
    return (await this.store.organisation(person.organisationId))?.name;
  }

  get peopleStore(): PeopleStore {
    return this.store;
  }
}
