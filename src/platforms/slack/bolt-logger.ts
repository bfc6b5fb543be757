import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../core/ports/logger.js';

/** Bolt's and the Web API client's logs, into Keino's structured log (its level decides what shows). */
export function boltLogger(logger: Logger): BoltLogger {
  let level = LogLevel.DEBUG;
  let name = 'slack';
  const write = (method: 'debug' | 'info' | 'warn' | 'error') => (...messages: unknown[]) => {
    const error = messages.find((message) => message instanceof Error);
    const text = messages
      .filter((message) => !(message instanceof Error))
      .map((message) => (typeof message === 'string' ? message : safeJson(message)))
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
