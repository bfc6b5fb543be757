import type { TurnContext } from 'botbuilder';
import type { KeinoCore } from '../../core/keino.js';
import { readCardClick } from './card-actions.js';
import { handleCardClick } from './card-action-listener.js';
import { deliverReply, type ReplyDeliveryDeps } from './reply-delivery.js';
import { commandTextOf, conversationOf } from './teams-activity.js';
import { callerOf } from './teams-caller.js';
import { sharedFileOf } from './teams-shared-file.js';

export interface MessageListenerDeps extends ReplyDeliveryDeps {
  core: KeinoCore;
  /** Origins a shared file may also come from, besides Microsoft's file hosts (tests' fakes). */
  fileOrigins?: readonly string[];
}

/**
 * A message to Keino: plain text in a personal chat, an @mention in a channel or group chat
 * (teams-ai has already removed the mention). The same command core as everywhere runs it; what
 * is no command is a question. A message that carries an Action.Submit payload of an older card
 * is a click. A file sent in a personal chat goes to the core's file imports.
 */
export function messageListener(deps: MessageListenerDeps) {
  return async (context: TurnContext): Promise<void> => {
    const activity = context.activity;
    const submitted = activity.value as { verb?: unknown } | undefined;
    if (!activity.text && submitted && typeof submitted.verb === 'string') {
      await handleCardClick(context, readCardClick(submitted.verb, submitted), deps, { invoke: false });
      return;
    }
    const conversation = conversationOf(activity);
    // A file sent in the personal chat (a coordinator's Hankintaluotsi CSV): the file is the message.
    const file = conversation.kind === 'personal' ? sharedFileOf(activity, deps.logger, deps.fileOrigins) : undefined;
    if (file) {
      const reply = await deps.core.handleFile({ caller: callerOf(context), conversation, file });
      await deliverReply(context, reply, deps, { announce: true });
      return;
    }
    const reply = await deps.core.handleText({
      caller: callerOf(context),
      conversation,
      text: commandTextOf(activity.text),
      source: 'message',
    });
    await deliverReply(context, reply, deps, { announce: true });
  };
}
