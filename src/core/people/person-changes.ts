/** A person whose row changed (their id), or everyone (a table emptied, changes possibly missed). */
export type PersonChange = number | 'everyone';

/**
 * Changes to people as the database announces them to every instance (PostgreSQL: a trigger's
 * NOTIFY on keino_people, see migration 0020): a person's name, e-mail, language, time zone,
 * role or organisation, an identity moved to another person or removed, a person erased.
 */
export interface PersonChanges {
  /** `listener` hears each change once it has committed, on whichever instance it was made. */
  onChange(listener: (change: PersonChange) => void): void;
  /**
   * Resolves true once every change committed before the call has reached the listeners, false
   * when this instance cannot follow changes right now (its connection is down or reconnecting):
   * then nothing may be taken from memory.
   */
  catchUp(): Promise<boolean>;
}
