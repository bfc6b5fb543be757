import type { PlatformLimits } from '../../core/delivery/pacer.js';

/**
 * Bot send limits (checked 2026): per bot and conversation 7 a second, 8 in 2 s, 60 in 30 s, 1800
 * an hour; 50 a second per app and tenant. Every send of the adapter waits its turn in the shared
 * pacer (src/core/delivery/pacer.ts) rather than being dropped; across instances the 429 answers
 * and the scheduler's retries do the rest.
 */
export const TEAMS_SEND_LIMITS: PlatformLimits = {
  perConversation: [
    { limit: 7, windowMs: 1_000 },
    { limit: 8, windowMs: 2_000 },
    { limit: 60, windowMs: 30_000 },
    { limit: 1_800, windowMs: 3_600_000 },
  ],
  perTenant: [{ limit: 50, windowMs: 1_000 }],
  // The member lookup is no message, but it is the bot's traffic in the tenant all the same.
  perMethod: { profile: [{ limit: 50, windowMs: 1_000 }] },
};

/**
 * What Teams can and cannot do, compared with the neutral message model, and what Keino does
 * instead. The adapter reads these values; they are not only documentation.
 */
export const teamsCapabilities = {
  /**
   * Teams has no ephemeral ("only you can see this") messages. A reply meant for one person in a
   * channel or group chat goes to that person's personal chat with Keino (created when needed),
   * and the thread gets a one-line pointer; a button click gets the pointer as its invoke message.
   */
  ephemeralReplies: false,
  privateReplyFallback: 'personal-chat',

  /**
   * Buttons are `Action.Execute` (universal actions): a click is an `adaptiveCard/action` invoke and
   * the card is refreshed in place from the invoke response (for the person who clicked). An update
   * meant for everyone (`visibility: 'conversation'`) in a channel or group chat is also written to
   * the message itself with updateActivity. Message activities carrying an `Action.Submit` payload
   * (`{verb, value}`) from older cards are handled the same way.
   */
  cardActions: 'Action.Execute',
  cardSchemaVersion: '1.5',

  /** Teams refuses activities over about 28 KB; a longer message is split into several cards. */
  maxActivityBytes: 28 * 1024,
  /** Room for one card's JSON, leaving space for the activity envelope. */
  maxCardBytes: 24 * 1024,

  /**
   * Files (.ics invitations, CSV exports) up to this size go as an inline attachment: the file's
   * content type with a base64 `data:` URI as contentUrl. Teams shows inline images everywhere;
   * other inline files display as an attachment on current desktop and web clients. A larger file
   * goes through the file-consent card to the person's OneDrive in a personal chat
   * (file-consent.ts), or as a signed, short-lived link to download it from Keino elsewhere
   * (teams-assets.ts, with KEINO_PUBLIC_URL); without a public address it is left out and the
   * message says so.
   */
  files: 'inline-data-uri',
  maxInlineFileBytes: 16 * 1024,

  /** Keino edits its own messages (poll results, nudge outcomes) with updateActivity. */
  updateMessage: true,

  /**
   * A group's channel is created through Microsoft Graph (graph-client.ts), app-only, on the team
   * owner's resource-specific consent Channel.Create.Group, in the team where `group create` ran;
   * only when Keino has credentials for Graph. Keino creates standard channels, which every team
   * member sees; in a private channel linked to a group, join and leave add and remove the member
   * (ChannelSettings.Read.Group, ChannelMember.ReadWrite.Group).
   */
  manageChannels: 'via-graph',

  /** Bot send limits: see {@link TEAMS_SEND_LIMITS}. */
  sendLimits: TEAMS_SEND_LIMITS,
  /** Answers worth retrying later (after Retry-After when given). */
  retryableStatuses: [412, 429, 500, 502, 503, 504],
  /** Answers that will not change by retrying: bot removed or blocked, conversation gone, bad payload. */
  permanentStatuses: [400, 403, 404],
} as const;

export type TeamsCapabilities = typeof teamsCapabilities;
