import type { Chart } from '../charts/chart.js';
import { excelCsv, type CsvCell } from '../files/excel-csv.js';
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

/** The table as CSV that Finnish Excel opens as it is (excel-csv.ts: `;`, CRLF, UTF-8 with a BOM, formulas disarmed). */
export function tableCsv(table: DashboardTable): string {
  return excelCsv([table.columns, ...table.rows.map((row) => row.map(csvCell))]);
}

function csvCell(cell: Cell): CsvCell {
  if (cell === null) return '';
  if (typeof cell === 'string' || typeof cell === 'number') return cell;
  if ('date' in cell) return cell.date;
  if ('at' in cell) return cell.at.toISOString();
  return cell.text;
}
