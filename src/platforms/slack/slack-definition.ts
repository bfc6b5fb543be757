import type { PlatformDefinition } from '../../app/platform-definition.js';
import { SLACK_EVENTS_PATH } from './slack-route.js';
import { slackCapabilities } from './slack-capabilities.js';
import { slackCatalogue } from './slack-catalogue.js';

/** Slack, as Keino registers it (src/app/platforms.ts); what it can do is in slack-capabilities.ts. */
export const slackPlatform = {
  id: 'slack',
  route: SLACK_EVENTS_PATH,
  capabilities: slackCapabilities,
  phrases: slackCatalogue,
  mount: async (app, http) => (await import('./mount-slack.js')).mountSlack(app, http),
} satisfies PlatformDefinition<'slack'>;
