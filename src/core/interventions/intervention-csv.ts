import { parse } from 'csv-parse/sync';
import { decodeCsvBytes, detectCsvDelimiter } from '../files/csv-reading.js';
import { parseLocalDate } from '../commands/argument-types.js';
import type { ImportRow } from './intervention-store.js';
import type { InterventionStatus } from './intervention.js';

/** The columns of an intervention file, in the order DESIGN.md gives them, then the optional ones. */
export const CSV_COLUMNS = ['organisation', 'title', 'owner_email', 'due_date', 'status', 'policy', 'category', 'description', 'category_priority'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
const REQUIRED: readonly CsvColumn[] = ['organisation', 'title', 'owner_email', 'due_date'];

const squash = (value: string) =>
  value
    .trim()
    .toLowerCase()
    .replace(/[\s_\-.]+/g, '');

/** Header spellings (English, Finnish, Swedish) → column; compared without spaces, dashes and case. */
const HEADER_SPELLINGS: Record<CsvColumn, string[]> = {
  organisation: ['organisation', 'organization', 'org', 'organisaatio', 'hankintayksikkö', 'organisationen'],
  title: ['title', 'intervention', 'otsikko', 'toimenpide', 'interventio', 'åtgärd', 'rubrik'],
  owner_email: [
    'owner_email',
    'owner',
    'owner e-mail',
    'email',
    'e-mail',
    'omistaja',
    'vastuuhenkilö',
    'sähköposti',
    'omistajan sähköposti',
    'vastuuhenkilön sähköposti',
    'ägare',
    'e-post',
    'ägarens e-post',
  ],
  due_date: ['due_date', 'due', 'deadline', 'määräaika', 'eräpäivä', 'takaraja', 'aikataulu', 'förfallodatum', 'tidsfrist'],
  status: ['status', 'tila'],
  policy: ['policy', 'procurement policy', 'linjaus', 'hankintalinjaus', 'riktlinje', 'upphandlingsriktlinje'],
  category: ['category', 'procurement category', 'kategoria', 'hankintakategoria', 'kategori', 'upphandlingskategori'],
  description: ['description', 'kuvaus', 'beskrivning'],
  category_priority: ['category_priority', 'priority', 'prioriteetti', 'kategorian prioriteetti', 'prioritet'],
};
const COLUMN_BY_HEADER = new Map<string, CsvColumn>(
  Object.entries(HEADER_SPELLINGS).flatMap(([column, spellings]) => spellings.map((spelling) => [squash(spelling), column as CsvColumn] as const)),
);

/** Status words people write, in English, Finnish and Swedish. An empty cell: planned (or unchanged on re-import). */
export const STATUS_WORDS: Record<string, InterventionStatus> = {
  planned: 'planned',
  todo: 'planned',
  'not started': 'planned',
  open: 'planned',
  suunniteltu: 'planned',
  suunnitteilla: 'planned',
  aloittamatta: 'planned',
  'ei aloitettu': 'planned',
  avoin: 'planned',
  planerad: 'planned',
  'in progress': 'in_progress',
  in_progress: 'in_progress',
  'in-progress': 'in_progress',
  started: 'in_progress',
  ongoing: 'in_progress',
  käynnissä: 'in_progress',
  kaynnissa: 'in_progress',
  'työn alla': 'in_progress',
  kesken: 'in_progress',
  aloitettu: 'in_progress',
  pågår: 'in_progress',
  påbörjad: 'in_progress',
  done: 'done',
  completed: 'done',
  complete: 'done',
  finished: 'done',
  valmis: 'done',
  tehty: 'done',
  toteutettu: 'done',
  klar: 'done',
  genomförd: 'done',
  cancelled: 'cancelled',
  canceled: 'cancelled',
  dropped: 'cancelled',
  peruttu: 'cancelled',
  peruutettu: 'cancelled',
  hylätty: 'cancelled',
  'ei toteuteta': 'cancelled',
  avbruten: 'cancelled',
  inställd: 'cancelled',
};

export type CsvProblemKind =
  | 'structure'
  | 'missingColumn'
  | 'missing'
  | 'email'
  | 'date'
  | 'status'
  | 'priority'
  | 'tooLong'
  | 'duplicate'
  | 'empty'
  | 'tooManyRows'
  | 'foreignOrganisation'
  | 'ownerElsewhere';

/** What is wrong where: a line of the file and a column (its header and its number). */
export interface CsvProblem {
  kind: CsvProblemKind;
  line: number;
  /** The header as written in the file (or the contract's name of a missing column). */
  column?: string;
  columnNumber?: number;
  value?: string;
  /** For a duplicate: the line that had it first. */
  firstLine?: number;
}

export interface ParsedCsv {
  rows: ImportRow[];
  problems: CsvProblem[];
  delimiter: ',' | ';';
  /** Headers that name no column Keino knows: ignored. */
  ignoredColumns: string[];
}

export const MAX_ROWS = 10_000;
/** A Hankintaluotsi export of 10,000 rows is well under a megabyte; five leave room for long descriptions. */
export const MAX_BYTES = 5 * 1024 * 1024;
const MAX_TITLE = 300;
const MAX_TEXT = 2_000;
/** An e-mail address, loosely: something@somewhere.tld with no spaces or separators. */
export const EMAIL = /^[^@\s;,<>"]+@[^@\s;,<>"]+\.[^@\s;,<>"]+$/;

/** UTF-8 or Excel's Windows-1252, one line ending throughout: csv-parse counts a CRLF inside a quoted cell as two lines. */
function decode(content: string | Uint8Array): string {
  return decodeCsvBytes(content).replace(/\r\n?/g, '\n');
}

/** A record as csv-parse gives it with `info` and `raw` (its types know only plain records). */
interface ParsedRecord {
  record: string[];
  info: { lines: number };
  raw: string;
}

function isParsedRecord(value: unknown): value is ParsedRecord {
  const candidate = value as Partial<ParsedRecord> | null;
  return Array.isArray(candidate?.record) && typeof candidate.info?.lines === 'number' && typeof candidate.raw === 'string';
}

/**
 * Reads an intervention file (DESIGN.md's contract) into validated rows, or the problems that
 * stop it, each with its line and column. Writes nothing: the caller imports all rows or none.
 */
export function parseInterventionCsv(content: string | Uint8Array): ParsedCsv {
  const text = decode(content);
  const delimiter = detectCsvDelimiter(text);
  let records: ParsedRecord[];
  try {
    const parsed: unknown[] = parse(text, {
      delimiter,
      info: true,
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
    });
    records = parsed.filter(isParsedRecord);
  } catch (error) {
    const details = error as { lines?: number; column?: number | string };
    const columnNumber = typeof details.column === 'number' ? details.column + 1 : undefined;
    return { rows: [], problems: [{ kind: 'structure', line: details.lines ?? 1, columnNumber }], delimiter, ignoredColumns: [] };
  }
  const [header, ...body] = records.filter((entry) => entry.record.some((cell) => cell.trim() !== ''));
  if (!header) return { rows: [], problems: [{ kind: 'empty', line: 1 }], delimiter, ignoredColumns: [] };

  // Which position holds which column.
  const positions = new Map<CsvColumn, number>();
  const ignoredColumns: string[] = [];
  header.record.forEach((name, index) => {
    const column = COLUMN_BY_HEADER.get(squash(name));
    if (column && !positions.has(column)) positions.set(column, index);
    else if (name.trim() !== '') ignoredColumns.push(name.trim());
  });
  const headerLine = startLine(header);
  const problems: CsvProblem[] = REQUIRED.filter((column) => !positions.has(column)).map((column) => ({
    kind: 'missingColumn',
    line: headerLine,
    column,
  }));
  if (problems.length > 0) return { rows: [], problems, delimiter, ignoredColumns };
  if (body.length > MAX_ROWS) return { rows: [], problems: [{ kind: 'tooManyRows', line: startLine(body[MAX_ROWS]!) }], delimiter, ignoredColumns };

  const rows: ImportRow[] = [];
  const firstLineOf = new Map<string, number>();
  for (const entry of body) {
    const line = startLine(entry);
    const cell = (column: CsvColumn): string | undefined => {
      const position = positions.get(column);
      return position === undefined ? undefined : (entry.record[position] ?? '').trim();
    };
    const where = (column: CsvColumn) => ({ line, column: header.record[positions.get(column)!]!.trim(), columnNumber: positions.get(column)! + 1 });
    const before = problems.length;
    const required = (column: CsvColumn): string => {
      const value = cell(column) ?? '';
      if (value === '') problems.push({ kind: 'missing', ...where(column) });
      return value;
    };

    const organisation = required('organisation');
    const title = required('title');
    if (title.length > MAX_TITLE) problems.push({ kind: 'tooLong', ...where('title'), value: String(MAX_TITLE) });
    const ownerEmail = required('owner_email').toLowerCase();
    if (ownerEmail !== '' && !EMAIL.test(ownerEmail)) problems.push({ kind: 'email', ...where('owner_email'), value: ownerEmail });
    const dueText = required('due_date');
    const dueDate = dueText === '' ? undefined : parseLocalDate(dueText);
    if (dueText !== '' && !dueDate) problems.push({ kind: 'date', ...where('due_date'), value: dueText });

    const statusText = cell('status');
    let status: InterventionStatus | undefined;
    if (statusText) {
      status = STATUS_WORDS[statusText.toLowerCase().replace(/\s+/g, ' ')];
      if (!status) problems.push({ kind: 'status', ...where('status'), value: statusText });
    }
    const optional = (column: CsvColumn): string | null | undefined => {
      const value = cell(column);
      if (value === undefined) return undefined;
      if (value.length > MAX_TEXT) problems.push({ kind: 'tooLong', ...where(column), value: String(MAX_TEXT) });
      return value === '' ? null : value;
    };
    const priorityText = cell('category_priority');
    let categoryPriority: number | null | undefined = priorityText === undefined ? undefined : null;
    if (priorityText) {
      categoryPriority = /^\d{1,4}$/.test(priorityText) ? Number(priorityText) : null;
      if (categoryPriority === null) problems.push({ kind: 'priority', ...where('category_priority'), value: priorityText });
    }

    if (organisation && title) {
      const key = `${organisation.toLowerCase()}\u0000${title.toLowerCase()}`;
      const first = firstLineOf.get(key);
      if (first !== undefined) problems.push({ kind: 'duplicate', ...where('title'), value: title, firstLine: first });
      else firstLineOf.set(key, line);
    }
    if (problems.length > before) continue;
    rows.push({
      line,
      organisation,
      title,
      ownerEmail,
      dueDate: dueDate!,
      status,
      description: optional('description'),
      policy: optional('policy'),
      category: optional('category'),
      categoryPriority,
    });
  }
  return { rows: problems.length > 0 ? [] : rows, problems, delimiter, ignoredColumns };
}

/** The line a record starts on (a quoted cell may span lines). */
function startLine(entry: ParsedRecord): number {
  // raw carries the skipped empty lines before the record and the line ending after it.
  const newlines = (entry.raw.replace(/^\n+/, '').replace(/\n$/, '').match(/\n/g) ?? []).length;
  return entry.info.lines - newlines;
}
