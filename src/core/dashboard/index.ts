import { defineFeature } from '../feature-definition.js';
import { registerDashboardCommands } from './dashboard-commands.js';

/** The web dashboard: one-time sign-in links from chat and ending one's sessions (the pages are served by src/server/dashboard). */
export const dashboardFeature = defineFeature({
  name: 'dashboard',
  register: registerDashboardCommands,
});
