import { platformName } from '../ports/platform-capabilities.js';
import { randomInt } from 'node:crypto';
import type { AuditLog } from '../audit/audit-log.js';
import { KeinoError } from '../errors.js';
import type { Transactions } from '../ports/transactions.js';
import type { ActionSeal } from '../security/action-seal.js';
import type { PeopleStore } from './people-store.js';
import type { Person, Platform, PlatformIdentity, Role } from './person.js';

/** Letters and digits nobody confuses when reading a code aloud or off a screen (no 0/O, 1/I/L). */
export const LINK_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const LINK_CODE_LENGTH = 8;
export const LINK_CODE_LIFETIME_MS = 10 * 60 * 1000;
/** Wrong codes a person may type in one window before `link <code>` is refused outright. */
export const LINK_MAX_FAILURES = 5;
export const LINK_FAILURE_WINDOW_MS = 10 * 60 * 1000;

export interface StoredLinkCode {
  id: number;
  personId: number;
  /** The identity that asked for the code. */
  identity: PlatformIdentity;
  expiresAt: Date;
  usedAt: Date | null;
}

/** What a link changes, decided and checked before the transaction. */
export interface PersonMerge {
  codeId: number;
  /** The person who asked for the code: their row stays. */
  survivor: Person;
  /** The person who typed it: their identities and records move to the survivor, their row goes. */
  absorbed: Person;
  role: Role;
  organisationId: number | null;
  now: Date;
}

/** The port for one-time link codes, the brute-force counter, and merging and splitting people. */
export interface IdentityLinkStore {
  /** Keeps a new code for the identity; the person's earlier codes stop working. */
  replaceCode(identity: PlatformIdentity, personId: number, codeHash: string, expiresAt: Date): Promise<void>;
  findCode(codeHash: string): Promise<StoredLinkCode | undefined>;
  /** Wrong codes the person typed in the window that is still open at `now`. */
  failures(personId: number, now: Date, windowMs: number): Promise<number>;
  recordFailure(personId: number, now: Date, windowMs: number): Promise<void>;
  /**
   * Uses the code (only if unused and unexpired at `now`) and moves everything of the absorbed
   * person to the survivor in the caller's transaction; false when the code was taken meanwhile.
   */
  merge(merge: PersonMerge): Promise<boolean>;
  /** Moves the identity to a new person of its own (member, no e-mail, no organisation); its id. */
  split(identity: PlatformIdentity, from: Person, now: Date): Promise<number>;
}

const ROLE_RANK: Record<Role, number> = { member: 0, coordinator: 1, facilitator: 1, admin: 2 };

/**
 * Linking a person's Slack and Teams identities with a one-time code, and splitting them again.
 *
 * Rights flow only from the identity that asked for the code (which saw it privately, with the
 * warning never to give it away) to the one that types it: whoever types a code they were given
 * must not hand their admin or coordinator rights to its maker, so a typer with more rights than
 * the code's owner is refused (and told to link the other way round).
 */
export class IdentityLinks {
  constructor(
    private readonly store: IdentityLinkStore,
    private readonly people: PeopleStore,
    private readonly seal: ActionSeal,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
  ) {}

  /** A new code for this identity, valid ten minutes; only its hash is kept. */
  async issue(person: Person, identity: PlatformIdentity, now: Date): Promise<{ code: string; expiresAt: Date }> {
    const code = Array.from({ length: LINK_CODE_LENGTH }, () => LINK_CODE_ALPHABET[randomInt(LINK_CODE_ALPHABET.length)]).join('');
    const expiresAt = new Date(now.getTime() + LINK_CODE_LIFETIME_MS);
    await this.store.replaceCode(identity, person.id, await this.hash(code), expiresAt);
    return { code, expiresAt };
  }

