import type { Block, FileAttachment, Message } from '../../core/messages/message.js';
import {
  adaptiveCard,
  cardAttachment,
  FILE_CONSENT_CONTENT_TYPE,
  jsonBytes,
  type CardElement,
  type OutgoingActivity,
  type OutgoingAttachment,
} from './adaptive-card.js';
import { buttonAction, choiceAction } from './card-actions.js';
import { toCardMarkdown, toPlainCardText } from './card-markdown.js';
import type { CardTexts } from './card-texts.js';
import { teamsCapabilities } from './capabilities.js';
import { chartElements } from './chart-element.js';
import { NO_ASSETS, type RenderAssets } from './teams-assets.js';

/** A text longer than this (characters) is cut into several blocks, so one block always fits a card. */
const MAX_BLOCK_CHARACTERS = 4_000;
const BUTTONS_PER_ROW = 5;
/** The bytes an empty card and its activity envelope take around the body elements. */
const CARD_OVERHEAD_BYTES = jsonBytes(adaptiveCard([])) + 512;

export interface RenderOptions {
  texts: CardTexts;
  /** Card budget; tests make it small to see the split. */
  maxCardBytes?: number;
  /** Where large files and chart pictures are (TeamsAssets.prepare); none: files over 16 KB are left out with a note. */
  assets?: RenderAssets;
}

/**
 * The platform-neutral message as Adaptive Cards (schema 1.5), one card an activity. A message
 * too large for one Teams activity becomes several, in order; files ride along as inline
 * attachments (see capabilities.ts).
 */
export function renderMessage(message: Message, options: RenderOptions): OutgoingActivity[] {
  const maxCardBytes = options.maxCardBytes ?? teamsCapabilities.maxCardBytes;
  const assets = options.assets ?? NO_ASSETS;
  const { files, notes } = inlineFiles(message.attachments ?? [], options.texts, assets);
  const elements = renderBlocks([...message.blocks.flatMap(splitLargeBlock), ...notes], options.texts, assets);
  if (elements.length === 0 && files.length === 0) elements.push(textBlock(toCardMarkdown(message.summary)));

  const activities: OutgoingActivity[] = packIntoCards(elements, maxCardBytes).map((body) => ({
    attachments: [cardAttachment(adaptiveCard(body))],
    summary: message.summary,
  }));
  for (const file of files) {
    const last = activities.at(-1);
    if (last && jsonBytes(last) + jsonBytes(file) <= teamsCapabilities.maxActivityBytes - 1024) last.attachments.push(file);
    else activities.push({ attachments: [file], summary: message.summary });
  }
  return activities;
}

/** The body elements of the blocks, in order; a divider becomes the separator of what follows. */
export function renderBlocks(blocks: Block[], texts: CardTexts, assets: RenderAssets = NO_ASSETS): CardElement[] {
  const elements: CardElement[] = [];
  let separate = false;
  let choiceCount = 0;
  for (const block of blocks) {
    if (block.type === 'divider') {
      separate = elements.length > 0;
      continue;
    }
    const element = renderBlock(block, texts, assets, () => `keino.choice.${++choiceCount}`);
    if (!element) continue;
    for (const [index, part] of element.entries()) {
      if (index === 0 && separate) Object.assign(part, { separator: true, spacing: 'medium' });
      elements.push(part);
    }
    separate = false;
  }
  return elements;
}

