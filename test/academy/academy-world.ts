import { sql } from 'drizzle-orm';
import type { Caller, KeinoCore } from '../../src/core/keino.js';
import type { Conversation } from '../../src/core/commands/conversation.js';
import type { Reply } from '../../src/core/messages/message.js';
import type { PlatformProfile } from '../../src/core/people/person.js';
import type { Database } from '../../src/db/client.js';
import { rowsOf } from '../../src/db/stores/people-store.js';
import { replyText } from '../helpers/test-core.js';

export const ADMIN_EMAIL = 'akatemia-admin@keino.fi';

export const slackDm: Conversation = { platform: 'slack', tenantId: 'T1', channelId: 'D1', kind: 'personal' };

/** A Slack user of the network; each name is its own person. */
export function slackCaller(userId: string, profile: Partial<PlatformProfile> = {}): Caller {
  return {
    identity: { platform: 'slack', tenantId: 'T1', userId },
    loadProfile: async () => ({ name: userId, email: `${userId.toLowerCase()}@kunta.fi`, ...profile }),
  };
}

export const admin = slackCaller('Admin', { name: 'Anna Admin', email: ADMIN_EMAIL });

export function say(core: KeinoCore, caller: Caller, text: string, conversation: Conversation = slackDm): Promise<Reply> {
  return core.handleText({ caller, conversation, text, source: 'command' });
}

/** The number in "Tilaisuus #12 … on lisätty". */
export function sessionIdOf(reply: Reply): number {
  const match = /#(\d+)/.exec(replyText(reply));
  if (!match) throw new Error(`No session number in: ${replyText(reply)}`);
  return Number(match[1]);
}

/** Rows of the academy's tables and the audit log: what "nothing was written" is measured by. */
export async function academyRowCount(db: Database): Promise<number> {
  const result = await db.execute(
    sql`select (select count(*) from academy_sessions) + (select count(*) from academy_registrations) + (select count(*) from audit_log) as n`,
  );
  return Number(rowsOf<{ n: string }>(result)[0]!.n);
}

export async function registrationRows(db: Database, sessionId: number) {
  const result = await db.execute(sql`
    select p.name, r.status, r.waiting_position
    from academy_registrations r join people p on p.id = r.person_id
    where r.session_id = ${sessionId}
    order by r.status, r.waiting_position nulls last, p.name`);
  return rowsOf<{ name: string; status: string; waiting_position: number | null }>(result);
}
