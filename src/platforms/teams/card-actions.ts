import type { Button, Form } from '../../core/messages/message.js';
import type { CardElement } from './adaptive-card.js';
import { toPlainCardText } from './card-markdown.js';

/**
 * The protocol between Keino's cards and the invokes they cause. A button is `Action.Execute`
 * with the core action id as verb and `{value}` as data; a choice list sends the chosen option
 * from its input; a form's submit has the verb `form:<formId>` and carries `{formContext}`, and
 * Teams merges the form's inputs into the data.
 */
export const FORM_VERB_PREFIX = 'form:';
const FORM_CONTEXT_KEY = 'formContext';
const CHOICE_INPUT_KEY = 'choiceInput';
const RESERVED_FORM_KEYS = new Set([FORM_CONTEXT_KEY, CHOICE_INPUT_KEY, 'msteams']);

export type CardClick =
  | { kind: 'action'; actionId: string; value: string }
  | { kind: 'form'; formId: string; values: Record<string, string>; context?: string };

export function buttonAction(button: Button): CardElement {
  return {
    type: 'Action.Execute',
    title: toPlainCardText(button.label),
    verb: button.actionId,
    data: button.value === undefined ? {} : { value: button.value },
    ...(button.style === 'primary' ? { style: 'positive' } : button.style === 'danger' ? { style: 'destructive' } : {}),
  };
}

/** The button under a choice list: the chosen option travels in the input named by `choiceInput`. */
export function choiceAction(actionId: string, inputId: string, title: string): CardElement {
  return { type: 'Action.Execute', title, verb: actionId, data: { [CHOICE_INPUT_KEY]: inputId } };
}

export function formSubmitAction(form: Form): CardElement {
  return {
    type: 'Action.Execute',
    title: toPlainCardText(form.submitLabel),
    verb: `${FORM_VERB_PREFIX}${form.formId}`,
    data: form.context === undefined ? {} : { [FORM_CONTEXT_KEY]: form.context },
    style: 'positive',
  };
}

/** What a click asks for, from the invoke's verb and data. */
export function readCardClick(verb: string, data: unknown): CardClick {
  const fields = isRecord(data) ? data : {};
  if (verb.startsWith(FORM_VERB_PREFIX)) {
    const values: Record<string, string> = {};
    for (const [name, raw] of Object.entries(fields)) {
      if (RESERVED_FORM_KEYS.has(name)) continue;
      const value = inputValue(raw);
      // As in the console and Slack: an empty input leaves the field out.
      if (value !== undefined && value.trim() !== '') values[name] = value;
    }
    const context = typeof fields[FORM_CONTEXT_KEY] === 'string' ? (fields[FORM_CONTEXT_KEY] as string) : undefined;
    return { kind: 'form', formId: verb.slice(FORM_VERB_PREFIX.length), values, context };
  }
  const choiceInput = fields[CHOICE_INPUT_KEY];
  const chosen = typeof choiceInput === 'string' ? inputValue(fields[choiceInput]) : undefined;
  return { kind: 'action', actionId: verb, value: chosen ?? inputValue(fields.value) ?? '' };
}

function inputValue(raw: unknown): string | undefined {
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  if (Array.isArray(raw)) return raw.map(String).join(',');
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
