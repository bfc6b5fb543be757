import { defineFeature } from '../feature-definition.js';
import { registerCoreCommands } from './core-commands.js';

/** The core's own commands: help, lang, whoami, home, and the account's home section. */
export const coreFeature = defineFeature({ name: 'commands', register: registerCoreCommands });
