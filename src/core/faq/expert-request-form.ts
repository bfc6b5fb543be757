import { defineForm, type CommandContext } from '../commands/command.js';
import type { CommandRegistry } from '../commands/registry.js';
import { KeinoError } from '../errors.js';
import type { Form } from '../messages/message.js';
import { passToExperts } from './faq-experts.js';
import { MAX_QUESTION_LENGTH } from './faq-file.js';

/**
 * "Send to experts" on a message (a Slack message shortcut): a form with the message quoted and
 * the question to the experts, prefilled with the message's text for the person to edit. The
 * quote travels as the form's context, sealed for the person, so a submission cannot swap it.
 * The question is recorded as asked and passed to the experts whatever the FAQ says of it.
 */
const FORM_ID = 'faq.expertRequest';
/** The quote shown on the form and kept with the question; a longer message is cut. */
const MAX_QUOTE = 300;

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function quoteOf(message: string): string {
  const line = oneLine(message);
  return line.length <= MAX_QUOTE ? line : `${line.slice(0, MAX_QUOTE - 1).trimEnd()}…`;
}

function requestForm(context: CommandContext, quote: string, question: string, errors?: Form['errors']): Form {
  const { t } = context;
  return {
    kind: 'form',
    formId: FORM_ID,
    title: t('faq.expertRequest.title'),
    submitLabel: t('faq.expertRequest.submit'),
    context: expertRequestForm.contextText(quote),
    fields: [
      {
        name: 'question',
        label: t('faq.expertRequest.question'),
        kind: 'textarea',
        required: true,
        initial: question,
        hint: t('faq.expertRequest.quoted', { quote }).slice(0, 150),
        maxLength: MAX_QUESTION_LENGTH,
      },
    ],
    ...(errors ? { errors } : {}),
  };
}

/** The form for a message someone wants the experts to see; a message with no text is refused politely. */
export function expertRequestFor(context: CommandContext, message: string): Form {
  const quote = quoteOf(message);
  if (!quote) throw new KeinoError('faq.empty_question', 'faq.extension.emptyQuestion');
  return requestForm(context, quote, oneLine(message).slice(0, MAX_QUESTION_LENGTH));
}

export const expertRequestForm = defineForm({
  id: FORM_ID,
  async submit(context, values, quote) {
    const { services, person, conversation, locale, t } = context;
    const kept = quoteOf(quote ?? '');
    const asked = oneLine(values.question ?? '');
    if (!asked) return requestForm(context, kept, '', { question: t('faq.field.missing') });
    if (asked.length > MAX_QUESTION_LENGTH) return requestForm(context, kept, asked, { question: t('faq.field.tooLong', { max: MAX_QUESTION_LENGTH }) });
    // The experts see the message it was about when the person's own words left it out.
    const withQuote = kept && !asked.includes(kept) ? `${asked} — “${kept}”` : asked;
    const text = withQuote.length <= MAX_QUESTION_LENGTH ? withQuote : asked;
    const match = await services.faq.ask(person, conversation.platform, text, locale);
    return (await passToExperts(context, match.question)).message;
  },
});

export function registerExpertRequest(registry: CommandRegistry): void {
  registry.addForm(expertRequestForm);
}
