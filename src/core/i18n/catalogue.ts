import { PhraseSection } from './phrase-section.js';
import { PHRASE_FOLDERS, type PhraseParameters } from './phrases.generated.js';

/** src/, which the generated list of phrase folders is relative to. */
const SOURCE_ROOT = new URL('../../', import.meta.url);

/**
 * The one catalogue of every user-visible phrase, in Finnish, Swedish and English, read at start
 * from each feature's `phrases/<locale>.ftl` (Fluent; see docs/translating.md). The folders and the
 * keys' types come from `npm run phrases:types`, which finds every src/core/**\/phrases folder.
 */
export const catalogue = PhraseSection.load<MessageKey>(PHRASE_FOLDERS.map((folder) => new URL(`${folder}/phrases/`, SOURCE_ROOT)));

export type MessageKey = keyof PhraseParameters;

/** The parameters a phrase takes, by name, as the generated types list them. */
export type PhraseParams<Key extends MessageKey> = Record<PhraseParameters[Key], string | number>;
