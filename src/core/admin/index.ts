import { defineFeature } from '../feature-definition.js';
import { registerAdminCommands } from './admin-commands.js';

/** The admins' commands (admin audit, …). */
export const adminFeature = defineFeature({ name: 'admin', register: registerAdminCommands });
