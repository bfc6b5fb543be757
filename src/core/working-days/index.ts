import { defineFeature } from '../feature-definition.js';
import { registerWorkingDayCommands } from './working-days-commands.js';

/** Organisations' own days off and summer breaks, and people's time off. */
export const workingDaysFeature = defineFeature({ name: 'working-days', register: registerWorkingDayCommands });
