import type { Conversation } from '../../core/commands/conversation.js';
import type { Message } from '../../core/messages/message.js';
import type { PlatformIdentity, PlatformProfile, ReachableIdentity } from '../../core/people/person.js';
import { DeliveryError, type PlatformGateway, type SentMessage } from '../../core/ports/platform-gateway.js';
import type { Logger } from '../../core/ports/logger.js';
import { slackErrorCode, toDeliveryError } from './slack-errors.js';
import type { SlackMessenger } from './slack-messenger.js';
import { lookupSlackProfile, slackConversation } from './slack-people.js';

const NAME_ATTEMPTS = 5;
const MAX_NAME_LENGTH = 80;
const LIST_PAGES = 20;

/**
 * Keino's own sends in Slack: reminders, nudges, announcements, channel upkeep. Every failure
 * comes out as a DeliveryError: 429 with retryAfterMs (the client does not wait, the scheduler
 * decides), a dead channel or person as permanent.
 */
export class SlackGateway implements PlatformGateway {
  readonly platform = 'slack' as const;

  constructor(
    private readonly messenger: SlackMessenger,
    private readonly logger: Logger,
  ) {}

  /**
   * conversations.open is Tier 3 (50+ a minute) against chat.postMessage's several hundred: the
   * direct conversation Keino found before is used, and looked up again only when Slack says it
   * is gone.
   */
  async sendToPerson(identity: ReachableIdentity, message: Message): Promise<SentMessage> {
    return this.deliver('chat.postMessage', async () => {
      const known = identity.directConversationId;
      if (known) {
        try {
          return {
            platform: 'slack',
            conversation: slackConversation(identity.tenantId, known),
            messageId: await this.messenger.post({ channel: known }, message),
          };
        } catch (error) {
          if (slackErrorCode(error) !== 'channel_not_found') throw error;
        }
      }
      const channel = await this.messenger.openDirect(identity.userId);
      const messageId = await this.messenger.post({ channel }, message);
      return { platform: 'slack', conversation: slackConversation(identity.tenantId, channel), messageId };
    });
  }

  /**
   * A post as Keino's own message. In a public channel Keino is not in (`not_in_channel`), Keino
   * joins it (conversations.join, the channels:join scope) and posts; a private channel, a direct
   * message or a group DM it was not invited to answers `channel_not_found`, which no retry changes:
   * a person has to `/invite @Keino` there.
   */
  async sendToConversation(conversation: Conversation, message: Message): Promise<SentMessage> {
    return this.deliver('chat.postMessage', async () => {
      const destination = { channel: conversation.channelId, threadTs: conversation.threadId };
      try {
        return { platform: 'slack', conversation, messageId: await this.messenger.post(destination, message) };
      } catch (error) {
        if (slackErrorCode(error) !== 'not_in_channel') throw error;
      }
      await this.join(conversation);
      return { platform: 'slack', conversation, messageId: await this.messenger.post(destination, message) };
    });
  }

  /** Joins a public channel; Slack refuses private ones (method_not_supported_for_channel_type). */
  private async join(conversation: Conversation): Promise<void> {
    try {
      await this.messenger.call(() => this.messenger.client.conversations.join({ channel: conversation.channelId }));
    } catch (error) {
      const failure = toDeliveryError(error, 'conversations.join');
      // A private conversation, or an installation from before channels:join: Keino stays out.
      if (failure.permanent && failure.options.code !== 'is_archived') {
        throw new DeliveryError(`Keino is not in ${conversation.channelId} and could not join (${failure.options.code})`, {
          permanent: true,
          code: 'not_in_channel',
        });
      }
      throw failure;
    }
    this.logger.info({ channel: conversation.channelId }, 'Keino joined a public Slack channel to post there');
  }

  async updateMessage(sent: SentMessage, message: Message): Promise<void> {
    await this.deliver('chat.update', () => this.messenger.update(sent.conversation.channelId, sent.messageId, message));
  }

