/**
 * A chart as data, in the core's terms: what is counted (labels), the counts (one series or a few
 * side by side), a title, the unit, and an alt text that says the numbers in the reader's language.
 * Each adapter draws it as its platform does best (a native Adaptive Card chart in Teams, a PNG in
 * Slack, text bars in the console); the web dashboard draws the same data as SVG.
 */
export type ChartKind =
  /** One bar per label, side by side when there are several series. */
  | 'bar'
  /** One bar per label with every series stacked in it (status shares of a whole). */
  | 'stacked-bar'
  /** Shares of one whole: one series, one slice per label. */
  | 'donut'
  /** Values over time (labels are the points in time), one line per series. */
  | 'line';

export interface ChartSeries {
  /** Shown in the legend; may be empty when there is only one series. */
  name: string;
  /** One value per label, in the labels' order; never negative. */
  values: number[];
}

export interface Chart {
  kind: ChartKind;
  title: string;
  labels: string[];
  series: ChartSeries[];
  /** What the values count ("votes", "ääntä"): the value axis' title. */
  unit?: string;
  /** The numbers in words, in the reader's language: the image's alt text and the text form's summary. */
  altText: string;
}

/** At most this many labels are drawn; features group the rest (e.g. "other") before. */
export const MAX_CHART_LABELS = 24;
/** At most this many series: more would not be told apart by colour alone. */
export const MAX_CHART_SERIES = 6;

/**
 * A chart whose shape every renderer can rely on: labels and series cut to the maxima, every
 * series as long as the labels, values finite and not negative, a donut with one series.
 */
export function chart(input: Chart): Chart {
  const labels = input.labels.slice(0, MAX_CHART_LABELS);
  const series = (input.kind === 'donut' ? input.series.slice(0, 1) : input.series.slice(0, MAX_CHART_SERIES)).map((one) => ({
    name: one.name,
    values: labels.map((_, index) => {
      const value = one.values[index] ?? 0;
      return Number.isFinite(value) && value > 0 ? value : 0;
    }),
  }));
  return { ...input, labels, series, altText: input.altText.trim() || input.title };
}

/** The sum of every series at each label (the height of a stacked bar). */
export function labelTotals(value: Chart): number[] {
  return value.labels.map((_, index) => value.series.reduce((sum, one) => sum + (one.values[index] ?? 0), 0));
}

/** The largest value a bar reaches: a stacked bar's total, else one series' value. */
export function chartMaximum(value: Chart): number {
  const values = value.kind === 'stacked-bar' ? labelTotals(value) : value.series.flatMap((one) => one.values);
  return Math.max(0, ...values);
}

/** Whether there is anything to draw (some value above zero). */
export function hasData(value: Chart): boolean {
  return chartMaximum(value) > 0;
}

/**
 * "a 3, b 5, c 0": a label and its value for each label, for alt texts; with several series, each
 * label's values in series order ("done 3 / open 2").
 */
export function countsInWords(value: Chart, separator = ', '): string {
  return value.labels
    .map((label, index) => {
      if (value.series.length === 1) return `${label} ${value.series[0]!.values[index] ?? 0}`;
      return `${label} ${value.series.map((one) => `${one.name} ${one.values[index] ?? 0}`).join(' / ')}`;
    })
    .join(separator);
}
