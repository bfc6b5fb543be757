import type { GlossaryGroup } from './glossary.js';

/**
 * The port of the network's glossary (src/db/stores/faq-glossary-store.ts). Every change
 * re-indexes the FAQ in the same transaction, so entries and questions always meet the same
 * glossary. The first change of a network that has never changed it starts from the shipped one.
 */
export interface GlossaryStore {
  /** The network's groups, or null when no admin has changed the glossary (the shipped one applies). */
  groups(): Promise<GlossaryGroup[] | null>;
  /** A new group; terms that are already in a group join that group instead (one group per term). */
  add(terms: string[], actorPersonId: number | null): Promise<GlossaryGroup>;
  /** False when there is no live group with the id. */
  remove(id: number, actorPersonId: number | null): Promise<boolean>;
  /** The whole glossary replaced by these groups (an import). */
  replace(groups: string[][], actorPersonId: number | null): Promise<number>;
}