  /**
   * Links the identity typing the code to the person who asked for it. Every refusal is a polite
   * KeinoError; a refused code writes nothing but the person's count of wrong tries.
   */
  async redeem(person: Person, identity: PlatformIdentity, typed: string, now: Date): Promise<{ survivor: Person; platforms: Platform[] }> {
    if ((await this.store.failures(person.id, now, LINK_FAILURE_WINDOW_MS)) >= LINK_MAX_FAILURES) {
      throw new KeinoError('link.too_many_tries', 'link.tooManyTries');
    }
    const code = normaliseLinkCode(typed);
    const stored = code ? await this.store.findCode(await this.hash(code)) : undefined;
    const wrong = async (reason: string, key: 'link.unknownCode' | 'link.usedCode' | 'link.expiredCode' | 'link.samePlatform', params = {}) => {
      await this.store.recordFailure(person.id, now, LINK_FAILURE_WINDOW_MS);
      return new KeinoError(`link.${reason}`, key, params);
    };
    if (!stored) throw await wrong('unknown_code', 'link.unknownCode');
    if (stored.usedAt) throw await wrong('used_code', 'link.usedCode');
    if (stored.expiresAt.getTime() <= now.getTime()) throw await wrong('expired_code', 'link.expiredCode');
    if (stored.identity.platform === identity.platform) throw await wrong('same_platform', 'link.samePlatform');
    if (stored.personId === person.id) throw new KeinoError('link.already_one', 'link.alreadyOne');

    const [owner, ownerIdentities, typerIdentities] = await Promise.all([
      this.people.findById(stored.personId),
      this.people.identitiesOf(stored.personId),
      this.people.identitiesOf(person.id),
    ]);
    // The identity that asked was unlinked (or erased) since: its code went with it.
    if (!owner || !ownerIdentities.some((candidate) => sameIdentity(candidate, stored.identity))) throw await wrong('unknown_code', 'link.unknownCode');
    // One identity a platform and person: whichever side already has the other's platform must unlink first.
    const clash = typerIdentities.find((mine) => ownerIdentities.some((theirs) => theirs.platform === mine.platform));
    if (clash) {
      // The platform by its name in the reader's language (Slack, Microsoft Teams).
      const platform = clash.platform;
      throw new KeinoError('link.linked_elsewhere', 'link.linkedElsewhere', { platform }, (t, reader) =>
        t('link.linkedElsewhere', { platform: reader ? platformName(reader.platforms, platform, reader.locale) : platform }),
      );
    }
    const role = mergedRole(owner.role, person.role);
    const organisationId = mergedOrganisation(owner.organisationId, person.organisationId);

    const merged = await this.transactions.atomically(async () => {
      const done = await this.store.merge({ codeId: stored.id, survivor: owner, absorbed: person, role, organisationId, now });
      if (!done) return false;
      await this.audit.record({
        actorPersonId: owner.id,
        action: 'identity.link',
        target: `person:${owner.id}`,
        details: { absorbedPersonId: person.id, from: stored.identity.platform, to: identity.platform, role, self: true },
      });
      return true;
    });
    if (!merged) throw new KeinoError('link.used_code', 'link.usedCode');
    const survivor = (await this.people.findById(owner.id))!;
    const platforms = [...new Set([...ownerIdentities, ...typerIdentities].map((candidate) => candidate.platform))];
    return { survivor, platforms };
  }

  /** Splits this identity off into a person of its own; the person keeps their other identities. */
  async unlink(person: Person, identity: PlatformIdentity, now: Date): Promise<number> {
    const identities = await this.people.identitiesOf(person.id);
    if (identities.length < 2 || !identities.some((candidate) => sameIdentity(candidate, identity))) {
      throw new KeinoError('link.nothing_linked', 'link.nothingLinked');
    }
    return this.transactions.atomically(async () => {
      const newPersonId = await this.store.split(identity, person, now);
      await this.audit.record({
        actorPersonId: person.id,
        action: 'identity.unlink',
        target: `person:${person.id}`,
        details: { newPersonId, platform: identity.platform, self: true },
      });
      return newPersonId;
    });
  }

  private hash(code: string): Promise<string> {
    return this.seal.digest('link-code', code);
  }
}

/** The code as typed, upper case, spaces and dashes dropped; undefined when it cannot be a code. */
export function normaliseLinkCode(typed: string): string | undefined {
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== LINK_CODE_LENGTH) return undefined;
  return [...code].every((letter) => LINK_CODE_ALPHABET.includes(letter)) ? code : undefined;
}

/** "ABCD-EFGH": easier to read and type. */
export function formatLinkCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * The code owner's role, unless the typer's is stronger (refused: that would hand the typer's
 * rights to whoever made the code) or of another kind (a facilitator and a coordinator: an admin
 * must settle it).
 */
export function mergedRole(owner: Role, typer: Role): Role {
  if (owner === typer) return owner;
  if (ROLE_RANK[typer] > ROLE_RANK[owner]) throw new KeinoError('link.stronger_typer', 'link.strongerTyper');
  if (ROLE_RANK[typer] === ROLE_RANK[owner]) throw new KeinoError('link.role_conflict', 'link.roleConflict');
  return owner;
}

/** One organisation: whichever side has one, or the one both agree on; two different ones are for an admin to settle. */
export function mergedOrganisation(owner: number | null, typer: number | null): number | null {
  if (owner !== null && typer !== null && owner !== typer) throw new KeinoError('link.organisation_conflict', 'link.organisationConflict');
  return owner ?? typer;
}

function sameIdentity(a: PlatformIdentity, b: PlatformIdentity): boolean {
  return a.platform === b.platform && a.tenantId === b.tenantId && a.userId === b.userId;
}
