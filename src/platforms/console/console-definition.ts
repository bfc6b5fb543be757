import type { PlatformDefinition } from '../../app/platform-definition.js';
import { consoleCatalogue } from './console-catalogue.js';

/**
 * The console, as Keino registers it (src/app/platforms.ts): one local person at a prompt, with no
 * limits to keep. It is not mounted on the server: `npm start` without chat credentials opens it
 * (src/main.ts).
 */
export const consolePlatform = {
  id: 'console',
  capabilities: {
    name: consoleCatalogue.inEveryLanguage('console.name'),
    commandPrefix: '',
    // A console is one person's: every reply is shown to them alone where they typed.
    ephemeralReplies: true,
    // A click's answer prints the refreshed message.
    updatesInResponse: true,
    linksAccounts: false,
    sendLimits: { perConversation: [], perTenant: [] },
  },
  phrases: consoleCatalogue,
} satisfies PlatformDefinition<'console'>;
