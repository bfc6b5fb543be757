import nodeIcal, { type VEvent } from 'node-ical';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Conversation } from '../../src/core/commands/conversation.js';
import type { KeinoCore } from '../../src/core/keino.js';
import { silentLogger } from '../../src/core/ports/logger.js';
import { localDateOf, localTimeOf } from '../../src/core/time/local-time.js';
import { JobRunner } from '../../src/jobs/job-runner.js';
import { RecordingGateway, type RecordedSend } from '../helpers/recording-gateway.js';
import { nextPendingDue } from '../helpers/scheduled-time.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';
import { createTestCore, replyText } from '../helpers/test-core.js';
import { ADMIN_EMAIL, admin, say, sessionIdOf, slackCaller, slackDm } from './academy-world.js';

const HELSINKI = 'Europe/Helsinki';
const academyChannel: Conversation = { platform: 'slack', tenantId: 'T1', channelId: 'C-AKATEMIA', kind: 'channel' };

let database: TestDatabase;
let core: KeinoCore;
let gateway: RecordingGateway;
let runner: JobRunner;
let now = new Date('2026-10-01T09:00:00Z');
const clock = () => now;

beforeAll(async () => {
  database = await createTestDatabase();
  core = createTestCore(database.db, { admins: [ADMIN_EMAIL], clock });
  gateway = new RecordingGateway('slack', clock);
  core.services.gateways.register(gateway);
  runner = new JobRunner({ jobs: core.services.jobs, clock, logger: silentLogger, instanceId: 'academy' });
  await say(core, admin, 'kanava liitä akatemia', academyChannel);
});
afterAll(async () => database?.drop());
beforeEach(() => {
  now = new Date('2026-10-01T09:00:00Z');
});

/** Moves the clock from job to job up to `until`, ticking at each due time, and returns what was sent. */
async function runUntil(until: Date): Promise<RecordedSend[]> {
  const start = gateway.sent.length;
  for (;;) {
    const due = await nextPendingDue(database.db);
    if (!due || due > until) break;
    now = new Date(Math.max(due.getTime(), now.getTime()));
    await runner.tick();
  }
  now = until;
  await runner.tick();
  return gateway.sent.slice(start);
}

const to = (sends: RecordedSend[], userId: string) => sends.filter((send) => send.identity?.userId === userId);
const helsinki = (send: RecordedSend) => `${localDateOf(send.at, HELSINKI)} ${localTimeOf(send.at, HELSINKI)}`;
const eventOf = (send: RecordedSend): { ics: string; event: VEvent } => {
  const ics = String(send.message.attachments?.[0]?.content ?? '');
  const event = Object.values(nodeIcal.sync.parseICS(ics)).find((component): component is VEvent => component?.type === 'VEVENT')!;
  return { ics, event };
};

describe('announcements', () => {
  it('announces a session made by command and one made by form in the academy channel, once each, with RSVP buttons', async () => {
    const byCommand = sessionIdOf(await say(core, admin, 'session add "Ilmoitettava" 2026-11-10 10:00 capacity=30'));
    const byForm = await core.handleForm({
      caller: admin,
      conversation: slackDm,
      formId: 'academy.session.add',
      values: { title: 'Lomakkeelta', date: '2026-11-11', time: '13:00' },
    });
    expect(replyText(byForm)).toContain('Lomakkeelta on lisätty');
    const second = new JobRunner({ jobs: core.services.jobs, clock, logger: silentLogger, instanceId: 'second' });
    await Promise.all([runner.tick(), second.tick(), runner.tick()]);

    const posts = gateway.to(academyChannel).filter((post) => post.message.summary.startsWith('Uusi KEINO-akatemian tilaisuus'));
    expect(posts.map((post) => post.message.summary)).toEqual(['Uusi KEINO-akatemian tilaisuus: Ilmoitettava', 'Uusi KEINO-akatemian tilaisuus: Lomakkeelta']);
    expect(posts[0]!.message.visibility).toBe('conversation');
    expect(posts[0]!.text).toContain(`ilmoittaudu ${byCommand} kyllä`);
    const buttons = posts[0]!.message.blocks.flatMap((block) => (block.type === 'buttons' ? block.buttons.map((button) => button.value) : []));
    expect(buttons).toEqual([`rsvp ${byCommand} yes`, `rsvp ${byCommand} maybe`, `rsvp ${byCommand} no`]);
  });
});

