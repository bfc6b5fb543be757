/**
 * Slack's Block Kit limits, checked independently of the renderer: the fake Slack refuses what
 * real Slack would refuse (invalid_blocks), and tests can assert on any rendered output.
 */
type Json = any;

export type Surface = 'message' | 'modal' | 'home';

const MAX_BLOCKS: Record<Surface, number> = { message: 50, modal: 100, home: 100 };
const BLOCK_TYPES: Record<Surface, Set<string>> = {
  message: new Set(['header', 'section', 'context', 'actions', 'divider', 'image', 'rich_text']),
  home: new Set(['header', 'section', 'context', 'actions', 'divider', 'image', 'rich_text', 'input']),
  modal: new Set(['header', 'section', 'context', 'actions', 'divider', 'image', 'rich_text', 'input']),
};

/** Everything in the blocks Slack would refuse, as readable lines; empty when Slack accepts them. */
export function blockKitViolations(blocks: unknown, surface: Surface): string[] {
  const problems: string[] = [];
  if (!Array.isArray(blocks)) return ['blocks is not an array'];
  if (blocks.length > MAX_BLOCKS[surface]) problems.push(`${blocks.length} blocks, more than ${MAX_BLOCKS[surface]} in a ${surface}`);
  const actionIds = new Set<string>();
  const blockIds = new Set<string>();
  blocks.forEach((block: Json, index: number) => {
    const at = `blocks[${index}] (${block?.type})`;
    const fail = (problem: string) => problems.push(`${at}: ${problem}`);
    if (!BLOCK_TYPES[surface].has(block?.type)) fail(`not a block type a ${surface} takes`);
    if (block.block_id !== undefined) {
      if (typeof block.block_id !== 'string' || block.block_id.length === 0 || block.block_id.length > 255) fail('block_id empty or over 255');
      if (blockIds.has(block.block_id)) fail(`block_id "${block.block_id}" repeated`);
      blockIds.add(block.block_id);
    }
    const text = (object: Json, max: number, what: string, plainOnly = false) => {
      if (!object || typeof object.text !== 'string') return fail(`${what} has no text`);
      if (plainOnly && object.type !== 'plain_text') fail(`${what} must be plain_text`);
      if (object.type !== 'plain_text' && object.type !== 'mrkdwn') fail(`${what} has text type ${object.type}`);
      if (object.text.trim().length === 0) fail(`${what} is empty`);
      if (object.text.length > max) fail(`${what} has ${object.text.length} characters, more than ${max}`);
    };
    const element = (item: Json, where: string) => {
      if (typeof item.action_id === 'string') {
        if (item.action_id.length > 255) fail(`${where} action_id over 255`);
        if (actionIds.has(item.action_id)) fail(`${where} action_id "${item.action_id}" repeated`);
        actionIds.add(item.action_id);
      }
      switch (item.type) {
        case 'button':
          text(item.text, 75, `${where} button text`, true);
          if (item.value !== undefined && (typeof item.value !== 'string' || item.value.length > 2000)) fail(`${where} button value over 2000`);
          if (item.style !== undefined && item.style !== 'primary' && item.style !== 'danger') fail(`${where} button style ${item.style}`);
          break;
        case 'static_select':
        case 'multi_static_select':
          if (item.placeholder) text(item.placeholder, 150, `${where} placeholder`, true);
          if (!Array.isArray(item.options) || item.options.length === 0 || item.options.length > 100) fail(`${where} needs 1 to 100 options`);
          for (const option of item.options ?? []) {
            text(option.text, 75, `${where} option text`);
            if (typeof option.value !== 'string' || option.value.length === 0 || option.value.length > 150) fail(`${where} option value empty or over 150`);
          }
          break;
        case 'conversations_select': {
          // https://docs.slack.dev/reference/block-kit/block-elements/select-menu-element#conversations_select:
          // filter.include takes im, mpim, private and public; default_to_current_conversation only
          // where the view was opened from a conversation.
          if (item.placeholder) text(item.placeholder, 150, `${where} placeholder`, true);
          const include: unknown[] = item.filter?.include ?? [];
          if (include.some((kind) => !['im', 'mpim', 'private', 'public'].includes(String(kind)))) fail(`${where} filter.include ${include.join(',')}`);
          break;
        }
        case 'plain_text_input':
        case 'datepicker':
        case 'timepicker':
        case 'number_input':
          if (surface === 'message') fail(`${where} ${item.type} only in an input block of a view`);
          if (item.type === 'number_input' && typeof item.is_decimal_allowed !== 'boolean') fail(`${where} number_input needs is_decimal_allowed`);
          if (item.initial_date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(item.initial_date)) fail(`${where} initial_date ${item.initial_date}`);
          if (item.initial_time !== undefined && !/^\d{2}:\d{2}$/.test(item.initial_time)) fail(`${where} initial_time ${item.initial_time}`);
          break;
        default:
          fail(`${where} unknown element type ${item.type}`);
      }
    };
    switch (block.type) {
      case 'header':
        text(block.text, 150, 'header', true);
        break;
      case 'section':
        if (!block.text && !block.fields) fail('section needs text or fields');
        if (block.text) text(block.text, 3000, 'section text');
        if (block.fields) {
          if (!Array.isArray(block.fields) || block.fields.length === 0 || block.fields.length > 10) fail('section needs 1 to 10 fields');
          for (const field of block.fields ?? []) text(field, 2000, 'field');
        }
        if (block.accessory) element(block.accessory, 'accessory');
        break;
      case 'context':
        if (!Array.isArray(block.elements) || block.elements.length === 0 || block.elements.length > 10) fail('context needs 1 to 10 elements');
        for (const item of block.elements ?? []) text(item, 3000, 'context element');
        break;
      case 'actions':
        if (!Array.isArray(block.elements) || block.elements.length === 0 || block.elements.length > 25) fail('actions needs 1 to 25 elements');
        (block.elements ?? []).forEach((item: Json, position: number) => {
          element(item, `elements[${position}]`);
        });
        break;
      case 'input':
        text(block.label, 2000, 'input label', true);
        if (block.hint) text(block.hint, 2000, 'input hint', true);
        if (!block.element) fail('input without element');
        else element(block.element, 'input element');
        break;
      case 'image':
        // https://docs.slack.dev/reference/block-kit/blocks/image-block: alt_text required (at
        // most 2,000 characters, no markup), image_url or slack_file, title plain_text of at most 2,000.
        if (typeof block.alt_text !== 'string' || block.alt_text.trim().length === 0 || block.alt_text.length > 2000) fail('image needs alt_text of 1 to 2000');
        if ((block.image_url === undefined) === (block.slack_file === undefined)) fail('image needs image_url or slack_file, not both');
        if (block.title) text(block.title, 2000, 'image title', true);
        break;
      case 'divider':
        break;
    }
  });
  return problems;
}

/** What Slack would refuse in a modal or home view (its blocks and its own fields). */
export function viewViolations(view: Json): string[] {
  const surface: Surface = view?.type === 'home' ? 'home' : 'modal';
  const problems = blockKitViolations(view?.blocks, surface);
  if (surface === 'modal') {
    for (const key of ['title', 'submit', 'close'] as const) {
      const label = view[key];
      if (label === undefined && key !== 'title') continue;
      if (label?.type !== 'plain_text' || typeof label.text !== 'string' || label.text.length === 0 || label.text.length > 24) {
        problems.push(`modal ${key} must be plain_text of 1 to 24 characters`);
      }
    }
    if (view.blocks?.some((block: Json) => block.type === 'input') && !view.submit) problems.push('modal with inputs needs submit');
  }
  if (typeof view?.callback_id === 'string' && view.callback_id.length > 255) problems.push('callback_id over 255');
  if (typeof view?.private_metadata === 'string' && view.private_metadata.length > 3000) problems.push('private_metadata over 3000');
  return problems;
}
