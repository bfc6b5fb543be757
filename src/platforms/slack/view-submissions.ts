import type { AckFn, App, ViewResponseAction } from '@slack/bolt';
import { personal, text, type Form, type Message } from '../../core/messages/message.js';
import { settleWithin } from './ack-window.js';
import { FORM_CALLBACK_ID, WHERE_BLOCK, fieldErrors, parseFormMetadata, pickedChannel, readSubmission, renderModal } from './form-modal.js';
import { acknowledged } from './listener-guard.js';
import { sendReply } from './reply-delivery.js';
import { slackCatalogue } from './slack-catalogue.js';
import type { SlackDeps } from './slack-deps.js';
import { slackCaller, slackConversation } from './slack-people.js';

/**
 * A submitted modal goes to the core's form handler. Errors are shown on their fields
 * (response_action "errors"); another form replaces the modal; a message closes it and goes to
 * the person where the form was opened.
 */
export function registerViewSubmissions(bolt: App, deps: SlackDeps): void {
  bolt.view({ type: 'view_submission', callback_id: FORM_CALLBACK_ID }, async ({ ack, body, view }) => {
    await acknowledged(ack as AckFn<ViewResponseAction>, async (ack) => {
      const metadata = parseFormMetadata(view.callback_id, view.private_metadata);
      const teamId = body.team?.id ?? body.user.team_id ?? view.team_id;
      const userId = body.user.id;
      // A form opened from a global shortcut goes where the person picked, not where private_metadata says.
      const picked = metadata.pick_channel ? pickedChannel(view.state.values) : undefined;
      if (metadata.pick_channel && !picked) {
        await ack({ response_action: 'errors', errors: { [WHERE_BLOCK]: slackCatalogue.format(deps.defaultLocale, 'slack.pickChannel') } });
        return;
      }
      const channel = picked ?? metadata.channel_id ?? (await deps.messenger.openDirect(userId));
      const conversation = slackConversation(teamId, channel, picked ? {} : { threadTs: metadata.thread_ts });
      const work = deps.core.handleForm({
        caller: slackCaller(teamId, userId, { name: body.user.name }),
        conversation,
        formId: metadata.form,
        values: readSubmission(view.state.values),
        ...(metadata.context !== undefined ? { context: metadata.context } : {}),
      });
      const settled = await settleWithin(work, deps.ackWindowMs);
      if (settled.done && settled.value.kind === 'form') {
        const form = settled.value;
        const errors = fieldErrors(form);
        if (Object.keys(errors).length > 0) await ack({ response_action: 'errors', errors });
        else
          await ack({
            response_action: 'update',
            view: renderModal(
              form,
              metadata.pick_channel ? { pick_channel: true } : { channel_id: channel, ...(metadata.thread_ts ? { thread_ts: metadata.thread_ts } : {}) },
            ),
          });
        return;
      }
      await ack();
      const reply = settled.done ? settled.value : await settled.later;
      // Too late to keep the modal open: the errors come as a message instead.
      const message = reply.kind === 'form' ? errorsAsMessage(reply) : reply;
      await sendReply(deps, { conversation, userId }, message);
    });
  });
}

function errorsAsMessage(form: Form): Message {
  const problems = Object.values(fieldErrors(form));
  return personal([text(`**${form.title}**`), ...(problems.length > 0 ? [{ type: 'list' as const, items: problems }] : [])], form.title);
}
