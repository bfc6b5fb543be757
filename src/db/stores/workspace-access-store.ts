import { and, eq, gte, isNotNull, isNull, lt, or } from 'drizzle-orm';
import type { AccessLoss, Workspace, WorkspaceAccessStore } from '../../core/workspace-access/workspace-access-store.js';
import type { Executor } from '../client.js';
import { people } from '../schema/people.js';
import { workspaceAccess } from '../schema/workspace-access.js';

/** Lost while no restoration came after the loss. */
const isLost = or(isNull(workspaceAccess.restoredAt), lt(workspaceAccess.restoredAt, workspaceAccess.lostAt));

export class DrizzleWorkspaceAccessStore implements WorkspaceAccessStore {
  constructor(private readonly db: Executor) {}

  /** One statement: insert, or begin a new loss on a row whose last loss ended before this one. */
  async markLost(loss: AccessLoss): Promise<boolean> {
    const written = await this.db
      .insert(workspaceAccess)
      .values({ platform: loss.platform, tenantId: loss.tenantId, lostAt: loss.lostAt, reason: loss.reason })
      .onConflictDoUpdate({
        target: [workspaceAccess.platform, workspaceAccess.tenantId],
        set: { lostAt: loss.lostAt, reason: loss.reason },
        // Only a workspace that is back now, and came back before this loss (not a late event from before).
        setWhere: and(
          isNotNull(workspaceAccess.restoredAt),
          gte(workspaceAccess.restoredAt, workspaceAccess.lostAt),
          lt(workspaceAccess.restoredAt, loss.lostAt),
        ),
      })
      .returning({ tenantId: workspaceAccess.tenantId });
    return written.length === 1;
  }

  async markRestored(workspace: Workspace, at: Date): Promise<boolean> {
    const restored = await this.db
      .update(workspaceAccess)
      .set({ restoredAt: at })
      .where(and(eq(workspaceAccess.platform, workspace.platform), eq(workspaceAccess.tenantId, workspace.tenantId), isLost, lt(workspaceAccess.lostAt, at)))
      .returning({ tenantId: workspaceAccess.tenantId });
    return restored.length === 1;
  }

  async lost(): Promise<AccessLoss[]> {
    return this.db
      .select({ platform: workspaceAccess.platform, tenantId: workspaceAccess.tenantId, reason: workspaceAccess.reason, lostAt: workspaceAccess.lostAt })
      .from(workspaceAccess)
      .where(isLost);
  }

  async networkAdmins(): Promise<number[]> {
    const admins = await this.db.select({ id: people.id }).from(people).where(eq(people.role, 'admin')).orderBy(people.id);
    return admins.map((admin) => admin.id);
  }
}
