import { defineFeature } from '../feature-definition.js';
import { registerPolls } from './poll-commands.js';
import { registerPollJobs } from './poll-jobs.js';

/** Polls in any channel: live results, anonymous when asked, closing on time. */
export const pollsFeature = defineFeature({
  name: 'polls',
  register: registerPolls,
  schedule: ({ services }) => registerPollJobs(services.jobs, services.polls, services.delivery),
});
