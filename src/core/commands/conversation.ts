import type { Platform } from '../people/person.js';

/** Where a command was typed or a message goes. */
export interface Conversation {
  platform: Platform;
  /** Slack workspace id, Teams tenant id, "local" for the console. */
  tenantId: string;
  /** Slack channel id, Teams conversation id, "console". */
  channelId: string;
  kind: 'personal' | 'channel' | 'group';
  /** Slack thread ts or Teams reply chain, when the command came from a thread. */
  threadId?: string;
}

/** A platform-neutral id such as "slack:T1:C1", for logs, keys and tests. */
export function conversationKey(conversation: Conversation): string {
  return `${conversation.platform}:${conversation.tenantId}:${conversation.channelId}`;
}
