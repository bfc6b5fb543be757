import { helpCommand } from '../help/help-command.js';
import { homeCommand } from '../home/home-command.js';
import { langCommand, whoamiCommand } from '../people/account-commands.js';
import { accountHomeSection } from '../people/home-section.js';
import type { CommandRegistry } from './registry.js';

/** Registers the commands of the core itself; each feature registers its own the same way. */
export function registerCoreCommands(registry: CommandRegistry): void {
  registry.addCommand(helpCommand).addCommand(langCommand).addCommand(whoamiCommand).addCommand(homeCommand);
  registry.addHomeSection(accountHomeSection);
}
