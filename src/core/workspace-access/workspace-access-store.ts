import type { Platform } from '../people/person.js';

/** Why Keino can no longer act in a workspace, as the platform said it. */
export type AccessLossReason = 'uninstalled' | 'tokens_revoked';

/** One platform's workspace: a Slack team, a Teams tenant. */
export interface Workspace {
  platform: Platform;
  tenantId: string;
}

export interface AccessLoss extends Workspace {
  reason: AccessLossReason;
  lostAt: Date;
}

/** The port for lost workspaces; implemented over Drizzle in src/db/stores. */
export interface WorkspaceAccessStore {
  /**
   * Records the loss unless the workspace is lost already or was restored at or after `lostAt`
   * (a late event from before a reinstall): true when it is a new loss.
   */
  markLost(loss: AccessLoss): Promise<boolean>;
  /** Ends a loss that began before `at`: true when the workspace was lost until now. */
  markRestored(workspace: Workspace, at: Date): Promise<boolean>;
  /** Every workspace lost now. */
  lost(): Promise<AccessLoss[]>;
  /** The people to tell: the network's admins. */
  networkAdmins(): Promise<number[]>;
}
