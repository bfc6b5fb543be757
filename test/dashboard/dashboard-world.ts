import type { Caller, KeinoCore } from '../../src/core/keino.js';
import type { Conversation } from '../../src/core/commands/conversation.js';
import type { Reply } from '../../src/core/messages/message.js';
import type { Person, PlatformProfile, Role } from '../../src/core/people/person.js';
import type { KeinoApp } from '../../src/app/keino-app.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { createTestApp } from '../helpers/test-app.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';

export const PUBLIC_URL = 'https://keino.example.fi';
export const slackDm: Conversation = { platform: 'slack', tenantId: 'T1', channelId: 'D1', kind: 'personal' };
export const slackChannel: Conversation = { platform: 'slack', tenantId: 'T1', channelId: 'C1', kind: 'channel' };

/** A Keino server on its own database, with a clock the test moves. */
export interface DashboardWorld {
  database: TestDatabase;
  app: KeinoApp;
  server: RunningServer;
  baseUrl: string;
  clock: { now: Date };
  close(): Promise<void>;
}

export async function dashboardWorld(publicUrl: string | undefined = PUBLIC_URL, database?: TestDatabase): Promise<DashboardWorld> {
  const db = database ?? (await createTestDatabase());
  const clock = { now: new Date('2026-09-01T06:00:00Z') };
  const app = await createTestApp(db.url, { clock: () => clock.now, config: publicUrl ? { publicUrl } : {} });
  const server = await startServer(app, { port: 0 });
  return {
    database: db,
    app,
    server,
    baseUrl: `http://127.0.0.1:${server.port}`,
    clock,
    async close() {
      await server.close();
      await app.close();
      if (!database) await db.drop();
    },
  };
}

export function slackCaller(userId: string, profile: Partial<PlatformProfile> = {}): Caller {
  return {
    identity: { platform: 'slack', tenantId: 'T1', userId },
    loadProfile: async () => ({ name: userId, email: `${userId.toLowerCase()}@kunta.fi`, ...profile }),
  };
}

export function say(core: KeinoCore, caller: Caller, text: string, conversation: Conversation = slackDm): Promise<Reply> {
  return core.handleText({ caller, conversation, text, source: 'command' });
}

/** A person of the network with a role and an organisation (made by name when missing). */
export async function personOf(app: KeinoApp, caller: Caller, role: Role, organisation?: string): Promise<Person> {
  const people = app.core.services.people;
  const person = await people.resolve(caller.identity, caller.loadProfile);
  await people.peopleStore.setRole(person.id, role);
  if (organisation) await people.peopleStore.setOrganisation(person.id, (await people.peopleStore.ensureOrganisation(organisation)).id);
  return (await people.peopleStore.findById(person.id))!;
}

/** The sign-in address in a `dashboard` reply. */
export function linkOf(reply: Reply): string {
  if (reply.kind !== 'message') throw new Error('no message');
  const block = reply.blocks.find((candidate) => candidate.type === 'link');
  if (block?.type !== 'link') throw new Error('no link in the reply');
  return block.url;
}

/** The link's path on the test server (the public address is the network's, not the test's). */
export function onServer(world: DashboardWorld, url: string): string {
  return `${world.baseUrl}${new URL(url).pathname}`;
}

/** Signs in as the caller through a fresh link; the session cookie's value. */
export async function signIn(world: DashboardWorld, caller: Caller): Promise<string> {
  const reply = await say(world.app.core, caller, 'dashboard');
  const response = await fetch(onServer(world, linkOf(reply)), { redirect: 'manual' });
  if (response.status !== 303) throw new Error(`sign-in answered ${response.status}`);
  return cookieValue(response)!;
}

export function cookieValue(response: Response): string | undefined {
  const header = response.headers.get('set-cookie') ?? '';
  return /keino_dashboard=([^;]*)/.exec(header)?.[1];
}

export function get(world: DashboardWorld, path: string, cookie?: string): Promise<Response> {
  return fetch(`${world.baseUrl}${path}`, { redirect: 'manual', headers: cookie ? { cookie: `keino_dashboard=${cookie}` } : {} });
}

export function post(world: DashboardWorld, path: string, cookie: string | undefined, form: Record<string, string>): Promise<Response> {
  return fetch(`${world.baseUrl}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(cookie ? { cookie: `keino_dashboard=${cookie}` } : {}) },
    body: new URLSearchParams(form),
  });
}

/** The CSRF token of the sign-out form on a page. */
export function formTokenIn(html: string): string {
  const token = /name="csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error('no form token on the page');
  return token;
}
