import type { Conversation } from '../commands/conversation.js';
import type { Message } from '../messages/message.js';
import type { PeopleStore } from '../people/people-store.js';
import type { Platform, PlatformIdentity } from '../people/person.js';
import { silentLogger, type Logger } from '../ports/logger.js';
import { DeliveryError, type PlatformGateways } from '../ports/platform-gateway.js';
import type { PlatformCapabilitiesById } from '../ports/platform-capabilities.js';

/**
 * A group channel created, or why not: the platform refused ('failed'), the team's owner has not
 * consented to Keino creating channels ('missing-consent', Teams), or the request came from no team
 * to create it in ('no-team': a Teams personal chat).
 */
export type ChannelCreation = { channel: Conversation; failed?: undefined } | { channel?: undefined; failed: 'failed' | 'missing-consent' | 'no-team' };

/** What happened on one platform: done, or tried and failed. Platforms that cannot do it are left out. */
export interface ChannelEffect {
  platform: Platform;
  ok: boolean;
}

/**
 * A group's channels on the platforms: invitations, removals, posts and channel creation, through
 * whatever gateways this instance has mounted. A platform failure never undoes the membership: it
 * is reported to the person (and logged) so they can act on it.
 */
export class GroupChannels {
  constructor(
    private readonly gateways: PlatformGateways,
    private readonly platforms: PlatformCapabilitiesById,
    private readonly people: PeopleStore,
    private readonly logger: Logger = silentLogger,
  ) {}

  /** Adds the person to every linked channel whose platform can invite and where they have an account. */
  invite(channels: Conversation[], personId: number): Promise<ChannelEffect[]> {
    return this.forIdentities(channels, personId, 'inviteToChannel');
  }

  /** Takes the person off every linked channel where the platform allows it. */
  remove(channels: Conversation[], personId: number): Promise<ChannelEffect[]> {
    return this.forIdentities(channels, personId, 'removeFromChannel');
  }

  /** Posts to every linked channel whose platform is mounted here. */
  async post(channels: Conversation[], message: Message): Promise<ChannelEffect[]> {
    const effects: ChannelEffect[] = [];
    for (const channel of channels) {
      const gateway = this.gateways.get(channel.platform);
      if (!gateway) continue;
      try {
        await gateway.sendToConversation(channel, message);
        effects.push({ platform: channel.platform, ok: true });
      } catch (error) {
        this.logger.warn({ err: error, platform: channel.platform, channel: channel.channelId }, 'group channel post failed');
        effects.push({ platform: channel.platform, ok: false });
      }
    }
    return effects;
  }

  /**
   * Whether a platform served here creates a group's channel itself (its capabilities name the
   * channel and its gateway can create one: Slack; Teams needs Microsoft Graph).
   */
  canCreateChannel(platform: Platform): boolean {
    return this.platforms[platform].groupChannels !== undefined && typeof this.gateways.get(platform)?.createChannel === 'function';
  }

  /** Whether any platform served here creates a group's channel itself. */
  get createsChannels(): boolean {
    return this.gateways.platforms.some((platform) => this.canCreateChannel(platform));
  }

  /**
   * Creates the group's public channel in a workspace or tenant, named by the platform (Slack:
   * `kr-<slug>`; the gateway handles a name that is taken: Keino's own channel of that name is
   * used, or a suffix added). Undefined when the platform refused: the person is told how to link
   * a channel instead.
   */
  async createChannel(platform: Platform, tenantId: string, slug: string, from?: Conversation): Promise<ChannelCreation> {
    const gateway = this.gateways.get(platform);
    const naming = this.platforms[platform].groupChannels;
    if (!gateway?.createChannel || !naming) return { failed: 'failed' };
    try {
      return { channel: await gateway.createChannel(tenantId, naming.channelName(slug), { private: false, ...(from ? { from } : {}) }) };
    } catch (error) {
      const code = error instanceof DeliveryError ? error.options.code : undefined;
      if (code === 'NoTeam') return { failed: 'no-team' };
      this.logger.warn({ err: error, slug }, 'creating a group channel failed');
      return { failed: code === 'MissingConsent' ? 'missing-consent' : 'failed' };
    }
  }

  private async forIdentities(channels: Conversation[], personId: number, method: 'inviteToChannel' | 'removeFromChannel'): Promise<ChannelEffect[]> {
    const effects: ChannelEffect[] = [];
    let identities: PlatformIdentity[] | undefined;
    for (const channel of channels) {
      const gateway = this.gateways.get(channel.platform);
      const act = gateway?.[method];
      if (!gateway || !act) continue;
      identities ??= await this.people.identitiesOf(personId);
      // A Slack account works only in its own workspace; a Teams one in its own tenant.
      const identity = identities.find((candidate) => candidate.platform === channel.platform && candidate.tenantId === channel.tenantId);
      if (!identity) continue;
      try {
        await act.call(gateway, channel, identity);
        effects.push({ platform: channel.platform, ok: true });
      } catch (error) {
        this.logger.warn({ err: error, platform: channel.platform, channel: channel.channelId, method }, 'group channel membership change failed');
        effects.push({ platform: channel.platform, ok: false });
      }
    }
    return effects;
  }
}
