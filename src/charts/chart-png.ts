import { Resvg } from '@resvg/resvg-js';
import type { Chart } from '../core/charts/chart.js';
import { chartFontFiles } from './chart-fonts.js';
import { CHART_BACKGROUND } from './chart-palette.js';
import { CHART_FONT_FAMILY, DEFAULT_CHART_SIZE, type ChartSize } from './chart-size.js';
import { chartSvg } from './chart-svg.js';

const fontFiles = chartFontFiles();

/** The chart as a PNG of exactly `size` pixels, drawn from its SVG with the bundled font only. */
export function chartPng(value: Chart, size: ChartSize = DEFAULT_CHART_SIZE): Buffer {
  const rendered = new Resvg(chartSvg(value, size), {
    background: CHART_BACKGROUND,
    fitTo: { mode: 'width', value: size.width },
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: CHART_FONT_FAMILY, sansSerifFamily: CHART_FONT_FAMILY },
  }).render();
  return rendered.asPng();
}
