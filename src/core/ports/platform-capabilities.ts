import type { PlatformLimits } from '../delivery/pacer.js';
import type { Locale } from '../i18n/locale.js';
import type { Platform } from '../people/person.js';

/**
 * What the core needs to know about a platform, and all it knows: each platform's definition
 * (src/platforms/<platform>) declares it, and src/app hands every registered platform's to the
 * core. Where a platform lacks something, the core's fallback is stated here, once.
 */
export interface PlatformCapabilities {
  /** The platform's name as people read it: Slack, Microsoft Teams, konsoli. */
  name: Record<Locale, string>;
  /** What a person types before a command there, for hints in replies: "/keino ", "@Keino ", nothing at the console. */
  commandPrefix: string;
  /**
   * Whether a reply meant for one person can be shown to them alone in a shared conversation
   * (Slack's ephemeral messages). Without it, such a reply goes to the person's direct
   * conversation with Keino instead (src/core/messages/reply-route.ts).
   */
  ephemeralReplies: boolean;
  /**
   * Whether the answer to a click carries the refreshed message at no cost (Teams returns the card
   * in the Action.Execute response; the console prints it). Without it (Slack: a chat.update call
   * each), a poll's message is refreshed only by the coalescing refresher.
   */
  updatesInResponse: boolean;
  /** Whether `link` tells people to type their code there (Slack, Teams; not the console, which is one local person's). */
  linksAccounts: boolean;
  /**
   * What Keino says where it is not in a conversation and cannot get in by itself, with how to add
   * it there. Absent: the core's plain "Keino cannot post in this conversation".
   */
  keinoAbsent?: Record<Locale, string>;
  /** What the platform lets a bot send and call; every send waits its turn within it (src/core/delivery/pacer.ts). */
  sendLimits: PlatformLimits;
  /**
   * Keino creates a new developer group's channel itself (the platform's gateway has
   * createChannel), named by this. Absent: a channel is linked by hand with `group link`, as in
   * Teams, where a bot cannot create one without Microsoft Graph.
   */
  groupChannels?: {
    channelName(slug: string): string;
    /** What the creator is told when the channel was made, in the platform's words; absent: the core's own (Slack's). */
    createdNote?: Record<Locale, string>;
    /** What the creator is told when the platform refused; absent: the core's own (Slack's). */
    createFailedNote?: Record<Locale, string>;
  };
}

/** Every registered platform's capabilities, by id, as src/app/platforms.ts gives them to the core. */
export type PlatformCapabilitiesById = Readonly<Record<Platform, PlatformCapabilities>>;

/** The platform's name in a language: "Slack", "Microsoft Teams", "konsoli". */
export function platformName(platforms: PlatformCapabilitiesById, platform: Platform, locale: Locale): string {
  return platforms[platform].name[locale];
}
