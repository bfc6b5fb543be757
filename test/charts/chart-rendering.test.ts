import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { webApi } from '@slack/bolt';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ChartImageCache } from '../../src/charts/chart-images.js';
import { CHART_BACKGROUND, CHART_PALETTE, CHART_TEXT, contrastRatio } from '../../src/charts/chart-palette.js';
import { chartPng } from '../../src/charts/chart-png.js';
import { DEFAULT_CHART_SIZE } from '../../src/charts/chart-size.js';
import { chartSvg } from '../../src/charts/chart-svg.js';
import { chart, type Chart, type ChartKind } from '../../src/core/charts/chart.js';
import type { Locale } from '../../src/core/i18n/locale.js';
import { chartBlock, shared } from '../../src/core/messages/message.js';
import { silentLogger } from '../../src/core/ports/logger.js';
import { renderForConsole } from '../../src/platforms/console/console-renderer.js';
import { chartBlocks } from '../../src/platforms/slack/block-kit-renderer.js';
import { SlackMessenger } from '../../src/platforms/slack/slack-messenger.js';
import { cardTexts } from '../../src/platforms/teams/card-texts.js';
import { teamsCapabilities } from '../../src/platforms/teams/capabilities.js';
import { renderMessage as renderTeams } from '../../src/platforms/teams/message-card-renderer.js';
import { chartElementViolations, CHART_ELEMENT_TYPES } from '../helpers/adaptive-card-charts.js';
import { cardsOf } from '../helpers/adaptive-card-text.js';
import { blockKitViolations } from '../helpers/block-kit-limits.js';
import { FakeSlackApi } from '../helpers/fake-slack-api.js';

type Json = any;

const references = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/charts');
/** UPDATE_CHART_REFERENCES=1 writes the reference images anew (look at them before committing). */
const updating = process.env.UPDATE_CHART_REFERENCES === '1';

const STATUS: Record<Locale, { title: string; labels: string[]; alt: string }> = {
  fi: {
    title: 'Kuopion toimenpiteet',
    labels: ['valmis', 'aikataulussa', 'erääntyy 14 päivässä', 'myöhässä'],
    alt: 'Kuopion toimenpiteet: 12 valmiina, 5 myöhässä',
  },
  sv: { title: 'Kuopios åtgärder', labels: ['klar', 'enligt plan', 'förfaller inom 14 dagar', 'försenad'], alt: 'Kuopios åtgärder: 12 klara, 5 försenade' },
  en: { title: 'Interventions of Kuopio', labels: ['done', 'on time', 'due within 14 days', 'overdue'], alt: 'Interventions of Kuopio: 12 done, 5 overdue' },
};
const WEEKS = ['48', '49', '50', '51'];

/** The fixed data set each kind is drawn from, in one language. */
function sample(kind: ChartKind, locale: Locale): Chart {
  const { title, labels, alt } = STATUS[locale];
  switch (kind) {
    case 'donut':
    case 'bar':
      return chart({ kind, title, labels, series: [{ name: title, values: [12, 3, 8, 5] }], unit: '#', altText: alt });
    case 'stacked-bar':
      return chart({
        kind,
        title,
        labels: ['Hankintastrategia', 'Ympäristö ja ilmasto', 'Sosiaalinen vastuu'],
        series: labels.map((name, index) => ({ name, values: [[5, 2, 1, 0][index]!, [4, 1, 3, 2][index]!, [3, 0, 4, 3][index]!] })),
        altText: alt,
      });
    case 'line':
      return chart({
        kind,
        title,
        labels: WEEKS,
        series: labels.slice(0, 2).map((name, index) => ({ name, values: [3 + index, 5, 4 - index, 9] })),
        altText: alt,
      });
  }
}

const KINDS: ChartKind[] = ['bar', 'stacked-bar', 'donut', 'line'];
const LOCALES: Locale[] = ['fi', 'sv', 'en'];

function decode(png: Buffer): PNG {
  return PNG.sync.read(png);
}

/** Share of pixels that are not the background, and how many distinct colours there are. */
function inkOf(image: PNG): { ink: number; colours: number } {
  const colours = new Set<number>();
  let ink = 0;
  for (let at = 0; at < image.data.length; at += 4) {
    const [r, g, b] = [image.data[at]!, image.data[at + 1]!, image.data[at + 2]!];
    colours.add((r << 16) | (g << 8) | b);
    if (r < 250 || g < 250 || b < 250) ink += 1;
  }
  return { ink: ink / (image.width * image.height), colours: colours.size };
}

