import {
  TeamsInfo,
  type Activity,
  type CloudAdapter,
  type ConversationParameters,
  type ConversationReference,
  type TeamsChannelAccount,
  type TurnContext,
} from 'botbuilder';
import type { Conversation } from '../../core/commands/conversation.js';
import type { PlatformIdentity } from '../../core/people/person.js';
import type { Logger } from '../../core/ports/logger.js';
import type { OutgoingActivity } from './adaptive-card.js';
import { botReference } from './conversation-references.js';
import { toDeliveryError } from './delivery-errors.js';
import type { TeamsPacing } from './send-pacing.js';
import type { StoredTeamsConversation, TeamsConversationStore, TeamsReference } from './teams-conversation-store.js';

/** CloudAdapter as botbuilder runs it: an undefined audience means the cloud's own Bot Framework scope. */
interface ConversationCreator {
  createConversationAsync(
    botAppId: string,
    channelId: string,
    serviceUrl: string,
    audience: string | undefined,
    parameters: ConversationParameters,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void>;
}

/** Where Microsoft routes a tenant's bot traffic when Keino has never heard from the tenant. */
export const GLOBAL_SERVICE_URL = 'https://smba.trafficmanager.net/teams/';

export interface TeamsSenderOptions {
  adapter: CloudAdapter;
  /** Empty when Teams runs unauthenticated for local testing. */
  appId: string;
  store: TeamsConversationStore;
  pacing: TeamsPacing;
  logger: Logger;
}

/** Hints from the activity at hand for opening a personal chat (better than what is stored). */
export interface PersonalChatHints {
  /** The person's Teams user id ("29:…"); the Azure AD object id works too. */
  memberId?: string;
  serviceUrl?: string;
  bot?: { id: string; name?: string };
}

export function toBotActivity(outgoing: OutgoingActivity): Partial<Activity> {
  return { type: 'message', attachments: outgoing.attachments, summary: outgoing.summary } as Partial<Activity>;
}

/**
 * Keino's messages on its own initiative: into a stored conversation, edits of earlier ones, and
 * personal chats opened when a person has none yet. Every send is paced per conversation; every
 * failure comes out as a DeliveryError.
 */
export class TeamsSender {
  constructor(private readonly options: TeamsSenderOptions) {}

  get pacing(): TeamsPacing {
    return this.options.pacing;
  }

  /** Sends into the conversation (into the thread when given); returns the new activity ids in order. */
  async send(stored: StoredTeamsConversation, activities: OutgoingActivity[], thread?: Pick<Conversation, 'threadId'>): Promise<string[]> {
    return this.inConversation(botReference(stored, thread), `send to Teams ${stored.kind} ${stored.conversationId}`, async (context) => {
      const ids: string[] = [];
      for (const activity of activities) {
        const response = await this.options.pacing.run(stored.tenantId, stored.conversationId, () => context.sendActivity(toBotActivity(activity)));
        ids.push(response?.id ?? '');
      }
      return ids;
    }).catch(async (error) => this.forgetIfGone(stored, error));
  }

  async update(stored: StoredTeamsConversation, activityId: string, activity: OutgoingActivity, thread?: Pick<Conversation, 'threadId'>): Promise<void> {
    await this.inConversation(botReference(stored, thread), `update Teams message ${activityId}`, async (context) => {
      await this.options.pacing.run(stored.tenantId, stored.conversationId, () => context.updateActivity({ ...toBotActivity(activity), id: activityId }));
    });
  }

  /** A member of the conversation as the member API describes them (name, e-mail, UPN). */
  async member(stored: StoredTeamsConversation, userId: string): Promise<TeamsChannelAccount> {
    return this.inConversation(botReference(stored), `look up a member of Teams ${stored.kind} ${stored.conversationId}`, (context) =>
      this.options.pacing.run(stored.tenantId, stored.conversationId, () => TeamsInfo.getMember(context, userId)),
    );
  }

