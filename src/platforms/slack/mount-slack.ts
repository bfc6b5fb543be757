import type { Express } from 'express';
import { webApi } from '@slack/bolt';
import type { KeinoApp } from '../../app/keino-app-type.js';
import { DrizzleSlackEventReceipts } from '../../db/stores/slack-event-receipt-store.js';
import type { MountedPlatform } from '../../server/mounted-platform.js';
import { ACK_WINDOW_MS } from './ack-window.js';
import { registerAppHome } from './app-home.js';
import { registerBlockActions } from './block-actions.js';
import { boltLogger } from './bolt-logger.js';
import { createBoltApp, webClientOptions } from './create-bolt-app.js';
import { registerErrorHook } from './error-hook.js';
import { dedupeEvents } from './event-dedupe.js';
import { registerFileEvents } from './file-events.js';
import { registerLifecycleEvents, restoreOnRequests } from './lifecycle-events.js';
import { registerMessageEvents } from './message-events.js';
import { SlackGateway } from './slack-gateway.js';
import { SlackMessenger } from './slack-messenger.js';
import { registerShortcuts } from './shortcuts.js';
import { registerWorkflowSteps } from './workflow-steps.js';
import { registerSlashCommand } from './slash-command.js';
import { registerSlashCommandJobs } from './slash-command-job.js';
import type { SlackDeps } from './slack-deps.js';
import { registerViewSubmissions } from './view-submissions.js';
import { refuseOtherWorkspaces, servedWorkspaces } from './workspace-allowlist.js';

const RECEIPT_LIFETIME_MS = 24 * 60 * 60 * 1000;
const PRUNE_EVERY_MS = 60 * 60 * 1000;

/** Mounts Slack at POST /slack/events (or connects over Socket Mode) when Slack credentials are set. */
export async function mountSlack(app: KeinoApp, http: Express): Promise<MountedPlatform | undefined> {
  const config = app.config.slack;
  if (!config) return undefined;
  const logger = app.logger;
  const slackLogger = boltLogger(logger);
  const receipts = new DrizzleSlackEventReceipts(app.database.db);
  // Event ids and request signatures share the receipts: a replayed request is refused like a repeated event.
  const { bolt, router, socketMode } = await createBoltApp(config, logger, slackLogger, receipts);

  const deps: SlackDeps = {
    core: app.core.edge,
    logger,
    messenger: new SlackMessenger(bolt.client, { rateLimit: 'wait', logger }),
    defaultLocale: app.config.locale,
    ackWindowMs: ACK_WINDOW_MS,
    handovers: app.core.services.handovers,
  };
  // The gateway's own client hands 429s to the caller at once: the scheduler decides when to retry.
  const gatewayClient = new webApi.WebClient(config.botToken, webClientOptions(config, slackLogger));
  const access = app.core.services.workspaceAccess;
  const { served, ownTeam } = await servedWorkspaces(gatewayClient, config.allowedTeams);
  // auth.test accepted the bot token: Keino is installed in its workspace (again, after a reinstall's new token).
  if (ownTeam) await access.restore({ platform: 'slack', tenantId: ownTeam });
  bolt.use(refuseOtherWorkspaces(served, logger, app.config.locale));
  bolt.use(dedupeEvents(receipts, logger));
  bolt.use(restoreOnRequests(access, logger));
  registerSlashCommand(bolt, deps);
  registerSlashCommandJobs(app.core.services.jobs, app.core.services.handovers, deps);
  registerBlockActions(bolt, deps);
  registerViewSubmissions(bolt, deps);
  registerShortcuts(bolt, deps);
  registerWorkflowSteps(bolt, deps);
  registerMessageEvents(bolt, deps);
  registerFileEvents(bolt, deps);
  registerAppHome(bolt, deps);
  registerLifecycleEvents(bolt, access);
  registerErrorHook(bolt, deps);
  if (router) http.use(router);

  const gateway = new SlackGateway(new SlackMessenger(gatewayClient, { rateLimit: 'reject', logger }), logger);

  let pruning: NodeJS.Timeout | undefined;
  const prune = () =>
    receipts.prune(new Date(Date.now() - RECEIPT_LIFETIME_MS)).catch((error: unknown) => logger.warn({ err: error }, 'could not prune Slack event receipts'));

  return {
    platform: 'slack',
    gateway,
    async start() {
      void prune();
      pruning = setInterval(() => void prune(), PRUNE_EVERY_MS);
      pruning.unref();
      if (socketMode) await bolt.start();
      logger.info({ mode: socketMode ? 'socket' : 'http' }, 'Slack is connected');
    },
    async stop() {
      if (pruning) clearInterval(pruning);
      if (socketMode) await bolt.stop();
    },
  };
}
