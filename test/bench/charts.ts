import { ChartImageCache } from '../../src/charts/chart-images.js';
import { chartPng } from '../../src/charts/chart-png.js';
import { chartSvg } from '../../src/charts/chart-svg.js';
import { chart, type Chart } from '../../src/core/charts/chart.js';
import { FigureSink, percentile, round } from './bench-report.js';

export interface ChartOptions {
  quick: boolean;
}

/** The charts Keino draws, at their usual size: a poll's bars, a plan's donut and stack, a week's line. */
function samples(round: number): Chart[] {
  const n = (base: number) => base + (round % 7);
  return [
    chart({
      kind: 'bar',
      title: `Mikä päivä sopii parhaiten? (${round})`,
      labels: ['Maanantai', 'Tiistai', 'Keskiviikko', 'Torstai', 'Perjantai'],
      series: [{ name: 'ääntä', values: [n(3), n(8), n(1), n(12), n(4)] }],
      unit: 'ääntä',
      altText: `Kysely ${round}`,
    }),
    chart({
      kind: 'donut',
      title: `Kuopion kaupunki: toimenpiteiden tila (${round})`,
      labels: ['valmis', 'aikataulussa', 'erääntyy 14 päivässä', 'myöhässä'],
      series: [{ name: '', values: [n(12), n(8), n(5), n(3)] }],
      altText: `Tila ${round}`,
    }),
    chart({
      kind: 'stacked-bar',
      title: `Hankintakategorioittain (${round})`,
      labels: ['Kuljetuspalvelut', 'Ruokapalvelut', 'Rakentaminen', 'ICT-hankinnat', 'Sosiaalipalvelut', 'muut'],
      series: ['valmis', 'aikataulussa', 'erääntyy 14 päivässä', 'myöhässä'].map((name, index) => ({
        name,
        values: [n(index + 1), n(2), n(3 - (index % 2)), n(1), n(index), n(2)],
      })),
      altText: `Kategoriat ${round}`,
    }),
    chart({
      kind: 'line',
      title: `Kysymyksiä viikoittain (${round})`,
      labels: ['vk 41', 'vk 42', 'vk 43', 'vk 44', 'vk 45', 'vk 46', 'vk 47', 'vk 48'],
      series: [
        { name: 'vastattu', values: [n(5), n(8), n(3), n(9), n(7), n(4), n(6), n(10)] },
        { name: 'ei vastausta', values: [n(1), n(2), n(0), n(4), n(1), n(3), n(2), n(1)] },
      ],
      altText: `Viikot ${round}`,
    }),
  ];
}

/**
 * 9. Charts: one chart drawn to PNG (ECharts' SVG, then resvg with the bundled font), a different
 * chart each time so nothing is cached, the four kinds in turn; the SVG step alone is the
 * baseline (what a web page would draw from). Then the same chart again through the content-hash
 * cache. Aim from issue #20: under 100 ms p95 on this machine.
 */
export async function benchCharts(options: ChartOptions): Promise<FigureSink> {
  const sink = new FigureSink('9 charts');
  const rounds = options.quick ? 3 : 40;
  // The first drawing loads ECharts' modules and the font: measured apart.
  const coldStart = performance.now();
  chartPng(samples(-1)[0]!);
  const cold = performance.now() - coldStart;

  const png: number[] = [];
  const svg: number[] = [];
  const cpu: number[] = [];
  let bytes = 0;
  for (let round = 0; round < rounds; round++) {
    for (const value of samples(round)) {
      const svgStarted = performance.now();
      chartSvg(value);
      svg.push(performance.now() - svgStarted);
      const cpuStarted = process.cpuUsage();
      const started = performance.now();
      bytes += chartPng(value).length;
      png.push(performance.now() - started);
      const used = process.cpuUsage(cpuStarted);
      cpu.push((used.user + used.system) / 1000);
    }
    // Let the event loop breathe between rounds, as a server would between requests.
    await new Promise((resolve) => setImmediate(resolve));
  }
  const cache = new ChartImageCache();
  const cached: number[] = [];
  const again = samples(0)[2]!;
  await cache.png(again);
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    await cache.png(again);
    cached.push(performance.now() - started);
  }

  const p95 = round(percentile(png, 0.95), 1);
  sink.add({
    name: 'one chart to PNG, p95',
    value: p95,
    unit: 'ms',
    baseline: round(percentile(svg, 0.95), 1),
    baselineLabel: 'its SVG alone, p95',
    aim: '< 100 ms',
    met: p95 < 100,
  });
  sink.add({ name: 'one chart to PNG, median', value: round(percentile(png, 0.5), 1), unit: 'ms' });
  sink.add({ name: 'CPU time of one chart to PNG, p95', value: round(percentile(cpu, 0.95), 1), unit: 'ms' });
  sink.add({ name: 'the first chart after start (modules and font loaded)', value: round(cold, 0), unit: 'ms' });
  sink.add({ name: 'the same chart again, from the cache, p95', value: round(percentile(cached, 0.95), 3), unit: 'ms' });
  sink.add({ name: 'PNG size, mean', value: round(bytes / png.length / 1024, 1), unit: 'KB' });
  sink.add({ name: 'charts drawn', value: png.length, unit: 'charts', correct: png.length === rounds * 4 && cache.renders === 1 });
  return sink;
}
