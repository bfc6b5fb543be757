import { parse as parseCsv } from 'csv-parse/sync';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { z } from 'zod';
import { decodeCsvBytes, detectCsvDelimiter } from '../files/csv-reading.js';
import type { FaqEntryInput } from './faq-entry.js';
import { COMMAND_HELP_PREFIX, isCommandHelp } from './command-help.js';

/** A problem in an import file, with the line it is on. Nothing of the file has been written. */
export class FaqFileError extends Error {
  constructor(
    readonly line: number,
    readonly problem: string,
  ) {
    super(`line ${line}: ${problem}`);
    this.name = 'FaqFileError';
  }
}

export type FaqFileFormat = 'yaml' | 'csv';

export const MAX_ANSWER_LENGTH = 3000;
export const MAX_QUESTION_LENGTH = 500;

/** "a, b; c" or ["a", "b"] → trimmed, non-empty, distinct. */
const list = (separator: RegExp) =>
  z
    .union([z.array(z.union([z.string(), z.number()])), z.string(), z.null()])
    .optional()
    .transform((value) => {
      const items = value == null ? [] : Array.isArray(value) ? value.map(String) : value.split(separator);
      return [...new Set(items.map((item) => item.trim()).filter(Boolean))];
    });

const entrySchema = z.object({
  id: z
    .union([z.string(), z.number()])
    .transform((value) => String(value).trim())
    .pipe(z.string().regex(/^[\p{L}\p{N}][\p{L}\p{N}_.:-]{0,99}$/u, 'must be a short id of letters, digits and - _ . : (up to 100)'))
    .refine((id) => !isCommandHelp(id), `must not start with "${COMMAND_HELP_PREFIX}" (kept for Keino's own command help)`),
  locale: z
    .string()
    .transform((value) => value.trim().toLowerCase())
    .pipe(z.enum(['fi', 'sv', 'en'], 'must be fi, sv or en')),
  question: z.string().trim().min(1, 'is empty').max(MAX_QUESTION_LENGTH, `is longer than ${MAX_QUESTION_LENGTH} characters`),
  alternatives: list(/\s*[|\n]\s*/),
  answer: z.string().trim().min(1, 'is empty').max(MAX_ANSWER_LENGTH, `is longer than ${MAX_ANSWER_LENGTH} characters`),
  tags: list(/[,;|]/),
});

interface RawEntry {
  line: number;
  values: Record<string, unknown>;
  /** The line of each field, when the format knows it. */
  fieldLines?: Record<string, number>;
}

/**
 * Reads a YAML or CSV FAQ file (DESIGN.md's shape); throws FaqFileError naming the first bad line.
 * CSV may be Excel's Windows-1252 as well as UTF-8 (see decodeCsvBytes); YAML is UTF-8 by its spec.
 */
export function parseFaqFile(content: string | Uint8Array, format: FaqFileFormat): FaqEntryInput[] {
  const raw = format === 'yaml' ? readYaml(typeof content === 'string' ? content : new TextDecoder().decode(content)) : readCsv(decodeCsvBytes(content));
  const seen = new Map<string, number>();
  return raw.map(({ line, values, fieldLines }) => {
    const result = entrySchema.safeParse({ ...values, alternatives: values.alternatives ?? values.phrasings });
    if (!result.success) {
      const issue = result.error.issues[0]!;
      const field = String(issue.path[0] ?? '');
      const id = typeof values.id === 'string' || typeof values.id === 'number' ? ` (entry ${values.id})` : '';
      const problem = issue.code === 'invalid_type' && values[field] == null ? 'is missing' : issue.message;
      throw new FaqFileError(fieldLines?.[field] ?? line, `${field}${id} ${problem}`);
    }
    const earlier = seen.get(result.data.id);
    if (earlier !== undefined) throw new FaqFileError(line, `id ${result.data.id} is already used on line ${earlier}`);
    seen.set(result.data.id, line);
    return result.data;
  });
}

export function formatOfFile(fileName: string): FaqFileFormat | undefined {
  const extension = fileName.toLowerCase().split('.').pop();
  if (extension === 'yaml' || extension === 'yml') return 'yaml';
  if (extension === 'csv') return 'csv';
  return undefined;
}

function readYaml(content: string): RawEntry[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(content.replace(/^\uFEFF/, ''), { lineCounter, uniqueKeys: true });
  const lineOf = (node: Node | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);
  const error = document.errors[0];
  if (error) throw new FaqFileError(error.linePos?.[0].line ?? 1, error.message.split('\n')[0]!);
  // Either a list of entries, or a mapping with the list under "entries".
  const items: unknown = isMap(document.contents) ? document.contents.get('entries', true) : document.contents;
  if (!isSeq(items)) throw new FaqFileError(lineOf(document.contents), 'expected a list of entries');
  return items.items.map((item) => {
    const node = item as Node;
    if (!isMap(node)) throw new FaqFileError(lineOf(node), 'expected an entry with id, locale, question, answer and tags');
    const fieldLines: Record<string, number> = {};
    for (const pair of node.items) {
      const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
      fieldLines[key] = lineOf((pair.value as Node | null) ?? (pair.key as Node));
    }
    return { line: lineOf(node), values: node.toJSON() as Record<string, unknown>, fieldLines };
  });
}

function readCsv(text: string): RawEntry[] {
  const delimiter = detectCsvDelimiter(text);
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parseCsv(text, {
      columns: (names: string[]) => names.map((name) => name.trim().toLowerCase()),
      delimiter,
      info: true,
      skip_empty_lines: true,
      trim: true,
    }) as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    throw new FaqFileError(line, (error as Error).message.replace(/^Invalid Record Length: /, ''));
  }
  const first = records[0];
  if (first) {
    for (const column of ['id', 'locale', 'question', 'answer']) {
      if (!(column in first.record)) throw new FaqFileError(1, `the header has no "${column}" column (id, locale, question, answer, tags)`);
    }
  }
  return records.map(({ record, info }) => ({
    line: info.lines,
    values: Object.fromEntries(Object.entries(record).map(([key, value]) => [key, value === '' ? undefined : value])),
  }));
}
