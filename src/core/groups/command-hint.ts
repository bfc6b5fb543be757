import type { CommandContext } from '../commands/command.js';
import { commandWords } from '../commands/command-words.js';
import type { Conversation } from '../commands/conversation.js';

/** The words of the registered command `name` in the person's language: "ryhmä liitä" for "group link". */
export function wordsOf(context: CommandContext, name: string): string {
  const command = context.commands.byName(name);
  if (!command) throw new Error(`No command "${name}" is registered`);
  return commandWords(command, context.locale);
}

/**
 * A command as the person would type it on the platform, for hints in replies: "/keino ryhmä liitä
 * sote" in Slack, "@Keino group link sote" in Teams, plain at the console (each platform's
 * `commandPrefix`). The command words are the command's own (command-words.ts), in the person's language.
 */
export function typed(context: CommandContext, name: string, rest: string, platform: Conversation['platform'] = context.conversation.platform): string {
  const prefix = context.services.platforms[platform].commandPrefix;
  return `\`${prefix}${wordsOf(context, name)} ${rest}\``;
}
