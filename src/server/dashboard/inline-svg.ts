import { drawChartSvg } from '../../charts/chart-drawing.js';
import type { Chart } from '../../core/charts/chart.js';

/** Presentation properties that may move from a style attribute to attributes of their own. */
const PRESENTATION = new Set(['font-size', 'font-family', 'font-weight', 'font-style', 'fill', 'stroke', 'opacity']);
const CACHED = 200;
const drawn = new Map<string, Promise<string>>();

/**
 * A chart as SVG to put inside a page: the dashboard's CSP forbids inline styles, so ECharts'
 * <style> element (hover effects only) goes and its style attributes become presentation
 * attributes. The <title> (the alt text) and role="img" stay. Drawn charts are kept by content,
 * so a page opened again does not draw them again.
 */
export function inlineChartSvg(chart: Chart): Promise<string> {
  const key = JSON.stringify(chart);
  const known = drawn.get(key);
  if (known) return known;
  const svg = drawChartSvg(chart).then(withoutInlineStyles);
  drawn.set(key, svg);
  svg.catch(() => drawn.delete(key));
  if (drawn.size > CACHED) drawn.delete(drawn.keys().next().value!);
  return svg;
}

export function withoutInlineStyles(svg: string): string {
  return svg
    .replace(/<\?xml[^>]*\?>/g, '')
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/ style="([^"]*)"/g, (_, declarations: string) =>
      declarations
        .split(';')
        .map((declaration) => declaration.split(':').map((part) => part.trim()))
        .filter(([name, value]) => name && value && PRESENTATION.has(name))
        .map(([name, value]) => ` ${name}="${value!.replace(/"/g, '&quot;')}"`)
        .join(''),
    )
    .replace('<svg', '<svg focusable="false"');
}
