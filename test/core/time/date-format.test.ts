import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller, KeinoCore } from '../../../src/core/keino.js';
import type { Conversation } from '../../../src/core/commands/conversation.js';
import type { Locale } from '../../../src/core/i18n/locale.js';
import { translator } from '../../../src/core/i18n/translator.js';
import { digestMessage, escalationMessage, nudgeMessage, summerSummaryMessage } from '../../../src/core/interventions/nudge-messages.js';
import type { Message, Reply } from '../../../src/core/messages/message.js';
import type { Poll } from '../../../src/core/polls/poll.js';
import { renderPoll } from '../../../src/core/polls/poll-view.js';
import {
  formatClock,
  formatDate,
  formatDateFromToday,
  formatDateRange,
  formatDateTime,
  formatRelativeDays,
  formatTime,
  formatTimeFromNow,
} from '../../../src/core/time/format.js';
import { reminderMessage } from '../../../src/core/academy/academy-notices.js';
import type { RecipientContext } from '../../../src/core/delivery/delivery.js';
import { checkInMessage } from '../../../src/core/groups/group-jobs.js';
import { createTestCore } from '../../helpers/test-core.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-database.js';

const HELSINKI = 'Europe/Helsinki';
const LOCALES: Locale[] = ['fi', 'sv', 'en'];

describe('the one date formatter', () => {
  it('writes a date and time the one way of each language', () => {
    const thursdayMorning = new Date('2026-12-03T07:00:00Z'); // 09:00 in Helsinki
    expect(formatDateTime(thursdayMorning, HELSINKI, 'fi')).toBe('to 3.12.2026 klo 9.00');
    expect(formatDateTime(thursdayMorning, HELSINKI, 'sv')).toBe('tors 3.12.2026 kl. 9.00');
    expect(formatDateTime(thursdayMorning, HELSINKI, 'en')).toBe('Thu 3 Dec 2026, 09:00');
    expect(formatDate('2026-12-04', 'fi')).toBe('pe 4.12.2026');
    expect(formatDate('2026-12-04', 'en')).toBe('Fri 4 Dec 2026');
    expect(formatTime(new Date('2026-07-01T13:05:00Z'), HELSINKI, 'sv')).toBe('16.05'); // summer time
    expect(formatDateRange('2027-07-01', '2027-07-31', 'fi')).toBe('to 1.7.2027–la 31.7.2027');
    expect(formatDateRange('2027-07-01', '2027-07-01', 'en')).toBe('Thu 1 Jul 2027');
    expect(formatClock('09:00', 'fi')).toBe('9.00');
    expect(formatClock('09:00', 'en')).toBe('09:00');
  });

  it('writes relative days and times the one way of each language', () => {
    expect(LOCALES.map((locale) => [0, 1, -1, 7, -3].map((days) => formatRelativeDays(days, locale)))).toEqual([
      ['tänään', 'huomenna', 'eilen', '7 päivän päästä', '3 päivää sitten'],
      ['i dag', 'i morgon', 'i går', 'om 7 dagar', 'för 3 dagar sedan'],
      ['today', 'tomorrow', 'yesterday', 'in 7 days', '3 days ago'],
    ]);
    const nine = new Date('2026-12-03T07:00:00Z');
    const at = (minutes: number) => new Date(nine.getTime() + minutes * 60_000);
    expect(LOCALES.map((locale) => [60, 45, 1, 150, -1, -120, 0].map((minutes) => formatTimeFromNow(at(minutes), nine, locale)))).toEqual([
      ['tunnin kuluttua', '45 minuutin kuluttua', 'minuutin kuluttua', '3 tunnin kuluttua', 'minuutti sitten', '2 tuntia sitten', 'nyt'],
      ['om en timme', 'om 45 minuter', 'om en minut', 'om 3 timmar', 'för en minut sedan', 'för 2 timmar sedan', 'nu'],
      ['in an hour', 'in 45 minutes', 'in a minute', 'in 3 hours', 'a minute ago', '2 hours ago', 'now'],
    ]);
    // Calendar days in the reader's zone: 23:30 in Helsinki on the 3rd is still the 3rd there.
    expect(formatDateFromToday('2026-12-04', new Date('2026-12-03T21:30:00Z'), HELSINKI, 'en')).toBe('tomorrow');
    expect(formatDateFromToday('2026-12-04', new Date('2026-12-03T22:30:00Z'), HELSINKI, 'en')).toBe('today');
  });
});

