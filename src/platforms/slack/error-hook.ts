import type { App } from '@slack/bolt';
import type { Locale } from '../../core/i18n/locale.js';
import { isUnavailable } from '../../core/errors.js';
import { translator } from '../../core/i18n/translator.js';
import { personal, text, type Message } from '../../core/messages/message.js';
import { sendPrivately } from './reply-delivery.js';
import type { SlackDeps } from './slack-deps.js';
import { slackConversation, slackIdentity } from './slack-people.js';

// biome-ignore lint/suspicious/noExplicitAny: any Slack payload (command, event, action); the few fields read are optional.
type Body = Record<string, any>;

/** What Bolt passes to the error hook with extendedErrorHandler: true. */
interface ErrorHookArgs {
  error: Error & { code?: string };
  body: unknown;
}

/** Who was answered, and how to reach them, from any kind of Slack request. */
interface Requester {
  teamId: string;
  userId: string;
  channelId?: string;
  threadTs?: string;
  responseUrl?: string;
}

/**
 * The one error hook of the Slack adapter (the core already answers its own failures politely;
 * this covers the adapter's). The person who was waiting gets a short apology they alone see, in
 * their language; the details go to the log. Nothing here throws: one request never stops Keino.
 */
export function registerErrorHook(bolt: App, deps: SlackDeps): void {
  const hook = async ({ error, body }: ErrorHookArgs): Promise<void> => {
    const requester = requesterOf(body as Body);
    deps.logger.error({ err: error, code: error.code, kind: kindOf(body as Body), team: requester?.teamId, user: requester?.userId }, 'Slack request failed');
    if (!requester || (body as Body).event?.type === 'app_home_opened') return;
    try {
      await apologise(deps, requester, databaseAway(error) ? 'errors.unavailable' : 'errors.internal');
    } catch (failure) {
      deps.logger.warn({ err: failure }, 'could not tell the person that their Slack request failed');
    }
  };
  bolt.error(hook as Parameters<App['error']>[0]);
}

async function apologise(deps: SlackDeps, requester: Requester, key: ApologyKey): Promise<void> {
  const message = await apology(deps, requester, key);
  if (requester.responseUrl) {
    const response = await fetch(requester.responseUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ response_type: 'ephemeral', replace_original: false, text: message.summary }),
    });
    if (response.ok) return;
  }
  const channel = requester.channelId ?? (await deps.messenger.openDirect(requester.userId));
  await sendPrivately(
    deps,
    { conversation: slackConversation(requester.teamId, channel, { threadTs: requester.threadTs }), userId: requester.userId },
    message,
  );
}

/** True when the database could not be reached; Bolt wraps errors without a code in one that keeps it as `original`. */
function databaseAway(error: Error & { original?: unknown; originals?: unknown[] }): boolean {
  return isUnavailable(error) || isUnavailable(error.original) || (error.originals ?? []).some(isUnavailable);
}

/** What went wrong, in the person's words: Keino's own failure, or its database out of reach (try again). */
type ApologyKey = 'errors.internal' | 'errors.unavailable';

async function apology(deps: SlackDeps, requester: Requester, key: ApologyKey): Promise<Message> {
  let locale: Locale = deps.defaultLocale;
  try {
    const person = await deps.core.services.people.peopleStore.findByIdentity(slackIdentity(requester.teamId, requester.userId));
    if (person?.locale) locale = person.locale;
  } catch {
    // The database may be what failed: the default language will do.
  }
  const sorry = translator(locale)(key);
  return personal([text(sorry)], sorry);
}

function requesterOf(body: Body): Requester | undefined {
  const event = body.event as Body | undefined;
  const teamId: string | undefined = body.team_id ?? body.team?.id ?? body.user?.team_id ?? event?.team;
  const userId: string | undefined =
    body.user_id ??
    body.user?.id ??
    (typeof event?.user === 'string' ? event.user : undefined) ??
    (typeof event?.user_id === 'string' ? event.user_id : undefined);
  if (!teamId || !userId) return undefined;
  return {
    teamId,
    userId,
    channelId: body.channel_id ?? body.channel?.id ?? body.container?.channel_id ?? event?.channel ?? event?.channel_id,
    threadTs: event?.thread_ts ?? (event?.type === 'app_mention' ? event.ts : undefined),
    responseUrl: typeof body.response_url === 'string' ? body.response_url : undefined,
  };
}

function kindOf(body: Body): string {
  if (body.command) return `command ${body.command}`;
  if (body.event?.type) return `event ${body.event.type}`;
  return String(body.type ?? 'unknown');
}
