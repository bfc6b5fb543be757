import type { Chart } from '../../core/charts/chart.js';
import { chartLines } from '../../core/charts/chart-text.js';
import type { CardElement } from './adaptive-card.js';
import { toCardMarkdown, toPlainCardText } from './card-markdown.js';

/** Labels longer than this are drawn as horizontal bars, where a label has room. */
const SHORT_LABEL = 12;

/**
 * A chart as the Adaptive Card chart element Teams draws itself
 * (https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/charts-in-adaptive-cards:
 * Chart.VerticalBar, Chart.VerticalBar.Grouped, Chart.HorizontalBar, Chart.HorizontalBar.Stacked,
 * Chart.Donut, Chart.Line on cards of schema 1.5), with its numbers as text for a `fallback`:
 * a client that does not know chart elements (Teams on iOS did not draw them,
 * microsoft/AdaptiveCards#9120) shows the text instead of nothing. The alt text follows as a
 * small text block on every client, so the numbers are said in words everywhere.
 *
 * With `imageUrl` (the chart drawn as a PNG, served by Keino under a signed, short-lived link:
 * TeamsAssets) the fallback is that picture with the alt text: a client without chart elements
 * shows the chart as a picture instead of text. Which clients draw them: Teams desktop and web
 * render cards up to schema 1.6, Teams on iOS and Android up to 1.2
 * (https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/cards-reference,
 * mobile limitation added in MicrosoftDocs/msteams-docs#13675), and the Chart.* elements are 1.5
 * ones: mobile renders the `fallback`, as reported in microsoft/AdaptiveCards#9120. The picture is
 * not inline: a PNG as a data URI (~30 KB) would not fit Teams' 28 KB activity.
 */
export function chartElements(chart: Chart, imageUrl?: string): CardElement[] {
  const title = toPlainCardText(chart.title);
  const textFallback: CardElement = {
    type: 'Container',
    items: [
      { type: 'TextBlock', text: toCardMarkdown(chart.title), weight: 'bolder', wrap: true },
      ...chartLines(chart).map((line) => ({ type: 'TextBlock', text: toCardMarkdown(line), wrap: true, spacing: 'none' })),
    ],
  };
  const fallback: CardElement = imageUrl
    ? { type: 'Container', items: [{ type: 'Image', url: imageUrl, altText: toPlainCardText(chart.altText), size: 'stretch', fallback: textFallback }] }
    : textFallback;
  return [
    { ...chartElement(chart, title), fallback },
    { type: 'TextBlock', text: toCardMarkdown(chart.altText), size: 'small', isSubtle: true, wrap: true, spacing: 'small' },
  ];
}

function chartElement(chart: Chart, title: string): CardElement {
  const labels = chart.labels.map(toPlainCardText);
  const axis = chart.unit ? { yAxisTitle: toPlainCardText(chart.unit) } : {};
  const horizontal = labels.some((label) => label.length > SHORT_LABEL);
  switch (chart.kind) {
    case 'donut':
      return {
        type: 'Chart.Donut',
        title,
        colorSet: 'categorical',
        data: labels.map((legend, index) => ({ legend, value: chart.series[0]?.values[index] ?? 0 })),
      };
    case 'line':
      return {
        type: 'Chart.Line',
        title,
        colorSet: 'categorical',
        ...axis,
        data: chart.series.map((series) => ({ legend: toPlainCardText(series.name), values: labels.map((x, index) => ({ x, y: series.values[index] ?? 0 })) })),
      };
    case 'stacked-bar':
      return {
        type: 'Chart.HorizontalBar.Stacked',
        title,
        colorSet: 'categorical',
        data: labels.map((label, index) => ({
          title: label,
          data: chart.series.map((series) => ({ legend: toPlainCardText(series.name), value: series.values[index] ?? 0 })),
        })),
      };
    case 'bar':
      if (chart.series.length > 1) {
        return {
          type: 'Chart.VerticalBar.Grouped',
          title,
          colorSet: 'categorical',
          ...axis,
          data: chart.series.map((series) => ({
            legend: toPlainCardText(series.name),
            values: labels.map((x, index) => ({ x, y: series.values[index] ?? 0 })),
          })),
        };
      }
      return {
        type: horizontal ? 'Chart.HorizontalBar' : 'Chart.VerticalBar',
        title,
        colorSet: 'categorical',
        ...(horizontal ? {} : axis),
        ...(horizontal ? { displayMode: 'AbsoluteWithAxis' } : { showBarValues: true }),
        data: labels.map((x, index) => ({ x, y: chart.series[0]?.values[index] ?? 0 })),
      };
  }
}
