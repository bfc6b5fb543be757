import type { CommandContext } from '../commands/command.js';
import type { Conversation } from '../commands/conversation.js';
import type { MessageKey } from '../i18n/catalogue.js';

/**
 * A command as the person would type it on the platform, for hints in replies: "/keino ryhmä liitä
 * sote" in Slack, "@Keino group link sote" in Teams, plain at the console (each platform's
 * `commandPrefix`). The command words come from its usage line in the person's language.
 */
export function typed(context: CommandContext, usageKey: MessageKey, rest: string, platform: Conversation['platform'] = context.conversation.platform): string {
  const words = context.t(usageKey).split(' <')[0]!;
  const prefix = context.services.platforms[platform].commandPrefix;
  return `\`${prefix}${words} ${rest}\``;
}
