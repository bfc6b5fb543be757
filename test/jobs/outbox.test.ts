import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conversation } from '../../src/core/commands/conversation.js';
import type { KeinoCore } from '../../src/core/keino.js';
import { openDatabase, type Database, type DatabaseHandle } from '../../src/db/client.js';
import { applyMigrations } from '../../src/db/migrate.js';
import { rowsOf } from '../../src/db/stores/people-store.js';
import { ADMIN_EMAIL, admin, say, sessionIdOf, slackCaller } from '../academy/academy-world.js';
import { createTestCore, replyText } from '../helpers/test-core.js';
import { RecordingGateway } from '../helpers/recording-gateway.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';

/**
 * The outbox: a change and the jobs that tell of it commit together. To stop a process exactly
 * between the two, the database itself refuses the job (a trigger on `jobs`, as a crash or a lost
 * connection would end the transaction there): the change must then be gone too.
 */
async function refuseJobs(db: Database, keyPattern: string): Promise<void> {
  await db.execute(
    sql.raw(`create or replace function refuse_job() returns trigger language plpgsql as $$
    begin raise exception 'refused job %', new.key; end $$`),
  );
  await db.execute(sql.raw(`drop trigger if exists refuse_job on jobs`));
  await db.execute(sql.raw(`create trigger refuse_job before insert on jobs for each row when (new.key like '${keyPattern}') execute function refuse_job()`));
}

async function allowJobs(db: Database): Promise<void> {
  await db.execute(sql.raw(`drop trigger if exists refuse_job on jobs`));
}

async function count(db: Database, query: ReturnType<typeof sql>): Promise<number> {
  return Number(rowsOf<{ n: number | string }>(await db.execute(query))[0]!.n);
}

const groupChannel: Conversation = { platform: 'slack', tenantId: 'T1', channelId: 'C-OUTBOX', kind: 'channel' };
const now = new Date('2026-09-01T06:00:00Z');
const clock = () => now;

function outboxTests(name: string, open: () => Promise<{ db: Database; close(): Promise<void> }>) {
  describe(`the outbox on ${name}`, () => {
    let handle: { db: Database; close(): Promise<void> };
    let core: KeinoCore;

    beforeAll(async () => {
      handle = await open();
      core = createTestCore(handle.db, { admins: [ADMIN_EMAIL], clock });
      // Polls are posted as Keino's own messages.
      core.services.gateways.register(new RecordingGateway('slack'));
    });
    afterAll(async () => {
      core?.services.polls.refresher.stop();
      await handle?.close();
    });

    it('stores no session whose announcement could not be written, and both when it can', async () => {
      const { db } = handle;
      await refuseJobs(db, 'academy:announce:%');
      const refused = await say(core, admin, 'tilaisuus lisää "Kadonnut ilmoitus" 2026-10-26 10:00');
      expect(replyText(refused)).not.toContain('on lisätty');
      expect(await count(db, sql`select count(*)::int as n from academy_sessions where title = 'Kadonnut ilmoitus'`)).toBe(0);

      await allowJobs(db);
      const id = sessionIdOf(await say(core, admin, 'tilaisuus lisää "Ilmoitettu" 2026-10-26 10:00'));
      expect(await count(db, sql`select count(*)::int as n from jobs where key = ${`academy:announce:${id}`}`)).toBe(1);
    });

    it('keeps no answer whose reminders could not be planned, and the place stays free', async () => {
      const { db } = handle;
      const id = sessionIdOf(await say(core, admin, 'tilaisuus lisää "Paikat" 2026-10-27 10:00 paikat=1'));
      await refuseJobs(db, 'academy:remind:%');
      const refused = await say(core, slackCaller('Maija'), `rsvp ${id} yes`);
      expect(replyText(refused)).not.toMatch(/Tervetuloa|ilmoittautumisesi/i);
      expect(await count(db, sql`select count(*)::int as n from academy_registrations where session_id = ${id}`)).toBe(0);

      await allowJobs(db);
      await say(core, slackCaller('Maija'), `rsvp ${id} yes`);
      expect(await count(db, sql`select count(*)::int as n from academy_registrations where session_id = ${id} and status = 'going'`)).toBe(1);
      expect(await count(db, sql`select count(*)::int as n from jobs where key like ${`academy:remind:${id}:%`}`)).toBe(2);
    });

    it('stores no poll whose closing could not be planned', async () => {
      const { db } = handle;
      await refuseJobs(db, 'poll-close:%');
      await say(core, slackCaller('Pekka'), 'kysely "Sulkeutuuko?" "Kyllä" "Ei" --sulkeutuu 2h', groupChannel);
      expect(await count(db, sql`select count(*)::int as n from polls where question = 'Sulkeutuuko?'`)).toBe(0);
      await allowJobs(db);
      await say(core, slackCaller('Pekka'), 'kysely "Sulkeutuu" "Kyllä" "Ei" --sulkeutuu 2h', groupChannel);
      expect(await count(db, sql`select count(*)::int as n from polls p join jobs j on j.key = 'poll-close:' || p.id where p.question = 'Sulkeutuu'`)).toBe(1);
    });

    it('plans no nudges for an intervention that was not stored, and stores none without its nudges', async () => {
      const { db } = handle;
      await say(core, admin, 'whoami');
      await db.execute(sql`insert into organisations (name) values ('Outbox kunta') on conflict do nothing`);
      await db.execute(sql`update people set organisation_id = (select id from organisations where name = 'Outbox kunta') where email = ${ADMIN_EMAIL}`);
      await refuseJobs(db, 'nudge:%');
      await say(core, admin, 'tehtävä lisää "Ilman muistutuksia" akatemia-admin@keino.fi 2026-09-20');
      expect(await count(db, sql`select count(*)::int as n from interventions where title = 'Ilman muistutuksia'`)).toBe(0);
      await allowJobs(db);
      await say(core, admin, 'tehtävä lisää "Muistutuksin" akatemia-admin@keino.fi 2026-09-20');
      expect(
        await count(db, sql`select count(*)::int as n from interventions i join jobs j on j.key like 'nudge:' || i.id || ':%' where i.title = 'Muistutuksin'`),
      ).toBe(1);
    });
  });
}

let postgresDatabase: TestDatabase | undefined;
outboxTests('PostgreSQL', async () => {
  postgresDatabase = await createTestDatabase('keino_outbox');
  return { db: postgresDatabase.db, close: () => postgresDatabase!.drop() };
});

outboxTests('PGlite (one connection: the transaction must not wait for itself)', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'keino-outbox-'));
  const handle: DatabaseHandle = await openDatabase({ dataDir });
  await applyMigrations(handle);
  return {
    db: handle.db,
    close: async () => {
      await handle.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
});
