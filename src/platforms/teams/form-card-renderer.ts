import type { Form, FormField } from '../../core/messages/message.js';
import { adaptiveCard, type AdaptiveCard, type CardElement } from './adaptive-card.js';
import { formSubmitAction } from './card-actions.js';
import { toCardMarkdown, toPlainCardText } from './card-markdown.js';
import type { CardTexts } from './card-texts.js';

export interface FormRenderOptions {
  texts: CardTexts;
  /** What the person entered, kept when the form comes back with errors. */
  values?: Record<string, string>;
}

/**
 * A form as one card: the title, one input a field (with its hint, and its error in red right
 * under it when the submission came back), and a submit button whose invoke carries the inputs.
 */
export function renderFormCard(form: Form, options: FormRenderOptions): AdaptiveCard {
  const errors = form.errors ?? {};
  const fieldNames = new Set(form.fields.map((field) => field.name));
  const body: CardElement[] = [{ type: 'TextBlock', text: toCardMarkdown(form.title), size: 'large', weight: 'bolder', style: 'heading', wrap: true }];
  // Errors about no single field (the whole submission) come first.
  for (const [name, error] of Object.entries(errors)) {
    if (!fieldNames.has(name)) body.push(errorBlock(error));
  }
  for (const field of form.fields) {
    body.push(input(field, options.values?.[field.name] ?? field.initial, options.texts));
    if (field.hint) body.push({ type: 'TextBlock', text: toCardMarkdown(field.hint), size: 'small', isSubtle: true, wrap: true, spacing: 'none' });
    const error = errors[field.name];
    if (error) body.push(errorBlock(error));
  }
  return adaptiveCard(body, [formSubmitAction(form)]);
}

function errorBlock(error: string): CardElement {
  return { type: 'TextBlock', text: toCardMarkdown(error), color: 'attention', size: 'small', wrap: true, spacing: 'none' };
}

function input(field: FormField, value: string | undefined, texts: CardTexts): CardElement {
  const common = {
    id: field.name,
    label: toPlainCardText(field.label),
    ...(field.required ? { isRequired: true, errorMessage: texts.required } : {}),
  };
  const placeholder = field.placeholder === undefined ? {} : { placeholder: toPlainCardText(field.placeholder) };
  switch (field.kind) {
    case 'text':
    case 'textarea':
      return {
        type: 'Input.Text',
        ...common,
        ...placeholder,
        ...(field.kind === 'textarea' ? { isMultiline: true } : {}),
        ...(field.maxLength ? { maxLength: field.maxLength } : {}),
        ...(value !== undefined ? { value } : {}),
      };
    case 'date':
      // Input.Date takes and gives YYYY-MM-DD; another initial value would be dropped by Teams.
      return { type: 'Input.Date', ...common, ...placeholder, ...(value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(value) ? { value } : {}) };
    case 'time':
      return { type: 'Input.Time', ...common, ...placeholder, ...(value !== undefined && /^\d{2}:\d{2}$/.test(value) ? { value } : {}) };
    case 'number': {
      const number = value === undefined || value.trim() === '' ? undefined : Number(value);
      return { type: 'Input.Number', ...common, ...placeholder, ...(number !== undefined && Number.isFinite(number) ? { value: number } : {}) };
    }
    case 'choice':
    case 'multichoice':
      return {
        type: 'Input.ChoiceSet',
        ...common,
        ...placeholder,
        style: 'compact',
        ...(field.kind === 'multichoice' ? { isMultiSelect: true } : {}),
        choices: (field.options ?? []).map((option) => ({ title: toPlainCardText(option.label), value: option.value })),
        ...(value !== undefined ? { value } : {}),
      };
  }
}
