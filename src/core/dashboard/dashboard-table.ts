import type { Chart } from '../charts/chart.js';
import type { LocalDate } from '../time/local-time.js';

/** One value of a table: text, a count, a date, an instant, or text that links to another dashboard page. */
export type Cell = string | number | null | { date: LocalDate } | { at: Date } | { text: string; href: string };

/** A table the dashboard shows and offers as CSV; `id` names it in the download's address. */
export interface DashboardTable {
  id: string;
  caption: string;
  columns: string[];
  rows: Cell[][];
}

export interface DashboardSection {
  heading: string;
  /** A sentence above the table (a total, a rate, what is not counted). */
  intro?: string;
  chart?: Chart;
  table: DashboardTable;
}

export interface DashboardPage {
  title: string;
  sections: DashboardSection[];
}

/** The CSV a spreadsheet in Finland opens as it is: `;` between fields, CRLF, UTF-8 with a BOM. */
export function tableCsv(table: DashboardTable): string {
  const lines = [table.columns, ...table.rows.map((row) => row.map(csvText))].map((fields) => fields.map(csvField).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function csvText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return String(cell);
  if ('date' in cell) return cell.date;
  if ('at' in cell) return cell.at.toISOString();
  return cell.text;
}

function csvField(value: string): string {
  // A leading =, +, - or @ would be run as a formula by a spreadsheet: quoted with an apostrophe first.
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d+([.,]\d+)?$/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
