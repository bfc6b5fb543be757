import type { Person, PlatformIdentity } from './person.js';
import type { PersonChange, PersonChanges } from './person-changes.js';

/** People remembered per instance: far more than are active in any minute of a large network. */
const DEFAULT_CAPACITY = 20_000;

function keyOf(identity: PlatformIdentity): string {
  return `${identity.platform}\u0000${identity.tenantId}\u0000${identity.userId}`;
}

/**
 * The person behind a platform identity, from memory: a request from someone Keino met recently
 * costs no database read. Bounded (the least recently used go first) and safe across instances:
 * an entry is used only after {@link PersonChanges.catchUp} says every change committed before the
 * request has been heard (so a role or language changed on another instance, or an erasure, is seen
 * by the very next request here), every change forgets the person, and a person read while a change
 * was heard is not remembered (the read may predate it). Entries are frozen: a request that changes
 * a person writes to the database, never to the object it was handed.
 */
export class PersonCache {
  private readonly entries = new Map<string, Person>();
  private readonly keysByPerson = new Map<number, Set<string>>();
  /** Counts changes heard: a read that began before one is not remembered. */
  private changesHeard = 0;
  private readonly capacity: number;

  constructor(
    private readonly changes: PersonChanges,
    options: { capacity?: number } = {},
  ) {
    this.capacity = options.capacity ?? DEFAULT_CAPACITY;
    changes.onChange((change) => this.forget(change));
  }

  /** The person remembered for this identity, once every change committed before now is known here. */
  async get(identity: PlatformIdentity): Promise<Person | undefined> {
    const key = keyOf(identity);
    if (!this.entries.has(key)) return undefined;
    if (!(await this.changes.catchUp())) return undefined;
    const person = this.entries.get(key);
    if (!person) return undefined;
    // Most recently used last: the first key is the one to drop when full.
    this.entries.delete(key);
    this.entries.set(key, person);
    return person;
  }

  /** A token taken before reading a person from the database, for {@link remember}. */
  readStarted(): number {
    return this.changesHeard;
  }

  /** Remembers what a read begun at `readStarted` found, unless a change was heard meanwhile. */
  remember(identity: PlatformIdentity, person: Person, readStarted: number): Person {
    const frozen = Object.freeze({ ...person });
    if (readStarted !== this.changesHeard) return frozen;
    const key = keyOf(identity);
    this.drop(key);
    this.entries.set(key, frozen);
    const keys = this.keysByPerson.get(person.id) ?? new Set<string>();
    keys.add(key);
    this.keysByPerson.set(person.id, keys);
    while (this.entries.size > this.capacity) this.drop(this.entries.keys().next().value!);
    return frozen;
  }

  get size(): number {
    return this.entries.size;
  }

  private forget(change: PersonChange): void {
    this.changesHeard += 1;
    if (change === 'everyone') {
      this.entries.clear();
      this.keysByPerson.clear();
      return;
    }
    for (const key of this.keysByPerson.get(change) ?? []) this.entries.delete(key);
    this.keysByPerson.delete(change);
  }

  private drop(key: string): void {
    const person = this.entries.get(key);
    if (!person) return;
    this.entries.delete(key);
    const keys = this.keysByPerson.get(person.id);
    keys?.delete(key);
    if (keys?.size === 0) this.keysByPerson.delete(person.id);
  }
}
