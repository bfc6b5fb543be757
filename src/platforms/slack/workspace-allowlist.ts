import type { AnyMiddlewareArgs, Middleware, webApi } from '@slack/bolt';
import type { Locale } from '../../core/i18n/locale.js';
import { translate } from '../../core/i18n/translator.js';
import type { Logger } from '../../core/ports/logger.js';

/**
 * The workspaces Keino answers: the one its bot token belongs to (auth.test's team and, on
 * Enterprise Grid, enterprise id) and any SLACK_ALLOWED_TEAMS. A signed request only proves it
 * came from Slack, not that it came from Keino's workspace (an app distributed to others, a
 * Slack Connect organisation): anything else is refused before a listener runs.
 */
export async function servedWorkspaces(client: webApi.WebClient, extra: readonly string[] = []): Promise<{ served: Set<string>; ownTeam?: string }> {
  const identity = await client.auth.test();
  const served = new Set(extra);
  if (identity.team_id) served.add(identity.team_id);
  if (identity.enterprise_id) served.add(identity.enterprise_id);
  return { served, ...(identity.team_id ? { ownTeam: identity.team_id } : {}) };
}

/**
 * Global Bolt middleware, first in line: a request from a workspace Keino does not serve is
 * acknowledged with one polite sentence (a slash command's ephemeral answer; clicks and forms
 * are only acknowledged) and writes nothing.
 */
export function refuseOtherWorkspaces(served: ReadonlySet<string>, logger: Logger, defaultLocale: Locale): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const { body, next } = args;
    // From the request itself: with one bot token Bolt's context always names the token's workspace.
    const { teamId, enterpriseId } = workspaceOf(body as RequestBody);
    if ((teamId && served.has(teamId)) || (enterpriseId && served.has(enterpriseId))) {
      await next();
      return;
    }
    logger.warn({ teamId, enterpriseId, type: (body as { type?: string }).type }, 'refused a Slack request from a workspace Keino does not serve');
    const ack = (args as { ack?: (response?: unknown) => Promise<void> }).ack;
    if (!ack) return; // events: acknowledged by Bolt already
    if ((body as { command?: string }).command) await ack({ response_type: 'ephemeral', text: translate(defaultLocale, 'access.notServed') });
    else await ack();
  };
}

export interface RequestBody {
  team_id?: unknown;
  enterprise_id?: unknown;
  team?: { id?: unknown } | null;
  enterprise?: { id?: unknown } | null;
  user?: { team_id?: unknown };
  view?: { team_id?: unknown };
}

/** The workspace a slash command, event, click or form submission says it comes from. */
export function workspaceOf(body: RequestBody): { teamId?: string; enterpriseId?: string } {
  const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
  return {
    teamId: text(body.team_id) ?? text(body.team?.id) ?? text(body.view?.team_id) ?? text(body.user?.team_id),
    enterpriseId: text(body.enterprise_id) ?? text(body.enterprise?.id),
  };
}
