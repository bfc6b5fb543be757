import { labelTotals, type Chart } from './chart.js';

/**
 * The chart as lines of text, one per label: where no picture can be shown (the console, a
 * platform that cannot draw it, a picture that failed to render). Numbers come first in words, so
 * a screen reader reads "Kyllä: 3 (75 %)" rather than a row of block characters.
 */
export function chartLines(value: Chart): string[] {
  const totals = labelTotals(value);
  const whole = value.kind === 'donut' || (value.kind === 'bar' && value.series.length === 1) ? totals.reduce((sum, total) => sum + total, 0) : 0;
  return value.labels.map((label, index) => {
    const parts =
      value.series.length === 1 ? `${value.series[0]!.values[index] ?? 0}` : value.series.map((one) => `${one.name} ${one.values[index] ?? 0}`).join(', ');
    const share = whole > 0 ? ` (${Math.round(((totals[index] ?? 0) / whole) * 100)} %)` : '';
    return `${label}: ${parts}${share}`;
  });
}

/**
 * Fixed-width bars for a terminal: the label, a bar of `width` characters scaled to the largest
 * total, and the numbers.
 */
export function chartTextBars(value: Chart, width = 20): string[] {
  const totals = labelTotals(value);
  const largest = Math.max(1, ...totals);
  const labelWidth = Math.min(24, Math.max(0, ...value.labels.map((label) => label.length)));
  const numbers = chartLines(value);
  return value.labels.map((label, index) => {
    const filled = Math.round(((totals[index] ?? 0) / largest) * width);
    const shown = label.length > labelWidth ? `${label.slice(0, labelWidth - 1)}…` : label.padEnd(labelWidth);
    const figures = numbers[index]!.slice(label.length + 2);
    return `${shown} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${figures}`;
  });
}
