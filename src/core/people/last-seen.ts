import type { Logger } from '../ports/logger.js';
import type { PlatformIdentity } from './person.js';

/** A person's use of Keino through one identity, as written to the database. */
export interface Sighting {
  identity: PlatformIdentity;
  at: Date;
}

export interface LastSeenStore {
  /** Writes each identity's last-seen time (never moving one back), all in one statement. */
  recordLastSeen(sightings: Sighting[]): Promise<void>;
}

export interface LastSeenOptions {
  /** An identity's last-seen is written at most this often (default a minute). */
  everyMs?: number;
  /** Sightings due for writing wait this long to share one statement (default a second). */
  batchMs?: number;
  /** Identities remembered at most; the longest unseen are forgotten first. */
  capacity?: number;
  logger: Logger;
  /** Wall-clock time (last-seen is when it really happened, whatever clock the domain runs on). */
  now?: () => number;
}

interface Entry {
  identity: PlatformIdentity;
  seenAt: number;
  /** What the database holds, as far as this instance knows. */
  writtenAt: number | undefined;
  due: boolean;
}

/**
 * When each person last used Keino, and through which platform (proactive messages go where they
 * were last): noted in memory on every request and written at most once a minute per identity,
 * the writes of a second gathered into one statement, instead of a write on every request. A
 * crash loses at most the last second's writes of last-seen, nothing else. Delivery reads
 * {@link latest} beside the database, so on this instance the choice of platform is exact.
 */
export class LastSeen {
  private readonly entries = new Map<string, Entry>();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> | undefined;
  private readonly everyMs: number;
  private readonly batchMs: number;
  private readonly capacity: number;
  private readonly now: () => number;

  constructor(
    private readonly store: LastSeenStore,
    private readonly options: LastSeenOptions,
  ) {
    this.everyMs = options.everyMs ?? 60_000;
    this.batchMs = options.batchMs ?? 1_000;
    this.capacity = options.capacity ?? 50_000;
    this.now = options.now ?? Date.now;
  }

  /** The identity was used now; `writtenAt` is what the database holds when the caller just read it. */
  saw(identity: PlatformIdentity, writtenAt?: Date | null): void {
    const key = `${identity.platform}\u0000${identity.tenantId}\u0000${identity.userId}`;
    const now = this.now();
    let entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
    } else {
      entry = { identity, seenAt: now, writtenAt: undefined, due: false };
    }
    entry.seenAt = now;
    if (writtenAt) entry.writtenAt = Math.max(entry.writtenAt ?? 0, writtenAt.getTime());
    this.entries.set(key, entry);
    if (!entry.due && (entry.writtenAt === undefined || now - entry.writtenAt >= this.everyMs)) {
      entry.due = true;
      this.timer ??= setTimeout(() => void this.flush(), this.batchMs);
      this.timer.unref?.();
    }
    if (this.entries.size > this.capacity) this.forgetOldest();
  }

  /** When the identity was last seen by this instance, if it was. */
  latest(identity: PlatformIdentity): Date | undefined {
    const seenAt = this.entries.get(`${identity.platform}\u0000${identity.tenantId}\u0000${identity.userId}`)?.seenAt;
    return seenAt === undefined ? undefined : new Date(seenAt);
  }

  /** Writes every sighting that is due now (also at shutdown). */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.flushing;
    const due = [...this.entries.values()].filter((entry) => entry.due);
    if (due.length === 0) return;
    for (const entry of due) entry.due = false;
    const written = due.map((entry) => ({ entry, at: entry.seenAt }));
    this.flushing = this.store
      .recordLastSeen(written.map(({ entry, at }) => ({ identity: entry.identity, at: new Date(at) })))
      .then(() => {
        for (const { entry, at } of written) entry.writtenAt = Math.max(entry.writtenAt ?? 0, at);
      })
      .catch((error: unknown) => {
        // Tried again with the next sighting of each: last-seen is worth no more than that.
        this.options.logger.warn({ err: error, identities: written.length }, 'could not record when people were last seen');
      })
      .finally(() => {
        this.flushing = undefined;
      });
    await this.flushing;
  }

  private forgetOldest(): void {
    // Insertion order is the order of last sighting: the first entries are the longest unseen.
    for (const [key, entry] of this.entries) {
      if (this.entries.size <= this.capacity) return;
      if (!entry.due) this.entries.delete(key);
    }
  }
}
