import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { chartPng } from '../../src/charts/chart-png.js';
import { registrationsChart } from '../../src/core/academy/session-charts.js';
import type { AcademySession } from '../../src/core/academy/academy-store.js';
import type { Chart } from '../../src/core/charts/chart.js';
import { unansweredChart, weeklyQuestionsChart } from '../../src/core/faq/faq-charts.js';
import type { Locale } from '../../src/core/i18n/locale.js';
import { translator } from '../../src/core/i18n/translator.js';
import { planByGroupChart, planStatusChart } from '../../src/core/interventions/intervention-charts.js';
import type { Intervention } from '../../src/core/interventions/intervention.js';
import { jobsPerDayChart } from '../../src/core/jobs/job-charts.js';
import { chartBlock, shared } from '../../src/core/messages/message.js';
import type { Poll, PollTally } from '../../src/core/polls/poll.js';
import { pollChart } from '../../src/core/polls/poll-view.js';
import { renderForConsole } from '../../src/platforms/console/console-renderer.js';
import { renderMessage as renderSlack } from '../../src/platforms/slack/block-kit-renderer.js';
import { cardTexts } from '../../src/platforms/teams/card-texts.js';
import { teamsCapabilities } from '../../src/platforms/teams/capabilities.js';
import { renderMessage as renderTeams } from '../../src/platforms/teams/message-card-renderer.js';
import { chartElementViolations } from '../helpers/adaptive-card-charts.js';
import { cardsOf } from '../helpers/adaptive-card-text.js';
import { blockKitViolations } from '../helpers/block-kit-limits.js';

type Json = any;
const now = new Date('2026-12-07T08:00:00Z'); // a Monday, 10:00 in Helsinki
const timeZone = 'Europe/Helsinki';

function intervention(id: number, status: Intervention['status'], dueDate: string, categoryName: string | null): Intervention {
  return {
    id,
    organisationId: 1,
    organisationName: 'Kuopion kaupunki',
    title: `Toimenpide ${id}`,
    description: null,
    policyName: 'Hiilineutraalius',
    categoryName,
    categoryPriority: null,
    owner: { id: 1, name: 'Maija', email: null, locale: 'fi', timeZone, organisationId: 1 },
    ownerReachable: true,
    dueDate,
    status,
    completedAt: status === 'done' ? new Date('2026-12-03T10:00:00Z') : null,
    snoozedUntil: null,
    updatedAt: now,
  };
}

const plan = {
  organisation: { id: 1, name: 'Kuopion kaupunki' },
  open: [intervention(1, 'planned', '2026-11-20', 'Ruokapalvelut'), intervention(2, 'in_progress', '2026-12-14', 'Kuljetuspalvelut')],
  done: [intervention(3, 'done', '2026-12-05', 'Ruokapalvelut')],
};
const session = (id: number, day: string) =>
  ({ id, title: 'Strateginen johtaminen', startsAt: new Date(`${day}T07:00:00Z`), timeZone, cohort: 'Kevät 2027' }) as AcademySession;

/** Each place a chart appears, as the feature builds it, in one language. */
function charts(locale: Locale): Record<string, Chart> {
  const t = translator(locale);
  const reader = { t, locale, timeZone, now };
  const poll = { id: 7, question: 'Mikä päivä sopii? / Vilken dag? / Which day?', options: ['ma', 'ti', 'ke'] } as Poll;
  const tally: PollTally = { counts: [3, 5, 0], voters: 7, names: [[], [], []] };
  return {
    'poll results': pollChart(poll, tally, t),
    'tasks org and the digest: status': planStatusChart(reader, plan),
    'tasks org and the digest: by category': planByGroupChart(reader, plan)!,
    'session attendees': registrationsChart(reader, session(4, '2027-01-12'), [
      { session: session(4, '2027-01-12'), going: 12, maybe: 3, waiting: 2 },
      { session: session(5, '2027-02-09'), going: 9, maybe: 1, waiting: 0 },
    ]),
    'faq stats: per week': weeklyQuestionsChart(reader, [{ week: '2026-12-07', answered: 4, unanswered: 1 }]),
    'faq stats: unanswered': unansweredChart(t, [{ text: 'Mikä on wifin salasana?', times: 3, lastAskedAt: now, pickedEntryId: null }])!,
    'admin jobs': jobsPerDayChart(reader, [
      { day: '2026-12-07', state: 'done', count: 40 },
      { day: '2026-12-06', state: 'failed', count: 1 },
    ]),
  };
}

describe('every chart Keino shows, on every platform, in every language', () => {
  for (const locale of ['fi', 'sv', 'en'] as const) {
    for (const [place, chart] of Object.entries(charts(locale))) {
      it(`${place} (${locale}): a picture where the platform shows one, the numbers in words everywhere`, () => {
        expect(chart.altText.length).toBeGreaterThan(chart.title.length);
        expect(chart.altText).toMatch(/\d/);
        const message = shared([chartBlock(chart)]);

        // Slack: an image block with the alt text (the PNG uploaded), or the text form.
        const [withImage] = renderSlack(message, { chartFiles: new Map([[chart, 'F0CHART']]) });
        expect(blockKitViolations(withImage!.blocks, 'message')).toEqual([]);
        expect(withImage!.blocks[0]).toMatchObject({ type: 'image', alt_text: chart.altText });
        const [asText] = renderSlack(message);
        expect(blockKitViolations(asText!.blocks, 'message')).toEqual([]);
        expect(JSON.stringify(asText!.blocks)).toContain(JSON.stringify(chart.altText).slice(1, -1));

        // The PNG Slack gets: the expected size, and something drawn on it.
        const image = PNG.sync.read(chartPng(chart));
        expect([image.width, image.height]).toEqual([720, 400]);
        let ink = 0;
        for (let at = 0; at < image.data.length; at += 4) if (image.data[at]! < 200) ink += 1;
        expect(ink).toBeGreaterThan(2000);

        // Teams: a documented chart element, its alt text under it, within an activity's size.
        const activities = renderTeams(message, { texts: cardTexts(locale) });
        expect(activities).toHaveLength(1);
        const [element, alt] = (cardsOf(activities[0])[0] as Json).body;
        expect(chartElementViolations(element)).toEqual([]);
        expect(alt.text).toBe(chart.altText);
        expect(Buffer.byteLength(JSON.stringify(activities[0]))).toBeLessThan(teamsCapabilities.maxActivityBytes);

        // The console: text bars and the alt text.
        const { text } = renderForConsole(message);
        expect(text).toContain(`(${chart.altText})`);
        expect(text).toMatch(/\[[#.]{20}\]/);
      });
    }
  }
});
