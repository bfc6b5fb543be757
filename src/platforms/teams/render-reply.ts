import type { Reply } from '../../core/messages/message.js';
import { cardAttachment, type OutgoingActivity } from './adaptive-card.js';
import type { CardTexts } from './card-texts.js';
import type { RenderAssets } from './teams-assets.js';
import { renderFormCard } from './form-card-renderer.js';
import { renderMessage } from './message-card-renderer.js';

/** Any reply of the core as the activities to send: a form is one card, a message one or more. */
export function renderReply(reply: Reply, options: { texts: CardTexts; values?: Record<string, string>; assets?: RenderAssets }): OutgoingActivity[] {
  if (reply.kind === 'form') return [{ attachments: [cardAttachment(renderFormCard(reply, options))], summary: reply.title }];
  return renderMessage(reply, options);
}
