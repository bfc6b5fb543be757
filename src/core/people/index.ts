import { defineFeature } from '../feature-definition.js';
import { registerLinkCommands } from './link-commands.js';
import { registerProfileJobs } from './profile-jobs.js';

/** People: linking one's Slack and Teams accounts, and profiles looked up from the platforms. */
export const peopleFeature = defineFeature({
  name: 'people',
  register: registerLinkCommands,
  schedule: ({ services }) => registerProfileJobs(services.jobs, services.delivery, services.people),
});