function renderBlock(
  block: Exclude<Block, { type: 'divider' }>,
  texts: CardTexts,
  assets: RenderAssets,
  nextChoiceId: () => string,
): CardElement[] | undefined {
  switch (block.type) {
    case 'heading':
      return [{ type: 'TextBlock', text: toCardMarkdown(block.text), size: 'large', weight: 'bolder', style: 'heading', wrap: true }];
    case 'text':
      return [textBlock(toCardMarkdown(block.text))];
    case 'note':
      return [{ type: 'TextBlock', text: toCardMarkdown(block.text), size: 'small', isSubtle: true, wrap: true }];
    case 'fields':
      if (block.fields.length === 0) return undefined;
      return [
        {
          type: 'FactSet',
          // A fact's title is markdown too (Adaptive Cards' Fact.title).
          facts: block.fields.map((field) => ({ title: toCardMarkdown(field.label), value: toCardMarkdown(field.value) })),
        },
      ];
    case 'list': {
      // Teams renders "- item" and "1. item" lines (separated by \r) as lists; a long list
      // continues, with its numbering, in the next text block.
      const lines = block.items.map((item, index) => `${block.ordered ? `${index + 1}.` : '-'} ${toCardMarkdown(oneLine(item)).replace(/\n+/g, ' ')}`);
      const parts = chunkByLength(lines, (line) => line.length).map((part) => textBlock(part.join('\r')));
      return parts.length > 0 ? parts : undefined;
    }
    case 'progress':
      return [progressBar(block.label, block.value, block.max)];
    case 'chart':
      return chartElements(block.chart, assets.chartImages.get(block.chart));
    case 'link':
      if (!/^https?:\/\//i.test(block.url)) return undefined;
      return [{ type: 'ActionSet', actions: [{ type: 'Action.OpenUrl', title: toPlainCardText(block.label), url: block.url }] }];
    case 'buttons':
      if (block.buttons.length === 0) return undefined;
      return chunk(block.buttons, BUTTONS_PER_ROW).map((row) => ({ type: 'ActionSet', actions: row.map(buttonAction) }));
    case 'choices': {
      const id = nextChoiceId();
      return [
        {
          type: 'Input.ChoiceSet',
          id,
          style: 'compact',
          placeholder: toPlainCardText(block.placeholder),
          choices: block.options.map((option) => ({ title: toPlainCardText(option.label), value: option.value })),
          // Nothing is chosen for the person; the button asks for a choice first.
          isRequired: true,
          errorMessage: texts.required,
        },
        { type: 'ActionSet', actions: [choiceAction(block.actionId, id, texts.choose)] },
      ];
    }
  }
}

function textBlock(text: string): CardElement {
  return { type: 'TextBlock', text, wrap: true };
}

/** The label with value/max and a percentage, over a bar of two weighted columns. */
function progressBar(label: string, value: number, max: number): CardElement {
  const share = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
  const percent = Math.round(share * 100);
  const bar = (style: string, weight: number): CardElement => ({ type: 'Column', width: weight, style, minHeight: '8px', items: [] });
  const columns = [percent > 0 ? bar('accent', percent) : undefined, percent < 100 ? bar('emphasis', 100 - percent) : undefined].filter(
    (column): column is CardElement => column !== undefined,
  );
  return {
    type: 'Container',
    items: [
      {
        type: 'ColumnSet',
        columns: [
          { type: 'Column', width: 'stretch', items: [textBlock(toCardMarkdown(label))] },
          { type: 'Column', width: 'auto', items: [{ type: 'TextBlock', text: `${value}/${max} (${percent} %)`, wrap: true }] },
        ],
      },
      { type: 'ColumnSet', spacing: 'small', columns },
    ],
  };
}

/** A block too long for one card becomes several of the same kind. */
function splitLargeBlock(block: Block): Block[] {
  switch (block.type) {
    case 'heading':
    case 'text':
    case 'note':
      return splitText(block.text).map((part) => ({ ...block, text: part }));
    case 'fields':
      return chunkByLength(block.fields, (field) => field.label.length + field.value.length).map((fields) => ({ ...block, fields }));
    default:
      return [block];
  }
}

function splitText(text: string): string[] {
  if (text.length <= MAX_BLOCK_CHARACTERS) return [text];
  const parts: string[] = [];
  let rest = text;
  while (rest.length > MAX_BLOCK_CHARACTERS) {
    const window = rest.slice(0, MAX_BLOCK_CHARACTERS);
    // Prefer a paragraph break, then a line break, then a space; else cut hard.
    const cut = [window.lastIndexOf('\n\n'), window.lastIndexOf('\n'), window.lastIndexOf(' ')].find((at) => at > MAX_BLOCK_CHARACTERS / 2);
    const at = cut ?? MAX_BLOCK_CHARACTERS;
    parts.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  if (rest) parts.push(rest);
  return parts;
}

function chunkByLength<T>(items: T[], length: (item: T) => number): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    const itemLength = length(item);
    if (current.length > 0 && size + itemLength > MAX_BLOCK_CHARACTERS) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += itemLength;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** Body elements into cards of at most maxCardBytes each, in order. */
function packIntoCards(elements: CardElement[], maxCardBytes: number): CardElement[][] {
  const cards: CardElement[][] = [];
  let current: CardElement[] = [];
  let size = CARD_OVERHEAD_BYTES;
  for (const element of elements) {
    const elementSize = jsonBytes(element) + 1;
    if (current.length > 0 && size + elementSize > maxCardBytes) {
      cards.push(current);
      current = [];
      size = CARD_OVERHEAD_BYTES;
    }
    current.push(element);
    size += elementSize;
  }
  if (current.length > 0) cards.push(current);
  return cards;
}

/**
 * Files of up to 16 KB ride inline (a data: URI); a larger one goes where TeamsAssets placed it: a
 * file-consent card (personal chat) or a link to download it from Keino; with neither, a note.
 */
function inlineFiles(attachments: FileAttachment[], texts: CardTexts, assets: RenderAssets): { files: OutgoingAttachment[]; notes: Block[] } {
  const files: OutgoingAttachment[] = [];
  const notes: Block[] = [];
  for (const attachment of attachments) {
    const content = typeof attachment.content === 'string' ? Buffer.from(attachment.content, 'utf8') : Buffer.from(attachment.content);
    const base64 = content.toString('base64');
    if (base64.length <= teamsCapabilities.maxInlineFileBytes) {
      files.push({ contentType: attachment.mimeType, contentUrl: `data:${attachment.mimeType};base64,${base64}`, name: attachment.filename });
      continue;
    }
    const placed = assets.files.get(attachment);
    if (placed?.kind === 'consent') {
      // https://learn.microsoft.com/microsoftteams/platform/bots/how-to/bots-filesv4 (personal chats only).
      const context = { download: placed.token };
      files.push({
        contentType: FILE_CONSENT_CONTENT_TYPE,
        name: attachment.filename,
        content: { description: texts.fileConsent(attachment.filename), sizeInBytes: placed.sizeInBytes, acceptContext: context, declineContext: context },
      });
    } else if (placed?.kind === 'link') {
      notes.push({ type: 'link', label: texts.downloadFile(attachment.filename), url: placed.url });
      notes.push({ type: 'note', text: texts.linkLifetime(placed.hours) });
    } else {
      notes.push({ type: 'note', text: texts.fileTooLarge(attachment.filename) });
    }
  }
  return { files, notes };
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}
