import { AsyncLocalStorage } from 'node:async_hooks';
import type { TransactionFence, Transactions } from '../core/ports/transactions.js';
import type { Database, Executor } from './client.js';

interface Scope {
  tx: Executor;
  /** False once the transaction has ended: work the block started and left running uses the root again. */
  open: boolean;
}

/**
 * Transactions that stores join without being told: `db` is the database every store is built
 * on, and inside `atomically(work)` each of its calls goes to that block's transaction (found
 * through AsyncLocalStorage), outside of it to the database itself. A store's own
 * `db.transaction(…)` inside the block becomes a savepoint. This keeps the stores' and the
 * services' signatures as they were: a service only wraps a change and its jobs in `atomically`.
 *
 * On PGlite (one connection) a query outside the open transaction would wait for it forever, which
 * is why every store must be built on `db` here rather than on the root database.
 */
export class AmbientTransactions implements Transactions {
  private readonly scopes = new AsyncLocalStorage<Scope>();
  readonly db: Executor;
  /** Set once at start (build-services): see TransactionFence. */
  fence?: TransactionFence;

  constructor(private readonly root: Database) {
    this.db = new Proxy(root, {
      get: (target, property) => {
        const scope = this.scopes.getStore();
        const current = scope?.open ? scope.tx : target;
        if (current === target && (property === 'insert' || property === 'update' || property === 'delete')) this.fence?.noteWrite();
        const value: unknown = Reflect.get(current, property, current);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(current) : value;
      },
    });
  }

  /** Runs `work` in one transaction; inside another `atomically` block it joins that one. */
  atomically<T>(work: () => Promise<T>): Promise<T> {
    if (this.scopes.getStore()?.open) return work();
    return this.outermost(work);
  }

  private async outermost<T>(work: () => Promise<T>): Promise<T> {
    // Asked before BEGIN: on PGlite's one connection a fence that waits inside would wait forever.
    const fenced = await this.fence?.enter();
    let committed = false;
    try {
      const result = await this.root.transaction(async (tx) => {
        const scope: Scope = { tx, open: true };
        try {
          return await this.scopes.run(scope, async () => {
            const value = await work();
            await fenced?.beforeCommit();
            return value;
          });
        } finally {
          scope.open = false;
        }
      });
      committed = true;
      return result;
    } finally {
      fenced?.ended(committed);
    }
  }
}
