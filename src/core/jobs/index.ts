import { defineFeature } from '../feature-definition.js';
import { registerJobCommands } from './job-commands.js';

/** Scheduled work as admins see it (admin jobs). */
export const jobsFeature = defineFeature({ name: 'jobs', register: registerJobCommands });
