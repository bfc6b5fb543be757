import { parse } from 'yaml';
import { z } from 'zod';

/**
 * The glossary of the field: groups of terms that mean the same thing (acronyms, synonyms,
 * Finnish/Swedish/English equivalents). A question that uses one term of a group is also searched
 * with the others, and an entry whose question or tags use one is indexed with the others. Kept
 * as data: the shipped file src/faq/glossary.yaml until an admin changes the network's own copy.
 */
export interface GlossaryGroup {
  /** The group's number in the network's copy (none for the shipped file's groups). */
  id?: number;
  terms: string[];
}

/** How long a term may be, and how many a group may have. */
export const MAX_TERM_LENGTH = 80;
export const MAX_GROUP_TERMS = 30;

const termSchema = z
  .union([z.string(), z.number()])
  .transform((value) => String(value).normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' '))
  .pipe(z.string().min(1).max(MAX_TERM_LENGTH));
const groupSchema = z
  .union([z.array(termSchema), z.object({ terms: z.array(termSchema) })])
  .transform((group) => [...new Set(Array.isArray(group) ? group : group.terms)])
  .pipe(z.array(z.string()).min(2).max(MAX_GROUP_TERMS));

/** A problem in a glossary file; nothing of it has been written. */
export class GlossaryFileError extends Error {
  constructor(readonly problem: string) {
    super(problem);
    this.name = 'GlossaryFileError';
  }
}

/**
 * A glossary file: a YAML list of groups, each a list of terms (or `{terms: [...]}`), or a mapping
 * with that list under `groups`. Terms are lower-cased; a group needs at least two.
 */
export function parseGlossaryFile(text: string): string[][] {
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    throw new GlossaryFileError(`not YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const list =
    document && typeof document === 'object' && !Array.isArray(document) && 'groups' in document ? (document as { groups: unknown }).groups : document;
  if (!Array.isArray(list)) throw new GlossaryFileError('expected a list of term groups');
  return list.map((group, index) => {
    const parsed = groupSchema.safeParse(group);
    if (!parsed.success)
      throw new GlossaryFileError(`group ${index + 1}: ${parsed.error.issues[0]?.message ?? 'invalid'} (each group is a list of at least two terms)`);
    return parsed.data;
  });
}
