/**
 * The message model's markdown subset as Adaptive Card TextBlock markdown.
 *
 * Teams renders **bold**, _italic_ and [label](url) in TextBlocks already; it has no inline code,
 * so `code` (commands to type) becomes bold. Everything else in the text is made inert: a stray
 * `*` or a word-edge `_` cannot start emphasis, and text that only looks like a link cannot hide
 * its address. A [label](url) in text comes from people (an FAQ answer, a poll option, a title),
 * so it shows its address: "label (url)", the address itself the link. Keino's own links are
 * buttons with an address. Line breaks become paragraph breaks, which a TextBlock needs.
 */
const MARKUP = /\*\*([^*]+)\*\*|(^|[^\p{L}\p{N}_])_([^_]+)_(?=[^\p{L}\p{N}_]|$)|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)/gu;
const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

export function toCardMarkdown(value: string): string {
  let output = '';
  let last = 0;
  for (const match of value.matchAll(MARKUP)) {
    const [whole, bold, italicLead, italic, code, label, url] = match;
    output += escapePlain(value.slice(last, match.index));
    if (bold !== undefined) output += `**${escapePlain(bold)}**`;
    else if (italic !== undefined) output += `${escapePlain(italicLead ?? '')}_${escapePlain(italic)}_`;
    else if (code !== undefined) output += `**${escapePlain(code)}**`;
    else if (label !== undefined && url !== undefined) {
      const shownUrl = SAFE_LINK.test(url) ? `[${escapePlain(url).replace(/[[\]]/g, '\\$&')}](${url})` : escapePlain(url);
      output += label.trim() === url ? shownUrl : `${escapePlain(label)} (${shownUrl})`;
    }
    last = match.index + whole.length;
  }
  output += escapePlain(value.slice(last));
  return paragraphs(output);
}

/** Plain text for places that show no markdown (FactSet titles, input labels, button titles). */
export function toPlainCardText(value: string): string {
  return value.replace(/\r\n?/g, '\n');
}

function escapePlain(text: string): string {
  return text
    .replace(/\*/g, '\\*')
    .replace(/(^|[^\p{L}\p{N}])_|_(?=[^\p{L}\p{N}]|$)/gu, (underscore, lead: string | undefined) => (lead !== undefined ? `${lead}\\_` : `\\${underscore}`))
    .replace(/\]\(/g, ']\\(');
}

function paragraphs(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\n+/g, '\n\n');
}
