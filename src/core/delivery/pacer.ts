import type { Platform } from '../people/person.js';

/** At most `limit` sends in any `windowMs`. */
export interface RateRule {
  limit: number;
  windowMs: number;
}

export interface PlatformLimits {
  /** A channel, group chat or one person's direct messages. */
  perConversation: RateRule[];
  /** A Slack workspace or a Teams tenant, for the whole app. */
  perTenant: RateRule[];
  /**
   * Platform methods with a rate tier of their own, per workspace or tenant: the profile lookup
   * (Slack users.info) and the edit of a message (Slack chat.update).
   */
  perMethod?: Partial<Record<PacedMethod, RateRule[]>>;
}

/**
 * Calls other than posts that are paced: a person's profile, an edit of a posted message. Each
 * platform states its limits in its definition (src/platforms/<platform>), from its documentation.
 */
export type PacedMethod = 'profile' | 'update';

/** Every platform's limits, by id (src/app/platforms.ts); a platform left out is not paced. */
export type SendLimits = Readonly<Partial<Record<Platform, PlatformLimits>>>;

const NO_LIMITS: PlatformLimits = { perConversation: [], perTenant: [] };

export interface PaceSlot {
  key: string;
  rules: RateRule[];
}

export interface PacerOptions {
  now: () => number;
  sleep: (milliseconds: number) => Promise<void>;
  /**
   * The budget every instance shares through the database; without it this process paces only its
   * own sends (tests, the console, one instance alone).
   */
  shared?: SharedSendBudget;
  /**
   * Share of each window kept free (0.03: a 60-second window counts as 61.8 s). A send reserved at
   * the edge of a window reaches the platform a little later than planned, and later by a different
   * amount than the send it must follow by a full window; the headroom absorbs that jitter.
   */
  headroom?: number;
}

/** One slot's reservations: the send times (ascending, as many as its longest rule needs) and any 429 pause. */
export interface Lane {
  times: number[];
  pausedUntil: number;
}

/**
 * Where several instances keep their lanes: `reserve` locks the slots' lanes (every instance's
 * reservations so far), lets `decide` choose the time and update them, and stores them, all in one
 * transaction, so two instances never take the same place in a window.
 */
export interface SharedSendBudget {
  reserve(keys: string[], decide: (lanes: Map<string, Lane>) => number): Promise<number>;
  /** A 429: nothing through these slots before `until`. */
  pause(keys: string[], until: number): Promise<void>;
  /** Drops lanes with no reservation since `before` and no pause after it; returns how many. */
  forgetIdle(before: number): Promise<number>;
}

/** The real clock: what production paces by. */
export const REAL_TIME: PacerOptions = {
  now: () => Date.now(),
  sleep: (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds)),
};

const IDLE_MS = 3_600_000;

/**
 * The pacer: each send reserves the earliest time at which every rule of every slot (its
 * conversation, its tenant) allows it, and waits until then. Reservations are first come, first
 * served, so concurrent senders are spaced rather than all retrying at once. With a
 * {@link SharedSendBudget} the lanes live in the database and every instance reserves in the same
 * ones, so three instances together keep the workspace's limits as one would; without it each
 * process paces only itself. A 429 that comes anyway pauses the slot for its Retry-After.
 */
export class Pacer {
  private readonly lanes = new Map<string, Lane>();
  private reservations = 0;

  constructor(private readonly options: PacerOptions = REAL_TIME) {}

  /** Waits until a send through these slots is within every rule; returns how long it waited. */
  async wait(slots: PaceSlot[]): Promise<number> {
    const reserved = await this.waitAtMost(slots, Infinity);
    return reserved.reserved ? reserved.waitedMs : 0;
  }

  /**
   * Like {@link wait} when the slots allow a call within `maxWaitMs`; otherwise reserves nothing,
   * waits not, and tells when the earliest free place is (a background job is postponed to then
   * rather than holding a worker).
   */
  async waitAtMost(slots: PaceSlot[], maxWaitMs: number): Promise<{ reserved: true; waitedMs: number } | { reserved: false; freeAt: number }> {
    if (slots.length === 0) return { reserved: true, waitedMs: 0 };
    const now = this.options.now();
    const headroom = this.options.headroom ?? 0;
    const latest = now + maxWaitMs;
    const { shared } = this.options;
    const at = shared
      ? await shared.reserve(
          slots.map((slot) => slot.key),
          (lanes) => reserveIn(slots, (key) => laneIn(lanes, key), now, headroom, latest),
        )
      : reserveIn(slots, (key) => this.lane(key), now, headroom, latest);
    if (at > latest) return { reserved: false, freeAt: at };
    if (++this.reservations % 1_000 === 0) this.forgetIdle(now);
    const delay = at - now;
    if (delay > 0) await this.options.sleep(delay);
    return { reserved: true, waitedMs: Math.max(0, delay) };
  }

