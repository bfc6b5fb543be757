import type { types, ViewStateValue } from '@slack/bolt';
import type { Form, FormField } from '../../core/messages/message.js';
import { option } from './block-kit-renderer.js';
import { SLACK_LIMITS } from './slack-limits.js';
import { plainText, truncate } from './slack-text.js';

/** Keino's modals carry this prefix in their callback_id, followed by the form id. */
export const FORM_CALLBACK_PREFIX = 'keino:form:';
export const FORM_CALLBACK_ID = /^keino:form:/;

/** What a modal remembers between opening and submission (its private_metadata, as JSON). */
export interface FormMetadata {
  form: string;
  /** Where the form was opened, so the outcome goes back there. */
  channel_id?: string;
  thread_ts?: string;
  /** Form.context, untouched. */
  context?: string;
  /** Opened from nowhere in particular (a global shortcut): the conversation is the one picked in the modal. */
  pick_channel?: boolean;
}

/** The channel picker's block and action ids, apart from the form's own fields (their ids are field names). */
export const WHERE_BLOCK = 'keino:where';
const WHERE_ACTION = 'channel';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;

/**
 * A Keino form as a Slack modal: one input block a field, block_id and action_id = field name.
 * With `pick_channel` and a form that posts somewhere (Form.where), a channel picker comes first
 * (a conversations_select, https://docs.slack.dev/reference/block-kit/block-elements/select-menu-element#conversations_select):
 * a global shortcut carries no channel.
 */
export function renderModal(form: Form, metadata: Omit<FormMetadata, 'form' | 'context'>): types.ModalView {
  const pickChannel = metadata.pick_channel === true && form.where !== undefined;
  const { pick_channel: _asked, ...where } = metadata;
  const privateMetadata = JSON.stringify({
    form: form.formId,
    ...where,
    ...(pickChannel ? { pick_channel: true } : {}),
    ...(form.context !== undefined ? { context: form.context } : {}),
  });
  if (privateMetadata.length > SLACK_LIMITS.privateMetadata) {
    throw new Error(`The context of form "${form.formId}" is too long for a Slack modal (${privateMetadata.length} characters)`);
  }
  const blocks: types.KnownBlock[] = [];
  const errors = fieldErrors(form);
  if (pickChannel) blocks.push(channelPicker(form.where!.label));
  for (const field of form.fields.slice(0, SLACK_LIMITS.viewBlocks / 2 - 1)) {
    blocks.push(inputBlock(field));
    const error = errors[field.name];
    if (error) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `:warning: ${truncate(error, 2900)}` }] });
  }
  return {
    type: 'modal',
    callback_id: truncate(`${FORM_CALLBACK_PREFIX}${form.formId}`, SLACK_LIMITS.callbackId),
    title: { type: 'plain_text', text: plainText(form.title, SLACK_LIMITS.viewTitle) || 'Keino', emoji: true },
    submit: { type: 'plain_text', text: plainText(form.submitLabel, SLACK_LIMITS.viewTitle) || 'OK', emoji: true },
    private_metadata: privateMetadata,
    blocks,
  };
}

/**
 * A form's errors keyed by Slack block_id (= field name), as `response_action: "errors"` wants
 * them. An error about no field in particular is shown on the first field.
 */
export function fieldErrors(form: Form): Record<string, string> {
  const names = new Set(form.fields.map((field) => field.name));
  const errors: Record<string, string> = {};
  for (const [name, message] of Object.entries(form.errors ?? {})) {
    const target = names.has(name) ? name : form.fields[0]?.name;
    if (!target) continue;
    errors[target] = errors[target] ? `${errors[target]} ${message}` : message;
  }
  return errors;
}

export function parseFormMetadata(callbackId: string, privateMetadata: string | undefined): FormMetadata {
  const formId = callbackId.slice(FORM_CALLBACK_PREFIX.length);
  try {
    const parsed = JSON.parse(privateMetadata || '{}') as Partial<FormMetadata>;
    return {
      form: formId,
      ...(typeof parsed.channel_id === 'string' ? { channel_id: parsed.channel_id } : {}),
      ...(typeof parsed.thread_ts === 'string' ? { thread_ts: parsed.thread_ts } : {}),
      ...(typeof parsed.context === 'string' ? { context: parsed.context } : {}),
      ...(parsed.pick_channel === true ? { pick_channel: true } : {}),
    };
  } catch {
    return { form: formId };
  }
}

