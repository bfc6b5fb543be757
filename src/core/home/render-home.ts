import type { CommandContext } from '../commands/command.js';
import { personal, type Block, type Message } from '../messages/message.js';

/** The person's home: each feature's section in order (Slack App Home, the console's `home`). */
export async function renderHome(context: CommandContext): Promise<Message> {
  const blocks: Block[] = [];
  for (const section of context.commands.homeSections) {
    const sectionBlocks = await section.render(context);
    if (sectionBlocks.length > 0 && blocks.length > 0) blocks.push({ type: 'divider' });
    blocks.push(...sectionBlocks);
  }
  return personal(blocks);
}
