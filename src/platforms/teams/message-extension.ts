import type { Application } from '@microsoft/teams-ai';
import type { Attachment, MessagingExtensionResult, TaskModuleTaskInfo, TurnContext } from 'botbuilder';
import type { KeinoCore } from '../../core/keino.js';
import { stripMarkup, type Reply } from '../../core/messages/message.js';
import { ADAPTIVE_CARD_CONTENT_TYPE, adaptiveCard } from './adaptive-card.js';
import { cardTexts } from './card-texts.js';
import { renderMessage } from './message-card-renderer.js';
import { deliverReply, type ReplyDeliveryDeps } from './reply-delivery.js';
import { conversationOf, localeOf } from './teams-activity.js';
import { callerOf } from './teams-caller.js';
import { teamsTranslator } from './teams-catalogue.js';

/**
 * Keino's message extension (manifests/teams/manifest.json, composeExtensions), on teams-ai's
 * app.messageExtensions:
 * - `searchFaq`, a search command in the compose box: each `composeExtension/query` invoke searches
 *   the FAQ for what has been typed and lists the entries; the one chosen is inserted into the
 *   message as a card with its answer, in the searcher's language
 *   (https://learn.microsoft.com/microsoftteams/platform/messaging-extensions/how-to/search-commands/respond-to-search);
 * - `askKeino`, an action command on a message ("Ask Keino" in its … menu): `composeExtension/fetchTask`
 *   opens a dialog with the message's text as the question, editable; `composeExtension/submitAction`
 *   asks it, and the answer (or word that it went to the experts) goes to the person's chat with
 *   Keino while the dialog closes with a one-line note
 *   (https://learn.microsoft.com/microsoftteams/platform/messaging-extensions/how-to/action-commands/define-action-command).
 * Every value in these invokes is the sender's (the typed text, the message, the dialog's data):
 * only strings pass, and the core checks and refuses the rest politely.
 */
export const EXTENSION_COMMAND = { search: 'searchFaq', ask: 'askKeino' } as const;
/** The search command's one parameter (its name in the manifest). */
export const SEARCH_PARAMETER = 'question';
/** The dialog's input. */
export const QUESTION_INPUT = 'question';
/** Characters of the message put into the dialog (the core refuses a question over its own limit). */
const MAX_PREFILL = 2_000;
const THUMBNAIL_CARD = 'application/vnd.microsoft.card.thumbnail';

export interface MessageExtensionDeps extends ReplyDeliveryDeps {
  core: KeinoCore;
}

export function registerMessageExtension(bot: Application, deps: MessageExtensionDeps): void {
  bot.messageExtensions.query(EXTENSION_COMMAND.search, async (context, _state, query) => searchResult(context, deps, query.parameters));
  bot.messageExtensions.fetchTask(EXTENSION_COMMAND.ask, async (context) => askDialog(context, deps));
  bot.messageExtensions.submitAction(EXTENSION_COMMAND.ask, async (context, _state, data: Record<string, unknown>) => askSubmitted(context, deps, data));
}

async function searchResult(context: TurnContext, deps: MessageExtensionDeps, parameters: Record<string, unknown>): Promise<MessagingExtensionResult> {
  const activity = context.activity;
  const t = teamsTranslator(localeOf(activity, deps.defaultLocale));
  const typed = typeof parameters[SEARCH_PARAMETER] === 'string' ? (parameters[SEARCH_PARAMETER] as string) : '';
  if (typed.trim().length < 2) return { type: 'message', text: t('teams.extension.typeQuestion') };
  const result = await deps.core.searchFaq({ caller: callerOf(context), conversation: conversationOf(activity), text: typed });
  if ('refused' in result) return { type: 'message', text: plainText(result.refused) };
  if (result.hits.length === 0) return { type: 'message', text: t('teams.extension.noHits') };
  const attachments = result.hits.flatMap((hit) => {
    const [first] = renderMessage(hit.answer, { texts: cardTexts(localeOf(activity, deps.defaultLocale)) });
    const card = first?.attachments.find((attachment) => attachment.contentType === ADAPTIVE_CARD_CONTENT_TYPE);
    if (!card) return [];
    return [{ ...card, preview: { contentType: THUMBNAIL_CARD, content: { title: hit.question, text: hit.preview } } }];
  });
  return { type: 'result', attachmentLayout: 'list', attachments: attachments as MessagingExtensionResult['attachments'] };
}

function askDialog(context: TurnContext, deps: MessageExtensionDeps): TaskModuleTaskInfo {
  const t = teamsTranslator(localeOf(context.activity, deps.defaultLocale));
  const payload = (context.activity.value as { messagePayload?: { body?: { content?: unknown; contentType?: unknown } } } | undefined)?.messagePayload;
  const content = typeof payload?.body?.content === 'string' ? payload.body.content : '';
  const question = (payload?.body?.contentType === 'text' ? content : htmlToText(content)).slice(0, MAX_PREFILL);
  const card = adaptiveCard(
    [
      { type: 'TextBlock', text: t('teams.askKeino.intro'), wrap: true },
      {
        type: 'Input.Text',
        id: QUESTION_INPUT,
        label: t('teams.askKeino.label'),
        isMultiline: true,
        value: question,
        isRequired: true,
        errorMessage: t('teams.required'),
      },
    ],
    [{ type: 'Action.Submit', title: t('teams.askKeino.submit'), style: 'positive' }],
  );
  const { msteams: _width, ...dialogCard } = card;
  return {
    title: t('teams.askKeino.title'),
    height: 'medium',
    width: 'medium',
    card: { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: dialogCard } as Attachment,
  };
}

async function askSubmitted(context: TurnContext, deps: MessageExtensionDeps, data: Record<string, unknown>): Promise<string> {
  const activity = context.activity;
  const t = teamsTranslator(localeOf(activity, deps.defaultLocale));
  const question = typeof data?.[QUESTION_INPUT] === 'string' ? (data[QUESTION_INPUT] as string) : '';
  const reply = await deps.core.askAbout({ caller: callerOf(context), conversation: conversationOf(activity), question });
  const where = await deliverReply(context, reply, deps, { announce: false });
  if (where === 'privately') return t('teams.answeredPrivately');
  if (where === 'failed') return t('teams.privateReplyFailed');
  return t('teams.askKeino.answeredHere');
}

/** What a message says, from the HTML Teams sends of it: tags out, line breaks kept, entities read. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(br|\/p|\/div|\/li)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function plainText(reply: Reply): string {
  if (reply.kind === 'form') return reply.title;
  return reply.blocks.flatMap((block) => ('text' in block && typeof block.text === 'string' ? [stripMarkup(block.text)] : [])).join('\n') || reply.summary;
}
