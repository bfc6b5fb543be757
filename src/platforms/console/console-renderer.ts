import { chartTextBars } from '../../core/charts/chart-text.js';
import { stripMarkup, type Button, type Choice, type Form, type Message, type Reply } from '../../core/messages/message.js';

/** A button or a choice the person can pick by typing its number. */
export type Pickable = { label: string; actionId: string; value: string };

export interface RenderedText {
  text: string;
  pickables: Pickable[];
}

const BAR_WIDTH = 20;

/** Renders the platform-neutral message as plain text; buttons become numbered choices. */
export function renderForConsole(reply: Reply): RenderedText {
  if (reply.kind === 'form') return { text: renderFormIntro(reply), pickables: [] };
  return renderMessage(reply);
}

function renderMessage(message: Message): RenderedText {
  const lines: string[] = [];
  const pickables: Pickable[] = [];
  const addPickable = (item: Button | (Choice & { actionId: string })) => {
    pickables.push({ label: item.label, actionId: item.actionId, value: item.value ?? '' });
    return `[${pickables.length}] ${item.label}`;
  };
  for (const block of message.blocks) {
    switch (block.type) {
      case 'heading':
        lines.push('', `== ${stripMarkup(block.text)} ==`);
        break;
      case 'text':
        lines.push(stripMarkup(block.text));
        break;
      case 'note':
        lines.push(`  (${stripMarkup(block.text)})`);
        break;
      case 'fields':
        for (const field of block.fields) lines.push(`${stripMarkup(field.label)}: ${stripMarkup(field.value)}`);
        break;
      case 'list':
        block.items.forEach((item, index) => {
          lines.push(`${block.ordered ? `${index + 1}.` : '•'} ${stripMarkup(item)}`);
        });
        break;
      case 'progress': {
        const share = block.max > 0 ? Math.min(1, Math.max(0, block.value / block.max)) : 0;
        const filled = Math.round(share * BAR_WIDTH);
        lines.push(`${stripMarkup(block.label)} [${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${block.value}/${block.max}`);
        break;
      }
      case 'chart':
        // The text bars for the eye, the alt text for a screen reader (and a pasted transcript).
        lines.push(stripMarkup(block.chart.title), ...chartTextBars(block.chart, BAR_WIDTH).map((line) => `  ${line}`), `  (${block.chart.altText})`);
        break;
      case 'buttons':
        lines.push(block.buttons.map(addPickable).join('   '));
        break;
      case 'choices':
        lines.push(stripMarkup(block.placeholder));
        for (const option of block.options) lines.push(`  ${addPickable({ ...option, actionId: block.actionId })}`);
        break;
      case 'link':
        lines.push(`${stripMarkup(block.label)}: ${block.url}`);
        break;
      case 'divider':
        lines.push('----');
        break;
    }
  }
  for (const attachment of message.attachments ?? []) lines.push(`[file] ${attachment.filename}`);
  return { text: lines.join('\n').replace(/^\n/, ''), pickables };
}

function renderFormIntro(form: Form): string {
  const lines = [`== ${form.title} ==`];
  for (const [field, error] of Object.entries(form.errors ?? {})) {
    const label = form.fields.find((candidate) => candidate.name === field)?.label ?? field;
    lines.push(`! ${label}: ${error}`);
  }
  return lines.join('\n');
}
