import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Person, Role } from '../../src/core/people/person.js';
import { rowsOf } from '../../src/db/stores/people-store.js';
import { dashboardWorld, formTokenIn, get, personOf, post, say, signIn, slackCaller, type DashboardWorld } from './dashboard-world.js';

let world: DashboardWorld;
const callers = {
  admin: slackCaller('Aila Admin'),
  kuopioCoordinator: slackCaller('Kaisa Kuopio'),
  ouluCoordinator: slackCaller('Olli Oulu'),
  facilitator: slackCaller('Fanni Fasilitaattori'),
  kuopioMember: slackCaller('Matti Kuopio'),
  ouluMember: slackCaller('Maija Oulu'),
};
type Who = keyof typeof callers;
const people = {} as Record<Who, Person>;
const cookies = {} as Record<Who, string>;
let kuopio: number;
let oulu: number;

async function execute(query: ReturnType<typeof sql>): Promise<void> {
  await world.database.db.execute(query);
}

async function becomes(who: Who, role: Role, organisation?: string): Promise<void> {
  people[who] = await personOf(world.app, callers[who], role, organisation);
  // The core keeps people in memory, refreshed as the database announces changes: wait for the role.
  for (let tries = 0; tries < 100; tries += 1) {
    const seen = await world.app.core.services.people.resolve(callers[who].identity, callers[who].loadProfile);
    if (seen.role === role) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

beforeAll(async () => {
  world = await dashboardWorld();
  await becomes('admin', 'admin');
  await becomes('kuopioCoordinator', 'coordinator', 'Kuopio');
  await becomes('ouluCoordinator', 'coordinator', 'Oulu');
  await becomes('facilitator', 'facilitator');
  await becomes('kuopioMember', 'member', 'Kuopio');
  await becomes('ouluMember', 'member', 'Oulu');
  kuopio = people.kuopioCoordinator.organisationId!;
  oulu = people.ouluCoordinator.organisationId!;
  const core = world.app.core;

  // Interventions: one overdue and one later in each organisation (the clock says 2026-09-01).
  await execute(sql`insert into interventions (organisation_id, title, owner_person_id, due_date, status) values
    (${kuopio}, 'Kuopion ruokahankinta', ${people.kuopioMember.id}, '2026-08-01', 'planned'),
    (${kuopio}, 'Kuopion kalusteet', ${people.kuopioMember.id}, '2027-03-01', 'planned'),
    (${oulu}, 'Oulun salainen hanke', ${people.ouluMember.id}, '2026-07-01', 'in_progress')`);

  // Groups (their makers facilitate them): the admin's "kestavat" with members of both organisations, the facilitator's "sote".
  await say(core, callers.admin, 'group create kestavat "Kestävät hankinnat"');
  await say(core, callers.facilitator, 'group create sote "SOTE-hankinnat"');
  await say(core, callers.kuopioMember, 'join kestavat');
  await say(core, callers.ouluMember, 'join kestavat');
  await say(core, callers.ouluMember, 'join sote');

  // A session with one place: Kuopio's member gets it, Oulu's waits.
  await say(core, callers.admin, 'session add "Strateginen johtaminen" 2026-10-26 10:00 3h capacity=1 cohort=Kohortti-1');
  const [session] = rowsOf<{ id: number }>(await world.database.db.execute(sql`select id from academy_sessions`));
  await say(core, callers.kuopioMember, `rsvp ${session!.id} yes`);
  await say(core, callers.ouluMember, `rsvp ${session!.id} yes`);

  // Questions the FAQ cannot answer, one from each organisation.
  await say(core, callers.kuopioMember, 'ask zqxw kuopion blorf vexl?');
  await say(core, callers.ouluMember, 'ask qwzx oulun plarg quib?');

  // An anonymous poll by the facilitator in a channel, with one voter.
  await execute(sql`insert into polls (question, options, creator_id, platform, tenant_id, channel_id, conversation_kind, anonymous, locale, time_zone)
    values ('Sopiiko tiistai?', '["Kyllä","Ei"]'::jsonb, ${people.facilitator.id}, 'slack', 'T1', 'C1', 'channel', true, 'fi', 'Europe/Helsinki')`);
  await execute(sql`insert into poll_ballots (poll_id, person_id, choices) select id, ${people.ouluMember.id}, 1 from polls`);

  for (const who of Object.keys(callers) as Who[]) cookies[who] = await signIn(world, callers[who]);
});
afterAll(async () => {
  await world?.close();
});

async function page(who: Who, path: string): Promise<{ status: number; html: string }> {
  const response = await get(world, path, cookies[who]);
  return { status: response.status, html: await response.text() };
}

describe('what each role may open', () => {
  const paths = () => ({
    overview: '/dashboard',
    organisations: '/dashboard/organisations',
    kuopio: `/dashboard/organisations/${kuopio}`,
    oulu: `/dashboard/organisations/${oulu}`,
    groups: '/dashboard/groups',
    academy: '/dashboard/academy',
    faq: '/dashboard/faq',
    polls: '/dashboard/polls',
  });
  const expected: Record<Who, Record<keyof ReturnType<typeof paths>, number>> = {
    admin: { overview: 200, organisations: 200, kuopio: 200, oulu: 200, groups: 200, academy: 200, faq: 200, polls: 200 },
    kuopioCoordinator: { overview: 200, organisations: 200, kuopio: 200, oulu: 404, groups: 200, academy: 200, faq: 200, polls: 200 },
    ouluCoordinator: { overview: 200, organisations: 200, kuopio: 404, oulu: 200, groups: 200, academy: 200, faq: 200, polls: 200 },
    facilitator: { overview: 200, organisations: 403, kuopio: 403, oulu: 403, groups: 200, academy: 200, faq: 403, polls: 200 },
    kuopioMember: { overview: 200, organisations: 403, kuopio: 403, oulu: 403, groups: 200, academy: 200, faq: 403, polls: 403 },
    ouluMember: { overview: 200, organisations: 403, kuopio: 403, oulu: 403, groups: 200, academy: 200, faq: 403, polls: 403 },
  };

  it('answers each page for each role as its rules say, the pages and their CSV alike', async () => {
    const seen: Record<string, Record<string, number>> = {};
    for (const who of Object.keys(callers) as Who[]) {
      seen[who] = {};
      for (const [name, path] of Object.entries(paths())) seen[who]![name] = (await get(world, path, cookies[who])).status;
    }
    expect(seen).toEqual(expected);
    // The CSV of a refused page is refused the same way.
    expect((await get(world, `/dashboard/organisations/${oulu}/tables/overdue.csv`, cookies.kuopioCoordinator)).status).toBe(404);
    expect((await get(world, '/dashboard/faq/tables/unanswered.csv', cookies.kuopioMember)).status).toBe(403);
  });

  it('refuses a coordinator who asks for another organisation by the filter, on every page', async () => {
    for (const path of ['/dashboard', '/dashboard/groups', '/dashboard/academy', '/dashboard/faq', '/dashboard/polls', '/dashboard/tables/organisations.csv']) {
      expect((await get(world, `${path}?org=${oulu}`, cookies.kuopioCoordinator)).status).toBe(403);
    }
    expect((await get(world, `/dashboard?org=${kuopio}`, cookies.kuopioCoordinator)).status).toBe(200);
    expect((await get(world, '/dashboard?org=1%20or%201=1', cookies.admin)).status).toBe(404);
  });
});

describe('what each role sees', () => {
  it('shows an admin the whole network, and one organisation when filtered', async () => {
    const { html } = await page('admin', '/dashboard');
    expect(html).toContain('Kuopio');
    expect(html).toContain('Oulu');
    expect(html).toContain('<select name="org">');
    const filtered = await page('admin', `/dashboard?org=${oulu}`);
    const table = filtered.html.slice(filtered.html.indexOf('id="section-organisations"'));
    expect(table).toContain('Oulu');
    expect(table.slice(0, table.indexOf('</table>'))).not.toContain('Kuopio');
  });

  it('shows a coordinator their own organisation only', async () => {
    const overview = (await page('kuopioCoordinator', '/dashboard')).html;
    expect(overview).toContain('Kuopio');
    expect(overview).not.toContain('Oulu');
    expect(overview).not.toContain('<select name="org">');
    const organisation = (await page('kuopioCoordinator', `/dashboard/organisations/${kuopio}`)).html;
    expect(organisation).toContain('Kuopion ruokahankinta');
    expect(organisation).not.toContain('Oulun salainen hanke');
    const academy = (await page('kuopioCoordinator', '/dashboard/academy')).html;
    expect(academy).not.toContain('Maija Oulu');
    expect((await page('admin', '/dashboard/academy')).html).toContain('Maija Oulu');
    const faq = (await page('kuopioCoordinator', '/dashboard/faq')).html;
    expect(faq).toContain('kuopion blorf');
    expect(faq).not.toContain('oulun plarg');
  });

  it('shows a facilitator their own groups and polls, and a member their own tasks and groups', async () => {
    const facilitatorGroups = (await page('facilitator', '/dashboard/groups')).html;
    expect(facilitatorGroups).toContain('SOTE-hankinnat');
    expect(facilitatorGroups).not.toContain('Kestävät hankinnat');
    expect((await page('facilitator', '/dashboard/polls')).html).toContain('Sopiiko tiistai?');
    expect((await page('ouluCoordinator', '/dashboard/polls')).html).not.toContain('Sopiiko tiistai?');

    const overview = (await page('kuopioMember', '/dashboard')).html;
    expect(overview).toContain('Kuopion ruokahankinta');
    expect(overview).toContain('Myöhässä');
    expect(overview).not.toContain('Oulun salainen hanke');
    const groups = (await page('kuopioMember', '/dashboard/groups')).html;
    expect(groups).toContain('Kestävät hankinnat');
    expect(groups).not.toContain('SOTE-hankinnat');
  });

  it('shows polls as counts only: no voter and no choice of anyone', async () => {
    const { html } = await page('admin', '/dashboard/polls');
    expect(html).toContain('Sopiiko tiistai?');
    expect(html).not.toContain('Fanni');
    expect(html).not.toContain('Maija Oulu');
    expect(html).toMatch(/Sopiiko tiistai\?<\/th><td>Slack C1<\/td><td>[^<]+<\/td><td>avoinna<\/td><td>kyllä<\/td><td class="num">1<\/td>/);
  });
});

describe('pages a screen reader and a keyboard can use', () => {
  it('has a language, a skip link, headings, captions, header cells, named charts, and no script or inline style', async () => {
    for (const path of ['/dashboard', `/dashboard/organisations/${kuopio}`, '/dashboard/groups', '/dashboard/academy', '/dashboard/faq', '/dashboard/polls']) {
      const { status, html } = await page('admin', path);
      expect(status).toBe(200);
      expect(html).toMatch(/^<!doctype html>\n<html lang="fi">/);
      expect(html).toContain('<a class="skip" href="#main">');
      expect(html).toContain('<main id="main"');
      expect(html).toMatch(/<h1>[^<]+<\/h1>/);
      expect(html).toMatch(/<table><caption>[^<]+<\/caption><thead><tr><th scope="col">/);
      expect(html).not.toMatch(/<script|\sstyle="|<style|javascript:|\son[a-z]+="/i);
      for (const svg of html.match(/<svg[^>]*>/g) ?? []) expect(svg).toContain('role="img"');
      expect((html.match(/<svg[^>]*>/g) ?? []).length).toBe((html.match(/<svg[^>]*><title>[^<]+<\/title>/g) ?? []).length);
    }
    expect((await page('admin', '/dashboard')).html).toMatch(/<svg[^>]*role="img"><title>Aktiiviset henkilöt alustoittain[^<]*: Slack \d+<\/title>/);
  });

  it('escapes what people wrote', async () => {
    await say(world.app.core, callers.kuopioMember, 'ask <img src=x onerror=alert(1)> zzyx?');
    const { html } = await page('admin', '/dashboard/faq');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img src=x');
  });
});

describe('languages', () => {
  it('speaks the person’s language, switches with ?lang= and keeps the choice for the session', async () => {
    await world.app.core.services.people.peopleStore.setLocale(people.ouluMember.id, 'sv');
    const swedish = (await page('ouluMember', '/dashboard')).html;
    expect(swedish).toContain('<html lang="sv">');
    expect(swedish).toContain('Dina åtgärder');
    const english = (await page('ouluMember', '/dashboard/groups?lang=en')).html;
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('Developer groups');
    expect((await page('ouluMember', '/dashboard')).html).toContain('Your interventions');
    const finnish = (await page('ouluMember', '/dashboard?lang=fi')).html;
    expect(finnish).toContain('Omat toimenpiteesi');
    expect(finnish).toContain('href="/dashboard?lang=sv" lang="sv" hreflang="sv"');
  });
});

describe('CSV downloads', () => {
  it('are ;-separated UTF-8 with a BOM and CRLF lines, named as downloads, with the page’s columns and rows', async () => {
    const response = await get(world, `/dashboard/organisations/${kuopio}/tables/overdue.csv`, cookies.kuopioCoordinator);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="keino-organisations-overdue.csv"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('Toimenpide;Vastuuhenkilö;Määräpäivä');
    expect(lines.slice(1)).toEqual(['Kuopion ruokahankinta;Matti Kuopio;2026-08-01']);
  });

  it('hold what the page holds for the reader, in their language, and disarm formulas', async () => {
    await say(world.app.core, callers.kuopioMember, 'ask =HYPERLINK("http://x";"y") qqq?');
    const csv = await (await get(world, '/dashboard/faq/tables/unanswered.csv?lang=en', cookies.kuopioCoordinator)).text();
    expect(csv.split('\r\n')[0]).toBe('Asked;Language;Question');
    expect(csv).toContain('kuopion blorf');
    expect(csv).not.toContain('oulun plarg');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"";""y"") qqq?"`);
    expect((await get(world, '/dashboard/groups/tables/nothing.csv', cookies.admin)).status).toBe(404);
  });
});

describe('turning an unanswered question into an FAQ entry', () => {
  async function questionId(fragment: string): Promise<number> {
    const [row] = rowsOf<{ id: number }>(await world.database.db.execute(sql`select id from faq_questions where text like ${`%${fragment}%`}`));
    return row!.id;
  }

  it('is an admin’s form with a CSRF token; without the token, or as a coordinator, nothing is written', async () => {
    const id = await questionId('kuopion blorf');
    expect((await page('admin', '/dashboard/faq')).html).toContain(`href="/dashboard/faq/questions/${id}"`);
    expect((await page('kuopioCoordinator', '/dashboard/faq')).html).not.toContain('/dashboard/faq/questions/');
    expect((await page('kuopioCoordinator', `/dashboard/faq/questions/${id}`)).status).toBe(403);
    const form = await page('admin', `/dashboard/faq/questions/${id}`);
    expect(form.status).toBe(200);
    expect(form.html).toContain('<label for="answer">');

    const entries = async () => rowsOf<{ n: number }>(await world.database.db.execute(sql`select count(*)::int as n from faq_entries`))[0]!.n;
    const before = await entries();
    const fields = { question: 'Mitä blorf tarkoittaa?', answer: 'Blorf on esimerkki.' };
    expect((await post(world, `/dashboard/faq/questions/${id}`, cookies.admin, fields)).status).toBe(403);
    const coordinatorToken = formTokenIn((await page('kuopioCoordinator', '/dashboard')).html);
    expect((await post(world, `/dashboard/faq/questions/${id}`, cookies.kuopioCoordinator, { ...fields, csrf: coordinatorToken })).status).toBe(403);
    const adminToken = formTokenIn(form.html);
    expect((await post(world, `/dashboard/faq/questions/${id}`, cookies.admin, { question: fields.question, answer: ' ', csrf: adminToken })).status).toBe(400);
    expect(await entries()).toBe(before);

    const saved = await post(world, `/dashboard/faq/questions/${id}`, cookies.admin, { ...fields, csrf: adminToken });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toMatch(/^\/dashboard\/faq\?saved=/);
    expect(await entries()).toBe(before + 1);
    const after = (await page('admin', saved.headers.get('location')!)).html;
    expect(after).toContain('role="status"');
    expect(after).not.toContain(`/dashboard/faq/questions/${id}"`);
    const audit = rowsOf<{ action: string }>(
      await world.database.db.execute(sql`select action from audit_log where actor_person_id = ${people.admin.id} and action = 'faq.add'`),
    );
    expect(audit).toHaveLength(1);
    // The same question cannot be turned into a second entry.
    expect((await post(world, `/dashboard/faq/questions/${id}`, cookies.admin, { ...fields, csrf: adminToken })).status).toBe(404);
  });
});