  /**
   * conversations.create with a name Slack accepts. When the name is taken by a public channel
   * Keino is in, that channel is used; otherwise a suffix (-2, -3 …) is tried.
   */
  async createChannel(tenantId: string, name: string, options: { private: boolean }): Promise<Conversation> {
    const base = channelName(name);
    for (let attempt = 1; attempt <= NAME_ATTEMPTS; attempt++) {
      const suffix = attempt === 1 ? '' : `-${attempt}`;
      const candidate = `${base.slice(0, MAX_NAME_LENGTH - suffix.length)}${suffix}`;
      try {
        const result = await this.messenger.call(() => this.messenger.client.conversations.create({ name: candidate, is_private: options.private }));
        const id = result.channel?.id;
        if (!id) throw new Error('conversations.create returned no channel');
        return slackConversation(tenantId, id, { channelType: options.private ? 'group' : 'channel' });
      } catch (error) {
        if (slackErrorCode(error) !== 'name_taken') throw toDeliveryError(error, 'conversations.create');
        if (attempt === 1 && !options.private) {
          const existing = await this.findOwnPublicChannel(candidate);
          if (existing) return slackConversation(tenantId, existing);
        }
      }
    }
    throw toDeliveryError(new Error(`no free channel name for "${base}"`), 'conversations.create');
  }

  async inviteToChannel(conversation: Conversation, identity: PlatformIdentity): Promise<void> {
    try {
      await this.messenger.call(() => this.messenger.client.conversations.invite({ channel: conversation.channelId, users: identity.userId }));
    } catch (error) {
      if (slackErrorCode(error) === 'already_in_channel') return;
      throw toDeliveryError(error, 'conversations.invite');
    }
  }

  async removeFromChannel(conversation: Conversation, identity: PlatformIdentity): Promise<void> {
    try {
      await this.messenger.call(() => this.messenger.client.conversations.kick({ channel: conversation.channelId, user: identity.userId }));
    } catch (error) {
      const code = slackErrorCode(error);
      if (code === 'not_in_channel') return;
      // Slack may not let a bot remove people (workspace settings, #general): leaving them is no failure of the send.
      if (code === 'restricted_action' || code === 'cant_kick_from_general' || code === 'cant_kick_self' || code === 'not_allowed') {
        this.logger.warn({ code, channel: conversation.channelId }, 'Slack did not let Keino remove a person from a channel');
        return;
      }
      throw toDeliveryError(error, 'conversations.kick');
    }
  }

  /** users.info (the delivery paces it within Tier 4); a person Slack no longer knows has no profile. */
  async lookupProfile(identity: PlatformIdentity): Promise<PlatformProfile | undefined> {
    try {
      return await lookupSlackProfile(this.messenger, identity.userId);
    } catch (error) {
      const code = slackErrorCode(error);
      if (code === 'user_not_found' || code === 'account_inactive') return undefined;
      throw toDeliveryError(error, 'users.info');
    }
  }

  private async findOwnPublicChannel(name: string): Promise<string | undefined> {
    let cursor: string | undefined;
    for (let page = 0; page < LIST_PAGES; page++) {
      const result = await this.deliver('conversations.list', () =>
        this.messenger.call(() =>
          this.messenger.client.conversations.list({ types: 'public_channel', exclude_archived: true, limit: 1000, ...(cursor ? { cursor } : {}) }),
        ),
      );
      const found = result.channels?.find((channel) => channel.name === name);
      if (found) return found.is_member && found.id ? found.id : undefined;
      cursor = result.response_metadata?.next_cursor || undefined;
      if (!cursor) return undefined;
    }
    return undefined;
  }

  private async deliver<T>(method: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw toDeliveryError(error, method);
    }
  }
}

/** A name Slack accepts: lower case letters, digits, hyphens and underscores, at most 80. */
export function channelName(name: string): string {
  const cleaned = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
  return (cleaned || 'keino').slice(0, MAX_NAME_LENGTH);
}
