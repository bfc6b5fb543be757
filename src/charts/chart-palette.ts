/**
 * Series colours: the Okabe–Ito palette, which people with the common colour-vision deficiencies
 * tell apart, kept to the colours with at least 3:1 contrast against the white background (WCAG
 * 1.4.11, non-text contrast), with its orange darkened to pass. Values are written on the bars
 * too, so no reading depends on colour alone.
 */
export const CHART_PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#8F5A00', '#4B5563'] as const;

export const CHART_BACKGROUND = '#FFFFFF';
/** Titles, labels and values (14.7:1 on white). */
export const CHART_TEXT = '#1F2937';
/** Axis lines and grid (decoration only). */
export const CHART_GRID = '#D1D5DB';

/** WCAG relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #rrggbb colours (1 to 21). */
export function contrastRatio(first: string, second: string): number {
  const [light, dark] = [relativeLuminance(first), relativeLuminance(second)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