describe('a chart drawn as a PNG', () => {
  for (const kind of KINDS) {
    for (const locale of LOCALES) {
      it(`${kind} in ${locale}: the expected size, not blank, and as the reference image`, () => {
        const png = chartPng(sample(kind, locale));
        const image = decode(png);
        expect([image.width, image.height]).toEqual([DEFAULT_CHART_SIZE.width, DEFAULT_CHART_SIZE.height]);
        const { ink, colours } = inkOf(image);
        expect(ink).toBeGreaterThan(0.03);
        expect(ink).toBeLessThan(0.6);
        expect(colours).toBeGreaterThan(8);

        const file = path.join(references, `${kind}-${locale}.png`);
        if (updating || !existsSync(file)) {
          expect(updating, `no reference image ${file}: run with UPDATE_CHART_REFERENCES=1`).toBe(true);
          mkdirSync(references, { recursive: true });
          writeFileSync(file, png);
        }
        const reference = decode(readFileSync(file));
        const differing = pixelmatch(image.data, reference.data, undefined, image.width, image.height, { threshold: 0.1 });
        expect(differing / (image.width * image.height)).toBeLessThan(0.002);
      });
    }
  }

  it('draws ä, ö and å with the bundled font, not as missing glyphs', () => {
    const titled = (title: string) => decode(chartPng(chart({ ...sample('bar', 'fi'), title })));
    const withDots = titled('Äänestys Åbossa: öljyä');
    const without = titled('Aanestys Abossa: oljya');
    // The dots and rings make a difference, but only a small one: the same letters underneath.
    const differing = pixelmatch(withDots.data, without.data, undefined, withDots.width, withDots.height, { threshold: 0.1 });
    expect(differing).toBeGreaterThan(20);
    expect(differing).toBeLessThan(2000);
  });

  it('says its numbers in the SVG too (a <title> for screen readers), with no script', () => {
    const svg = chartSvg(sample('bar', 'sv'));
    expect(svg).toContain('<title>Kuopios åtgärder: 12 klara, 5 försenade</title>');
    expect(svg).toContain('role="img"');
    expect(svg).not.toMatch(/<script/i);
  });

  it('an empty chart is drawn with an axis and no error', () => {
    const image = decode(chartPng(chart({ ...sample('bar', 'en'), series: [{ name: '', values: [0, 0, 0, 0] }] })));
    expect(inkOf(image).ink).toBeGreaterThan(0.005);
  });

  it('uses colours that people with colour-vision deficiencies tell apart and that stand out from the background', () => {
    // Okabe–Ito colours, each at least 3:1 against the background (WCAG 1.4.11); text 4.5:1 (1.4.3).
    for (const colour of CHART_PALETTE) expect(contrastRatio(colour, CHART_BACKGROUND)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(CHART_TEXT, CHART_BACKGROUND)).toBeGreaterThanOrEqual(4.5);
    expect(new Set(CHART_PALETTE).size).toBe(CHART_PALETTE.length);
  });

  it('is drawn once per content: the cache hands the same PNG back', async () => {
    const cache = new ChartImageCache(2);
    const first = await cache.png(sample('bar', 'fi'));
    const again = await cache.png(sample('bar', 'fi'));
    expect(again.png).toBe(first.png);
    expect(cache.renders).toBe(1);
    await cache.png(sample('bar', 'sv'));
    await cache.png(sample('bar', 'en'));
    await cache.png(sample('bar', 'fi'));
    expect(cache.renders).toBe(4);
  });
});

describe('a chart in Teams', () => {
  for (const kind of KINDS) {
    for (const locale of LOCALES) {
      it(`${kind} in ${locale}: a chart element as Teams documents it, a text fallback, the alt text, within the card size`, () => {
        const value = sample(kind, locale);
        const activities = renderTeams(shared([chartBlock(value)]), { texts: cardTexts(locale) });
        expect(activities).toHaveLength(1);
        const card = cardsOf(activities[0])[0] as Json;
        const [element, alt] = card.body;
        expect(CHART_ELEMENT_TYPES).toContain(element.type);
        expect(chartElementViolations(element)).toEqual([]);
        expect(element.title).toBe(value.title);
        expect(JSON.stringify(element.fallback)).toContain(`${value.labels[0]}:`);
        expect(alt).toMatchObject({ type: 'TextBlock', text: value.altText });
        expect(Buffer.byteLength(JSON.stringify(activities[0]))).toBeLessThan(teamsCapabilities.maxActivityBytes);
      });
    }
  }
});