  /** The team a stored channel belongs to, as the Bot Connector describes it (its Microsoft 365 group id for Graph). */
  async teamDetails(stored: StoredTeamsConversation): Promise<{ aadGroupId?: string; name?: string }> {
    return this.inConversation(botReference(stored), `look up the team of Teams channel ${stored.conversationId}`, (context) =>
      this.options.pacing.run(stored.tenantId, stored.conversationId, () => TeamsInfo.getTeamDetails(context, stored.teamId)),
    );
  }

  /** The person's personal chat with Keino: the stored one, or a new one (createConversation) that is stored. */
  async personalChat(identity: Pick<PlatformIdentity, 'tenantId' | 'userId'>, hints: PersonalChatHints = {}): Promise<StoredTeamsConversation> {
    const known = await this.options.store.findPersonal(identity.tenantId, identity.userId);
    if (known) return known;
    const sample = hints.serviceUrl && hints.bot ? undefined : await this.options.store.latestInTenant(identity.tenantId);
    const serviceUrl = hints.serviceUrl ?? sample?.serviceUrl ?? GLOBAL_SERVICE_URL;
    const bot = hints.bot ?? sample?.reference.bot ?? { id: `28:${this.options.appId}` };
    const memberId = hints.memberId ?? identity.userId;
    const parameters = {
      isGroup: false,
      bot,
      members: [{ id: memberId }],
      tenantId: identity.tenantId,
      channelData: { tenant: { id: identity.tenantId } },
    } as ConversationParameters;

    let conversationId: string | undefined;
    let failure: unknown;
    try {
      // The audience is left to the adapter (its cloud's Bot Framework scope): botbuilder reads an
      // undefined audience so (`audience ?? scope`), though its types ask for a string.
      const adapter: ConversationCreator = this.options.adapter;
      await adapter.createConversationAsync(this.options.appId, 'msteams', serviceUrl, undefined, parameters, async (context) => {
        conversationId = context.activity.conversation?.id;
      });
    } catch (error) {
      failure = error;
    }
    if (failure !== undefined || !conversationId) throw toDeliveryError(failure ?? new Error('no conversation id'), 'open a Teams personal chat');

    const reference: TeamsReference = {
      channelId: 'msteams',
      serviceUrl,
      conversation: { id: conversationId, tenantId: identity.tenantId, conversationType: 'personal', isGroup: false },
      bot,
      user: { id: memberId, ...(memberId !== identity.userId ? { aadObjectId: identity.userId } : {}) },
    };
    const created: StoredTeamsConversation = {
      conversationId,
      tenantId: identity.tenantId,
      kind: 'personal',
      serviceUrl,
      reference,
      userId: identity.userId,
    };
    await this.options.store.save(created);
    this.options.logger.info({ tenantId: identity.tenantId, conversationId }, 'opened a Teams personal chat');
    return created;
  }

  /**
   * Runs the logic in a proactive turn. The adapter would hand an error inside the turn to its
   * onTurnError (which answers people, not the scheduler), so errors are caught here and thrown
   * to the caller as DeliveryErrors.
   */
  private async inConversation<T>(reference: Partial<ConversationReference>, what: string, logic: (context: TurnContext) => Promise<T>): Promise<T> {
    let result: { value: T } | undefined;
    let failure: unknown;
    try {
      await this.options.adapter.continueConversationAsync(this.options.appId, reference, async (context) => {
        try {
          result = { value: await logic(context) };
        } catch (error) {
          failure = error;
        }
      });
    } catch (error) {
      failure = error;
    }
    if (failure !== undefined || !result) throw toDeliveryError(failure ?? new Error('the turn did not run'), what);
    return result.value;
  }

  /** A conversation Keino was removed from, or that is gone, is forgotten so later sends fail fast. */
  private async forgetIfGone(stored: StoredTeamsConversation, error: unknown): Promise<never> {
    const failure = toDeliveryError(error, `send to Teams ${stored.kind}`);
    if (failure.permanent && (failure.options.status === 403 || failure.options.status === 404)) {
      this.options.logger.warn(
        { conversationId: stored.conversationId, status: failure.options.status },
        'forgetting a Teams conversation Keino can no longer reach',
      );
      await this.options.store.remove(stored.conversationId).catch(() => undefined);
    }
    throw failure;
  }
}
