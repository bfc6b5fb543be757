import { eq, sql } from 'drizzle-orm';
import type { CalendarFeedStore } from '../../core/academy/calendar-feeds.js';
import type { Executor } from '../client.js';
import { calendarFeeds } from '../schema/index.js';

export class DrizzleCalendarFeedStore implements CalendarFeedStore {
  constructor(private readonly db: Executor) {}

  async tokenOf(personId: number): Promise<string | undefined> {
    const [row] = await this.db.select({ token: calendarFeeds.token }).from(calendarFeeds).where(eq(calendarFeeds.personId, personId));
    return row?.token;
  }

  async setToken(personId: number, token: string, options: { onlyIfNone: boolean }): Promise<string> {
    const insert = this.db.insert(calendarFeeds).values({ personId, token });
    if (options.onlyIfNone) {
      await insert.onConflictDoNothing({ target: calendarFeeds.personId });
      // Two first uses at once: both answer with the token that won.
      return (await this.tokenOf(personId))!;
    }
    await insert.onConflictDoUpdate({ target: calendarFeeds.personId, set: { token, createdAt: sql`now()` } });
    return token;
  }

  async personOf(token: string): Promise<number | undefined> {
    const [row] = await this.db.select({ personId: calendarFeeds.personId }).from(calendarFeeds).where(eq(calendarFeeds.token, token));
    return row?.personId;
  }
}
