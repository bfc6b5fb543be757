import type { Server } from 'node:http';
import { DateTime } from 'luxon';
import nodeIcal, { type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KeinoCore } from '../../src/core/keino.js';
import type { Reply } from '../../src/core/messages/message.js';
import { silentLogger } from '../../src/core/ports/logger.js';
import { calendarRoutes } from '../../src/server/calendar-routes.js';
import { reportFigure } from '../helpers/figures.js';
import { createHttpApp, listen } from '../../src/server/http-server.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';
import { createTestCore, replyText } from '../helpers/test-core.js';
import { ADMIN_EMAIL, admin, say, sessionIdOf, slackCaller } from './academy-world.js';

let database: TestDatabase;
let core: KeinoCore;
let server: Server;
let baseUrl: string;
const now = new Date('2026-09-01T06:00:00Z');
const PUBLIC_URL = 'https://keino.example.fi';

beforeAll(async () => {
  database = await createTestDatabase();
  core = createTestCore(database.db, { admins: [ADMIN_EMAIL], clock: () => now, publicUrl: PUBLIC_URL });
  const http = createHttpApp({ ping: async () => {}, logger: silentLogger, routes: [calendarRoutes(core, 'fi', silentLogger)] });
  server = await listen(http, 0);
  const address = server.address();
  baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server?.close(() => resolve()));
  await database?.drop();
});

function icsOf(reply: Reply): string {
  expect(reply.kind).toBe('message');
  const attachment = reply.kind === 'message' ? reply.attachments?.[0] : undefined;
  expect(attachment?.filename).toMatch(/^keino-session-\d+\.ics$/);
  expect(attachment?.mimeType).toMatch(/^text\/calendar/);
  return String(attachment!.content);
}

function eventsOf(ics: string): VEvent[] {
  return Object.values(nodeIcal.sync.parseICS(ics)).filter((component): component is VEvent => component?.type === 'VEVENT');
}

const inHelsinki = (date: Date) => DateTime.fromJSDate(date, { zone: 'Europe/Helsinki' }).toFormat('yyyy-MM-dd HH:mm');

describe('calendar invitations', () => {
  it('attaches an invitation to a "yes" that opens on the right date and time in Helsinki, after the clocks have gone back', async () => {
    const id = sessionIdOf(await say(core, admin, 'session add "Strateginen johtaminen" 2026-10-26 10:00 3h "Sitra, Helsinki" capacity=1'));
    const ics = icsOf(await say(core, slackCaller('Maija'), `rsvp ${id} yes`));
    const [event] = eventsOf(ics);
    expect(event!.uid).toBe(`academy-session-${id}@keino`);
    expect(event!.summary).toBe('Strateginen johtaminen');
    expect(event!.location).toBe('Sitra, Helsinki');
    expect(inHelsinki(event!.start)).toBe('2026-10-26 10:00');
    expect(inHelsinki(event!.end!)).toBe('2026-10-26 13:00');
    expect(event!.start.toISOString()).toBe('2026-10-26T08:00:00.000Z');
    expect(String(event!.sequence)).toBe('0');
    expect(ics).toContain('METHOD:REQUEST');
    const unfolded = ics.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toMatch(/ATTENDEE;[^\r\n]*PARTSTAT=ACCEPTED[^\r\n]*:MAILTO:maija@kunta\.fi/i);
    expect(unfolded).toContain(`ORGANIZER;CN="Anna Admin":mailto:${ADMIN_EMAIL}`);
  });

  it('opens a summer session at the right local time too', async () => {
    const id = sessionIdOf(await say(core, admin, 'session add "Kesäaika" 2026-10-20 10:00 1h'));
    const [event] = eventsOf(icsOf(await say(core, slackCaller('Kesä'), `rsvp ${id} maybe`)));
    expect(event!.start.toISOString()).toBe('2026-10-20T07:00:00.000Z');
    expect(inHelsinki(event!.start)).toBe('2026-10-20 10:00');
  });

  it('keeps the UID and raises the SEQUENCE when the time changes, and sends a cancellation to someone who can no longer come', async () => {
    const id = sessionIdOf(await say(core, admin, 'session add "Siirtyvä" 2026-11-02 09:00 2h'));
    const person = slackCaller('Siirto');
    const [first] = eventsOf(icsOf(await say(core, person, `rsvp ${id} yes`)));
    expect(replyText(await say(core, admin, `tilaisuus siirrä ${id} 2026-11-03 12:30`))).toContain('on siirretty: ti 3.11.2026 klo 12.30–14.30');

    const [moved] = eventsOf(icsOf(await say(core, person, `rsvp ${id} yes`)));
    expect(moved!.uid).toBe(first!.uid);
    expect(String(moved!.sequence)).toBe('1');
    expect(inHelsinki(moved!.start)).toBe('2026-11-03 12:30');

    const cancellation = icsOf(await say(core, person, `rsvp ${id} no`));
    expect(cancellation).toContain('METHOD:CANCEL');
    const [removed] = eventsOf(cancellation);
    expect(removed!.uid).toBe(first!.uid);
    expect(removed!.status).toBe('CANCELLED');
  });

  it('attaches nothing to a place on the waiting list', async () => {
    const id = sessionIdOf(await say(core, admin, 'session add "Täysi" 2026-11-04 09:00 capacity=1'));
    await say(core, slackCaller('Eka'), `rsvp ${id} yes`);
    const waiting = await say(core, slackCaller('Toka'), `rsvp ${id} yes`);
    expect(replyText(waiting)).toContain('jonossa sijalla 1');
    expect(waiting.kind === 'message' && waiting.attachments).toBeFalsy();
  });
});

