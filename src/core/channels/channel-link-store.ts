import type { Conversation } from '../commands/conversation.js';

/** The port for network channels by purpose ("academy", "experts", "experts:<tag>"). */
export interface ChannelLinkStore {
  /** Idempotent: linking the same channel twice keeps one link. */
  link(purpose: string, conversation: Conversation, linkedBy: number | null): Promise<void>;
  /** Returns whether a link was removed. */
  unlink(purpose: string, conversation: Conversation): Promise<boolean>;
  channelsFor(purpose: string): Promise<Conversation[]>;
  purposesOf(conversation: Conversation): Promise<string[]>;
}
