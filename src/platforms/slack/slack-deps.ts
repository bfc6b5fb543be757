import type { Locale } from '../../core/i18n/locale.js';
import type { CommandHandovers } from '../../core/jobs/command-handover.js';
import type { KeinoCore } from '../../core/keino.js';
import type { Logger } from '../../core/ports/logger.js';
import type { SlackMessenger } from './slack-messenger.js';

/** What Slack's listeners share. */
export interface SlackDeps {
  core: KeinoCore;
  logger: Logger;
  /** Web API calls made while answering someone (rate limits waited out per call). */
  messenger: SlackMessenger;
  /** The network's default language, for when the person is not known. */
  defaultLocale: Locale;
  /** How long a slash command or form may run before Keino acknowledges and answers later. */
  ackWindowMs: number;
  /** Slow commands and forms become jobs before they are acknowledged. */
  handovers: CommandHandovers;
}