describe('a chart in Slack and in the console', () => {
  it('Slack: an image block with the alt text when the PNG is uploaded, the numbers as text when not', () => {
    const value = sample('bar', 'fi');
    const withImage = chartBlocks(value, 'F0CHART');
    expect(withImage).toEqual([
      { type: 'image', slack_file: { id: 'F0CHART' }, alt_text: value.altText, title: { type: 'plain_text', text: value.title, emoji: true } },
    ]);
    expect(blockKitViolations(withImage, 'message')).toEqual([]);
    const asText = chartBlocks(value, undefined);
    expect(blockKitViolations(asText, 'message')).toEqual([]);
    expect(JSON.stringify(asText)).toContain('valmis: 12 (43 %)');
    expect(JSON.stringify(asText)).toContain(value.altText);
  });

  it('the console: text bars and the alt text', () => {
    const { text } = renderForConsole(shared([chartBlock(sample('bar', 'en'))]));
    expect(text).toContain('Interventions of Kuopio');
    expect(text).toMatch(/done +\[#{20}\] 12 \(43 %\)/);
    expect(text).toContain('(Interventions of Kuopio: 12 done, 5 overdue)');
  });
});

describe('a chart sent to Slack', () => {
  let fake: FakeSlackApi;
  beforeAll(async () => {
    fake = await FakeSlackApi.start();
  });
  afterAll(async () => {
    await fake?.close();
  });
  beforeEach(() => fake.reset());

  const messenger = (images = new ChartImageCache()) =>
    new SlackMessenger(new webApi.WebClient('xoxb-chart-test', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } }), {
      rateLimit: 'reject',
      logger: silentLogger,
      chartImages: images,
    });

  it('uploads the PNG once as Keino’s private file and shows it in an image block with its alt text', async () => {
    const slack = messenger();
    const value = sample('donut', 'sv');
    await slack.post({ channel: 'D0ALICE' }, shared([chartBlock(value)]));

    const [asked] = fake.callsTo('files.getUploadURLExternal');
    const upload = fake.uploads.get(asked!.response.file_id)!;
    expect(upload.filename).toMatch(/^keino-chart-[0-9a-f]{16}\.png$/);
    expect(upload.content!.length).toBe(upload.length);
    expect([decode(upload.content!).width, decode(upload.content!).height]).toEqual([720, 400]);
    expect(upload.completed).toBe(true);
    expect(upload.channel).toBeUndefined(); // private: shown only through the image block
    const [post] = fake.callsTo('chat.postMessage');
    expect(post!.response.ok).toBe(true);
    expect(post!.body.blocks).toEqual([expect.objectContaining({ type: 'image', slack_file: { id: upload.id }, alt_text: value.altText })]);

    // The same chart again: no second drawing, no second upload.
    await slack.post({ channel: 'D0ALICE' }, shared([chartBlock(sample('donut', 'sv'))]));
    expect(fake.callsTo('files.getUploadURLExternal')).toHaveLength(1);
    expect(fake.callsTo('chat.postMessage').at(-1)!.body.blocks[0].slack_file).toEqual({ id: upload.id });
  });

  it('a chart that cannot be drawn, or an upload Slack refuses, is shown as text: never no answer', async () => {
    const broken = messenger(
      new ChartImageCache(4, () => {
        throw new Error('no font');
      }),
    );
    await broken.post({ channel: 'D0ALICE' }, shared([chartBlock(sample('bar', 'fi'))]));
    expect(fake.callsTo('files.getUploadURLExternal')).toHaveLength(0);
    const [post] = fake.callsTo('chat.postMessage');
    expect(post!.response.ok).toBe(true);
    expect(JSON.stringify(post!.body.blocks)).toContain('valmis: 12');

    fake.failNext('files.completeUploadExternal', 'internal_error');
    await messenger().post({ channel: 'D0ALICE' }, shared([chartBlock(sample('line', 'en'))]));
    const last = fake.callsTo('chat.postMessage').at(-1)!;
    expect(last.response.ok).toBe(true);
    expect(JSON.stringify(last.body.blocks)).toContain('done 3');
  });

  it('the fake refuses an image block naming a file Keino never uploaded, as Slack does', async () => {
    const response = await new webApi.WebClient('xoxb-chart-test', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } }).chat
      .postMessage({ channel: 'D0ALICE', text: 'x', blocks: [{ type: 'image', slack_file: { id: 'F0NOPE' }, alt_text: 'x' }] })
      .catch((error: Json) => error.data);
    expect(response.error).toBe('invalid_blocks');
  });
});
