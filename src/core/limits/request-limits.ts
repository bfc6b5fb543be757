import { KeinoError } from '../errors.js';

export interface RequestLimitSettings {
  /** Commands, clicks, form submissions and files a person may send in a minute. */
  perPersonPerMinute: number;
  /** The same for everyone of one organisation together. */
  perOrganisationPerMinute: number;
}

export const DEFAULT_REQUEST_LIMITS: RequestLimitSettings = { perPersonPerMinute: 30, perOrganisationPerMinute: 600 };

/** Past a limit: the person is asked to wait, in their language, and nothing runs. */
export class TooManyRequests extends KeinoError {
  constructor(seconds: number) {
    super('limits.too_many', 'limits.tooMany', { seconds });
  }
}

/**
 * Token buckets per person and per organisation, in this instance's memory: each holds a minute's
 * allowance and refills evenly, so a burst of 30 passes and the 31st within the minute waits.
 * Several instances each count their own share (the load balancer spreads a person's requests),
 * which bounds a person at the limit times the instances; no instance needs another's counts.
 */
export class RequestLimits {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly settings: RequestLimitSettings,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one request from the person's and the organisation's allowance, or throws TooManyRequests. */
  take(personId: number, organisationId: number | null): void {
    const person = this.refill(`person:${personId}`, this.settings.perPersonPerMinute);
    const organisation = organisationId === null ? undefined : this.refill(`organisation:${organisationId}`, this.settings.perOrganisationPerMinute);
    const short = [
      [person, this.settings.perPersonPerMinute],
      ...(organisation ? [[organisation, this.settings.perOrganisationPerMinute] as const] : []),
    ] as const;
    for (const [bucket, perMinute] of short) {
      if (bucket.tokens < 1) throw new TooManyRequests(Math.max(1, Math.ceil(((1 - bucket.tokens) * 60) / perMinute)));
    }
    person.tokens -= 1;
    if (organisation) organisation.tokens -= 1;
  }

  private refill(key: string, perMinute: number): { tokens: number; at: number } {
    const now = this.now();
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size >= 100_000) this.forgetFull(now);
      bucket = { tokens: perMinute, at: now };
      this.buckets.set(key, bucket);
    }
    bucket.tokens = Math.min(perMinute, bucket.tokens + ((now - bucket.at) / 60_000) * perMinute);
    bucket.at = now;
    return bucket;
  }

  /** Buckets idle for a minute are full again: forgetting them changes nothing. */
  private forgetFull(now: number): void {
    for (const [key, bucket] of this.buckets) if (now - bucket.at >= 60_000) this.buckets.delete(key);
  }
}
