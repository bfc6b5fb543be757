import type { Conversation } from '../commands/conversation.js';
import type { Message } from '../messages/message.js';
import type { PlatformIdentity, ReachableIdentity } from '../people/person.js';
import type { PlatformGateway, SentMessage } from '../ports/platform-gateway.js';
import type { WorkspaceAccess } from './workspace-access.js';

/**
 * The gateway, refusing every call addressed to a workspace Keino lost (a permanent
 * DeliveryError, code access_lost) before the platform hears of it: channel upkeep and lookups
 * too, not only what Delivery sends. Optional methods stay absent where the gateway lacks them.
 */
export function accessGuardedGateway(gateway: PlatformGateway, access: Pick<WorkspaceAccess, 'assertReachable'>): PlatformGateway {
  const platform = gateway.platform;
  const guarded = Object.create(gateway) as PlatformGateway;
  Object.assign(guarded, {
    sendToPerson: async (identity: ReachableIdentity, message: Message) => {
      await access.assertReachable(platform, identity.tenantId);
      return gateway.sendToPerson(identity, message);
    },
    sendToConversation: async (conversation: Conversation, message: Message) => {
      await access.assertReachable(platform, conversation.tenantId);
      return gateway.sendToConversation(conversation, message);
    },
    updateMessage: async (sent: SentMessage, message: Message) => {
      await access.assertReachable(platform, sent.conversation.tenantId);
      return gateway.updateMessage(sent, message);
    },
  });
  const { createChannel, inviteToChannel, removeFromChannel, lookupProfile } = gateway;
  if (createChannel) {
    guarded.createChannel = async (tenantId, name, options) => {
      await access.assertReachable(platform, tenantId);
      return createChannel.call(gateway, tenantId, name, options);
    };
  }
  if (inviteToChannel) {
    guarded.inviteToChannel = async (conversation: Conversation, identity: PlatformIdentity) => {
      await access.assertReachable(platform, conversation.tenantId);
      return inviteToChannel.call(gateway, conversation, identity);
    };
  }
  if (removeFromChannel) {
    guarded.removeFromChannel = async (conversation: Conversation, identity: PlatformIdentity) => {
      await access.assertReachable(platform, conversation.tenantId);
      return removeFromChannel.call(gateway, conversation, identity);
    };
  }
  if (lookupProfile) {
    guarded.lookupProfile = async (identity: PlatformIdentity, seenIn?: string) => {
      await access.assertReachable(platform, identity.tenantId);
      return lookupProfile.call(gateway, identity, seenIn);
    };
  }
  return guarded;
}
