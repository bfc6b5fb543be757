import { appendFileSync } from 'node:fs';

/**
 * Reliability figures: each test prints its figures (`[figure] …`), and when the full-size run
 * (`npm run test:reliability`) sets KEINO_FIGURES_FILE, appends them there as JSON lines for its
 * table.
 */
export interface Figure {
  /** The promise the figure belongs to: "Forged and replayed requests". */
  section: string;
  name: string;
  value: string | number;
  /** Whether the figure keeps the promise. */
  ok: boolean;
}

export function reportFigure(section: string, name: string, value: string | number, ok: boolean): void {
  console.log(`[figure] ${section} | ${name}: ${value}${ok ? '' : '  (BAD)'}`);
  const file = process.env.KEINO_FIGURES_FILE;
  if (file) appendFileSync(file, `${JSON.stringify({ section, name, value, ok } satisfies Figure)}\n`);
}

/** True in `npm run test:reliability`: the scenarios run at full size. */
export const FULL_SIZE = process.env.KEINO_RELIABILITY_FULL === '1';

/** The CI size, or the full size in `npm run test:reliability`. */
export function sized(ci: number, full: number): number {
  return FULL_SIZE ? full : ci;
}
