import type { PlatformCapabilities } from '../../core/ports/platform-capabilities.js';
import { slackCatalogue } from './slack-catalogue.js';
import { slackChannelName } from './slack-channel-name.js';

/**
 * What Slack can do, as the core reads it (and Slack's adapter: reply-delivery.ts). Its send limits (checked 2026):
 * chat.postMessage about 1 message a second per channel (short bursts tolerated), and a
 * workspace-wide limit Slack describes as "several hundred messages a minute"; users.info is
 * Tier 4 ("100+ per minute", https://api.slack.com/methods/users.info) and chat.update Tier 3
 * ("50+ per minute", https://api.slack.com/methods/chat.update), per workspace: every poll refresh
 * and every profile lookup of the workspace draws on one budget. Keino stays at or under these, so
 * a thousand reminders due at 09:00 go out in a few minutes instead of as a burst of 429s.
 */
export const slackCapabilities: PlatformCapabilities = {
  name: slackCatalogue.inEveryLanguage('slack.name'),
  commandPrefix: '/keino ',
  ephemeralReplies: true,
  // Refreshing the clicked message is a chat.update call (Tier 3): the poll refresher does it, coalesced.
  updatesInResponse: false,
  linksAccounts: true,
  // Keino cannot see, let alone join, a private channel or a DM it was not invited to.
  keinoAbsent: slackCatalogue.inEveryLanguage('slack.keinoAbsent'),
  sendLimits: {
    perConversation: [{ limit: 1, windowMs: 1_000 }],
    perTenant: [
      { limit: 10, windowMs: 1_000 },
      { limit: 300, windowMs: 60_000 },
    ],
    perMethod: {
      profile: [{ limit: 100, windowMs: 60_000 }],
      update: [{ limit: 50, windowMs: 60_000 }],
    },
  },
  // conversations.create: a new group's public channel `kr-<slug>`.
  groupChannels: { channelName: slackChannelName },
};
