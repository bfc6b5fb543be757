import type { Locale } from '../i18n/locale.js';
import type { PeopleStore } from './people-store.js';
import type { Person, PlatformIdentity, PlatformProfile } from './person.js';

export interface PeopleServiceOptions {
  /** E-mail addresses (lower case) that become admins when they first appear. */
  admins: string[];
}

/** Who is talking to Keino: finds or registers the person behind a platform identity. */
export class PeopleService {
  constructor(
    private readonly store: PeopleStore,
    private readonly options: PeopleServiceOptions,
  ) {}

  /**
   * The person behind an identity. The profile is loaded (a platform API call) only on first
   * contact; a person already known by e-mail from another platform is linked, not duplicated.
   */
  async resolve(identity: PlatformIdentity, loadProfile: () => Promise<PlatformProfile>): Promise<Person> {
    const known = await this.store.seeIdentity(identity);
    if (known) return known;
    const { emailVerified, ...profile } = await loadProfile();
    // An e-mail nobody vouches for neither links this identity to someone Keino knows nor makes
    // an admin: it is not kept (the person can link their accounts with a one-time code instead).
    const email = emailVerified === false ? undefined : profile.email?.trim().toLowerCase() || undefined;
    const role = email && this.options.admins.includes(email) ? 'admin' : 'member';
    const person = await this.store.registerIdentity(identity, { ...profile, email }, role);
    await this.store.touchIdentity(identity);
    // Someone listed in KEINO_ADMINS who was already known (say, from an import) becomes admin now.
    if (role === 'admin' && person.role !== 'admin') {
      await this.store.setRole(person.id, 'admin');
      return { ...person, role: 'admin' };
    }
    return person;
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
