import { COMMAND_ACTION, type CommandContext } from '../commands/command.js';
import { commandWords } from '../commands/command-words.js';
import type { AnyCommand } from '../commands/registry.js';
import { LOCALES } from '../i18n/locale.js';
import { translate } from '../i18n/translator.js';
import { heading, note, text, type Block, type Button } from '../messages/message.js';
import type { FaqEntryInput } from './faq-entry.js';
import type { FaqService } from './faq-service.js';

/**
 * Keino's own help as FAQ entries: every command's summary and usage, in Finnish, Swedish and
 * English, searchable like any entry ("how do I leave a group" finds `leave`). One entry per
 * command, id `command-<name>`; its question is the Finnish summary, the Swedish and English ones
 * and the usages are its other phrasings, its names and aliases its tags. Shown, it answers in
 * the asker's language with the usage and a button that runs the command (or opens its form).
 */
export const COMMAND_HELP_PREFIX = 'command-';

export function commandHelpId(command: Pick<AnyCommand, 'name'>): string {
  return `${COMMAND_HELP_PREFIX}${command.name.trim().toLowerCase().split(/\s+/).join('-')}`;
}

export function isCommandHelp(entryId: string): boolean {
  return entryId.startsWith(COMMAND_HELP_PREFIX);
}

const capitalised = (value: string) => value.charAt(0).toLocaleUpperCase('fi') + value.slice(1);

/** The entries for these commands, generated from the catalogue (nothing to keep up by hand). */
export function commandHelpEntries(commands: readonly AnyCommand[]): FaqEntryInput[] {
  return commands.map((command) => {
    const summaries = LOCALES.map((locale) => capitalised(translate(locale, command.summaryKey)));
    const usages = LOCALES.map((locale) => translate(locale, command.usageKey));
    return {
      id: commandHelpId(command),
      locale: 'fi',
      question: summaries[0]!,
      alternatives: [...new Set([...summaries.slice(1), ...usages])],
      answer: `${usages[0]}: ${summaries[0]}`,
      tags: [...new Set([command.name, command.alias, ...(command.aliases ?? [])].map((name) => name.toLowerCase()))],
    };
  });
}

/** The command a help entry stands for, if it still exists. */
export function commandOfHelp(commands: readonly AnyCommand[], entryId: string): AnyCommand | undefined {
  return isCommandHelp(entryId) ? commands.find((command) => commandHelpId(command) === entryId) : undefined;
}

/**
 * Whether a click can run the command as it is: it takes no words it cannot do without, or it
 * opens a form when given none.
 */
function runsBare(command: AnyCommand): boolean {
  if (command.form) return true;
  return Object.values(command.args.positional ?? {}).every((argument) => (argument as { isOptional: boolean }).isOptional);
}

/** The answer of a help entry, in the asker's language: the usage, what it does, and who may run it. */
export function commandHelpBlocks(context: CommandContext, command: AnyCommand): Block[] {
  const { t } = context;
  const blocks: Block[] = [heading(`\`${t(command.usageKey)}\``), text(capitalised(t(command.summaryKey)))];
  if (command.roles) blocks.push(note(t('help.onlyFor', { roles: command.roles.map((role: string) => t(`role.${role}` as 'role.admin')).join(', ') })));
  return blocks;
}

/** Runs the command (or opens its form); for one that needs words, opens its help. */
export function commandHelpButton(context: CommandContext, command: AnyCommand): Button {
  const word = typedName(context, command);
  return runsBare(command)
    ? { label: context.t('faq.runCommand', { command: word }), actionId: COMMAND_ACTION, value: command.name, style: 'primary' }
    : { label: context.t('faq.openCommandHelp', { command: word }), actionId: COMMAND_ACTION, value: `help ${command.name}` };
}

/** The command's name as the person would type it. */
function typedName(context: CommandContext, command: AnyCommand): string {
  return commandWords(command, context.locale);
}

/**
 * Brings the help entries in step with the commands: new or changed ones are written, those of
 * commands that no longer exist are taken out. Run at start; writes nothing when nothing changed.
 */
export async function syncCommandHelp(faq: FaqService, commands: readonly AnyCommand[]): Promise<{ written: number; removed: number }> {
  const wanted = commandHelpEntries(commands);
  const current = new Map((await faq.store.getMany(wanted.map((entry) => entry.id))).map((entry) => [entry.id, entry]));
  const changed = wanted.filter((entry) => {
    const stored = current.get(entry.id);
    return (
      !stored ||
      JSON.stringify([stored.locale, stored.question, stored.alternatives, stored.answer, stored.tags]) !==
        JSON.stringify([entry.locale, entry.question, entry.alternatives, entry.answer, entry.tags])
    );
  });
  if (changed.length > 0) await faq.import(changed, null, 'command help');
  const ids = new Set(wanted.map((entry) => entry.id));
  const stale = (await faq.store.liveIds(COMMAND_HELP_PREFIX)).filter((id) => !ids.has(id));
  for (const id of stale) await faq.store.remove(id, null);
  return { written: changed.length, removed: stale.length };
}
