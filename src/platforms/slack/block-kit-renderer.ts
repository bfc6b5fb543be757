import type { types } from '@slack/bolt';
import type { Chart } from '../../core/charts/chart.js';
import { chartLines } from '../../core/charts/chart-text.js';
import { stripMarkup, type Block, type Button, type Choice, type Message } from '../../core/messages/message.js';
import { encodeActionId } from './action-ids.js';
import { SLACK_LIMITS } from './slack-limits.js';
import { chunkText, escapeSlack, fallbackText, plainText, toMrkdwn, truncate } from './slack-text.js';

export type SlackBlock = types.KnownBlock;

/** One Slack message: what chat.postMessage, respond() or an ack body carry. */
export interface SlackPage {
  /** The notification and fallback text. */
  text: string;
  blocks: SlackBlock[];
}

const BAR_WIDTH = 10;

/**
 * How charts are shown: the Slack file id of each chart's uploaded PNG (SlackMessenger uploads
 * them before rendering). A chart without one is shown as text: its numbers and its alt text.
 */
export interface RenderOptions {
  chartFiles?: ReadonlyMap<Chart, string>;
}

/**
 * Renders a Keino message as one or more Slack messages, each within Slack's limits (50 blocks,
 * 3,000 characters a section, 10 fields, 25 elements an actions block …). Long content is split
 * into several messages rather than cut.
 */
export function renderMessage(message: Message, options: RenderOptions = {}): SlackPage[] {
  const blocks = renderBlocks(message.blocks, options);
  const text = fallbackText(message.summary, SLACK_LIMITS.fallbackText) || 'Keino';
  if (blocks.length === 0) return [{ text, blocks: [] }];
  const pages: SlackPage[] = [];
  for (let start = 0; start < blocks.length; start += SLACK_LIMITS.messageBlocks) {
    pages.push({ text, blocks: blocks.slice(start, start + SLACK_LIMITS.messageBlocks) });
  }
  if (pages.length > 1) {
    pages.forEach((page, index) => {
      page.text = `${text} (${index + 1}/${pages.length})`;
    });
  }
  return pages;
}

/**
 * The App Home tab: at most 100 blocks. A home that would be longer ends with a short note
 * instead of being rejected.
 */
export function renderHomeView(message: Message, privateMetadata?: string): types.HomeView {
  let blocks = renderBlocks(message.blocks);
  if (blocks.length > SLACK_LIMITS.viewBlocks) {
    blocks = [...blocks.slice(0, SLACK_LIMITS.viewBlocks - 1), { type: 'context', elements: [{ type: 'mrkdwn', text: '…' }] }];
  }
  return { type: 'home', blocks, ...(privateMetadata ? { private_metadata: privateMetadata } : {}) };
}

/** Block Kit for the message model, not yet paged. Action ids are unique within the result. */
export function renderBlocks(blocks: readonly Block[], options: RenderOptions = {}): SlackBlock[] {
  const rendered: SlackBlock[] = [];
  let elementIndex = 0;
  const nextActionId = (actionId: string) => encodeActionId(actionId, elementIndex++);
  for (const block of blocks) {
    switch (block.type) {
      case 'heading': {
        const text = plainText(block.text, SLACK_LIMITS.headerText);
        if (text) rendered.push({ type: 'header', text: { type: 'plain_text', text, emoji: true } });
        break;
      }
      case 'text':
        rendered.push(...sections(toMrkdwn(block.text)));
        break;
      case 'note':
        for (const text of chunkText(toMrkdwn(block.text), SLACK_LIMITS.contextText)) {
          if (text.trim().length > 0) rendered.push({ type: 'context', elements: [{ type: 'mrkdwn', text }] });
        }
        break;
      case 'fields':
        rendered.push(...fieldSections(block.fields));
        break;
      case 'list': {
        const lines = block.items.map((item, index) => `${block.ordered ? `${index + 1}.` : '•'} ${toMrkdwn(item)}`);
        rendered.push(...sections(lines.join('\n')));
        break;
      }
      case 'progress':
        rendered.push(...sections(progressText(block.label, block.value, block.max)));
        break;
      case 'chart':
        rendered.push(...chartBlocks(block.chart, options.chartFiles?.get(block.chart)));
        break;
      case 'buttons': {
        const elements = block.buttons.map((button) => buttonElement(button, nextActionId)).filter((element) => element !== undefined);
        rendered.push(...actionBlocks(elements));
        break;
      }
      case 'choices': {
        const selects: types.StaticSelect[] = [];
        const usable = block.options.filter((option) => option.value.length > 0 && option.value.length <= SLACK_LIMITS.optionValue);
        for (let start = 0; start < usable.length; start += SLACK_LIMITS.selectOptions) {
          const actionId = nextActionId(block.actionId);
          if (!actionId) break;
          selects.push({
            type: 'static_select',
            action_id: actionId,
            placeholder: { type: 'plain_text', text: plainText(block.placeholder, SLACK_LIMITS.placeholder) || '…', emoji: true },
            options: usable.slice(start, start + SLACK_LIMITS.selectOptions).map(option),
          });
        }
        rendered.push(...actionBlocks(selects));
        break;
      }
      case 'link':
        if (/^https?:\/\//i.test(block.url)) {
          rendered.push(...sections(`<${escapeSlack(block.url).replace(/\|/g, '%7C')}|${escapeSlack(plainText(block.label, 200)).replace(/\|/g, '¦')}>`));
        }
        break;
      case 'divider':
        rendered.push({ type: 'divider' });
        break;
    }
  }
  return rendered;
}

