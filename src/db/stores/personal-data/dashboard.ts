import { count, eq, max } from 'drizzle-orm';
import { dashboardSessions, dashboardSignInLinks } from '../../schema/index.js';
import { changed, type PersonalDataProvider } from './provider.js';

/** Dashboard sign-in links and sessions: exported as counts and times (the tokens are secrets), erased with the person. */
export const dashboardData: PersonalDataProvider = {
  section: 'dashboard',
  covers: [dashboardSignInLinks.personId, dashboardSessions.personId],
  async export(db, personId) {
    const [links] = await db
      .select({ links: count(), lastAskedAt: max(dashboardSignInLinks.createdAt) })
      .from(dashboardSignInLinks)
      .where(eq(dashboardSignInLinks.personId, personId));
    const sessions = await db
      .select({ signedInAt: dashboardSessions.createdAt, until: dashboardSessions.expiresAt })
      .from(dashboardSessions)
      .where(eq(dashboardSessions.personId, personId));
    return { signInLinks: Number(links?.links ?? 0), lastLinkAskedAt: links?.lastAskedAt ?? null, sessions };
  },
  async erase(tx, { person }) {
    return {
      dashboard_sign_in_links: changed(
        await tx.delete(dashboardSignInLinks).where(eq(dashboardSignInLinks.personId, person.id)).returning({ id: dashboardSignInLinks.id }),
      ),
      dashboard_sessions: changed(await tx.delete(dashboardSessions).where(eq(dashboardSessions.personId, person.id)).returning({ id: dashboardSessions.id })),
    };
  },
};
