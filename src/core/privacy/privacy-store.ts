/** Everything Keino holds about one person, a section a feature ("groups", "polls" …), as plain JSON. */
export type PersonalData = Record<string, unknown>;

export interface ErasureReport {
  /** Rows removed or anonymised, by table ("academy_registrations": 2). */
  changed: Record<string, number>;
  /** Interventions that got a new owner; `toPersonId` null when nobody could take one over. */
  handedOver: { interventionId: number; toPersonId: number | null }[];
  /**
   * True when the person's row is gone. False only when interventions of theirs could be handed to
   * nobody (no coordinator or admin in their organisation or the network): the row then stays as a
   * nameless placeholder owner, with nothing that identifies anyone.
   */
  personRemoved: boolean;
}

/**
 * The port for a person's data across every feature (implemented in src/db/stores/privacy-store.ts
 * by one provider per feature): the export, and the erasure in one transaction together with its
 * audit entry.
 */
export interface PrivacyStore {
  exportPerson(personId: number): Promise<PersonalData>;
  erasePerson(personId: number, audit: { actorPersonId: number | null; at: Date }): Promise<ErasureReport>;
}
