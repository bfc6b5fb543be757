import type { Conversation } from '../../core/commands/conversation.js';
import type { Locale } from '../../core/i18n/locale.js';
import type { Message } from '../../core/messages/message.js';
import type { PeopleStore } from '../../core/people/people-store.js';
import type { PlatformIdentity, PlatformProfile } from '../../core/people/person.js';
import { memberProfile } from './teams-caller.js';
import { DeliveryError, type PlatformGateway, type SentMessage } from '../../core/ports/platform-gateway.js';
import { cardTexts } from './card-texts.js';
import { conversationOfStored } from './conversation-references.js';
import { renderMessage } from './message-card-renderer.js';
import type { TeamsConversationStore } from './teams-conversation-store.js';
import type { TeamsSender } from './teams-sender.js';
import type { TeamsAssets } from './teams-assets.js';

export interface TeamsGatewayOptions {
  sender: TeamsSender;
  store: TeamsConversationStore;
  /** To write to a person in their own language. */
  people: Pick<PeopleStore, 'findByIdentity'>;
  defaultLocale: Locale;
  /** Large files and chart pictures: file-consent cards in personal chats, signed links elsewhere. */
  assets?: TeamsAssets;
}

/**
 * What Keino sends in Teams on its own initiative (reminders, nudges, announcements), through
 * the stored conversation references. Channel management is not available in Teams without
 * Microsoft Graph, so those optional methods are absent (see capabilities.ts).
 */
export class TeamsGateway implements PlatformGateway {
  readonly platform = 'teams' as const;

  constructor(private readonly options: TeamsGatewayOptions) {}

  async sendToPerson(identity: PlatformIdentity, message: Message): Promise<SentMessage> {
    this.requireTeams(identity.platform);
    const chat = await this.options.sender.personalChat(identity);
    const locale = (await this.options.people.findByIdentity(identity))?.locale ?? this.options.defaultLocale;
    const assets = await this.options.assets?.prepare(message, { kind: 'personal', recipient: identity });
    const [messageId] = await this.options.sender.send(chat, renderMessage(message, { texts: cardTexts(locale), ...(assets ? { assets } : {}) }));
    return { platform: 'teams', conversation: conversationOfStored(chat), messageId: messageId ?? '' };
  }

  async sendToConversation(conversation: Conversation, message: Message): Promise<SentMessage> {
    this.requireTeams(conversation.platform);
    const stored = await this.known(conversation);
    const [messageId] = await this.options.sender.send(stored, await this.render(message, stored.kind), conversation);
    return { platform: 'teams', conversation, messageId: messageId ?? '' };
  }

  async updateMessage(sent: SentMessage, message: Message): Promise<void> {
    this.requireTeams(sent.platform);
    const stored = await this.known(sent.conversation);
    // A message is updated in place as one card; what does not fit is left out of the update.
    const [first] = await this.render(message, stored.kind);
    if (first) await this.options.sender.update(stored, sent.messageId, first, sent.conversation);
  }

  /**
   * The member lookup, in the conversation where the person was met (or their personal chat with
   * Keino); undefined where Keino keeps no reference to either, or Teams does not know them there.
   */
  async lookupProfile(identity: PlatformIdentity, seenIn?: string): Promise<PlatformProfile | undefined> {
    this.requireTeams(identity.platform);
    const stored = (seenIn ? await this.options.store.find(seenIn) : undefined) ?? (await this.options.store.findPersonal(identity.tenantId, identity.userId));
    if (!stored) return undefined;
    try {
      const member = await this.options.sender.member(stored, identity.userId);
      const known = await this.options.people.findByIdentity(identity);
      return memberProfile(member, known?.name ?? identity.userId);
    } catch (error) {
      if (error instanceof DeliveryError && error.options.status === 404) return undefined;
      throw error;
    }
  }

  private async render(message: Message, kind: Conversation['kind']) {
    const assets = await this.options.assets?.prepare(message, { kind });
    return renderMessage(message, { texts: cardTexts(this.options.defaultLocale), ...(assets ? { assets } : {}) });
  }

  private async known(conversation: Conversation) {
    const stored = await this.options.store.find(conversation.channelId);
    if (!stored) {
      throw new DeliveryError(`Keino is not in the Teams conversation ${conversation.channelId} (no stored reference)`, {
        permanent: true,
        code: 'ConversationNotFound',
      });
    }
    return stored;
  }

  private requireTeams(platform: string): void {
    if (platform !== 'teams') throw new DeliveryError(`TeamsGateway cannot send to ${platform}`, { permanent: true });
  }
}
