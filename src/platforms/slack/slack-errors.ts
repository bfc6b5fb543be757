import { webApi } from '@slack/bolt';
import { DeliveryError } from '../../core/ports/platform-gateway.js';

/**
 * Slack's answers that no retry can change: the channel or person is gone, Keino may not post
 * there, or the message itself is wrong.
 */
const PERMANENT_ERRORS = new Set([
  'channel_not_found',
  'is_archived',
  'channel_is_archived',
  'account_inactive',
  'user_not_found',
  'user_disabled',
  'users_not_found',
  'not_in_channel',
  'cannot_dm_bot',
  'restricted_action',
  'no_permission',
  'missing_scope',
  'not_allowed_token_type',
  'invalid_auth',
  'not_authed',
  'token_revoked',
  'token_expired',
  'team_access_not_granted',
  'ekm_access_denied',
  'message_not_found',
  'cant_update_message',
  'edit_window_closed',
  'msg_too_long',
  'too_many_attachments',
  'invalid_blocks',
  'invalid_blocks_format',
  'invalid_arguments',
  'no_text',
]);

/** The `error` of an `ok: false` answer, or undefined for other failures. */
export function slackErrorCode(error: unknown): string | undefined {
  if (isCoded(error, webApi.ErrorCode.PlatformError)) return (error as { data?: { error?: string } }).data?.error;
  return undefined;
}

/** Seconds to wait, when Slack answered 429 (with rejectRateLimitedCalls). */
export function rateLimitedFor(error: unknown): number | undefined {
  if (isCoded(error, webApi.ErrorCode.RateLimitedError)) return (error as { retryAfter?: number }).retryAfter ?? 1;
  return undefined;
}

/** Any failure of a Web API call as a DeliveryError the scheduler knows how to treat. */
export function toDeliveryError(error: unknown, method: string): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const retryAfter = rateLimitedFor(error);
  if (retryAfter !== undefined) {
    return new DeliveryError(`Slack ${method} was rate limited; retry after ${retryAfter} s`, {
      retryAfterMs: retryAfter * 1000,
      status: 429,
      code: 'ratelimited',
    });
  }
  const code = slackErrorCode(error);
  if (code !== undefined) {
    return new DeliveryError(`Slack ${method} failed: ${code}`, { permanent: PERMANENT_ERRORS.has(code), code });
  }
  if (isCoded(error, webApi.ErrorCode.HTTPError)) {
    const status = (error as { statusCode?: number }).statusCode;
    return new DeliveryError(`Slack ${method} answered HTTP ${status}`, {
      status,
      permanent: status !== undefined && status >= 400 && status < 500 && status !== 408,
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new DeliveryError(`Slack ${method} could not be reached: ${message}`, { code: 'request_failed' });
}

function isCoded(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}