function channelPicker(label: string): types.InputBlock {
  return {
    type: 'input',
    block_id: WHERE_BLOCK,
    label: { type: 'plain_text', text: plainText(label, SLACK_LIMITS.inputLabel) || '#', emoji: true },
    element: {
      type: 'conversations_select',
      action_id: WHERE_ACTION,
      // Channels and group conversations; people's own DMs with each other cannot take Keino's post.
      filter: { include: ['public', 'private', 'mpim'], exclude_bot_users: true },
    },
  };
}

/** The conversation picked in the modal (a channel id as Slack names them), if any. */
export function pickedChannel(values: Record<string, Record<string, ViewStateValue>>): string | undefined {
  const picked = values[WHERE_BLOCK]?.[WHERE_ACTION];
  const id = picked?.type === 'conversations_select' ? picked.selected_conversation : undefined;
  return typeof id === 'string' && /^[CGD][A-Z0-9]{2,}$/.test(id) ? id : undefined;
}

/** The submitted values by field name; empty inputs are left out. Several choices are joined with ",". */
export function readSubmission(values: Record<string, Record<string, ViewStateValue>>): Record<string, string> {
  const submitted: Record<string, string> = {};
  for (const [blockId, actions] of Object.entries(values)) {
    if (blockId === WHERE_BLOCK) continue;
    for (const state of Object.values(actions)) {
      const value = stateValue(state);
      if (value !== undefined && value !== '') submitted[blockId] = value;
    }
  }
  return submitted;
}

function stateValue(state: ViewStateValue): string | undefined {
  switch (state.type) {
    case 'datepicker':
      return state.selected_date ?? undefined;
    case 'timepicker':
      return state.selected_time ?? undefined;
    case 'static_select':
      return state.selected_option?.value ?? undefined;
    case 'multi_static_select':
      return (state.selected_options ?? []).map((selected) => selected.value).join(',');
    default:
      return state.value ?? undefined;
  }
}

function inputBlock(field: FormField): types.InputBlock {
  return {
    type: 'input',
    block_id: field.name,
    optional: !field.required,
    label: { type: 'plain_text', text: plainText(field.label, SLACK_LIMITS.inputLabel) || field.name, emoji: true },
    ...(field.hint ? { hint: { type: 'plain_text' as const, text: plainText(field.hint, SLACK_LIMITS.inputHint), emoji: true } } : {}),
    element: inputElement(field),
  };
}

function inputElement(field: FormField): types.InputBlockElement {
  const placeholder = field.placeholder
    ? { placeholder: { type: 'plain_text' as const, text: plainText(field.placeholder, SLACK_LIMITS.placeholder), emoji: true } }
    : {};
  const initial = field.initial?.trim() || undefined;
  const action_id = field.name;
  const initialText = field.initial ? field.initial : undefined;
  switch (field.kind) {
    case 'date':
      return { type: 'datepicker', action_id, ...placeholder, ...(initial && DATE.test(initial) ? { initial_date: initial } : {}) };
    case 'time':
      return { type: 'timepicker', action_id, ...placeholder, ...(initial && TIME.test(initial) ? { initial_time: initial } : {}) };
    case 'number':
      return { type: 'number_input', action_id, is_decimal_allowed: false, ...placeholder, ...(initial ? { initial_value: initial } : {}) };
    case 'choice': {
      const options = (field.options ?? []).slice(0, SLACK_LIMITS.selectOptions).map(option);
      const selected = options.find((candidate) => candidate.value === initial);
      return { type: 'static_select', action_id, options, ...placeholder, ...(selected ? { initial_option: selected } : {}) };
    }
    case 'multichoice': {
      const options = (field.options ?? []).slice(0, SLACK_LIMITS.selectOptions).map(option);
      const wanted = new Set((initial ?? '').split(',').map((value) => value.trim()));
      const selected = options.filter((candidate) => wanted.has(candidate.value ?? ''));
      return { type: 'multi_static_select', action_id, options, ...placeholder, ...(selected.length > 0 ? { initial_options: selected } : {}) };
    }
    case 'text':
    case 'textarea': {
      const maxLength = Math.min(field.maxLength ?? SLACK_LIMITS.plainTextInput, SLACK_LIMITS.plainTextInput);
      return {
        type: 'plain_text_input',
        action_id,
        multiline: field.kind === 'textarea',
        max_length: maxLength,
        ...placeholder,
        ...(initialText ? { initial_value: truncate(initialText, maxLength) } : {}),
      };
    }
  }
}
