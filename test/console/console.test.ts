import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKeino } from '../helpers/run-keino.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';
import { createTestCore, replyText } from '../helpers/test-core.js';

let dataDir: string;
let database: TestDatabase;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'keino-console-'));
  database = await createTestDatabase();
});
afterAll(async () => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  await database?.drop();
});

describe('the console, driven through a pipe like a script would', { timeout: 180_000 }, () => {
  it('answers whoami and help on the embedded database and exits 0', async () => {
    // A data folder that does not exist yet: Keino creates it.
    const fresh = path.join(dataDir, 'nested', 'data');
    const run = await runKeino([], { input: 'whoami\nhelp\n', env: { KEINO_DATA_DIR: fresh } });
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Organisaatio: Demo-organisaatio');
    expect(run.stdout).toContain('Rooli: ylläpitäjä');
    expect(run.stdout).toContain('Näin Keino auttaa');
  });

  it('keeps the chosen language after a restart', async () => {
    const first = await runKeino([], { input: 'lang en\n', env: { KEINO_DATA_DIR: dataDir } });
    expect(first.stdout).toContain("I'll speak English");
    const second = await runKeino([], { input: 'help\n', env: { KEINO_DATA_DIR: dataDir } });
    expect(second.stdout).toContain('What Keino can do for you');
  });

  it('keeps running after bad input and picks buttons by number', async () => {
    const run = await runKeino([], {
      input: `${['"unterminated', 'x'.repeat(10_000), 'kieli klingon', 'halp', 'koti', '2'].join('\n')}\n`,
      env: { KEINO_DATA_DIR: dataDir, DATABASE_URL: database.url },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Lainausmerkki jäi sulkematta');
    expect(run.stdout).toContain('Viesti on liian pitkä');
    expect(run.stdout).toContain('odotin jotakin näistä: fi, sv, en');
    expect(run.stdout).toContain('Tarkoititko');
    // The home lists the other languages as buttons: [1] ruotsi, [2] englanti.
    expect(run.stdout).toContain('[2] englanti');
    expect(run.stdout).toContain("I'll speak English");
  });

  it('gives a link code at the prompt that links the console person with a Slack account, and answers link off and a wrong code politely', async () => {
    const run = await runKeino([], {
      input: 'kieli fi\nyhdistä\nyhdistä pois\nyhdistä ZZZZ-ZZZZ\n',
      env: { KEINO_DATA_DIR: dataDir, DATABASE_URL: database.url },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Tätä tiliä ei ole yhdistetty mihinkään toiseen');
    expect(run.stdout).toContain('En tunnista tätä koodia');
    const code = /\b([A-Z2-9]{4}-[A-Z2-9]{4})\b/.exec(run.stdout)?.[1];
    expect(code, run.stdout).toBeDefined();
    const core = createTestCore(database.db);
    const slack = { identity: { platform: 'slack' as const, tenantId: 'T1', userId: 'U-LOCAL' }, loadProfile: async () => ({ name: 'Local' }) };
    const conversation = { platform: 'slack' as const, tenantId: 'T1', channelId: 'D1', kind: 'personal' as const };
    expect(replyText(await core.handleText({ caller: slack, conversation, text: `yhdistä ${code}`, source: 'command' }))).toContain('Valmis!');
    // The Slack account now is the console's person: the demo organisation's admin.
    expect(await core.services.people.resolve(slack.identity, slack.loadProfile)).toMatchObject({ role: 'admin' });
  });

  it('runs the migrate task and refuses an unknown one with the list of tasks', async () => {
    const migrate = await runKeino(['migrate'], { env: { DATABASE_URL: database.url } });
    expect(migrate.code).toBe(0);
    expect(migrate.stdout).toContain('Migrations applied');
    const unknown = await runKeino(['frobnicate'], { env: { DATABASE_URL: database.url } });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown task "frobnicate"');
    expect(unknown.stderr).toContain('migrate');
  });

  it('fails fast naming the variable when the configuration is wrong', async () => {
    const run = await runKeino([], { env: { KEINO_DATA_DIR: dataDir, KEINO_LOCALE: 'de', PORT: 'eighty' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('KEINO_LOCALE');
    expect(run.stderr).toContain('PORT');
  });
});
