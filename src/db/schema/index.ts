// Every table of Keino, one file a domain. drizzle-kit reads this file to generate migrations.
export * from './people.js';
export * from './audit.js';
export * from './channels.js';
export * from './slack.js';
export * from './jobs.js';
export * from './interventions.js';
export * from './academy.js';
export * from './polls.js';
export * from './teams.js';
export * from './groups.js';
export * from './faq.js';
export * from './calendars.js';
export * from './send-budgets.js';
export * from './settings.js';
export * from './working-days.js';
export * from './identity-links.js';
export * from './downloads.js';
