import type { Conversation } from '../commands/conversation.js';
import type { PlatformCapabilities } from '../ports/platform-capabilities.js';
import type { Reply } from './message.js';

/**
 * Where a reply goes: `here`, where it was asked; `ephemeral`, shown there to the asker alone;
 * `direct`, in the asker's direct conversation with Keino; `omit`, nowhere.
 */
export type ReplyRoute = 'here' | 'ephemeral' | 'direct' | 'omit';

/**
 * The one rule for every platform: a reply in a direct conversation, a reply for everyone and a
 * form go where they were asked. A reply for one person asked in a channel or group chat is shown
 * to them alone where the platform can (ephemeral); where it cannot, it goes to their direct
 * conversation with Keino, except a mere acknowledgement ("poll #12 is posted", under the poll
 * just posted there), which is not worth a message of its own.
 */
export function replyRoute(reply: Reply, conversation: Pick<Conversation, 'kind'>, capabilities: Pick<PlatformCapabilities, 'ephemeralReplies'>): ReplyRoute {
  if (reply.kind === 'form' || reply.visibility === 'conversation' || conversation.kind === 'personal') return 'here';
  if (capabilities.ephemeralReplies) return 'ephemeral';
  if (reply.acknowledgement) return 'omit';
  return 'direct';
}