describe('the announcement’s live counts', () => {
  it('shows the places left as people answer, updated at most once in ten seconds, by updating Keino’s own post', async () => {
    const id = sessionIdOf(await say(core, admin, 'session add "Laskuri" 2026-11-12 10:00 capacity=2'));
    await runner.tick();
    const posted = gateway.to(academyChannel).find((post) => post.message.summary.endsWith(': Laskuri'))!;
    expect(replyText(posted.message)).toContain('2/2 vapaana');

    const updatesBefore = gateway.updates.length;
    await say(core, slackCaller('Aapo'), `rsvp ${id} yes`);
    await say(core, slackCaller('Bea'), `rsvp ${id} yes`);
    await say(core, slackCaller('Cid'), `rsvp ${id} yes`); // the third waits
    await runner.tick();
    expect(gateway.updates.length).toBe(updatesBefore); // not before the window ends
    now = new Date(now.getTime() + 11_000);
    await runner.tick();
    const updates = gateway.updates.slice(updatesBefore);
    expect(updates.map((update) => update.sent.messageId)).toEqual([posted.messageId]);
    expect(replyText(updates[0]!.message)).toContain('täynnä, jonossa 1');

    // Someone gives their place away: the next window shows it.
    await say(core, slackCaller('Aapo'), `rsvp ${id} no`);
    now = new Date(now.getTime() + 11_000);
    await runner.tick();
    expect(gateway.updates.slice(updatesBefore)).toHaveLength(2);
    expect(replyText(gateway.updates.at(-1)!.message)).toContain('täynnä, jonossa 0');
  });
});

describe('reminders', () => {
  it('reminds people going the day before at the same local time and an hour before, across the October DST change', async () => {
    // 2026-10-25 is the day the clocks go back in Helsinki (04:00 EEST → 03:00 EET).
    const onChangeDay = sessionIdOf(await say(core, admin, 'session add "Muutospäivä" 2026-10-25 10:00'));
    const dayAfter = sessionIdOf(await say(core, admin, 'session add "Muutoksen jälkeen" 2026-10-26 10:00'));
    await say(core, slackCaller('Riikka'), `rsvp ${onChangeDay} yes`);
    await say(core, slackCaller('Riikka'), `rsvp ${dayAfter} yes`);
    await say(core, slackCaller('Matti'), `rsvp ${dayAfter} maybe`);

    const sends = to(await runUntil(new Date('2026-10-27T00:00:00Z')), 'Riikka');
    expect(sends.map((send) => [helsinki(send), send.at.toISOString(), send.text.split('\n')[0]])).toEqual([
      ['2026-10-24 10:00', '2026-10-24T07:00:00.000Z', 'Muistutus: huomenna on Muutospäivä, su 25.10.2026 klo 10.00–12.00.'],
      ['2026-10-25 09:00', '2026-10-25T07:00:00.000Z', 'Muutospäivä alkaa tunnin kuluttua: su 25.10.2026 klo 10.00–12.00.'],
      ['2026-10-25 10:00', '2026-10-25T08:00:00.000Z', 'Muistutus: huomenna on Muutoksen jälkeen, ma 26.10.2026 klo 10.00–12.00.'],
      ['2026-10-26 09:00', '2026-10-26T07:00:00.000Z', 'Muutoksen jälkeen alkaa tunnin kuluttua: ma 26.10.2026 klo 10.00–12.00.'],
    ]);
    // The day-before reminder of the session on the change day comes 25 hours before it, not 24.
    expect(new Date('2026-10-25T08:00:00Z').getTime() - sends[0]!.at.getTime()).toBe(25 * 3_600_000);
    expect(sends[0]!.message.blocks.some((block) => block.type === 'buttons' && block.buttons[0]!.value === `rsvp ${onChangeDay} no`)).toBe(true);
    expect(to(gateway.sent, 'Matti')).toHaveLength(0);
  });

  it('stops the reminders of someone who says no, and brings them back when they say yes again', async () => {
    const id = sessionIdOf(await say(core, admin, 'session add "Mielenmuutos" 2026-11-20 09:00'));
    const person = slackCaller('Mieli');
    await say(core, person, `rsvp ${id} yes`);
    await say(core, person, `rsvp ${id} no`);
    expect(to(await runUntil(new Date('2026-11-05T00:00:00Z')), 'Mieli')).toHaveLength(0);
    await say(core, person, `rsvp ${id} yes`);
    const sends = to(await runUntil(new Date('2026-11-21T00:00:00Z')), 'Mieli');
    expect(sends.map(helsinki)).toEqual(['2026-11-19 09:00', '2026-11-20 08:00']);
  });
});

