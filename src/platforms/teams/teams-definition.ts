import type { PlatformDefinition } from '../../app/platform-definition.js';
import { teamsCapabilities } from './capabilities.js';
import { teamsCatalogue } from './teams-catalogue.js';
import { TEAMS_ROUTE } from './teams-route.js';

/** Microsoft Teams, as Keino registers it (src/app/platforms.ts); what it can and cannot do is in capabilities.ts. */
export const teamsPlatform = {
  id: 'teams',
  route: TEAMS_ROUTE,
  capabilities: {
    name: { fi: 'Microsoft Teams', sv: 'Microsoft Teams', en: 'Microsoft Teams' },
    commandPrefix: '@Keino ',
    ephemeralReplies: teamsCapabilities.ephemeralReplies,
    // The refreshed card is the Action.Execute response itself.
    updatesInResponse: true,
    linksAccounts: true,
    keinoAbsent: {
      fi: 'Keino ei voi kirjoittaa tähän keskusteluun. Lisää Keino tiimiin tai ryhmäkeskusteluun (Sovellukset → Keino → Lisää) ja yritä sitten uudelleen.',
      sv: 'Keino kan inte skriva i den här konversationen. Lägg till Keino i teamet eller gruppchatten (Appar → Keino → Lägg till) och försök sedan igen.',
      en: 'Keino cannot post in this conversation. Add Keino to the team or group chat (Apps → Keino → Add), then try again.',
    },
    sendLimits: teamsCapabilities.sendLimits,
    // No groupChannels: a bot creates no channel without Microsoft Graph (capabilities.manageChannels).
  },
  phrases: teamsCatalogue,
  mount: async (app, http) => (await import('./mount-teams.js')).mountTeams(app, http),
} satisfies PlatformDefinition<'teams'>;
