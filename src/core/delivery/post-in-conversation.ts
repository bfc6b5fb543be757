import type { Conversation } from '../commands/conversation.js';
import { KeinoError } from '../errors.js';
import type { Message } from '../messages/message.js';
import { DeliveryError, type SentMessage } from '../ports/platform-gateway.js';
import type { Delivery } from './delivery.js';

/**
 * How the platforms say that Keino is not in a conversation and cannot get in by itself: Slack's
 * `channel_not_found` (a private channel, DM or group DM it was not invited to: Slack does not
 * reveal those), `not_in_channel` (left over when joining a public channel failed) and
 * `method_not_supported_for_channel_type` (conversations.join on a private conversation); Teams'
 * 403 (the bot was removed or never added) and `ConversationNotFound` (no reference: Keino never
 * heard from the conversation).
 */
const ABSENT_CODES = new Set(['channel_not_found', 'not_in_channel', 'method_not_supported_for_channel_type', 'ConversationNotFound']);

export function keinoAbsent(error: unknown): boolean {
  if (!(error instanceof DeliveryError)) return false;
  return ABSENT_CODES.has(error.options.code ?? '') || (error.options.status === 403 && error.permanent);
}

/** The polite refusal, with how to add Keino on the conversation's platform (its `keinoAbsent` words, where it has them). */
export function keinoAbsentError(conversation: Conversation): KeinoError {
  return new KeinoError('conversation.keino_absent', 'conversation.keinoAbsent', {}, (t, reader) => {
    const ownWords = reader?.platforms[conversation.platform].keinoAbsent;
    return ownWords && reader ? ownWords[reader.locale] : t('conversation.keinoAbsent');
  });
}

/**
 * Posts a message Keino will edit later (a poll, an announcement with live counts) in the
 * conversation, as Keino's own message: the platform lets a bot update only what it posted itself
 * (Slack: not a command's response; Teams: only its own activities). Returns where it went, to be
 * stored. Where Keino is not in the conversation and cannot join (a private channel, a direct
 * message between people), the person gets a KeinoError saying how to add Keino.
 */
export async function postInConversation(delivery: Pick<Delivery, 'sendToConversation'>, conversation: Conversation, message: Message): Promise<SentMessage> {
  try {
    return await delivery.sendToConversation(conversation, message);
  } catch (error) {
    if (keinoAbsent(error)) throw keinoAbsentError(conversation);
    throw error;
  }
}
