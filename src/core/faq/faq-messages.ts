import { actionButtons, actionValue, part } from '../commands/action-value.js';
import type { CommandContext } from '../commands/command.js';
import { heading, message, note, text, type Block, type Button, type Message, type Visibility } from '../messages/message.js';
import { formatDateTime } from '../time/format.js';
import type { FaqEntry } from './faq-entry.js';
import { commandHelpBlocks, commandHelpButton, commandOfHelp } from './command-help.js';

/** Helpful or not, under an answer: the asked question's id and the answer ("12:yes"). */
export const FEEDBACK = actionButtons('faq.feedback', actionValue({ questionId: part.id(), helpful: part.oneOf(['yes', 'no']) }));
/** One of the best guesses, under a refusal: the asked question's id and the entry's id (the rest, which may hold ':'). */
export const PICK = actionButtons('faq.pick', actionValue({ questionId: part.id(), entryId: part.text() }));

/** Slack cuts button labels at 75 characters. */
const BUTTON_LABEL_MAX = 72;

/** Where an answer goes: to the asker only, or to everyone in the channel where Keino was mentioned. */
export function answerVisibility(context: CommandContext): Visibility {
  return context.source === 'message' && context.conversation.kind !== 'personal' ? 'conversation' : 'person';
}

function shortLabel(value: string): string {
  return value.length <= BUTTON_LABEL_MAX ? value : `${value.slice(0, BUTTON_LABEL_MAX - 1).trimEnd()}…`;
}

/**
 * The entry itself: its question, its answer, and in what language it is. A help entry of one
 * of Keino's commands answers with the command's own help, in the person's language.
 */
export function entryBlocks(context: CommandContext, entry: FaqEntry): Block[] {
  const { t } = context;
  const command = commandOfHelp(context.commands.commands, entry.id);
  if (command) return [...commandHelpBlocks(context, command), note(t('faq.commandHelpNote', { id: entry.id }))];
  const language = t(`language.${entry.locale}`);
  const blocks: Block[] = [heading(entry.question), text(entry.answer)];
  if (entry.locale !== context.locale) blocks.push(note(t('faq.otherLanguage', { language })));
  blocks.push(note(t('faq.answerNote', { language, id: entry.id })));
  return blocks;
}

/** An answer to a question someone asked, with the feedback buttons. */
export function answerMessage(context: CommandContext, entry: FaqEntry, questionId: number, extraButtons: Button[] = []): Message {
  const { t } = context;
  const command = commandOfHelp(context.commands.commands, entry.id);
  return message(answerVisibility(context), [
    ...entryBlocks(context, entry),
    ...(command ? [{ type: 'buttons' as const, buttons: [commandHelpButton(context, command)] }] : []),
    {
      type: 'buttons',
      buttons: [
        FEEDBACK.button(t('faq.helpful'), { questionId, helpful: 'yes' }, command ? undefined : 'primary'),
        FEEDBACK.button(t('faq.notHelpful'), { questionId, helpful: 'no' }),
        ...extraButtons,
      ],
    },
  ]);
}

/** No confident answer: say so, and offer the best guesses as buttons. */
export function refusalMessage(context: CommandContext, candidates: FaqEntry[], questionId: number, extraButtons: Button[] = []): Message {
  const { t } = context;
  const blocks: Block[] = [text(t('faq.dontKnow'))];
  if (candidates.length > 0) {
    blocks.push(text(t('faq.didYouMean')));
    blocks.push({
      type: 'buttons',
      buttons: candidates.map((entry) => PICK.button(shortLabel(entry.question), { questionId, entryId: entry.id })),
    });
  } else {
    blocks.push(note(t('faq.noCandidates')));
  }
  if (extraButtons.length > 0) blocks.push({ type: 'buttons', buttons: extraButtons });
  return message(answerVisibility(context), blocks);
}

/** An entry as admins look at it: with its tags and who changed it last. */
export function entryDetails(context: CommandContext, entry: FaqEntry): Block[] {
  const { t } = context;
  const blocks = entryBlocks(context, entry);
  if (entry.tags.length > 0) blocks.push({ type: 'fields', fields: [{ label: t('faq.tagsField'), value: entry.tags.join(', ') }] });
  blocks.push(
    note(
      t('faq.lastChanged', {
        who: entry.updatedByName ?? t('faq.importedBy'),
        when: formatDateTime(entry.updatedAt, context.timeZone, context.locale),
      }),
    ),
  );
  return blocks;
}
