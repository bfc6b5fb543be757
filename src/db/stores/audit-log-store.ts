import { desc, eq } from 'drizzle-orm';
import type { AuditEntry, AuditLog } from '../../core/audit/audit-log.js';
import type { Executor } from '../client.js';
import { auditLog, people } from '../schema/index.js';

export class DrizzleAuditLog implements AuditLog {
  constructor(private readonly db: Executor) {}

  async record(entry: { actorPersonId: number | null; action: string; target?: string; details?: Record<string, unknown> }): Promise<void> {
    await this.db.insert(auditLog).values({
      actorPersonId: entry.actorPersonId,
      action: entry.action,
      target: entry.target ?? null,
      details: entry.details ?? null,
    });
  }

  async latest(limit: number): Promise<AuditEntry[]> {
    const rows = await this.db
      .select({
        id: auditLog.id,
        at: auditLog.at,
        actorPersonId: auditLog.actorPersonId,
        actorName: people.name,
        action: auditLog.action,
        target: auditLog.target,
        details: auditLog.details,
      })
      .from(auditLog)
      .leftJoin(people, eq(people.id, auditLog.actorPersonId))
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(limit);
    return rows;
  }
}