describe('changes reach the people registered', () => {
  it('tells everyone of a new time with an updated invitation, and reminds only at the new time', async () => {
    const id = sessionIdOf(await say(core, admin, 'session add "Siirretään" 2026-12-03 10:00 2h'));
    await say(core, slackCaller('Sanni'), `rsvp ${id} yes`);
    await say(core, slackCaller('Teemu'), `rsvp ${id} maybe`);
    await say(core, slackCaller('Ulla'), `rsvp ${id} no`);
    expect(replyText(await say(core, admin, `session move ${id} 2026-12-04 13:00`))).toContain('Kerron uuden ajan ilmoittautuneille.');

    const notices = await runUntil(now);
    const sanni = to(notices, 'Sanni');
    expect(sanni.map((send) => send.text)).toEqual([
      'Tilaisuus Siirretään on siirretty uuteen aikaan: pe 4.12.2026 klo 13.00–15.00 (aiemmin to 3.12.2026 klo 10.00–12.00). Päivitetty kalenterikutsu on liitteenä.',
    ]);
    const { ics, event } = eventOf(sanni[0]!);
    expect(ics).toContain('METHOD:REQUEST');
    expect(String(event.sequence)).toBe('1');
    expect(`${localDateOf(event.start, HELSINKI)} ${localTimeOf(event.start, HELSINKI)}`).toBe('2026-12-04 13:00');
    expect(to(notices, 'Teemu')).toHaveLength(1);
    expect(to(notices, 'Ulla')).toHaveLength(0);

    const reminders = to(await runUntil(new Date('2026-12-05T00:00:00Z')), 'Sanni');
    expect(reminders.map(helsinki)).toEqual(['2026-12-03 13:00', '2026-12-04 12:00']);
  });

  it('tells everyone registered of a cancellation, takes it out of their calendars, and sends no reminders', async () => {
    const id = sessionIdOf(await say(core, admin, 'session add "Perutaan" 2026-12-08 10:00 capacity=1'));
    await say(core, slackCaller('Veera'), `rsvp ${id} yes`);
    await say(core, slackCaller('Waltteri'), `rsvp ${id} yes`); // waiting
    await say(core, slackCaller('Xavier'), `rsvp ${id} maybe`);
    await say(core, slackCaller('Yrjö'), `rsvp ${id} no`);
    expect(replyText(await say(core, admin, `tilaisuus peru ${id}`))).toContain('Kerron sen kaikille 3 ilmoittautuneelle.');

    const sends = await runUntil(new Date('2026-12-09T00:00:00Z'));
    const veera = to(sends, 'Veera');
    expect(veera.map((send) => send.text)).toEqual([
      'Tilaisuus Perutaan (ti 8.12.2026 klo 10.00–12.00) on peruttu. Liitteenä oleva peruutus poistaa tilaisuuden kalenteristasi.',
    ]);
    const { ics, event } = eventOf(veera[0]!);
    expect(ics).toContain('METHOD:CANCEL');
    expect(event.status).toBe('CANCELLED');
    expect(event.uid).toBe(`academy-session-${id}@keino`);
    expect(to(sends, 'Waltteri').map((send) => [send.text, send.message.attachments])).toEqual([
      ['Tilaisuus Perutaan (ti 8.12.2026 klo 10.00–12.00) on peruttu.', undefined],
    ]);
    expect(to(sends, 'Xavier')).toHaveLength(1);
    expect(to(sends, 'Yrjö')).toHaveLength(0);
  });

  it('tells the first person waiting that a place opened up, with an invitation, and reminds them', async () => {
    const id = sessionIdOf(await say(core, admin, 'session add "Jonosta" 2026-11-25 10:00 capacity=1'));
    await say(core, slackCaller('Eka'), `rsvp ${id} yes`);
    await say(core, slackCaller('Toka'), `rsvp ${id} yes`);
    await say(core, slackCaller('Kolmas'), `rsvp ${id} yes`);
    await say(core, slackCaller('Eka'), `rsvp ${id} no`);

    const sends = await runUntil(new Date('2026-11-26T00:00:00Z'));
    const toka = to(sends, 'Toka');
    expect(toka[0]!.text).toBe('Paikka vapautui: pääsit jonosta mukaan tilaisuuteen Jonosta, ke 25.11.2026 klo 10.00–12.00. Kalenterikutsu on liitteenä.');
    expect(eventOf(toka[0]!).ics).toContain('PARTSTAT=ACCEPTED');
    expect(toka.slice(1).map(helsinki)).toEqual(['2026-11-24 10:00', '2026-11-25 09:00']);
    expect(to(sends, 'Kolmas')).toHaveLength(0);
    expect(to(sends, 'Eka')).toHaveLength(0);
  });
});
