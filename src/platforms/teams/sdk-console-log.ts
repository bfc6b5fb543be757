import { format } from 'node:util';
import type { Logger } from '../../core/ports/logger.js';
import { redactSdkMessage } from '../../log-redaction.js';

let target: Logger | undefined;

/**
 * The Bot Framework SDK (botbuilder, botframework-connector, teams-ai) has no logger of its own:
 * it writes warnings and errors with console.warn and console.error, errors with the request they
 * came from. Once Teams is loaded, those go into Keino's structured log instead, through the same
 * redaction as every other line (no payload, e-mail address or token).
 */
export function routeSdkConsoleTo(logger: Logger): void {
  const first = target === undefined;
  target = logger;
  if (!first) return;
  const route =
    (level: 'warn' | 'error') =>
    (...args: unknown[]) => {
      const error = args.find((arg): arg is Error => arg instanceof Error);
      const text = redactSdkMessage(format(...args.filter((arg) => !(arg instanceof Error))));
      target?.[level]({ component: 'teams-sdk', ...(error ? { err: error } : {}) }, text || (error ? 'Bot Framework SDK error' : ''));
    };
  console.warn = route('warn');
  console.error = route('error');
}
