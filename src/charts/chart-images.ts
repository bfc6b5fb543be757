import { createHash } from 'node:crypto';
import type { Chart } from '../core/charts/chart.js';
import { drawChartPng } from './chart-drawing.js';
import { DEFAULT_CHART_SIZE, type ChartSize } from './chart-size.js';

/** PNGs kept in memory: a few dozen charts (tens of KB each) cover a busy hour's repeats. */
const DEFAULT_CAPACITY = 64;

/** The content hash of a chart at a size: the same data draws the same picture. */
export function chartImageKey(value: Chart, size: ChartSize = DEFAULT_CHART_SIZE): string {
  const content = JSON.stringify([value.kind, value.title, value.labels, value.series, value.unit ?? '', value.altText, size.width, size.height]);
  return createHash('sha256').update(content).digest('hex');
}

/**
 * Rendered chart PNGs by content hash, least recently used dropped first: a chart shown again
 * unchanged (a poll's results asked twice, a digest to many coordinators of one organisation) is
 * drawn once.
 */
export class ChartImageCache {
  private readonly images = new Map<string, Buffer>();
  /** How many times a chart was drawn (not found in the cache): for tests and the benchmark. */
  renders = 0;

  constructor(
    private readonly capacity = DEFAULT_CAPACITY,
    private readonly draw: (value: Chart, size: ChartSize) => Buffer | Promise<Buffer> = drawChartPng,
  ) {}

  async png(value: Chart, size: ChartSize = DEFAULT_CHART_SIZE): Promise<{ key: string; png: Buffer }> {
    const key = chartImageKey(value, size);
    const cached = this.images.get(key);
    if (cached) {
      this.images.delete(key);
      this.images.set(key, cached);
      return { key, png: cached };
    }
    const png = await this.draw(value, size);
    this.renders += 1;
    this.images.set(key, png);
    if (this.images.size > this.capacity) this.images.delete(this.images.keys().next().value!);
    return { key, png };
  }
}
