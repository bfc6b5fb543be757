import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/db/stores/people-store.js';
import { createTestCore, replyText } from '../helpers/test-core.js';
import {
  cookieValue,
  dashboardWorld,
  formTokenIn,
  get,
  linkOf,
  onServer,
  personOf,
  post,
  PUBLIC_URL,
  say,
  signIn,
  slackCaller,
  slackChannel,
  type DashboardWorld,
} from './dashboard-world.js';

let world: DashboardWorld;
const minutes = (count: number) => count * 60 * 1000;

beforeAll(async () => {
  world = await dashboardWorld();
});
afterAll(async () => {
  await world?.close();
});

async function auditActions(personId: number): Promise<string[]> {
  const result = await world.database.db.execute(sql`select action from audit_log where actor_person_id = ${personId} order by id`);
  return rowsOf<{ action: string }>(result).map((row) => row.action);
}

describe('the dashboard command', () => {
  it('gives a one-time link on the public address, shown only to the person even in a channel, and keeps only its hash', async () => {
    const caller = slackCaller('Linkki');
    const reply = await say(world.app.core, caller, 'kojelauta', slackChannel);
    expect(reply.kind === 'message' && reply.visibility).toBe('person');
    const url = linkOf(reply);
    expect(url).toMatch(new RegExp(`^${PUBLIC_URL}/dashboard/login/[A-Za-z0-9_-]{43}$`));
    expect(replyText(reply)).toContain('kello 9.10');
    const token = url.split('/').pop()!;
    const stored = rowsOf<{ token_hash: string }>(await world.database.db.execute(sql`select token_hash from dashboard_sign_in_links`)).map(
      (row) => row.token_hash,
    );
    expect(stored).toContain(createHash('sha256').update(token).digest('base64url'));
    expect(stored.join(' ')).not.toContain(token);
  });

  it('says which setting is missing without KEINO_PUBLIC_URL, and writes nothing', async () => {
    const core = createTestCore(world.database.db);
    const before = rowsOf<{ n: number }>(await world.database.db.execute(sql`select count(*)::int as n from dashboard_sign_in_links`))[0]!.n;
    const text = replyText(await say(core, slackCaller('Ilman'), 'dashboard'));
    expect(text).toContain('KEINO_PUBLIC_URL');
    const after = rowsOf<{ n: number }>(await world.database.db.execute(sql`select count(*)::int as n from dashboard_sign_in_links`))[0]!.n;
    expect(after).toBe(before);
  });

  it('refuses a sixth link within ten minutes, politely, and gives one again after the window', async () => {
    const caller = slackCaller('Tulva');
    for (let index = 0; index < 5; index += 1) linkOf(await say(world.app.core, caller, 'dashboard'));
    const refused = await say(world.app.core, caller, 'dashboard');
    expect(replyText(refused)).toContain('useita kirjautumislinkkejä');
    expect(() => linkOf(refused)).toThrow();
    world.clock.now = new Date(world.clock.now.getTime() + minutes(11));
    expect(linkOf(await say(world.app.core, caller, 'dashboard'))).toContain('/dashboard/login/');
  });
});

