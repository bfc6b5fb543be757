import { and, count, eq, gt, gte, isNull, lt, or, sql } from 'drizzle-orm';
import type { DashboardSession, DashboardSessionStore } from '../../core/dashboard/dashboard-access.js';
import type { Locale } from '../../core/i18n/locale.js';
import type { Executor } from '../client.js';
import { dashboardSessions, dashboardSignInLinks } from '../schema/index.js';

export class DrizzleDashboardSessionStore implements DashboardSessionStore {
  constructor(private readonly db: Executor) {}

  async linksSince(personId: number, since: Date): Promise<number> {
    // The person's row locked: two requests at once count one after the other.
    await this.db.execute(sql`select id from people where id = ${personId} for update`);
    const [row] = await this.db
      .select({ links: count() })
      .from(dashboardSignInLinks)
      .where(and(eq(dashboardSignInLinks.personId, personId), gte(dashboardSignInLinks.createdAt, since)));
    return Number(row?.links ?? 0);
  }

  async addLink(link: { personId: number; tokenHash: string; createdAt: Date; expiresAt: Date }): Promise<void> {
    await this.db.insert(dashboardSignInLinks).values(link);
  }

  async useLink(tokenHash: string, now: Date): Promise<number | undefined> {
    // Single use, even when the link is opened twice at once: the second finds no hash to clear.
    const [used] = await this.db
      .update(dashboardSignInLinks)
      .set({ tokenHash: null, usedAt: now })
      .where(and(eq(dashboardSignInLinks.tokenHash, tokenHash), isNull(dashboardSignInLinks.usedAt), gt(dashboardSignInLinks.expiresAt, now)))
      .returning({ personId: dashboardSignInLinks.personId });
    return used?.personId;
  }

  async addSession(session: { personId: number; tokenHash: string; createdAt: Date; expiresAt: Date }): Promise<void> {
    await this.db.insert(dashboardSessions).values(session);
  }

  async findSession(tokenHash: string, now: Date): Promise<DashboardSession | undefined> {
    const [row] = await this.db
      .select({ id: dashboardSessions.id, personId: dashboardSessions.personId, expiresAt: dashboardSessions.expiresAt, locale: dashboardSessions.locale })
      .from(dashboardSessions)
      .where(and(eq(dashboardSessions.tokenHash, tokenHash), gt(dashboardSessions.expiresAt, now)));
    return row;
  }

  async setSessionLocale(id: number, locale: Locale): Promise<void> {
    await this.db.update(dashboardSessions).set({ locale }).where(eq(dashboardSessions.id, id));
  }

  async endSession(tokenHash: string): Promise<void> {
    await this.db.delete(dashboardSessions).where(eq(dashboardSessions.tokenHash, tokenHash));
  }

  async endSessionsOf(personId: number): Promise<number> {
    const ended = await this.db.delete(dashboardSessions).where(eq(dashboardSessions.personId, personId)).returning({ id: dashboardSessions.id });
    return ended.length;
  }

  async forgetExpired(now: Date, linksBefore: Date): Promise<void> {
    await this.db.delete(dashboardSessions).where(lt(dashboardSessions.expiresAt, now));
    await this.db
      .delete(dashboardSignInLinks)
      .where(or(lt(dashboardSignInLinks.createdAt, linksBefore), and(lt(dashboardSignInLinks.expiresAt, linksBefore), isNull(dashboardSignInLinks.usedAt))));
  }
}
