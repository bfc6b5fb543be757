/**
 * What no log line may carry, whoever wrote it (Keino, Bolt and the Web API client, the Bot
 * Framework SDK): e-mail addresses, tokens and credentials, and message payloads (the JSON bodies
 * the SDKs print at debug level hold what people wrote and their profiles).
 */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const TOKENS = [
  /\bxox[a-z]-[A-Za-z0-9-]+/g, // Slack bot, user and refresh tokens
  /\bxapp-[A-Za-z0-9-]+/g, // Slack app-level tokens
  /\beyJ[\w-]+\.[\w-]+\.[\w-]*/g, // JWTs (Bot Framework bearer tokens)
  /\b(?:Bearer|Basic)\s+[\w.~+/=-]+/gi,
];
/** Secrets in addresses: pre-authorised download links, OAuth codes. */
const SECRET_PARAMETERS = /([?&](?:token|code|sig|tempauth|client_secret|access_token)=)[^&\s"]+/gi;

/** A log string with e-mail addresses and tokens replaced. */
export function redactText(value: string): string {
  let result = value.replace(EMAIL, '[e-mail]').replace(SECRET_PARAMETERS, '$1[redacted]');
  for (const pattern of TOKENS) result = result.replace(pattern, '[redacted]');
  return result;
}

/**
 * A message from an SDK's logger: payloads (anything from the first `{` or `[` on, as the SDKs
 * print request and response bodies) dropped, the rest redacted.
 */
export function redactSdkMessage(value: string): string {
  const payload = value.search(/[{[]/);
  return redactText(payload >= 0 ? `${value.slice(0, payload)}[payload redacted]` : value);
}

/** Every string inside a logged object redacted (a few levels deep; logged objects are small). */
export function redactValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  // Errors are left to the logger's error serializer, which redacts what it keeps.
  if (!value || typeof value !== 'object' || depth > 5 || value instanceof Date || value instanceof Error) return value;
  if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1));
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) result[key] = redactValue(item, depth + 1);
  return result;
}
