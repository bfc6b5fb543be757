import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FaqService } from '../core/faq/faq-service.js';
import { parseFaqFile } from '../core/faq/faq-file.js';
import type { FaqEntryInput } from '../core/faq/faq-entry.js';
import { commandHelpEntries } from '../core/faq/command-help.js';
import type { AnyCommand } from '../core/commands/registry.js';

/** The Finnish starter FAQ shipped with Keino (src/faq/starter-faq.yaml). */
export const STARTER_FAQ_FILE = fileURLToPath(new URL('./starter-faq.yaml', import.meta.url));

/**
 * A new installation starts with the starter FAQ: when the FAQ has never had an entry, the file is
 * imported (by id, so instances starting at once do not duplicate it). Returns how many were loaded.
 */
export async function loadStarterFaqIfEmpty(faq: FaqService): Promise<number> {
  if (!(await faq.store.neverFilled())) return 0;
  const entries = readStarterFaq();
  await faq.import(entries, null, 'starter-faq.yaml');
  return entries.length;
}

/** The starter FAQ's entries. */
export function readStarterFaq(): FaqEntryInput[] {
  return parseFaqFile(readFileSync(STARTER_FAQ_FILE, 'utf8'), 'yaml');
}

/**
 * The FAQ Keino ships, as the evaluation measures it: the starter FAQ and the help entries of
 * Keino's commands (src/core/faq/command-help.ts).
 */
export function shippedFaq(commands: readonly AnyCommand[]): FaqEntryInput[] {
  return [...readStarterFaq(), ...commandHelpEntries(commands)];
}
