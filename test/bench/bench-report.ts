import { writeFileSync } from 'node:fs';

/** One measured figure of a benchmark, with the baseline it is read against. */
export interface BenchFigure {
  /** The benchmark it belongs to: "1 command ack". */
  bench: string;
  name: string;
  /** A number, or a short text for a figure that is a verdict ("yes") or a list ("250 / 250"). */
  value: number | string | null;
  unit: string;
  /** The same figure for what Keino is built on (or the smaller case), measured in the same run. */
  baseline?: number | string | null;
  baselineLabel?: string;
  /** value / baseline, when both are known. */
  ratio?: number | null;
  /** The aim, as written in the issue ("< 100 ms"). */
  aim?: string;
  /** Whether the aim was met; absent when the figure has no aim. */
  met?: boolean;
  /**
   * A correctness figure (lost, duplicated, tallies): the quick mode in CI fails when one is
   * wrong. Speed figures never fail a run.
   */
  correct?: boolean;
  note?: string;
}

export interface BenchRun {
  mode: 'quick' | 'full';
  startedAt: string;
  seconds: number;
  machine: MachineInfo;
  figures: BenchFigure[];
  /** Benchmarks that did not finish, with why. */
  failures: { bench: string; error: string }[];
  notes: string[];
}

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  postgres: string;
  /** 1-minute load average at the start and the end of the run. */
  loadAtStart: number;
  loadAtEnd?: number;
}

/** Collects the figures of one benchmark; the ratio is computed when a baseline is given. */
export class FigureSink {
  readonly figures: BenchFigure[] = [];
  readonly notes: string[] = [];

  constructor(private readonly bench: string) {}

  add(figure: Omit<BenchFigure, 'bench' | 'ratio'>): BenchFigure {
    const ratio =
      typeof figure.value === 'number' && typeof figure.baseline === 'number' && figure.baseline !== 0 ? round(figure.value / figure.baseline, 2) : undefined;
    const full: BenchFigure = { bench: this.bench, ...figure, ...(ratio !== undefined ? { ratio } : {}) };
    this.figures.push(full);
    return full;
  }

  note(line: string): void {
    this.notes.push(`${this.bench}: ${line}`);
  }
}

export function round(value: number, digits = 1): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/** The value at a share (0..1) of the sorted values (nearest rank). */
export function percentile(values: readonly number[], share: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))]!;
}

export function median(values: readonly number[]): number {
  return percentile(values, 0.5);
}

function formatValue(value: number | string | null | undefined, unit: string): string {
  if (typeof value === 'string') return unit ? `${value} ${unit}` : value;
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  const digits = Math.abs(value) >= 100 || Number.isInteger(value) ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  const number = value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
  return unit ? `${number} ${unit}` : number;
}

function status(figure: BenchFigure): string {
  if (figure.correct === false) return 'WRONG';
  if (figure.met === undefined) return '';
  return figure.met ? 'met' : 'MISSED';
}

/** The figures as a Markdown table (it reads as well in a terminal as in docs/performance.md). */
export function renderTable(figures: readonly BenchFigure[]): string {
  const header = ['benchmark', 'figure', 'Keino', 'baseline', 'ratio', 'aim', ''];
  const rows = figures.map((figure) => [
    figure.bench,
    figure.name,
    formatValue(figure.value, figure.unit),
    figure.baseline === undefined ? '' : `${formatValue(figure.baseline, figure.unit)}${figure.baselineLabel ? ` (${figure.baselineLabel})` : ''}`,
    figure.ratio === undefined || figure.ratio === null ? '' : `${figure.ratio}×`,
    figure.aim ?? '',
    status(figure),
  ]);
  const escapeCell = (cell: string) => cell.replace(/\|/g, '\\|');
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => escapeCell(cell).padEnd(widths[column]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

export function writeJson(file: string, run: BenchRun): void {
  writeFileSync(file, `${JSON.stringify(run, null, 2)}\n`);
}
