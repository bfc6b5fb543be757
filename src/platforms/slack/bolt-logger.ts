import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../core/ports/logger.js';
import { redactSdkMessage } from '../../log-redaction.js';

/**
 * Bolt's and the Web API client's logs, into Keino's structured log (its level decides what shows).
 * At debug level the Web API client prints request and response bodies (message texts, profiles
 * with e-mail addresses): payloads are dropped and the rest redacted, at every level.
 */
export function boltLogger(logger: Logger): BoltLogger {
  let level = LogLevel.DEBUG;
  let name = 'slack';
  // Bolt writes debug lines on every request: below the log's level they are not even put together.
  const enabled = (method: 'debug' | 'info' | 'warn' | 'error') => {
    const isLevelEnabled = (logger as { isLevelEnabled?: (level: string) => boolean }).isLevelEnabled;
    return typeof isLevelEnabled === 'function' ? isLevelEnabled.call(logger, method) : true;
  };
  const write =
    (method: 'debug' | 'info' | 'warn' | 'error') =>
    (...messages: unknown[]) => {
      if (!enabled(method)) return;
      const error = messages.find((message) => message instanceof Error);
      const text = messages
        .filter((message) => !(message instanceof Error))
        .map((message) => (typeof message === 'string' ? message : safeJson(message)))
        .map(redactSdkMessage)
        .join(' ');
      logger[method]({ component: name, ...(error ? { err: error } : {}) }, text);
    };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    setLevel: (next) => (level = next),
    getLevel: () => level,
    setName: (next) => (name = next),
  };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
