import { Application, type TeamsAdapter } from '@microsoft/teams-ai';
import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { Locale } from '../../core/i18n/locale.js';
import { cardActionListener } from './card-action-listener.js';
import { membersAddedListener, rememberConversation, removalListener, type ConversationListenerDeps } from './conversation-listener.js';
import { messageListener } from './message-listener.js';
import { registerMessageExtension } from './message-extension.js';
import { registerFileConsent, type FileConsentDeps } from './file-consent.js';
import type { TeamsAssets } from './teams-assets.js';
import { turnErrorHandler } from './turn-error-handler.js';

/**
 * teams-ai 1.7.4 stores `startTypingTimer: false` but run() starts the typing timer anyway (and
 * keeps one timer for all concurrent turns); this honours the option.
 */
class QuietApplication extends Application {
  override startTypingTimer(context: TurnContext): void {
    if (this.options.startTypingTimer) super.startTypingTimer(context);
  }
}

export interface TeamsBotOptions extends ConversationListenerDeps, Pick<FileConsentDeps, 'downloads' | 'people'> {
  assets: TeamsAssets;
  adapter: TeamsAdapter;
  appId: string;
  defaultLocale: Locale;
  fileOrigins?: readonly string[];
}

/**
 * The teams-ai Application with Keino's routes. No AI features: the command core decides what a
 * message means. No typing indicators (startTypingTimer: false); the @mention of Keino is removed
 * before the text reaches the core.
 */
export function createTeamsBot(options: TeamsBotOptions): Application {
  const bot = new QuietApplication({
    adapter: options.adapter,
    ...(options.appId ? { botAppId: options.appId } : {}),
    startTypingTimer: false,
    removeRecipientMention: true,
    longRunningMessages: false,
  });
  bot.error(turnErrorHandler(options.logger, options.defaultLocale));
  bot.turn('beforeTurn', rememberConversation(options));
  bot.conversationUpdate('membersAdded', membersAddedListener(options));
  bot.conversationUpdate('membersRemoved', removalListener(options));
  bot.activity(ActivityTypes.InstallationUpdate, removalListener(options));
  // Every verb: a RegExp route, because teams-ai matches a string verb exactly.
  bot.adaptiveCards.actionExecute(/^/, cardActionListener(options));
  registerMessageExtension(bot, options);
  registerFileConsent(bot, options);
  bot.activity(ActivityTypes.Message, messageListener(options));
  return bot;
}

export type TeamsTurnLogic = (context: TurnContext) => Promise<void>;

export function turnLogic(bot: Application): TeamsTurnLogic {
  return async (context) => {
    await bot.run(context);
  };
}
