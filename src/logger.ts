import { pino, type DestinationStream, type Logger as PinoLogger } from 'pino';
import { requestContext } from './request-context.js';
import { redactText, redactValue } from './log-redaction.js';

/**
 * Keys of an error (and of the errors it wraps) that can carry people's text or credentials:
 * the parameters of a failed query, a request's config, headers and body, an API response.
 */
const SENSITIVE_ERROR_KEYS = new Set(['params', 'parameters', 'args', 'config', 'request', 'response', 'headers', 'body', 'data', 'text', 'token']);

function scrubbed(value: unknown, depth = 0): unknown {
  if (!value || typeof value !== 'object' || depth > 4) return value;
  if (Array.isArray(value)) return value.map((item) => scrubbed(item, depth + 1));
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) result[key] = SENSITIVE_ERROR_KEYS.has(key) ? '[redacted]' : scrubbed(item, depth + 1);
  return result;
}

/** The codes along an error's causes (ECONNRESET under a failed query …): what an operator looks for first. */
function causeCodes(error: Error): string[] {
  const codes: string[] = [];
  for (let current: unknown = error.cause, depth = 0; current && depth < 5; current = (current as { cause?: unknown }).cause, depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' || typeof code === 'number') codes.push(String(code));
  }
  return codes;
}

/** pino's error serializer, without what an error may carry of people's text or secrets. */
function errorSerializer(error: unknown): unknown {
  return redactValue(serializedError(error));
}

function serializedError(error: unknown): unknown {
  if (!(error instanceof Error)) return scrubbed(error);
  const serialized: Record<string, unknown> = { ...pino.stdSerializers.err(error) };
  const original = (error as { original?: unknown }).original;
  const codes = causeCodes(error);
  return scrubbed({
    ...serialized,
    ...(codes.length > 0 ? { causeCodes: codes } : {}),
    ...(original instanceof Error ? { original: pino.stdSerializers.err(original) } : {}),
  });
}

/**
 * Structured JSON logs on standard error, so that the console's replies on standard output stay
 * clean. Secrets and message text are redacted wherever they appear under these names, and
 * errors are logged without the query parameters, requests and responses they may carry.
 */
export function createLogger(level: string, destination: DestinationStream = pino.destination(2)): PinoLogger {
  return pino(
    {
      level,
      base: { service: 'keino' },
      // Every line written while handling a request says which one (X-Request-Id).
      mixin: () => requestContext.getStore() ?? {},
      serializers: { err: errorSerializer },
      // At every level: no e-mail address or token in any string of a line (redact below names the fields).
      formatters: { log: (object) => redactValue(object) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((arg) => (typeof arg === 'string' ? redactText(arg) : arg)) as Parameters<typeof method>);
        },
      },
      redact: {
        paths: [
          '*.token',
          '*.botToken',
          '*.appToken',
          '*.password',
          '*.appPassword',
          '*.signingSecret',
          '*.authorization',
          '*.headers.authorization',
          '*.text',
          'text',
          '*.email',
          'email',
          '*.question',
          'question',
          '*.answer',
          'answer',
          '*.body',
          'body',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
