import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServices } from '../../src/app/build-services.js';
import { CommandTakenOver } from '../../src/core/jobs/command-handover.js';
import type { KeinoServices } from '../../src/core/services.js';
import { AmbientTransactions } from '../../src/db/ambient-transaction.js';
import { rowsOf } from '../../src/db/stores/people-store.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';

/**
 * The hand-over of a slow command to its job (CommandHandovers) on a real database: the job says
 * whether the run's work committed, the run's later transactions carry the mark, and a run whose
 * job another runner took (its lease ran out) can no longer commit anything.
 */
let database: TestDatabase;
let services: KeinoServices;

beforeAll(async () => {
  database = await createTestDatabase('keino_handover');
  await database.db.execute(sql`create table handover_probe (label text primary key)`);
  ({ services } = buildServices(database.db, { admins: [] }, { commandLeaseMs: 60_000 }));
});

afterAll(() => database?.drop());

/** A write of the command's own, in a transaction of the stores' ambient database. */
async function probe(label: string): Promise<void> {
  const transactions = services.transactions;
  if (!(transactions instanceof AmbientTransactions)) throw new Error('the services are built on ambient transactions');
  await transactions.atomically(() => transactions.db.execute(sql`insert into handover_probe values (${label})`));
}

async function jobOf(key: string): Promise<{ state: string; attempts: number; payload: { committed?: boolean } } | undefined> {
  return rowsOf<{ state: string; attempts: number; payload: { committed?: boolean } }>(
    await database.db.execute(sql`select state, attempts, payload from jobs where key = ${key}`),
  )[0];
}

async function probes(): Promise<string[]> {
  return rowsOf<{ label: string }>(await database.db.execute(sql`select label from handover_probe order by label`)).map((row) => row.label);
}

function gate(): { wait: Promise<void>; open: () => void } {
  let open!: () => void;
  const wait = new Promise<void>((resolve) => (open = resolve));
  return { wait, open };
}

const job = (key: string) => ({ kind: 'test.command', key, payload: { text: key }, dueAt: new Date() });

describe('a slow command handed over to its job', () => {
  it('a run done within the window writes no job', async () => {
    const run = services.handovers.run(async () => probe('quick'));
    await run.result;
    await run.finish();
    expect(await jobOf('quick')).toBeUndefined();
    expect(await probes()).toContain('quick');
  });

  it('says in the job that the run committed before the hand-over, and marks each later transaction', async () => {
    const { wait, open } = gate();
    const run = services.handovers.run(async () => {
      await probe('before');
      await wait;
      await probe('after');
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await run.handOver(job('committed-early'))).toBe(true);
    expect(await jobOf('committed-early')).toMatchObject({ state: 'running', attempts: 1, payload: { committed: true } });
    open();
    await run.result;
    await run.finish();
    expect(await jobOf('committed-early')).toMatchObject({ state: 'done' });
  });

  it('a run whose job was taken over commits nothing more', async () => {
    const { wait, open } = gate();
    const run = services.handovers.run(async () => {
      await wait;
      await probe('too late');
    });
    expect(await run.handOver(job('taken'))).toBe(true);
    expect(await jobOf('taken')).toMatchObject({ payload: { text: 'taken' } });
    expect((await jobOf('taken'))?.payload.committed).toBeUndefined();
    // What the job runner does with a lease that ran out: the next attempt is another claim.
    await database.db.execute(sql`update jobs set attempts = 2, locked_by = 'another instance' where key = 'taken'`);
    open();
    await expect(run.result).rejects.toBeInstanceOf(CommandTakenOver);
    expect(run.takenOver).toBe(true);
    await run.finish();
    expect(await probes()).not.toContain('too late');
    expect(await jobOf('taken')).toMatchObject({ state: 'running', attempts: 2 });
  });
});
