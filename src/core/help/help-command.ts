import { positional } from '../commands/arguments.js';
import { argumentTypes } from '../commands/argument-types.js';
import { defineCommand, mayRun, type CommandContext } from '../commands/command.js';
import { firstCommandWord } from '../commands/command-words.js';
import type { AnyCommand } from '../commands/registry.js';
import { heading, note, personal, text, type Block, type Reply } from '../messages/message.js';

/** `help` lists only what this person may run, generated from the registry. */
export const helpCommand = defineCommand({
  name: 'help',
  alias: 'ohje',
  aliases: ['hjälp', '?'],
  summaryKey: 'command.help.summary',
  usageKey: 'command.help.usage',
  args: { positional: { topic: positional(argumentTypes.text(60), 'help.commandLabel').optional().rest() } },
  async run(context, { topic }) {
    const registry = context.commands;
    const allowed = registry.commands.filter((command) => mayRun(context.person, command.roles));
    if (topic) {
      const command = registry.byName(topic);
      if (command && mayRun(context.person, command.roles)) return commandHelp(context, command);
      const family = registry.family(topic).filter((candidate) => mayRun(context.person, candidate.roles));
      if (family.length > 0) return familyHelp(context, family);
    }
    return personal([heading(context.t('help.heading')), text(context.t('help.intro')), ...commandList(context, allowed)]);
  },
});

function commandList(context: CommandContext, commands: readonly AnyCommand[]): Block[] {
  return [{ type: 'list', items: commands.map((command) => `\`${context.t(command.usageKey)}\` — ${context.t(command.summaryKey)}`) }];
}

function commandHelp(context: CommandContext, command: AnyCommand): Reply {
  const { t } = context;
  const blocks: Block[] = [heading(`\`${t(command.usageKey)}\``), text(t(command.summaryKey))];
  const names = [command.name, command.alias, ...(command.aliases ?? [])].filter((name) => name !== firstCommandWord(command, context.locale));
  blocks.push(note(t('help.aliases', { names: [...new Set(names)].join(', ') })));
  if (command.roles) blocks.push(note(t('help.onlyFor', { roles: command.roles.map((role: string) => t(`role.${role}` as 'role.admin')).join(', ') })));
  return personal(blocks);
}

/** "group" alone: the group commands this person may run. */
export function familyHelp(context: CommandContext, family: AnyCommand[]): Reply {
  const word = firstCommandWord(family[0]!, context.locale);
  return personal([heading(context.t('help.familyHeading', { word })), ...commandList(context, family)]);
}
