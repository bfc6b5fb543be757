import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { chartMaximum, type Chart } from '../core/charts/chart.js';
import { CHART_BACKGROUND, CHART_GRID, CHART_PALETTE, CHART_TEXT } from './chart-palette.js';
import { CHART_FONT_FAMILY, DEFAULT_CHART_SIZE, type ChartSize } from './chart-size.js';

echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TitleComponent, SVGRenderer]);

/**
 * The chart as a standalone SVG document (ECharts' server-side renderer): the same picture for a
 * Slack PNG and, later, for a web page. The SVG carries the alt text as its <title>, labels in
 * the bundled font, no animation and no script.
 */
export function chartSvg(value: Chart, size: ChartSize = DEFAULT_CHART_SIZE): string {
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    instance.setOption(chartOption(value));
    return withTitle(instance.renderToSVGString(), value.altText);
  } finally {
    instance.dispose();
  }
}

function chartOption(value: Chart): echarts.EChartsCoreOption {
  const text = { fontFamily: CHART_FONT_FAMILY, color: CHART_TEXT };
  const several = value.series.length > 1;
  const base = {
    animation: false,
    backgroundColor: CHART_BACKGROUND,
    color: [...CHART_PALETTE],
    textStyle: text,
    title: { text: value.title, left: 16, top: 12, textStyle: { ...text, fontSize: 18, fontWeight: 'bold' } },
  };
  if (value.kind === 'donut') {
    const [series] = value.series;
    return {
      ...base,
      legend: { bottom: 8, textStyle: { ...text, fontSize: 13 } },
      series: [
        {
          type: 'pie',
          radius: ['38%', '64%'],
          center: ['50%', '52%'],
          label: { ...text, fontSize: 13, formatter: '{b}: {c}' },
          itemStyle: { borderColor: CHART_BACKGROUND, borderWidth: 2 },
          data: value.labels.map((label, index) => ({ name: label, value: series?.values[index] ?? 0 })),
        },
      ],
    };
  }
  const line = value.kind === 'line';
  const stacked = value.kind === 'stacked-bar';
  // Long labels read better down the side: horizontal bars; a line is always over time.
  const horizontal = !line && value.labels.some((label) => label.length > 12);
  const categoryAxis = {
    type: 'category',
    data: value.labels,
    axisLabel: { ...text, fontSize: 13, interval: 0, ...(horizontal ? { width: 200, overflow: 'truncate' } : { hideOverlap: true }) },
    axisLine: { lineStyle: { color: CHART_TEXT } },
    axisTick: { show: false },
    ...(horizontal ? { inverse: true } : {}),
  };
  const valueAxis = {
    type: 'value',
    minInterval: 1,
    // An empty chart still has an axis to stand on.
    ...(chartMaximum(value) > 0 ? {} : { max: 1 }),
    name: value.unit ?? '',
    nameTextStyle: { ...text, fontSize: 12 },
    axisLabel: { ...text, fontSize: 12 },
    splitLine: { lineStyle: { color: CHART_GRID } },
  };
  return {
    ...base,
    ...(several ? { legend: { top: 44, left: 16, textStyle: { ...text, fontSize: 13 } } } : {}),
    grid: { left: 16, right: 40, top: several ? 84 : 60, bottom: 16, outerBoundsMode: 'same' },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: value.series.map((one) => ({
      type: line ? 'line' : 'bar',
      name: one.name,
      data: one.values,
      ...(stacked ? { stack: 'total' } : {}),
      ...(line ? { symbolSize: 7, lineStyle: { width: 3 } } : { barMaxWidth: 48 }),
      label: {
        show: !line || value.labels.length <= 12,
        position: stacked ? 'inside' : line ? 'top' : horizontal ? 'right' : 'top',
        ...text,
        ...(stacked ? { color: CHART_BACKGROUND, fontWeight: 'bold' } : {}),
        fontSize: 12,
        // A zero, or a sliver too thin for its number, would be drawn over its neighbour.
        ...(stacked
          ? { formatter: (point: { value: number }) => (point.value > 0 && point.value >= chartMaximum(value) * 0.06 ? String(point.value) : '') }
          : {}),
      },
    })),
  };
}

/** The alt text as the SVG's accessible name (a <title> first in the root element). */
function withTitle(svg: string, altText: string): string {
  const escaped = altText.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return svg.replace(/<svg([^>]*)>/, `<svg$1 role="img"><title>${escaped}</title>`);
}