  /** The platform said 429: nothing more through this slot until Retry-After has passed. */
  pause(key: string, milliseconds: number): void {
    const until = this.options.now() + milliseconds;
    const lane = this.lane(key);
    lane.pausedUntil = Math.max(lane.pausedUntil, until);
    // The other instances learn of it too; if the database does not answer, this one still waits.
    this.options.shared?.pause([key], until).catch(() => undefined);
  }

  private lane(key: string): Lane {
    let lane = this.lanes.get(key);
    if (!lane) {
      lane = { times: [], pausedUntil: 0 };
      this.lanes.set(key, lane);
    }
    return lane;
  }

  /** Lanes of conversations not posted to for an hour hold nothing that matters. */
  private forgetIdle(now: number): void {
    for (const [key, lane] of this.lanes) {
      if ((lane.times.at(-1) ?? 0) < now - IDLE_MS && lane.pausedUntil < now) this.lanes.delete(key);
    }
    this.options.shared?.forgetIdle(now - IDLE_MS).catch(() => undefined);
  }
}

function laneIn(lanes: Map<string, Lane>, key: string): Lane {
  let lane = lanes.get(key);
  if (!lane) {
    lane = { times: [], pausedUntil: 0 };
    lanes.set(key, lane);
  }
  return lane;
}

/**
 * The earliest time from `now` at which one more send keeps every rule of every slot (and no slot
 * is paused); records it in each slot's lane, keeping only as many times as the longest rule needs.
 * A time after `latest` is returned without being recorded.
 */
export function reserveIn(slots: PaceSlot[], laneOf: (key: string) => Lane, now: number, headroom = 0, latest = Infinity): number {
  let at = now;
  // Each rule can only push the time later; repeat until no rule objects.
  for (let changed = true; changed; ) {
    changed = false;
    for (const slot of slots) {
      const lane = laneOf(slot.key);
      const earliest = Math.max(lane.pausedUntil, lane.times.at(-1) ?? -Infinity, ...slot.rules.map((rule) => earliestFor(lane.times, rule, headroom)));
      if (earliest > at) {
        at = earliest;
        changed = true;
      }
    }
  }
  if (at > latest) return at;
  for (const slot of slots) {
    const lane = laneOf(slot.key);
    lane.times.push(at);
    const keep = Math.max(0, ...slot.rules.map((rule) => rule.limit));
    if (lane.times.length > keep) lane.times.splice(0, lane.times.length - keep);
  }
  return at;
}

/** With sends at `times` (ascending), the earliest time one more keeps `rule`. */
function earliestFor(times: number[], rule: RateRule, headroom: number): number {
  if (times.length < rule.limit) return -Infinity;
  return times[times.length - rule.limit]! + rule.windowMs * (1 + headroom);
}

/** Keeps 3 % of every window free (see {@link PacerOptions.headroom}). */
export const SEND_HEADROOM = 0.03;

/** The slots a send goes through on a platform: its conversation and (unless `tenantWide` is false) its tenant. */
export function paceSlots(
  limits: SendLimits,
  platform: Platform,
  tenantId: string,
  conversationKey: string,
  { tenantWide = true }: { tenantWide?: boolean } = {},
): PaceSlot[] {
  const { perConversation, perTenant } = limits[platform] ?? NO_LIMITS;
  const slots: PaceSlot[] = [];
  if (perConversation.length > 0) slots.push({ key: `${platform}:${tenantId}:${conversationKey}`, rules: perConversation });
  if (tenantWide && perTenant.length > 0) slots.push({ key: `${platform}:${tenantId}`, rules: perTenant });
  return slots;
}

/** The slot of a method with a tier of its own in a workspace or tenant; none when the platform sets no limit for it. */
export function methodSlots(limits: SendLimits, platform: Platform, tenantId: string, method: PacedMethod): PaceSlot[] {
  const rules = limits[platform]?.perMethod?.[method] ?? [];
  return rules.length > 0 ? [{ key: `${platform}:${tenantId}:method:${method}`, rules }] : [];
}