/** "▓▓▓░░░░░░░ 3/10 (30 %)" under the label. */
export function progressText(label: string, value: number, max: number): string {
  const share = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
  const filled = Math.round(share * BAR_WIDTH);
  const bar = `${'▓'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
  return `${toMrkdwn(label)}\n\`${bar}\` ${value}/${max} (${Math.round(share * 100)} %)`;
}

/**
 * A chart as an image block of its uploaded PNG with the alt text Slack reads out
 * (https://docs.slack.dev/reference/block-kit/blocks/image-block: alt_text and title at most
 * 2,000 characters); without a file, its numbers as text and the alt text under them.
 */
export function chartBlocks(chart: Chart, fileId: string | undefined): SlackBlock[] {
  const altText = plainText(chart.altText, SLACK_LIMITS.imageAltText) || plainText(chart.title, SLACK_LIMITS.imageAltText) || 'Keino';
  if (fileId) {
    const title = plainText(chart.title, SLACK_LIMITS.imageAltText);
    return [{ type: 'image', slack_file: { id: fileId }, alt_text: altText, ...(title ? { title: { type: 'plain_text', text: title, emoji: true } } : {}) }];
  }
  const lines = chartLines(chart).map((line) => `• ${escapeSlack(line)}`);
  return [
    ...sections([`*${escapeSlack(plainText(chart.title, SLACK_LIMITS.headerText))}*`, ...lines].join('\n')),
    { type: 'context', elements: [{ type: 'mrkdwn', text: truncate(escapeSlack(altText), SLACK_LIMITS.contextText) }] },
  ];
}

export function option(choice: Choice): types.PlainTextOption {
  const text = plainText(choice.label, SLACK_LIMITS.optionText) || plainText(choice.value, SLACK_LIMITS.optionText) || '…';
  return { text: { type: 'plain_text', text, emoji: true }, value: choice.value };
}

function sections(mrkdwn: string): SlackBlock[] {
  return chunkText(mrkdwn, SLACK_LIMITS.sectionText)
    .filter((text) => text.trim().length > 0)
    .map((text) => ({ type: 'section', text: { type: 'mrkdwn', text } }));
}

function fieldSections(fields: { label: string; value: string }[]): SlackBlock[] {
  const rendered: SlackBlock[] = [];
  const texts = fields.map(({ label, value }) => {
    const shownLabel = toMrkdwn(stripMarkup(label)).trim();
    return truncate(`${shownLabel ? `*${shownLabel}*\n` : ''}${toMrkdwn(value).trim() || '–'}`, SLACK_LIMITS.fieldText);
  });
  for (let start = 0; start < texts.length; start += SLACK_LIMITS.sectionFields) {
    rendered.push({
      type: 'section',
      fields: texts.slice(start, start + SLACK_LIMITS.sectionFields).map((text) => ({ type: 'mrkdwn', text })),
    });
  }
  return rendered;
}

function buttonElement(button: Button, nextActionId: (actionId: string) => string | undefined): types.Button | undefined {
  // A value Slack would refuse cannot carry what the button means: leave the button out.
  if (button.value !== undefined && button.value.length > SLACK_LIMITS.buttonValue) return undefined;
  const actionId = nextActionId(button.actionId);
  if (!actionId) return undefined;
  return {
    type: 'button',
    action_id: actionId,
    text: { type: 'plain_text', text: plainText(button.label, SLACK_LIMITS.buttonText) || '…', emoji: true },
    ...(button.value ? { value: button.value } : {}),
    ...(button.style ? { style: button.style } : {}),
  };
}

function actionBlocks(elements: types.ActionsBlockElement[]): SlackBlock[] {
  const rendered: SlackBlock[] = [];
  for (let start = 0; start < elements.length; start += SLACK_LIMITS.actionsElements) {
    rendered.push({ type: 'actions', elements: elements.slice(start, start + SLACK_LIMITS.actionsElements) });
  }
  return rendered;
}
