import { pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { platformColumn } from './platform-column.js';

/**
 * Workspaces (a Slack team, a Teams tenant) where Keino lost its access: the app was removed or
 * its token revoked. Lost while `lost_at` is set and no later `restored_at`; a reinstall sets
 * `restored_at`, a new loss `lost_at` again. One row a workspace, so a repeated event changes
 * nothing.
 */
export const workspaceAccess = pgTable(
  'workspace_access',
  {
    platform: platformColumn().notNull(),
    tenantId: text('tenant_id').notNull(),
    /** When the platform said the access ended (Slack: the event's event_time). */
    lostAt: timestamp('lost_at', { withTimezone: true }).notNull(),
    /** What the platform said: 'uninstalled' or 'tokens_revoked'. */
    reason: text('reason', { enum: ['uninstalled', 'tokens_revoked'] }).notNull(),
    restoredAt: timestamp('restored_at', { withTimezone: true }),
  },
  (table) => [primaryKey({ columns: [table.platform, table.tenantId] })],
);
