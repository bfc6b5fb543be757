import { defineFeature } from '../feature-definition.js';
import { registerGroupCommands } from './group-commands.js';
import { registerGroupJobs } from './group-jobs.js';

/** Developer groups: memberships, group channels, pairing and prompts. */
export const groupsFeature = defineFeature({
  name: 'groups',
  register: registerGroupCommands,
  schedule: ({ services, logger }) => registerGroupJobs(services, logger),
});
