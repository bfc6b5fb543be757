import type { PlatformDefinition } from '../../app/platform-definition.js';
import { teamsCapabilities } from './capabilities.js';
import { teamsCatalogue } from './teams-catalogue.js';
import { TEAMS_ROUTE } from './teams-route.js';

/** Microsoft Teams, as Keino registers it (src/app/platforms.ts); what it can and cannot do is in capabilities.ts. */
export const teamsPlatform = {
  id: 'teams',
  route: TEAMS_ROUTE,
  capabilities: {
    name: teamsCatalogue.inEveryLanguage('teams.name'),
    commandPrefix: '@Keino ',
    ephemeralReplies: teamsCapabilities.ephemeralReplies,
    // The refreshed card is the Action.Execute response itself.
    updatesInResponse: true,
    linksAccounts: true,
    keinoAbsent: teamsCatalogue.inEveryLanguage('teams.keinoAbsent'),
    sendLimits: teamsCapabilities.sendLimits,
    // A new group's channel in the team where `group create` ran, through Microsoft Graph when Keino has credentials for it.
    groupChannels: {
      channelName: (slug: string) => `kr-${slug}`,
      createdNote: teamsCatalogue.inEveryLanguage('teams.groupChannelCreated'),
      createFailedNote: teamsCatalogue.inEveryLanguage('teams.groupChannelFailed'),
    },
  },
  phrases: teamsCatalogue,
  mount: async (app, http) => (await import('./mount-teams.js')).mountTeams(app, http),
} satisfies PlatformDefinition<'teams'>;
