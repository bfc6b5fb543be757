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
}

/**
 * What the platforms allow a bot to post (checked 2026):
 * - Slack chat.postMessage: about 1 message a second per channel (short bursts tolerated), and a
 *   workspace-wide limit Slack describes as "several hundred messages a minute".
 * - Teams: per bot and conversation 7 a second, 8 in 2 s, 60 in 30 s, 1800 an hour; 50 a second
 *   per app and tenant.
 * Keino stays at or under these, so a thousand reminders due at 09:00 go out in a few minutes
 * instead of as a burst of 429s. A 429 that comes anyway pauses that conversation for Retry-After.
 */
export const PLATFORM_LIMITS: Record<Platform, PlatformLimits> = {
  slack: {
    perConversation: [{ limit: 1, windowMs: 1_000 }],
    perTenant: [
      { limit: 10, windowMs: 1_000 },
      { limit: 300, windowMs: 60_000 },
    ],
  },
  teams: {
    perConversation: [
      { limit: 7, windowMs: 1_000 },
      { limit: 8, windowMs: 2_000 },
      { limit: 60, windowMs: 30_000 },
      { limit: 1_800, windowMs: 3_600_000 },
    ],
    perTenant: [{ limit: 50, windowMs: 1_000 }],
  },
  console: { perConversation: [], perTenant: [] },
};

export interface PaceSlot {
  key: string;
  rules: RateRule[];
}

export interface PacerOptions {
  now: () => number;
  sleep: (milliseconds: number) => Promise<void>;
}

interface Lane {
  /** Reserved send times, ascending; only as many as the longest rule needs. */
  times: number[];
  pausedUntil: number;
}

const realTime: PacerOptions = {
  now: () => Date.now(),
  sleep: (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds)),
};

/**
 * An in-process pacer: each send reserves the earliest time at which every rule of every slot
 * (its conversation, its tenant) allows it, and waits until then. Reservations are first come,
 * first served, so concurrent senders are spaced rather than all retrying at once. Each instance
 * paces its own sends; several instances share the platform's budget, and a 429 that follows is
 * retried at its Retry-After.
 */
export class Pacer {
  private readonly lanes = new Map<string, Lane>();
  private reservations = 0;

  constructor(private readonly options: PacerOptions = realTime) {}

  /** Waits until a send through these slots is within every rule; returns how long it waited. */
  async wait(slots: PaceSlot[]): Promise<number> {
    const now = this.options.now();
    const at = this.reserve(slots, now);
    const delay = at - now;
    if (delay > 0) await this.options.sleep(delay);
    return Math.max(0, delay);
  }

  /** The platform said 429: nothing more through this slot until Retry-After has passed. */
  pause(key: string, milliseconds: number): void {
    const lane = this.lane(key);
    lane.pausedUntil = Math.max(lane.pausedUntil, this.options.now() + milliseconds);
  }

  private reserve(slots: PaceSlot[], now: number): number {
    let at = now;
    // Each rule can only push the time later; repeat until no rule objects.
    for (let changed = true; changed; ) {
      changed = false;
      for (const slot of slots) {
        const lane = this.lane(slot.key);
        const earliest = Math.max(lane.pausedUntil, lane.times.at(-1) ?? -Infinity, ...slot.rules.map((rule) => earliestFor(lane.times, rule)));
        if (earliest > at) {
          at = earliest;
          changed = true;
        }
      }
    }
    for (const slot of slots) {
      const lane = this.lane(slot.key);
      lane.times.push(at);
      const keep = Math.max(0, ...slot.rules.map((rule) => rule.limit));
      if (lane.times.length > keep) lane.times.splice(0, lane.times.length - keep);
    }
    if (++this.reservations % 1_000 === 0) this.forgetIdle(now);
    return at;
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
      if ((lane.times.at(-1) ?? 0) < now - 3_600_000 && lane.pausedUntil < now) this.lanes.delete(key);
    }
  }
}

/** With sends at `times` (ascending), the earliest time one more keeps `rule`. */
function earliestFor(times: number[], rule: RateRule): number {
  if (times.length < rule.limit) return -Infinity;
  return times[times.length - rule.limit]! + rule.windowMs;
}

/** No pacing at all: for tests of the engine itself, where sends go to a local recorder. */
export const UNLIMITED: Record<Platform, PlatformLimits> = {
  slack: { perConversation: [], perTenant: [] },
  teams: { perConversation: [], perTenant: [] },
  console: { perConversation: [], perTenant: [] },
};

/** The slots a send goes through on a platform: its conversation and its tenant. */
export function paceSlots(limits: Record<Platform, PlatformLimits>, platform: Platform, tenantId: string, conversationKey: string): PaceSlot[] {
  const { perConversation, perTenant } = limits[platform];
  const slots: PaceSlot[] = [];
  if (perConversation.length > 0) slots.push({ key: `${platform}:${tenantId}:${conversationKey}`, rules: perConversation });
  if (perTenant.length > 0) slots.push({ key: `${platform}:${tenantId}`, rules: perTenant });
  return slots;
}
