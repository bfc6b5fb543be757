import type { Chart } from '../charts/chart.js';

/**
 * The platform-neutral reply. Domain code builds these; each adapter renders them
 * (Block Kit in Slack, Adaptive Cards in Teams, text in the console).
 *
 * Text uses a small markdown subset every renderer understands:
 * **bold**, _italic_, `code`, [label](https://link). Renderers escape everything else.
 */
export type Visibility = 'person' | 'conversation';

export interface Button {
  label: string;
  /** Names a registered core action, e.g. "groups.join". */
  actionId: string;
  value?: string;
  style?: 'primary' | 'danger';
}

export interface Choice {
  label: string;
  value: string;
}

export type Block =
  | { type: 'heading'; text: string }
  | { type: 'text'; text: string }
  | { type: 'fields'; fields: { label: string; value: string }[] }
  | { type: 'list'; items: string[]; ordered?: boolean }
  | { type: 'progress'; label: string; value: number; max: number }
  /** A chart (see core/charts): a picture where the platform can show one, its numbers in words always. */
  | { type: 'chart'; chart: Chart }
  | { type: 'buttons'; buttons: Button[] }
  | { type: 'choices'; actionId: string; placeholder: string; options: Choice[] }
  | { type: 'note'; text: string }
  /** A link Keino made itself (never one a person wrote): shown as a link with this label. */
  | { type: 'link'; label: string; url: string }
  | { type: 'divider' };

export interface FileAttachment {
  filename: string;
  mimeType: string;
  content: string | Uint8Array;
  title?: string;
}

export interface Message {
  kind: 'message';
  visibility: Visibility;
  blocks: Block[];
  /** One line for notifications and platforms that show a preview. */
  summary: string;
  attachments?: FileAttachment[];
  /**
   * Only confirms something the person can already see where they are (the poll Keino just
   * posted there). A platform with no private reply in a shared conversation (Teams) may leave it
   * out rather than write to the person's personal chat about it.
   */
  acknowledgement?: boolean;
}

export type FormFieldKind = 'text' | 'textarea' | 'date' | 'time' | 'number' | 'choice' | 'multichoice';

export interface FormField {
  name: string;
  label: string;
  kind: FormFieldKind;
  required?: boolean;
  initial?: string;
  placeholder?: string;
  hint?: string;
  options?: Choice[];
  maxLength?: number;
}

/** A form: a modal in Slack, a card with inputs in Teams, prompts in the console. */
export interface Form {
  kind: 'form';
  /** The registered form handler that receives the submission. */
  formId: string;
  title: string;
  submitLabel: string;
  fields: FormField[];
  /** Carried through the submission untouched, e.g. the id of what is being edited. */
  context?: string;
  /** Field name → message, when a submission is shown again with errors. */
  errors?: Record<string, string>;
  /**
   * The form's outcome is posted in a conversation, which a platform that can ask for one asks
   * when the form was opened from nowhere in particular (a Slack global shortcut: a channel
   * picker with this label). Elsewhere the conversation is where the form was opened.
   */
  where?: { label: string };
}

export type Reply = Message | Form;

export function message(visibility: Visibility, blocks: Block[], summary?: string): Message {
  return { kind: 'message', visibility, blocks, summary: summary ?? summarise(blocks) };
}

/** A reply only the person who asked sees (ephemeral in Slack, personal chat in Teams). */
export function personal(blocks: Block[], summary?: string): Message {
  return message('person', blocks, summary);
}

/** A reply everyone in the conversation sees. */
export function shared(blocks: Block[], summary?: string): Message {
  return message('conversation', blocks, summary);
}

export function text(value: string): Block {
  return { type: 'text', text: value };
}

export function heading(value: string): Block {
  return { type: 'heading', text: value };
}

/** Keino's own link (a calendar address …); only http(s). Text a person wrote never becomes one. */
export function link(label: string, url: string): Block {
  return { type: 'link', label, url };
}

export function chartBlock(value: Chart): Block {
  return { type: 'chart', chart: value };
}

export function note(value: string): Block {
  return { type: 'note', text: value };
}

function summarise(blocks: Block[]): string {
  for (const block of blocks) {
    if (block.type === 'heading' || block.type === 'text' || block.type === 'note') {
      return stripMarkup(block.text).slice(0, 150);
    }
  }
  return 'Keino';
}

/** Plain text of the markdown subset: for previews, the console and logs. */
export function stripMarkup(value: string): string {
  return value
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '$1 ($2)')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/(^|\W)_([^_]+)_(?=\W|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
}
