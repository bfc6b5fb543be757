import { and, inArray, lt, sql } from 'drizzle-orm';
import type { Lane, SharedSendBudget } from '../../core/delivery/pacer.js';
import type { Executor } from '../client.js';
import { sendBudgets } from '../schema/index.js';

/**
 * The pacer's lanes in PostgreSQL, shared by every instance. A reservation is one short
 * transaction of two statements: create the slots' rows if new and lock them, let the pacer
 * choose the time, write the lanes back.
 * Whoever comes second waits for the row lock and then sees the first one's reservation; on PGlite
 * (one connection) the transactions simply run one after another.
 */
export class DrizzleSendBudget implements SharedSendBudget {
  constructor(private readonly db: Executor) {}

  async reserve(keys: string[], decide: (lanes: Map<string, Lane>) => number): Promise<number> {
    const sorted = [...new Set(keys)].sort();
    return this.db.transaction(async (tx) => {
      // One statement creates the rows that are new and locks and reads them all: ON CONFLICT DO
      // UPDATE takes the row lock. Rows are taken in key order, so two instances never wait for
      // each other in a circle.
      const rows = await tx
        .insert(sendBudgets)
        .values(sorted.map((key) => ({ key })))
        .onConflictDoUpdate({ target: sendBudgets.key, set: { key: sql`excluded.key` } })
        .returning();
      const lanes = new Map<string, Lane>(rows.map((row) => [row.key, { times: row.sentAt.map(Number), pausedUntil: Number(row.pausedUntil) }]));
      const at = decide(lanes);
      const times = sql.join(
        sorted.map((key) => sql`when ${key} then ${`{${lanes.get(key)!.times.join(',')}}`}::double precision[]`),
        sql` `,
      );
      const pauses = sql.join(
        sorted.map((key) => sql`when ${key} then ${lanes.get(key)!.pausedUntil}::double precision`),
        sql` `,
      );
      await tx.execute(sql`update send_budgets set sent_at = case key ${times} end, paused_until = case key ${pauses} end, last_at = ${at}::double precision
        where key in (${sql.join(
          sorted.map((key) => sql`${key}`),
          sql`, `,
        )})`);
      return at;
    });
  }

  async pause(keys: string[], until: number): Promise<void> {
    await this.db
      .update(sendBudgets)
      .set({ pausedUntil: sql`greatest(${sendBudgets.pausedUntil}, ${until})` })
      .where(inArray(sendBudgets.key, keys));
  }

  async forgetIdle(before: number): Promise<number> {
    const dropped = await this.db
      .delete(sendBudgets)
      .where(and(lt(sendBudgets.lastAt, before), lt(sendBudgets.pausedUntil, before)))
      .returning({ key: sendBudgets.key });
    return dropped.length;
  }
}