/** Every relative time the formatter writes in a language, longest first (within a year, within two days). */
function relativeTimes(locale: Locale): string[] {
  const written = new Set<string>();
  for (let days = -400; days <= 400; days++) written.add(formatRelativeDays(days, locale));
  const noon = new Date('2026-12-03T10:00:00Z');
  for (let minutes = -48 * 60; minutes <= 48 * 60; minutes++) written.add(formatTimeFromNow(new Date(noon.getTime() + minutes * 60_000), noon, locale));
  return [...written].sort((a, b) => b.length - a.length);
}

/** Words that say a time relative to now, in each language: after the formatter's phrases are taken out, none may be left. */
const RELATIVE_WORDS: Record<Locale, RegExp> = {
  fi: /(?<![\p{L}\d])(?:(?:\d+ )?(?:päivän|tunnin|minuutin|viikon|kuukauden) (?:päästä|kuluttua)|(?:\d+ )?(?:päivä|päivää|tunti|tuntia|minuutti|minuuttia|viikko|viikkoa|kuukausi|kuukautta) sitten|huomenna|eilen|ylihuomenna|toissapäivänä)(?!\p{L})/giu,
  sv: /(?<![\p{L}\d])(?:om (?:en|ett|\d+) (?:dag|dagar|timme|timmar|minut|minuter|vecka|veckor|månad|månader)|för (?:en|ett|\d+) (?:dag|dagar|timme|timmar|minut|minuter|vecka|veckor|månad|månader) sedan|i morgon|i går|i övermorgon|i förrgår)(?!\p{L})/giu,
  en: /(?<![\p{L}\d])(?:in (?:a|an|\d+) (?:day|days|hour|hours|minute|minutes|week|weeks|month|months)|(?:a|an|\d+) (?:day|days|hour|hours|minute|minutes|week|weeks|month|months) ago|tomorrow|yesterday)(?!\p{L})/giu,
};

