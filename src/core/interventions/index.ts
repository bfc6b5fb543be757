import { defineFeature } from '../feature-definition.js';
import { registerInterventionCommands } from './intervention-commands.js';
import { registerInterventionNudges } from './nudges.js';

/** Hankintaluotsi interventions: owners, due dates, nudges, escalations and digests. */
export const interventionsFeature = defineFeature({
  name: 'interventions',
  register: registerInterventionCommands,
  schedule: ({ services, timeZone, logger }) => {
    registerInterventionNudges(services, { timeZone, logger });
  },
});
