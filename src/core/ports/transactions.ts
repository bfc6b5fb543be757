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

/** For services built without a database (unit tests of pure logic): the work simply runs. */
export const withoutTransactions: Transactions = { atomically: (work) => work() };
