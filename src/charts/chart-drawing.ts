import type { Chart } from '../core/charts/chart.js';
import { DEFAULT_CHART_SIZE, type ChartSize } from './chart-size.js';

/*
 * ECharts and resvg are loaded on the first chart drawn, not at start: ECharts alone is about
 * 40 MB of resident memory, and many instances (a console, a quiet week) never draw a chart.
 */

/** The chart as a PNG (chart-png.ts), its renderer loaded on first use. */
export async function drawChartPng(value: Chart, size: ChartSize = DEFAULT_CHART_SIZE): Promise<Buffer> {
  const { chartPng } = await import('./chart-png.js');
  return chartPng(value, size);
}

/** The chart as an SVG document (chart-svg.ts), ECharts loaded on first use. */
export async function drawChartSvg(value: Chart, size: ChartSize = DEFAULT_CHART_SIZE): Promise<string> {
  const { chartSvg } = await import('./chart-svg.js');
  return chartSvg(value, size);
}
