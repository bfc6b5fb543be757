import { stringify } from 'csv-stringify/sync';

export type CsvCell = string | number;

/**
 * CSV that Excel opens as columns in Finland and Sweden: `;` (the list separator there, since `,`
 * is the decimal comma), UTF-8 with a byte-order mark (without it Excel reads Windows-1252 and ä
 * turns into Ã¤), CRLF line ends, and cells quoted where they hold `;`, quotes or line breaks.
 * A cell that begins with = + - @ gets a leading apostrophe so that Excel never runs it as a
 * formula (names and answers come from people: OWASP's "CSV injection").
 */
export function excelCsv(rows: CsvCell[][]): string {
  return stringify(rows, {
    bom: true,
    delimiter: ';',
    record_delimiter: 'windows',
    escape_formulas: true,
    // csv-stringify 6.9 leaves a lone \n unquoted when the record delimiter is CRLF; Excel would split the row there.
    quoted_match: /[\r\n]/,
  });
}
