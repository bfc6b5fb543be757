import type { CommandContext } from '../commands/command.js';
import { KeinoError } from '../errors.js';
import { message, note, personal, stripMarkup, text, type Message, type Reply } from '../messages/message.js';
import { answerMessage, entryBlocks, refusalMessage } from './faq-messages.js';
import { askExpertButton, passToExperts } from './faq-experts.js';
import { MAX_QUESTION_LENGTH } from './faq-file.js';

/**
 * The FAQ reached from outside a conversation with Keino: searched while someone types in a
 * compose box, and asked about a message someone points at. Platform-neutral; each platform shows
 * the hits and the answers its own way (Teams: a message extension).
 */

/** One entry found while typing: what the list shows, and the answer inserted when it is chosen. */
export interface FaqHit {
  id: string;
  question: string;
  /** The start of the answer, markup stripped, for the list. */
  preview: string;
  /** The answer as a message for everyone in the conversation it is inserted into, in the searcher's language. */
  answer: Message;
}

/** Hits shown at most (Teams lists up to 25 and asks for more by skipping; a handful is what fits). */
export const MAX_HITS = 10;
const PREVIEW_LENGTH = 120;

/** Entries nearest to what is being typed, best first; nothing is recorded. Too short a text finds nothing. */
export async function searchFaq(context: CommandContext, typed: string, limit = MAX_HITS): Promise<FaqHit[]> {
  const words = typed.trim().slice(0, MAX_QUESTION_LENGTH);
  if (words.length < 2) return [];
  const entries = await context.services.faq.suggest(words, context.locale, Math.min(Math.max(1, limit), MAX_HITS));
  return entries.map((entry) => {
    const plain = stripMarkup(entry.answer).replace(/\s+/g, ' ').trim();
    return {
      id: entry.id,
      question: entry.question,
      preview: plain.length <= PREVIEW_LENGTH ? plain : `${plain.slice(0, PREVIEW_LENGTH - 1).trimEnd()}…`,
      // Inserted by the person into a conversation for everyone: the entry itself, without buttons
      // (a click would come from people Keino's seal was not made for).
      answer: message('conversation', entryBlocks(context, entry), entry.question),
    };
  });
}

/**
 * "Ask Keino" about a message: its text is the question. The FAQ's answer when there is one (for the
 * asker only, with the feedback buttons); otherwise the question goes straight to the experts, and
 * the asker is told so, with the nearest entries when there are any.
 */
export async function askAboutMessage(context: CommandContext, question: string): Promise<Reply> {
  const { services, person, conversation, locale, t } = context;
  const asked = question.replace(/\s+/g, ' ').trim();
  if (!asked) throw new KeinoError('faq.empty_question', 'faq.extension.emptyQuestion');
  if (asked.length > MAX_QUESTION_LENGTH) throw new KeinoError('faq.question_too_long', 'faq.extension.tooLong', { max: MAX_QUESTION_LENGTH });
  const match = await services.faq.ask(person, conversation.platform, asked, locale);
  if (match.entry) return answerMessage(context, match.entry, match.question.id, [askExpertButton(t, match.question.id)]);
  const experts = await passToExperts(context, match.question);
  if (!experts.sent) {
    const refusal = refusalMessage(context, match.candidates, match.question.id);
    return personal([...refusal.blocks, ...experts.message.blocks]);
  }
  const refusal = refusalMessage(context, match.candidates, match.question.id);
  return personal([text(t('faq.extension.sentToExperts')), ...refusal.blocks.slice(1), note(`“${asked}”`)]);
}
