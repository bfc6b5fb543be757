import { createHash, randomBytes } from 'node:crypto';
import type { AuditLog } from '../audit/audit-log.js';
import { KeinoError } from '../errors.js';
import type { Locale } from '../i18n/locale.js';
import type { Transactions } from '../ports/transactions.js';

export const SIGN_IN_LINK_LIFETIME_MS = 10 * 60 * 1000;
export const SESSION_LIFETIME_MS = 8 * 60 * 60 * 1000;
/** Links one person may ask for in one window: enough for a typo or two, too few to flood a chat. */
export const SIGN_IN_LINKS_PER_WINDOW = 5;
export const SIGN_IN_LINK_WINDOW_MS = 10 * 60 * 1000;
export const DASHBOARD_PATH = '/dashboard';

/** What a session cookie opens: whose it is and the language chosen on the dashboard. */
export interface DashboardSession {
  id: number;
  personId: number;
  expiresAt: Date;
  locale: Locale | null;
}

/** The port to sign-in links and sessions; the Drizzle implementation lives in src/db/stores. */
export interface DashboardSessionStore {
  /** Links the person asked for since `since` (used or not). */
  linksSince(personId: number, since: Date): Promise<number>;
  addLink(link: { personId: number; tokenHash: string; createdAt: Date; expiresAt: Date }): Promise<void>;
  /** Uses the link (unused, unexpired at `now`): clears its hash and returns its person; undefined otherwise. */
  useLink(tokenHash: string, now: Date): Promise<number | undefined>;
  addSession(session: { personId: number; tokenHash: string; createdAt: Date; expiresAt: Date }): Promise<void>;
  findSession(tokenHash: string, now: Date): Promise<DashboardSession | undefined>;
  setSessionLocale(id: number, locale: Locale): Promise<void>;
  endSession(tokenHash: string): Promise<void>;
  /** Ends every session of the person; how many there were. */
  endSessionsOf(personId: number): Promise<number>;
  /** Drops links and sessions past their time (housekeeping on each sign-in). */
  forgetExpired(now: Date, linksBefore: Date): Promise<void>;
}

/** A token's stored form: its SHA-256, so a copy of the database opens no dashboard. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('base64url');
}

/** What a token looks like: 43 characters of base64url (32 random bytes). */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/**
 * Signing in to the web dashboard with a one-time link from chat, and the sessions that follow.
 * No passwords: whoever can use Keino in chat as a person can open the dashboard as them.
 */
export class DashboardAccess {
  constructor(
    private readonly store: DashboardSessionStore,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
    private readonly publicUrl: string | undefined,
  ) {}

  get available(): boolean {
    return this.publicUrl !== undefined;
  }

  /** Whether the dashboard is reached over plain http on this machine (cookies without Secure). */
  get local(): boolean {
    if (!this.publicUrl) return false;
    const { protocol, hostname } = new URL(this.publicUrl);
    return protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(hostname);
  }

  /** A new sign-in link for the person, valid ten minutes, or undefined without KEINO_PUBLIC_URL. */
  async issueLink(personId: number, now: Date): Promise<{ url: string; expiresAt: Date } | undefined> {
    if (!this.publicUrl) return undefined;
    const token = newToken();
    const expiresAt = new Date(now.getTime() + SIGN_IN_LINK_LIFETIME_MS);
    const issued = await this.transactions.atomically(async () => {
      if ((await this.store.linksSince(personId, new Date(now.getTime() - SIGN_IN_LINK_WINDOW_MS))) >= SIGN_IN_LINKS_PER_WINDOW) return false;
      await this.store.addLink({ personId, tokenHash: tokenHash(token), createdAt: now, expiresAt });
      return true;
    });
    if (!issued) throw new KeinoError('dashboard.too_many_links', 'dashboard.tooManyLinks');
    return { url: `${this.publicUrl}${DASHBOARD_PATH}/login/${token}`, expiresAt };
  }

  /**
   * Signs in with a link: the link is used up and a session begins for the person it was made
   * for, recorded in the audit log. Undefined for a link that is unknown, used or expired.
   */
  async signIn(token: string, now: Date, from: { userAgent?: string }): Promise<{ sessionToken: string; personId: number; expiresAt: Date } | undefined> {
    if (!TOKEN_SHAPE.test(token)) return undefined;
    const sessionToken = newToken();
    const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
    const personId = await this.transactions.atomically(async () => {
      const owner = await this.store.useLink(tokenHash(token), now);
      if (owner === undefined) return undefined;
      await this.store.addSession({ personId: owner, tokenHash: tokenHash(sessionToken), createdAt: now, expiresAt });
      await this.audit.record({
        actorPersonId: owner,
        action: 'dashboard.sign_in',
        target: `person:${owner}`,
        details: { until: expiresAt.toISOString(), ...(from.userAgent ? { userAgent: from.userAgent.slice(0, 200) } : {}) },
      });
      return owner;
    });
    if (personId === undefined) return undefined;
    await this.store.forgetExpired(now, new Date(now.getTime() - 24 * 60 * 60 * 1000));
    return { sessionToken, personId, expiresAt };
  }

  /** The session a cookie opens, if it is still in force. */
  session(sessionToken: string | undefined, now: Date): Promise<DashboardSession | undefined> {
    if (!sessionToken || !TOKEN_SHAPE.test(sessionToken)) return Promise.resolve(undefined);
    return this.store.findSession(tokenHash(sessionToken), now);
  }

  setLocale(session: DashboardSession, locale: Locale): Promise<void> {
    return this.store.setSessionLocale(session.id, locale);
  }

  /**
   * The form token of a session: derived from the cookie's secret, so only the browser that holds
   * the cookie can know it, and a form posted from another site carries none.
   */
  formToken(sessionToken: string): string {
    return createHash('sha256').update(`keino-dashboard-form\0${sessionToken}`, 'utf8').digest('base64url');
  }

  async signOut(sessionToken: string): Promise<void> {
    if (TOKEN_SHAPE.test(sessionToken)) await this.store.endSession(tokenHash(sessionToken));
  }

  /** Ends every session of the person (`dashboard revoke`), in the audit log. */
  async revoke(personId: number): Promise<number> {
    return this.transactions.atomically(async () => {
      const ended = await this.store.endSessionsOf(personId);
      await this.audit.record({ actorPersonId: personId, action: 'dashboard.revoke', target: `person:${personId}`, details: { sessions: ended } });
      return ended;
    });
  }
}

function newToken(): string {
  return randomBytes(32).toString('base64url');
}
