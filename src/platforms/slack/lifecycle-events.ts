import type { AnyMiddlewareArgs, App, Middleware } from '@slack/bolt';
import type { Logger } from '../../core/ports/logger.js';
import type { WorkspaceAccess } from '../../core/workspace-access/workspace-access.js';
import type { AccessLossReason } from '../../core/workspace-access/workspace-access-store.js';
import { workspaceOf, type RequestBody } from './workspace-allowlist.js';

/** The Events API events that end Keino's access to a workspace. */
const LOSS_EVENTS = new Set(['app_uninstalled', 'tokens_revoked']);

interface EventEnvelope {
  type?: string;
  team_id?: string;
  event_time?: number;
  event?: { type?: string };
}

/**
 * Slack's word that Keino lost a workspace, translated for the core:
 * - `app_uninstalled`: the app was removed from the workspace (https://api.slack.com/events/app_uninstalled);
 * - `tokens_revoked` with a `bot` entry: the bot token Keino sends with was revoked
 *   (https://api.slack.com/events/tokens_revoked). Only user (`oauth`) tokens revoked leaves Keino
 *   as it was: it uses none.
 * Both may come, in either order, and Slack retries each: the core records a loss once.
 */
export function registerLifecycleEvents(bolt: App, access: WorkspaceAccess): void {
  bolt.event('app_uninstalled', async ({ body }) => {
    await lose(access, body as EventEnvelope, 'uninstalled');
  });
  bolt.event('tokens_revoked', async ({ event, body }) => {
    if ((event.tokens.bot ?? []).length === 0) return;
    await lose(access, body as EventEnvelope, 'tokens_revoked');
  });
}

async function lose(access: WorkspaceAccess, envelope: EventEnvelope, reason: AccessLossReason): Promise<void> {
  if (!envelope.team_id) return;
  await access.lose({ platform: 'slack', tenantId: envelope.team_id, reason, lostAt: eventTime(envelope) ?? new Date() });
}

/**
 * Global Bolt middleware: any other request from a workspace Keino lost says Keino is installed
 * there again, since Slack sends an app nothing from a workspace it is not installed in. An
 * event counts from its event_time (a retried event from before the loss does not); a slash
 * command or click, which Slack never retries, from now.
 */
export function restoreOnRequests(access: WorkspaceAccess, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next }) => {
    const envelope = body as EventEnvelope;
    const isEvent = envelope.type === 'event_callback';
    const { teamId } = workspaceOf(body as RequestBody);
    if (teamId && !(isEvent && LOSS_EVENTS.has(envelope.event?.type ?? ''))) {
      try {
        await access.restore({ platform: 'slack', tenantId: teamId }, isEvent ? eventTime(envelope) : undefined);
      } catch (error) {
        // The request itself still deserves its answer; the next one tries again.
        logger.warn({ err: error, teamId }, 'could not record that Keino is back in a Slack workspace');
      }
    }
    await next();
  };
}

/** event_time: when the event happened, in whole seconds (https://api.slack.com/apis/events-api#callback-field). */
function eventTime(envelope: EventEnvelope): Date | undefined {
  return typeof envelope.event_time === 'number' && Number.isFinite(envelope.event_time) ? new Date(envelope.event_time * 1000) : undefined;
}
