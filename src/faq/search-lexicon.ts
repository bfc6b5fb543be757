import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseGlossaryFile } from '../core/faq/glossary.js';
import type { SearchLexicon } from '../core/faq/term-expansion.js';
import { loadVoikko } from './voikko-morphology.js';

/** The glossary Keino ships (src/faq/glossary.yaml). */
export const SHIPPED_GLOSSARY_FILE = fileURLToPath(new URL('./glossary.yaml', import.meta.url));

let loaded: SearchLexicon | undefined;

/**
 * The lexicon of this process: Voikko when the system has it (null otherwise, and the search works
 * as before), and the shipped glossary. Loaded once.
 */
export function searchLexicon(): SearchLexicon {
  loaded ??= { morphology: loadVoikko(), shippedGlossary: parseGlossaryFile(readFileSync(SHIPPED_GLOSSARY_FILE, 'utf8')) };
  return loaded;
}

/** The same glossary without a morphology: the search as it is where Voikko is not installed. */
export function lexiconWithoutMorphology(): SearchLexicon {
  return { ...searchLexicon(), morphology: null };
}
