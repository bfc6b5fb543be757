import { defineCommand } from '../commands/command.js';
import { renderHome } from './render-home.js';

/** The same home that Slack shows in App Home, for every platform. */
export const homeCommand = defineCommand({
  name: 'home',
  alias: 'koti',
  aliases: ['hem'],
  summaryKey: 'command.home.summary',
  usageKey: 'command.home.usage',
  args: {},
  run: (context) => renderHome(context),
});
