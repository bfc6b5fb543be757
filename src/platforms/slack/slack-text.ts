import { stripMarkup } from '../../core/messages/message.js';
import { SLACK_LIMITS } from './slack-limits.js';

const LINK = /\[([^\]]+)\]\(([^)\s]+)\)/g;
const SAFE_URL = /^(https?:\/\/|mailto:)/i;

/** Slack's three control characters, as its formatting guide asks. */
export function escapeSlack(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function convertEmphasis(escaped: string): string {
  return escaped.replace(/\*\*([^*]+)\*\*/g, '*$1*');
}

/**
 * Keino's markdown subset as Slack mrkdwn: **bold** → *bold*, _italic_ and `code` as they are;
 * everything else escaped, so text from people can never turn into a mention such as <!channel>.
 * A [label](url) in text comes from people (an FAQ answer, a poll option, a title), so it shows
 * its address: "label (<url>)", never a label hiding where it leads. Only http(s) and mailto
 * addresses become links. Keino's own links are buttons with an address.
 */
export function toMrkdwn(value: string): string {
  let result = '';
  let last = 0;
  for (const match of value.matchAll(LINK)) {
    const [whole, label = '', url = ''] = match;
    result += convertEmphasis(escapeSlack(value.slice(last, match.index)));
    const shownLabel = convertEmphasis(escapeSlack(label)).replace(/\|/g, '¦');
    const address = escapeSlack(url).replace(/\|/g, '%7C');
    const shownUrl = SAFE_URL.test(url) ? `<${address}>` : address;
    result += label.trim() === url ? shownUrl : `${shownLabel} (${shownUrl})`;
    last = match.index + whole.length;
  }
  return result + convertEmphasis(escapeSlack(value.slice(last)));
}

/** Shortens to at most `max` characters (code points, so no emoji is cut in half), ending in "…". */
export function truncate(value: string, max: number): string {
  const characters = Array.from(value);
  if (characters.length <= max) return value;
  return `${characters.slice(0, max - 1).join('')}…`;
}

/**
 * A message's top-level `text` (notifications, and what Slack shows when there are no blocks) is
 * mrkdwn too: plain text with Slack's control characters escaped, so no <!channel> or <@U…>
 * written by a person can ping anyone.
 */
export function fallbackText(value: string, max: number): string {
  return escapeSlack(plainText(value, max));
}

/** Plain text for plain_text objects: markup stripped, shortened to the limit. */
export function plainText(value: string, max: number): string {
  return truncate(stripMarkup(value).trim(), max);
}

/**
 * Splits text into pieces of at most `max` characters, at line breaks where possible, so that a
 * long section becomes several sections rather than a rejected message.
 */
export function chunkText(value: string, max: number = SLACK_LIMITS.sectionText): string[] {
  if (value.length <= max) return value.length > 0 ? [value] : [];
  const chunks: string[] = [];
  let current = '';
  const flush = () => {
    if (current.length > 0) chunks.push(current);
    current = '';
  };
  for (const line of value.split('\n')) {
    const candidate = current.length === 0 ? line : `${current}\n${line}`;
    if (candidate.length <= max) {
      current = candidate;
      continue;
    }
    flush();
    let rest = line;
    while (rest.length > max) {
      // Prefer a space near the end; never split an escape such as &amp;.
      let cut = rest.lastIndexOf(' ', max);
      if (cut < max / 2) cut = max;
      const entity = rest.lastIndexOf('&', cut);
      if (entity > cut - 6 && rest.indexOf(';', entity) >= cut) cut = entity;
      chunks.push(rest.slice(0, cut));
      rest = rest.slice(cut).replace(/^ /, '');
    }
    current = rest;
  }
  flush();
  return chunks;
}

/**
 * What a person typed, as Slack delivers it: &amp; &lt; &gt; decoded and auto-links
 * (<https://x|x>, <mailto:a@b|a@b>) turned back into what was written.
 */
export function fromSlackText(value: string): string {
  return value
    .replace(/<((?:https?:\/\/|mailto:)[^|>]+)(?:\|([^>]*))?>/g, (_whole, url: string, label?: string) =>
      label && label !== url && `mailto:${label}` !== url ? label : url.replace(/^mailto:/, ''),
    )
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Removes mentions of the bot (<@U123> or <@U123|keino>) from a message. */
export function withoutMention(value: string, botUserId: string | undefined): string {
  if (!botUserId) return value.trim();
  return value
    .replace(new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
