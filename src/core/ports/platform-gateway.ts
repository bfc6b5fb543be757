import type { Conversation } from '../commands/conversation.js';
import type { Message } from '../messages/message.js';
import type { Platform, PlatformIdentity, PlatformProfile, ReachableIdentity } from '../people/person.js';

/** A message Keino sent, so that it can be updated later (poll results, nudge outcomes). */
export interface SentMessage {
  platform: Platform;
  conversation: Conversation;
  /** Slack message ts, Teams activity id. */
  messageId: string;
}

/**
 * Why a send failed. `retryAfterMs` comes from the platform (429 Retry-After); a permanent
 * failure (channel gone, user deactivated) is not retried.
 */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly options: { retryAfterMs?: number; permanent?: boolean; status?: number; code?: string } = {},
  ) {
    super(message);
    this.name = 'DeliveryError';
  }

  get retryAfterMs(): number | undefined {
    return this.options.retryAfterMs;
  }

  get permanent(): boolean {
    return this.options.permanent ?? false;
  }
}

/**
 * What Keino can do on a platform on its own initiative: reminders, nudges, announcements,
 * channel upkeep. Each adapter implements it; optional methods are capabilities a platform may
 * lack, with the fallback stated where they are used.
 */
export interface PlatformGateway {
  readonly platform: Platform;
  /**
   * A direct message: Slack in the identity's known direct conversation (else via
   * conversations.open), Teams in the personal chat (created if needed).
   */
  sendToPerson(identity: ReachableIdentity, message: Message): Promise<SentMessage>;
  /** A post in a channel or group chat Keino knows. */
  sendToConversation(conversation: Conversation, message: Message): Promise<SentMessage>;
  updateMessage(sent: SentMessage, message: Message): Promise<void>;
  /** Creates a channel; returns its conversation. Slack: conversations.create. */
  /**
   * `from`: the conversation the request came from (Teams creates the channel in the team of that
   * channel). A refusal for want of the team owner's consent is a DeliveryError with code
   * 'MissingConsent'; 'NoTeam' where there is no team to create it in.
   */
  createChannel?(tenantId: string, name: string, options: { private: boolean; from?: Conversation }): Promise<Conversation>;
  inviteToChannel?(conversation: Conversation, identity: PlatformIdentity): Promise<void>;
  removeFromChannel?(conversation: Conversation, identity: PlatformIdentity): Promise<void>;
  /**
   * The person's profile as the platform knows it (Slack users.info, the Teams member lookup in
   * the conversation `seenIn` where they were met); undefined when the platform cannot tell.
   * A rate-limited call: the profile job makes it, paced, never a person's request.
   */
  lookupProfile?(identity: PlatformIdentity, seenIn?: string): Promise<PlatformProfile | undefined>;
}

/** The gateways of the platforms this instance serves, by platform. */
export class PlatformGateways {
  private readonly byPlatform = new Map<Platform, PlatformGateway>();

  register(gateway: PlatformGateway): void {
    this.byPlatform.set(gateway.platform, gateway);
  }

  get(platform: Platform): PlatformGateway | undefined {
    return this.byPlatform.get(platform);
  }

  get platforms(): Platform[] {
    return [...this.byPlatform.keys()];
  }
}
