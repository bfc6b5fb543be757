import { defineFeature } from '../feature-definition.js';
import { registerAcademy } from './academy-commands.js';
import { registerAcademyJobs } from './academy-notices.js';
import { registerCalendarCommands } from './calendar-commands.js';

/** KEINO-akatemia: sessions, answers with a waiting list, reminders, private calendars. */
export const academyFeature = defineFeature({
  name: 'academy',
  register: (registry) => {
    registerAcademy(registry);
    registerCalendarCommands(registry);
  },
  schedule: ({ services }) => registerAcademyJobs(services.jobs, services.delivery, services.academy, services.channels),
});
