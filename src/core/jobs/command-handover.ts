import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from '../ports/logger.js';
import type { FencedTransaction, TransactionFence } from '../ports/transactions.js';
import type { JobClaim, NewJob } from './job.js';
import type { JobStore } from './job-store.js';

/** What a handed-over command's job payload says of the work done before the job took it. */
export interface HandoverMark {
  /** A transaction of the command committed: running it again would do its work twice. */
  committed?: boolean;
  /** A transaction of the command was still on its way when the job was written (the run settles this when it ends). */
  uncertain?: boolean;
}

/** How long a hand-over waits for a transaction of the run already on its way, so the acknowledgement stays within the platform's time. */
export const HANDOVER_SETTLE_MS = 500;

/** The command's job is no longer this run's (its lease ran out and another instance took it). */
export class CommandTakenOver extends Error {
  constructor() {
    super('the command was taken over by its job on another instance');
    this.name = 'CommandTakenOver';
  }
}

/**
 * Where a command's run stands: `open` while nobody waits on it outside this process; `handing`
 * while its job is being written; `handed` once it is a job this run holds; `taken` when the
 * job went to another runner; `undurable` when its job could not be written; `finished` once it
 * answered (work it left running, a timer, goes on unfenced).
 */
type Phase = 'open' | 'handing' | 'handed' | 'taken' | 'undurable' | 'finished';

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
}

/** True when `promise` settled within `milliseconds`. */
async function within(promise: Promise<unknown>, milliseconds: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), milliseconds)));
  try {
    return await Promise.race([promise.then(() => true), late]);
  } finally {
    clearTimeout(timer);
  }
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}

/**
 * One run of a command: the result, and how to make it durable when the platform's
 * acknowledgement cannot wait for it (see CommandHandovers).
 */
export class CommandRun<T> {
  private phase: Phase;
  /** A transaction of this run committed (in memory: the job's mark says it after the hand-over). */
  private committed = false;
  /** Transactions that began before the hand-over and have not ended. */
  private earlier = 0;
  private earlierDone?: Deferred<void>;
  private readonly claimed: Deferred<JobClaim | undefined>;
  private renewal?: NodeJS.Timeout;
  result!: Promise<T>;

  constructor(
    private readonly owner: CommandHandovers,
    claim?: JobClaim,
  ) {
    this.claimed = deferred();
    this.phase = claim ? 'handed' : 'open';
    if (claim) this.claimed.resolve(claim);
  }

  /** The job took the command from this run: its outcome is no longer this run's to tell. */
  get takenOver(): boolean {
    return this.phase === 'taken';
  }

  /**
   * Writes the command's job, claimed by this run, before the platform hears that the command
   * was received. Transactions of the run that began earlier are waited for, so the job's payload
   * says whether any of them committed; later ones write the job's mark and are refused once
   * the job is another runner's. False when the job could not be written (the run goes on in
   * memory only).
   */
  async handOver(job: NewJob<Record<string, unknown>>): Promise<boolean> {
    if (this.phase !== 'open') return this.phase === 'handed';
    this.phase = 'handing';
    if (this.earlier > 0) this.earlierDone = deferred();
    const earlierDone = this.earlierDone?.promise;
    const settled = earlierDone ? await within(earlierDone, HANDOVER_SETTLE_MS) : true;
    const mark: HandoverMark = this.committed ? { committed: true } : settled ? {} : { uncertain: true };
    const claim = await this.owner.claimNew({ ...job, payload: { ...job.payload, ...mark } });
    this.phase = claim ? 'handed' : 'undurable';
    this.claimed.resolve(claim);
    if (!claim) return false;
    this.renewal = setInterval(() => void this.owner.renew(claim), this.owner.renewEveryMs);
    this.renewal.unref();
    // Still on its way: once it ends, the mark says what it did (until then a job taking over only answers).
    if (!settled && earlierDone) void earlierDone.then(() => this.owner.mark(claim, { committed: this.committed, uncertain: false }).catch(() => undefined));
    return true;
  }

  /** The run is over (its answer given): its job is done, unless another runner has it now. */
  async finish(): Promise<void> {
    clearInterval(this.renewal);
    const claim = this.phase === 'handed' ? await this.claimed.promise : undefined;
    if (this.phase !== 'taken') this.phase = 'finished';
    if (claim) await this.owner.complete(claim);
  }

  /** A statement that writes outside any transaction (an autocommit insert or update): before the hand-over it counts as committed. */
  noteWrite(): void {
    if (this.phase === 'open') this.committed = true;
  }

