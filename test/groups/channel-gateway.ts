import type { Conversation } from '../../src/core/commands/conversation.js';
import type { Platform, PlatformIdentity } from '../../src/core/people/person.js';
import { DeliveryError, type PlatformGateway } from '../../src/core/ports/platform-gateway.js';
import { RecordingGateway, type RecordedSend } from '../helpers/recording-gateway.js';

export type ChannelCall =
  | { method: 'createChannel'; tenantId: string; name: string }
  | { method: 'inviteToChannel'; conversation: Conversation; identity: PlatformIdentity }
  | { method: 'removeFromChannel'; conversation: Conversation; identity: PlatformIdentity };

/**
 * A recording gateway that can also manage channels, as Slack's does (create, invite, remove), for
 * core-level tests of group channels; without `channels` it cannot, as Teams without Graph.
 */
export class ChannelGateway extends RecordingGateway {
  readonly channelCalls: ChannelCall[] = [];
  createChannel?: PlatformGateway['createChannel'];
  inviteToChannel?: PlatformGateway['inviteToChannel'];
  removeFromChannel?: PlatformGateway['removeFromChannel'];

  /** When set, creating a channel fails as Slack does when the workspace restricts it. */
  refuseChannels = false;

  constructor(platform: Platform, options: { channels?: boolean } = {}) {
    super(platform);
    if (!options.channels) return;
    this.createChannel = async (tenantId, name) => {
      this.channelCalls.push({ method: 'createChannel', tenantId, name });
      if (this.refuseChannels) throw new DeliveryError('restricted_action', { code: 'restricted_action', permanent: true });
      return { platform, tenantId, channelId: `C-${name}`, kind: 'channel' };
    };
    this.inviteToChannel = async (conversation, identity) => {
      this.channelCalls.push({ method: 'inviteToChannel', conversation, identity });
    };
    this.removeFromChannel = async (conversation, identity) => {
      this.channelCalls.push({ method: 'removeFromChannel', conversation, identity });
    };
  }

  /** Forgets what was recorded so far. */
  clear(): void {
    this.sent.length = 0;
    this.channelCalls.length = 0;
  }

  /** Posts in channels (not direct messages). */
  posts(): RecordedSend[] {
    return this.sent.filter((send) => !send.identity);
  }

  /** Direct messages to people. */
  directMessages(): RecordedSend[] {
    return this.sent.filter((send) => send.identity);
  }

  of<M extends ChannelCall['method']>(method: M): Extract<ChannelCall, { method: M }>[] {
    return this.channelCalls.filter((call): call is Extract<ChannelCall, { method: M }> => call.method === method);
  }
}