describe('signing in', () => {
  it('sets an HttpOnly, Secure, SameSite=Lax cookie for 8 hours, goes to the overview, and records the sign-in', async () => {
    const caller = slackCaller('Kirjautuja');
    const person = await personOf(world.app, caller, 'member');
    const url = linkOf(await say(world.app.core, caller, 'dashboard'));
    const response = await fetch(onServer(world, url), { redirect: 'manual' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/dashboard');
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^keino_dashboard=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('Secure');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Path=/dashboard');
    expect(cookie).toContain('Max-Age=28800');
    const page = await get(world, '/dashboard', cookieValue(response));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Kirjautuja');
    expect(await auditActions(person.id)).toContain('dashboard.sign_in');
  });

  it('works once: the same link again is refused, and forgotten in the database', async () => {
    const caller = slackCaller('Kerran');
    const url = linkOf(await say(world.app.core, caller, 'dashboard'));
    expect((await fetch(onServer(world, url), { redirect: 'manual' })).status).toBe(303);
    const again = await fetch(onServer(world, url), { redirect: 'manual' });
    expect(again.status).toBe(404);
    expect(again.headers.get('set-cookie')).toBeNull();
    expect(await again.text()).toContain('ei toimi');
    const hash = createHash('sha256').update(url.split('/').pop()!).digest('base64url');
    const left = rowsOf<{ n: number }>(await world.database.db.execute(sql`select count(*)::int as n from dashboard_sign_in_links where token_hash = ${hash}`));
    expect(left[0]!.n).toBe(0);
  });

  it('refuses a link after its ten minutes', async () => {
    const url = linkOf(await say(world.app.core, slackCaller('Myöhään'), 'dashboard'));
    world.clock.now = new Date(world.clock.now.getTime() + minutes(10) + 1000);
    expect((await fetch(onServer(world, url), { redirect: 'manual' })).status).toBe(404);
  });

  it('signs in the person the link was made for, never the one whose browser opens it, and ends that browser’s earlier session', async () => {
    const owner = slackCaller('Omistaja');
    const other = slackCaller('Toinen');
    await personOf(world.app, owner, 'member');
    const otherCookie = await signIn(world, other);
    const url = linkOf(await say(world.app.core, owner, 'dashboard'));
    const response = await fetch(onServer(world, url), { redirect: 'manual', headers: { cookie: `keino_dashboard=${otherCookie}` } });
    const ownerCookie = cookieValue(response);
    const page = await (await get(world, '/dashboard', ownerCookie)).text();
    expect(page).toContain('Omistaja');
    expect(page).not.toContain('Toinen');
    expect((await get(world, '/dashboard', otherCookie)).status).toBe(401);
  });

  it('refuses made-up and malformed tokens and cookies', async () => {
    expect((await get(world, `/dashboard/login/${'A'.repeat(43)}`)).status).toBe(404);
    expect((await get(world, '/dashboard/login/%27%20or%201=1')).status).toBe(404);
    expect((await get(world, '/dashboard', 'A'.repeat(43))).status).toBe(401);
    expect((await get(world, '/dashboard')).status).toBe(401);
  });

  it('ends a session after eight hours', async () => {
    const cookie = await signIn(world, slackCaller('Kahdeksan'));
    world.clock.now = new Date(world.clock.now.getTime() + 8 * 60 * minutes(1) - 1000);
    expect((await get(world, '/dashboard', cookie)).status).toBe(200);
    world.clock.now = new Date(world.clock.now.getTime() + 2000);
    expect((await get(world, '/dashboard', cookie)).status).toBe(401);
  });
});

describe('signing out', () => {
  it('needs the form token: a post without it (another site’s form) changes nothing', async () => {
    const cookie = await signIn(world, slackCaller('Ulos'));
    const refused = await post(world, '/dashboard/logout', cookie, {});
    expect(refused.status).toBe(403);
    const wrong = await post(world, '/dashboard/logout', cookie, { csrf: 'x'.repeat(43) });
    expect(wrong.status).toBe(403);
    expect((await get(world, '/dashboard', cookie)).status).toBe(200);
  });

  it('ends the session with the token and clears the cookie', async () => {
    const cookie = await signIn(world, slackCaller('Ulos2'));
    const page = await (await get(world, '/dashboard', cookie)).text();
    const response = await post(world, '/dashboard/logout', cookie, { csrf: formTokenIn(page) });
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toMatch(/keino_dashboard=;/);
    expect((await get(world, '/dashboard', cookie)).status).toBe(401);
  });

  it('refuses one session’s form token in another session', async () => {
    const first = await signIn(world, slackCaller('Eka'));
    const second = await signIn(world, slackCaller('Toka'));
    const token = formTokenIn(await (await get(world, '/dashboard', first)).text());
    expect((await post(world, '/dashboard/logout', second, { csrf: token })).status).toBe(403);
    expect((await get(world, '/dashboard', second)).status).toBe(200);
  });

  it('dashboard revoke ends every session of the person, and no one else’s', async () => {
    const caller = slackCaller('Peru');
    const one = await signIn(world, caller);
    const two = await signIn(world, caller);
    const bystander = await signIn(world, slackCaller('Sivullinen'));
    expect(replyText(await say(world.app.core, caller, 'dashboard revoke'))).toContain('2 kojelautaistuntoa päättyi');
    expect((await get(world, '/dashboard', one)).status).toBe(401);
    expect((await get(world, '/dashboard', two)).status).toBe(401);
    expect((await get(world, '/dashboard', bystander)).status).toBe(200);
    expect(replyText(await say(world.app.core, caller, 'kojelauta sulje'))).toContain('ei ollut avoimia');
  });
});

describe('headers', () => {
  it('sends the security headers on every dashboard answer: pages, refusals, sign-in, CSS and CSV', async () => {
    const cookie = await signIn(world, slackCaller('Otsakkeet'));
    const url = linkOf(await say(world.app.core, slackCaller('Otsakkeet'), 'dashboard'));
    const answers = await Promise.all([
      get(world, '/dashboard', cookie),
      get(world, '/dashboard'),
      get(world, '/dashboard/faq', cookie),
      get(world, '/dashboard/nothing-here', cookie),
      get(world, '/dashboard/static/dashboard.css'),
      get(world, '/dashboard/groups/tables/members.csv', cookie),
      fetch(onServer(world, url), { redirect: 'manual' }),
    ]);
    expect(answers.map((response) => response.status)).toEqual([200, 401, 403, 404, 200, 200, 303]);
    for (const response of answers) {
      const policy = response.headers.get('content-security-policy') ?? '';
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("style-src 'self'");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).not.toContain('unsafe-inline');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });
});

describe('on this machine', () => {
  it('leaves Secure off the cookie when Keino is reached over http on localhost, and only then', async () => {
    const local = await dashboardWorld('http://localhost:3000', world.database);
    try {
      const url = linkOf(await say(local.app.core, slackCaller('Paikallinen'), 'dashboard'));
      expect(url.startsWith('http://localhost:3000/dashboard/login/')).toBe(true);
      const response = await fetch(onServer(local, url), { redirect: 'manual' });
      const cookie = response.headers.get('set-cookie')!;
      expect(cookie).toContain('HttpOnly');
      expect(cookie).not.toContain('Secure');
    } finally {
      await local.close();
    }
  });
});
