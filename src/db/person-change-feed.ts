import type { Sql } from 'postgres';
import type { PersonChange, PersonChanges } from '../core/people/person-changes.js';
import type { Logger } from '../core/ports/logger.js';

/** The channel migration 0020's triggers notify: a person's id, or '*'. */
const CHANNEL = 'keino_people';
const RELISTEN_MS = 1_000;

/**
 * Changes to people as PostgreSQL announces them (LISTEN keino_people), on a connection of its own.
 *
 * Catching up is exact, not a matter of timing: a transaction that notifies signals every
 * listening backend as it commits, before its own client hears that it committed, and a listening
 * backend sends what it was signalled before it answers the next statement it reads. So once a
 * round trip on this connection, sent after a change committed, has come back, the change has
 * been heard (postgres.js hands a connection's messages on in order). Round trips are shared: a
 * caller joins the next one to leave, never one already under way, which may have left before the
 * change it must see; under load one round trip serves every request that came meanwhile.
 *
 * While the connection is down nothing is taken from memory; when it is back (listening again),
 * everyone is forgotten, since changes may have been missed in between.
 */
export class PostgresPersonChanges implements PersonChanges {
  private readonly listeners: ((change: PersonChange) => void)[] = [];
  private listening = false;
  /** Counts connections: a round trip that began on an earlier one proves nothing. */
  private generation = 0;
  private inFlight: Promise<boolean> | undefined;
  private next: Promise<boolean> | undefined;
  private closed = false;
  private relistenTimer: NodeJS.Timeout | undefined;
  private readonly client: Sql;

  private constructor(
    createClient: (options: { onnotify: (channel: string, payload: string) => void; onclose: () => void }) => Sql,
    private readonly logger: Logger,
  ) {
    this.client = createClient({
      onnotify: (channel, payload) => {
        if (channel === CHANNEL) this.heard(payload);
      },
      onclose: () => this.lost(),
    });
  }

  /** Listens on its own connection to `url`; resolves once it listens. */
  static async start(url: string, logger: Logger): Promise<PostgresPersonChanges> {
    const { default: postgres } = await import('postgres');
    const feed = new PostgresPersonChanges(
      ({ onnotify, onclose }) =>
        // onnotify is postgres.js's own hook for notifications (its listen() uses it), missing from its types.
        postgres(url, {
          max: 1,
          // One connection for as long as Keino runs: a reconnect forgets everyone.
          idle_timeout: 0,
          max_lifetime: null,
          connect_timeout: 3,
          fetch_types: false,
          onnotice: () => {},
          onnotify,
          onclose,
        } as Parameters<typeof postgres>[1]),
      logger,
    );
    await feed.listen();
    return feed;
  }

  onChange(listener: (change: PersonChange) => void): void {
    this.listeners.push(listener);
  }

  catchUp(): Promise<boolean> {
    if (!this.listening) return Promise.resolve(false);
    if (this.next) return this.next;
    if (!this.inFlight) return this.roundTrip();
    const after = this.inFlight;
    this.next = after.then(() => {
      this.next = undefined;
      return this.listening ? this.roundTrip() : false;
    });
    return this.next;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.listening = false;
    if (this.relistenTimer) clearTimeout(this.relistenTimer);
    await this.client.end({ timeout: 2 });
  }

  private roundTrip(): Promise<boolean> {
    const generation = this.generation;
    const trip = this.client`select 1`.then(
      () => this.listening && this.generation === generation,
      () => false,
    );
    this.inFlight = trip;
    void trip.finally(() => {
      if (this.inFlight === trip) this.inFlight = undefined;
    });
    return trip;
  }

  private async listen(): Promise<void> {
    await this.client.unsafe(`listen ${CHANNEL}`);
    // Whatever was heard before this connection listened may be missing: forget everyone.
    this.generation += 1;
    this.tell('everyone');
    this.listening = true;
  }

  private lost(): void {
    if (this.closed) return;
    const wasListening = this.listening;
    this.listening = false;
    this.generation += 1;
    this.tell('everyone');
    if (wasListening) this.logger.warn({}, 'lost the connection that hears changes to people; reading them from the database until it is back');
    this.relisten();
  }

  private relisten(): void {
    if (this.closed || this.relistenTimer) return;
    this.relistenTimer = setTimeout(() => {
      this.relistenTimer = undefined;
      if (this.closed) return;
      this.listen().catch(() => this.relisten());
    }, RELISTEN_MS);
    this.relistenTimer.unref?.();
  }

  private heard(payload: string): void {
    const id = Number(payload);
    this.tell(payload === '*' || !Number.isInteger(id) ? 'everyone' : id);
  }

  private tell(change: PersonChange): void {
    for (const listener of this.listeners) listener(change);
  }
}
