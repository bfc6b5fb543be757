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
import { GraphError, type GraphClient } from './graph-client.js';

export interface TeamsGatewayOptions {
  sender: TeamsSender;
  store: TeamsConversationStore;
  /** To write to a person in their own language. */
  people: Pick<PeopleStore, 'findByIdentity'>;
  defaultLocale: Locale;
  /** Large files and chart pictures: file-consent cards in personal chats, signed links elsewhere. */
  assets?: TeamsAssets;
  /** Microsoft Graph, app-only, when Keino has credentials for it: creates group channels. */
  graph?: GraphClient;
}

/**
 * What Keino sends in Teams on its own initiative (reminders, nudges, announcements), through
 * the stored conversation references, and group channels through Microsoft Graph: created in a
 * team, members added and removed where the channel is private (see capabilities.ts).
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

  /**
   * A standard channel in the team of the channel the request came from, through Microsoft Graph
   * (Channel.Create.Group, consented by the team's owner when adding Keino). Keino keeps a
   * reference to it like to the team's other channels, so it posts there at once.
   */
  async createChannel(tenantId: string, name: string, options: { private: boolean; from?: Conversation }): Promise<Conversation> {
    const graph = this.options.graph;
    if (!graph) throw new DeliveryError('Keino has no Microsoft Graph credentials', { permanent: true, code: 'NoGraph' });
    const from = options.from;
    const stored = from?.platform === 'teams' && from.tenantId === tenantId ? await this.options.store.find(from.channelId) : undefined;
    if (stored?.kind !== 'channel' || !stored.teamId) {
      throw new DeliveryError('a Teams channel is created only from a channel of a team', { permanent: true, code: 'NoTeam' });
    }
    const team = await this.options.sender.teamDetails(stored);
    if (!team.aadGroupId) throw new DeliveryError('the Bot Connector gave no Microsoft 365 group id for the team', { permanent: true, code: 'NoTeam' });
    let created: Awaited<ReturnType<GraphClient['createChannel']>>;
    try {
      created = await graph.createChannel(tenantId, team.aadGroupId, { displayName: name });
    } catch (error) {
      throw asDeliveryError(error, 'create the channel');
    }
    await this.options.store.save({
      ...stored,
      conversationId: created.id,
      reference: { ...stored.reference, conversation: { ...stored.reference.conversation, id: created.id, name: created.displayName } },
    });
    return { platform: 'teams', tenantId, channelId: created.id, kind: 'channel' };
  }

  /** Adds the person to the group's channel when it is a private one (everyone in the team sees a standard one). */
  async inviteToChannel(conversation: Conversation, identity: PlatformIdentity): Promise<void> {
    await this.inPrivateChannel(conversation, (graph, teamGroupId) =>
      graph.addChannelMember(conversation.tenantId, teamGroupId, conversation.channelId, identity.userId),
    );
  }

  /** Takes the person off the group's channel when it is a private one. */
  async removeFromChannel(conversation: Conversation, identity: PlatformIdentity): Promise<void> {
    await this.inPrivateChannel(conversation, (graph, teamGroupId) =>
      graph.removeChannelMember(conversation.tenantId, teamGroupId, conversation.channelId, identity.userId),
    );
  }

  private async inPrivateChannel(conversation: Conversation, change: (graph: GraphClient, teamGroupId: string) => Promise<void>): Promise<void> {
    const graph = this.options.graph;
    const stored = await this.options.store.find(conversation.channelId);
    if (!graph || stored?.kind !== 'channel' || !stored.teamId || stored.tenantId !== conversation.tenantId) return;
    const team = await this.options.sender.teamDetails(stored);
    if (!team.aadGroupId) return;
    try {
      if ((await graph.channelMembership(conversation.tenantId, team.aadGroupId, conversation.channelId)) !== 'private') return;
      await change(graph, team.aadGroupId);
    } catch (error) {
      throw asDeliveryError(error, 'change a channel membership');
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

/** Graph's refusal as the port's DeliveryError: 403 is the team owner's missing consent; 5xx and 429 may pass. */
function asDeliveryError(error: unknown, what: string): unknown {
  if (!(error instanceof GraphError)) return error;
  return new DeliveryError(`Graph refused to ${what}: ${error.code}`, {
    permanent: error.status < 500 && error.status !== 429,
    status: error.status,
    code: error.missingConsent ? 'MissingConsent' : error.code,
  });
}
