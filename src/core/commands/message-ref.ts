import type { Conversation } from './conversation.js';

/** Identifies the message a button was on, so an action can refer to or update it. */
export interface MessageRef {
  platform: Conversation['platform'];
  conversation: Conversation;
  /** Slack message ts, Teams activity id. */
  messageId: string;
}