describe('GET /calendar/academy.ics', () => {
  it('serves the programme without meeting links, descriptions or attendees, and lets no cache keep it', async () => {
    const cancelled = sessionIdOf(await say(core, admin, 'session add "Peruttu tilaisuus" 2026-12-01 09:00'));
    await say(core, admin, `session cancel ${cancelled}`);
    await say(
      core,
      admin,
      'session add "Verkossa" 2026-12-02 09:00 "https://meet.example/j/123?pwd=salainen" cohort=Kohortti-2 --description "Sisäinen kuvaus"',
    );

    const response = await fetch(`${baseUrl}/calendar/academy.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/calendar');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const body = await response.text();
    expect(body).toContain('METHOD:PUBLISH');
    expect(body).not.toMatch(/ATTENDEE|kunta\.fi|meet\.example|salainen|DESCRIPTION|Kohortti-2|Sisäinen/);
    reportFigure(
      'Calendars',
      'meeting links and descriptions in the public feed',
      (body.match(/meet\.example|DESCRIPTION/g) ?? []).length,
      !/meet\.example|DESCRIPTION/.test(body),
    );

    const events = eventsOf(body);
    const byTitle = new Map(events.map((event) => [String(event.summary), event]));
    expect(inHelsinki(byTitle.get('Strateginen johtaminen')!.start)).toBe('2026-10-26 10:00');
    expect(String(byTitle.get('Strateginen johtaminen')!.location)).toBe('Sitra, Helsinki');
    expect(byTitle.get('Peruttu tilaisuus')!.status).toBe('CANCELLED');
    expect(byTitle.get('Peruttu tilaisuus')!.uid).toBe(`academy-session-${cancelled}@keino`);
  });
});

describe('a private calendar by secret address', () => {
  const addressIn = (reply: Reply): string => {
    const found = /https:\/\/keino\.example\.fi\/calendar\/[A-Za-z0-9_-]{43}\.ics/.exec(replyText(reply));
    expect(found).not.toBeNull();
    return found![0];
  };
  const local = (address: string) => address.replace(PUBLIC_URL, baseUrl);

  it('holds the person’s own sessions with links and descriptions; a wrong token or none gets 404; reset retires the old address', async () => {
    const pirjo = slackCaller('Pirjo', { name: 'Pirjo P', email: 'pirjo@kunta.fi' });
    const online = sessionIdOf(await say(core, admin, 'session add "Etätilaisuus" 2026-12-03 09:00 "https://meet.example/j/456" --description "Oma kuvaus"'));
    await say(core, pirjo, `rsvp ${online} yes`);
    const first = addressIn(await say(core, pirjo, 'kalenteri'));
    expect(addressIn(await say(core, pirjo, 'calendar'))).toBe(first);

    const response = await fetch(local(first));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const events = eventsOf(await response.text());
    expect(events.map((event) => String(event.summary))).toEqual(['Etätilaisuus']);
    expect(String(events[0]!.description)).toContain('Oma kuvaus');
    expect(String(events[0]!.location)).toBe('https://meet.example/j/456');

    const strangers = [
      `${baseUrl}/calendar/${'A'.repeat(43)}.ics`,
      `${baseUrl}/calendar/.ics`,
      `${baseUrl}/calendar/pirjo.ics`,
      `${baseUrl}/calendar/${first.split('/').pop()!.slice(0, 20)}.ics`,
    ];
    const statuses = await Promise.all(strangers.map(async (address) => (await fetch(address)).status));
    reportFigure(
      'Calendars',
      'private calendars opened without the right token',
      statuses.filter((status) => status !== 404).length,
      statuses.every((status) => status === 404),
    );
    expect(statuses).toEqual([404, 404, 404, 404]);

    const second = addressIn(await say(core, pirjo, 'kalenteri nollaa'));
    expect(second).not.toBe(first);
    expect((await fetch(local(first))).status).toBe(404);
    expect((await fetch(local(second))).status).toBe(200);
  });

  it('without KEINO_PUBLIC_URL there is no address, and Keino says why', async () => {
    const plain = createTestCore(database.db, { admins: [ADMIN_EMAIL], clock: () => now });
    const reply = replyText(await say(plain, slackCaller('Pirjo'), 'calendar'));
    expect(reply).toContain('KEINO_PUBLIC_URL');
    expect(reply).not.toContain('/calendar/');
  });
});
