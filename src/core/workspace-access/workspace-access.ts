import type { AuditLog } from '../audit/audit-log.js';
import type { Jobs } from '../jobs/jobs.js';
import type { Platform } from '../people/person.js';
import { silentLogger, type Logger } from '../ports/logger.js';
import { DeliveryError } from '../ports/platform-gateway.js';
import type { Transactions } from '../ports/transactions.js';
import { accessLostNoticeJob } from './access-lost-notices.js';
import type { AccessLoss, Workspace, WorkspaceAccessStore } from './workspace-access-store.js';

/**
 * How long this instance trusts its copy of the lost workspaces. A loss or reinstall that another
 * instance heard of reaches this one's sends at most this late; this instance's own at once.
 */
export const LOST_WORKSPACES_TTL_MS = 5_000;

export interface WorkspaceAccessOptions {
  store: WorkspaceAccessStore;
  transactions: Transactions;
  jobs: Jobs;
  audit: AuditLog;
  clock: () => Date;
  logger?: Logger;
}

/**
 * Whether Keino may still act in a workspace. A platform adapter reports a loss (Slack:
 * app_uninstalled, tokens_revoked) and a sign that Keino is back (a request from the workspace, a
 * token that works again); every send, edit and lookup addressed to a lost workspace is refused
 * before it reaches the platform or waits for its pace, with a permanent error, so its job fails
 * at once with that reason instead of retrying for an hour. The network's admins are told of a new
 * loss wherever else they can be reached.
 */
export class WorkspaceAccess {
  private readonly logger: Logger;
  private lostNow = new Map<string, AccessLoss>();
  private loadedAt = Number.NEGATIVE_INFINITY;
  private loading?: Promise<void>;

  constructor(private readonly options: WorkspaceAccessOptions) {
    this.logger = options.logger ?? silentLogger;
  }

  /**
   * Records that Keino lost its access. Idempotent: a repeated or second event (Slack retries an
   * event; app_uninstalled and tokens_revoked both come, in either order) changes nothing and
   * tells nobody again. True when this was a new loss.
   */
  async lose(loss: AccessLoss): Promise<boolean> {
    const { admins, lost } = await this.options.transactions.atomically(async () => {
      if (!(await this.options.store.markLost(loss))) return { lost: false, admins: [] };
      const admins = await this.options.store.networkAdmins();
      await this.options.jobs.enqueueMany(admins.map((personId) => accessLostNoticeJob.job(noticePayload(loss, personId), { dueAt: this.options.clock() })));
      await this.options.audit.record({ actorPersonId: null, action: 'workspace.accessLost', target: workspaceKey(loss), details: { reason: loss.reason } });
      return { lost: true, admins };
    });
    if (!lost) {
      // Recorded already, perhaps by another instance: read it afresh rather than wait out the copy's age.
      this.loadedAt = Number.NEGATIVE_INFINITY;
      return false;
    }
    this.lostNow.set(workspaceKey(loss), loss);
    // Always in the log, the console's and the server's: the one place every operator sees.
    this.logger.warn(
      { platform: loss.platform, tenantId: loss.tenantId, reason: loss.reason, adminsTold: admins.length },
      admins.length > 0
        ? 'Keino lost its access to a workspace; nothing is sent there until it is back'
        : 'Keino lost its access to a workspace and there is no network admin to tell',
    );
    if (admins.length > 0) this.options.jobs.wake();
    return true;
  }

  /** Keino is back in the workspace (at `at`, by the platform's clock where it says): sends go there again. */
  async restore(workspace: Workspace, at: Date = this.options.clock()): Promise<boolean> {
    await this.current();
    const loss = this.lostNow.get(workspaceKey(workspace));
    // The common case, every request from a workspace that was never lost: no database round trip.
    if (!loss || loss.lostAt >= at) return false;
    const restored = await this.options.transactions.atomically(async () => {
      if (!(await this.options.store.markRestored(workspace, at))) return false;
      await this.options.audit.record({ actorPersonId: null, action: 'workspace.accessRestored', target: workspaceKey(workspace) });
      return true;
    });
    this.lostNow.delete(workspaceKey(workspace));
    if (restored) this.logger.info({ platform: workspace.platform, tenantId: workspace.tenantId }, 'Keino is back in a workspace; sends go there again');
    return restored;
  }

  /** The workspace's loss, when Keino may not act there now. */
  async lostAccess(platform: Platform, tenantId: string): Promise<AccessLoss | undefined> {
    await this.current();
    return this.lostNow.get(workspaceKey({ platform, tenantId }));
  }

  /** The error a send to a lost workspace fails with (permanent: no retries), or undefined. */
  async refusal(platform: Platform, tenantId: string): Promise<DeliveryError | undefined> {
    const loss = await this.lostAccess(platform, tenantId);
    if (!loss) return undefined;
    return new DeliveryError(`Keino has no access to ${platform} workspace ${tenantId} (${loss.reason} at ${loss.lostAt.toISOString()})`, {
      permanent: true,
      code: 'access_lost',
    });
  }

  /** Throws {@link refusal}'s error for a lost workspace. */
  async assertReachable(platform: Platform, tenantId: string): Promise<void> {
    const refusal = await this.refusal(platform, tenantId);
    if (refusal) throw refusal;
  }

  private async current(): Promise<void> {
    if (performance.now() - this.loadedAt < LOST_WORKSPACES_TTL_MS) return;
    this.loading ??= this.options.store
      .lost()
      .then((losses) => {
        this.lostNow = new Map(losses.map((loss) => [workspaceKey(loss), loss]));
        this.loadedAt = performance.now();
      })
      .finally(() => (this.loading = undefined));
    await this.loading;
  }
}

function workspaceKey(workspace: Workspace): string {
  return `${workspace.platform}:${workspace.tenantId}`;
}

function noticePayload(loss: AccessLoss, personId: number) {
  return { personId, platform: loss.platform, tenantId: loss.tenantId, reason: loss.reason, lostAt: loss.lostAt.toISOString() };
}