  /** See TransactionFence: the run's transactions before, during and after the hand-over. */
  async enterTransaction(): Promise<FencedTransaction | undefined> {
    if (this.phase === 'open') {
      this.earlier++;
      return {
        beforeCommit: async () => undefined,
        ended: (committed) => {
          if (committed) this.committed = true;
          if (--this.earlier === 0) this.earlierDone?.resolve();
        },
      };
    }
    if (this.phase === 'taken') throw new CommandTakenOver();
    if (this.phase === 'finished') return undefined;
    const claim = await this.claimed.promise;
    if (!claim) return undefined;
    return {
      beforeCommit: async () => {
        if (await this.owner.mark(claim, { committed: true })) return;
        this.phase = 'taken';
        throw new CommandTakenOver();
      },
      ended: (committed) => {
        if (committed) this.committed = true;
      },
    };
  }
}

/**
 * Commands whose acknowledgement cannot wait for their answer (Slack's three seconds), made
 * durable without costing the quick ones anything:
 *
 * - a command runs inside `run(…)`, which only remembers, in memory, whether a transaction of
 *   its committed or it wrote outside one (insert, update, delete; raw statements are taken for
 *   reads); a command done within the window writes nothing more;
 * - past the window, before acknowledging, `handOver(job)` writes the command as a job already
 *   claimed by this instance (running, attempt 1, a lease this run renews), its payload saying
 *   whether a transaction of the run has committed already (`uncertain` when one was still on
 *   its way after HANDOVER_SETTLE_MS; the run writes the answer when it ends);
 * - from then on each transaction of the run ends with the job's mark (`committed`), written
 *   only while this run's claim holds (the claim's attempt number is its fencing token): the
 *   command's change and the mark commit together, or the transaction is refused;
 * - the run answers, then completes the job. If the process dies first, the lease runs out and
 *   the job runner claims the job (attempt 2): a job whose mark says nothing committed runs the
 *   command again from its payload (in `run(…, claim)`, so its own transactions write the mark
 *   too); one whose mark says committed (or uncertain) only tells the person so. A run that outlives its
 *   lease (the database away, then back) finds its claim gone at its next transaction, which is
 *   rolled back: the command's changes are made by exactly one run. (A single statement written
 *   outside a transaction after the hand-over carries no mark: stores make such writes
 *   idempotent, the language, first contact, last seen.)
 *
 * What this cannot make exactly once is the answer's post itself: a process that dies between
 * the platform taking the answer and the job's completion answers once more after the restart.
 */
export class CommandHandovers implements TransactionFence {
  private readonly runs = new AsyncLocalStorage<CommandRun<unknown>>();
  readonly renewEveryMs: number;

  constructor(private readonly options: { store: JobStore; clock: () => Date; leaseMs: number; instanceId: string; logger: Logger }) {
    this.renewEveryMs = Math.max(100, Math.floor(options.leaseMs / 3));
  }

  /** Starts the command's work; `claim`: the job runner's claim of the command's job. */
  run<T>(work: () => Promise<T>, claim?: JobClaim): CommandRun<T> {
    const run = new CommandRun<T>(this, claim);
    run.result = this.runs.run(run as CommandRun<unknown>, work);
    return run;
  }

  enter(): Promise<FencedTransaction | undefined> {
    const run = this.runs.getStore();
    return run ? run.enterTransaction() : Promise.resolve(undefined);
  }

  noteWrite(): void {
    this.runs.getStore()?.noteWrite();
  }

  /** @internal (CommandRun) */
  async claimNew(job: NewJob): Promise<JobClaim | undefined> {
    const now = this.options.clock();
    try {
      const claim = await this.options.store.insertClaimed(job, new Date(now.getTime() + this.options.leaseMs), this.options.instanceId, now);
      if (!claim) this.options.logger.warn({ key: job.key }, 'a command handed over twice: the first job stands');
      return claim;
    } catch (error) {
      this.options.logger.warn({ err: error, key: job.key }, 'could not write a slow command as a job: it goes on in memory only');
      return undefined;
    }
  }

  /** @internal (CommandRun) */
  mark(claim: JobClaim, fields: HandoverMark): Promise<boolean> {
    return this.options.store.markClaimed(claim, { ...fields }, this.options.clock());
  }

  /** @internal (CommandRun) */
  async renew(claim: JobClaim): Promise<void> {
    const now = this.options.clock();
    try {
      await this.options.store.extendLeases([claim], new Date(now.getTime() + this.options.leaseMs), this.options.instanceId, now);
    } catch (error) {
      this.options.logger.warn({ err: error }, "could not renew a command job's lease");
    }
  }

  /** @internal (CommandRun) */
  async complete(claim: JobClaim): Promise<void> {
    try {
      if (!(await this.options.store.complete(claim, this.options.clock())))
        this.options.logger.warn({ job: claim.id }, 'a command finished after its job was taken over');
    } catch (error) {
      this.options.logger.warn({ err: error, job: claim.id }, "could not complete a command's job: after its lease it answers once more");
    }
  }
}
