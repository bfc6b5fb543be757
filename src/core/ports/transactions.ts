/**
 * Makes a domain change and what follows from it one unit: inside `atomically`, every store call
 * (the change, the jobs that announce it, the audit entry) commits together or not at all. This is
 * Keino's transactional outbox: a notification is a job written in the transaction of the change
 * it tells of, so a crash can lose neither one without the other. Nothing that waits on a platform
 * (a send, a lookup) belongs inside: it would hold the transaction open.
 */
export interface Transactions {
  atomically<T>(work: () => Promise<T>): Promise<T>;
}

/**
 * Told of each outermost transaction before it begins (CommandHandovers: a command handed over
 * to a job writes the job's mark in each of its transactions, or is refused when the job is no
 * longer its own). `enter` returns nothing for a transaction it has no business with.
 */
export interface TransactionFence {
  enter(): Promise<FencedTransaction | undefined>;
  /** A write outside any transaction (an insert, update or delete statement of its own). */
  noteWrite(): void;
}

export interface FencedTransaction {
  /** The last statement inside the transaction; throwing rolls it back. */
  beforeCommit(): Promise<void>;
  /** After the transaction committed (true) or rolled back (false). */
  ended(committed: boolean): void;
}

/** For services built without a database (unit tests of pure logic): the work simply runs. */
export const withoutTransactions: Transactions = { atomically: (work) => work() };