/** The text's relative times that the formatter did not write, and how many it did. */
function strayRelativeTimes(text: string, locale: Locale, written: string[]): { stray: string[]; seen: number } {
  let rest = text;
  let seen = 0;
  for (const phrase of written) {
    const parts = rest.split(new RegExp(`(?<![\\p{L}\\d])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u'));
    seen += parts.length - 1;
    rest = parts.join(' ¦ ');
  }
  return { stray: rest.match(RELATIVE_WORDS[locale]) ?? [], seen };
}

/**
 * Every feature's date-bearing messages, rendered in Finnish, Swedish and English, hold dates and
 * times only as the formatter writes them: a date with its weekday, fi/sv "d.M.yyyy" and "H.mm",
 * en "d MMM yyyy" and "HH:mm"; never ISO dates, slashes, AM/PM, or the other language's form.
 * Command examples in bold (what to type) are not dates shown and are left out.
 */
function shownText(reply: Reply | Message): string {
  if (reply.kind === 'form') return reply.title;
  const strip = (value: string) => value.replace(/\*\*[^*]*\*\*/g, '').replace(/`[^`]*`/g, '');
  return reply.blocks
    .flatMap((block) => {
      switch (block.type) {
        case 'heading':
        case 'text':
        case 'note':
          return [strip(block.text)];
        case 'fields':
          return block.fields.map((field) => `${field.label}: ${strip(field.value)}`);
        case 'list':
          return block.items.map(strip);
        default:
          return [];
      }
    })
    .join('\n');
}

const MONTHS = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec';

/** Every date or time in the text written otherwise than the formatter writes it in this language. */
function strayDates(text: string, locale: Locale): string[] {
  const stray: string[] = [];
  for (const pattern of [/\b\d{4}-\d{2}-\d{2}\b/g, /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/g, /\b\d{1,2}(:\d{2})?\s?(AM|PM|am|pm)\b/g])
    stray.push(...(text.match(pattern) ?? []));
  const weekdayOf = (date: DateTime) => date.setLocale(locale === 'en' ? 'en-GB' : locale).toFormat('ccc');
  for (const match of text.matchAll(/\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g)) {
    const date = DateTime.fromObject({ year: Number(match[3]), month: Number(match[2]), day: Number(match[1]) });
    if (locale === 'en' || !text.slice(0, match.index).endsWith(`${weekdayOf(date)} `))
      stray.push(`${text.slice(Math.max(0, match.index! - 6), match.index)}${match[0]}`);
  }
  for (const match of text.matchAll(new RegExp(`\\b(\\d{1,2}) (${MONTHS}) (\\d{4})\\b`, 'g'))) {
    const date = DateTime.fromFormat(`${match[1]} ${match[2]} ${match[3]}`, 'd LLL yyyy', { locale: 'en-GB' });
    if (locale !== 'en' || !text.slice(0, match.index).endsWith(`${weekdayOf(date)} `))
      stray.push(`${text.slice(Math.max(0, match.index! - 6), match.index)}${match[0]}`);
  }
  // Times: fi and sv write 9.00, English 09:00.
  stray.push(...(text.match(locale === 'en' ? /\b(klo|kl\.) \d/g : /\b\d{1,2}:\d{2}\b/g) ?? []));
  return stray;
}

let database: TestDatabase;
let core: KeinoCore;
const now = new Date('2026-12-03T08:00:00Z');
const clock = () => now;
const admin: Caller = {
  identity: { platform: 'console', tenantId: 'local', userId: 'admin' },
  loadProfile: async () => ({ name: 'Aila Admin', email: 'aila@kuopio.fi' }),
};
const here: Conversation = { platform: 'console', tenantId: 'local', channelId: 'console', kind: 'personal' };
const channel: Conversation = { platform: 'console', tenantId: 'local', channelId: 'yleinen', kind: 'channel' };
const say = (text: string, conversation = here) => core.handleText({ caller: admin, conversation, text, source: 'command' });

beforeAll(async () => {
  database = await createTestDatabase();
  core = createTestCore(database.db, { clock });
  await say('whoami');
  const people = core.services.people.peopleStore;
  const person = (await people.findByIdentity(admin.identity))!;
  await people.setRole(person.id, 'admin');
  await people.setOrganisation(person.id, (await people.ensureOrganisation('Kuopion kaupunki')).id);
}, 60_000);
afterAll(async () => database?.drop());

describe('every feature’s dates, in three languages', () => {
  it('are written only as the formatter writes them', async () => {
    // Something of every feature that shows a date or a time.
    await say('task add "Hiilijalanjälki kriteeriksi" aila@kuopio.fi 31.12.2026');
    await say('lykkää 1 2027-01-04');
    await say('tilaisuus lisää "Strateginen johtaminen" 2026-12-17 10:00 2h');
    await say('ryhmä luo sote "SOTE-hankinnat"');
    await say('ryhmä parit sote joka 2vk');
    await say('ryhmä kysymys sote "Mikä opetti?" joka maanantai 09:00');
    await say('poissa 28.12.2026..30.12.2026');
    await say('org vapaapäivät lisää 2.1.2027');
    await say('org kesä 1.7.2027..31.7.2027');
    const intervention = (await core.services.interventions.find(1))!;
    const organisation = (await core.services.interventions.organisation(intervention.organisationId))!;
    const reads = [
      'tehtävät',
      'tehtävät org',
      'tehtävä historia 1',
      'tehtävä aikataulu',
      'tilaisuudet',
      'tilaisuus osallistujat 1',
      'kysely tulokset 1',
      'ryhmä parit sote',
      'ryhmä kysymys sote',
      'poissa',
      'org vapaapäivät',
      'ylläpito työt',
      'ylläpito loki',
      'lykkää 1 2027-01-05',
    ];
    const found: Record<Locale, string[]> = { fi: [], sv: [], en: [] };
    const strayRelative: Record<Locale, string[]> = { fi: [], sv: [], en: [] };
    const relatives: Record<Locale, number> = { fi: 0, sv: 0, en: 0 };
    const written = { fi: relativeTimes('fi'), sv: relativeTimes('sv'), en: relativeTimes('en') };
    let dates = 0;
    for (const locale of LOCALES) {
      await say(`kieli ${locale}`);
      const texts = [];
      for (const read of reads) texts.push(shownText(await say(read)));
      // A poll is written in its creator's language: one open with a closing time, one closed.
      const poll: Poll = {
        id: 1,
        question: 'Kahvi vai tee?',
        options: ['Kahvi', 'Tee'],
        creatorId: null,
        creatorName: 'Aila',
        conversation: channel,
        anonymous: false,
        maxChoices: 1,
        locale,
        timeZone: HELSINKI,
        closesAt: new Date('2026-12-10T14:00:00Z'),
        state: 'open',
        closedAt: null,
        closedBy: null,
        createdAt: now,
      };
      const tally = { counts: [1, 0], voters: 1, names: [['Aila'], []] };
      texts.push(shownText(renderPoll(poll, tally, translator(locale), now, 'Aila')));
      texts.push(shownText(renderPoll({ ...poll, state: 'closed', closedAt: new Date('2026-12-10T14:00:00Z') }, tally, translator(locale), now, 'Aila')));
      const reader = { t: translator(locale), locale, timeZone: HELSINKI, now };
      texts.push(shownText(nudgeMessage(reader, intervention, { kind: 'before' })));
      texts.push(shownText(escalationMessage({ ...reader, now: new Date('2027-01-08T08:00:00Z') }, intervention)));
      const overview = await core.services.interventions.overviewOf(organisation, now, HELSINKI);
      texts.push(
        shownText(
          digestMessage(reader, overview, await core.services.interventions.weeklyChange(overview, now, HELSINKI), [
            { name: 'Aila Admin', until: '2026-12-30' },
          ]),
        ),
      );
      texts.push(shownText(summerSummaryMessage(reader, [intervention], { from: '2027-07-01', to: '2027-07-31' })));
      // What a session's reminders say the day and the hour before, and a pairing check-in a week after the round.
      const session = (await core.services.academy.find(1))!;
      texts.push(shownText(reminderMessage(session, 'day', reader, new Date(session.startsAt.getTime() - 24 * 3_600_000))));
      texts.push(shownText(reminderMessage(session, 'hour', reader, new Date(session.startsAt.getTime() - 3_600_000))));
      const group = (await core.services.groups.groupStore.findBySlug('sote'))!;
      const pair = {
        id: 1,
        members: [
          { personId: 1, organisationId: null, metAnswer: null },
          { personId: 2, organisationId: null, metAnswer: null },
        ],
      };
      const round = { id: 1, groupId: group.id, number: 1, dueAt: new Date('2026-12-07T07:00:00Z'), seed: 1, pairs: [pair] };
      const recipient = { ...reader, platform: 'console' } as RecipientContext;
      const described = new Map([[2, '**Pekka**']]);
      texts.push(shownText(await checkInMessage(group, round, pair, 1, described, new Date('2026-12-14T07:00:00Z'))(recipient)));
      for (const text of texts) {
        const relative = strayRelativeTimes(text, locale, written[locale]);
        strayRelative[locale].push(...relative.stray);
        relatives[locale] += relative.seen;
        found[locale].push(...strayDates(text, locale));
        dates += (text.match(/\b\d{1,2}\.\d{1,2}\.\d{4}\b|\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b/g) ?? []).length;
      }
    }
    expect(found).toEqual({ fi: [], sv: [], en: [] });
    expect(strayRelative).toEqual({ fi: [], sv: [], en: [] });
    // Due dates in words, a session's "tomorrow" and "in an hour", a check-in's "7 days ago": seen in every language.
    expect(relatives).toEqual({ fi: expect.any(Number), sv: expect.any(Number), en: expect.any(Number) });
    for (const locale of LOCALES) expect(relatives[locale], locale).toBeGreaterThanOrEqual(5);
    // The scan saw dates in every language (a scan of nothing would pass too).
    expect(dates).toBeGreaterThan(3 * 15);
  }, 120_000);
});
