import { defineCommand, type CommandContext } from '../commands/command.js';
import type { CommandRegistry } from '../commands/registry.js';
import { heading, link, note, personal, text, type Message } from '../messages/message.js';

/** `calendar` (kalenteri): the person's private calendar address, made on first use. */
export const calendarCommand = defineCommand({
  name: 'calendar',
  alias: 'kalenteri',
  aliases: ['kalender'],
  summaryKey: 'command.calendar.summary',
  usageKey: 'command.calendar.usage',
  args: {},
  async run(context) {
    const address = await context.services.calendars.addressOf(context.person.id);
    return calendarReply(context, address, 'calendar.explain');
  },
});

/** `calendar reset` (kalenteri nollaa): a new address; the old one answers 404 from then on. */
export const calendarResetCommand = defineCommand({
  name: 'calendar reset',
  alias: 'kalenteri nollaa',
  aliases: ['kalenteri uusi', 'kalender återställ'],
  summaryKey: 'command.calendarReset.summary',
  usageKey: 'command.calendarReset.usage',
  args: {},
  async run(context) {
    const address = await context.services.calendars.reset(context.person.id);
    return calendarReply(context, address, 'calendar.reset');
  },
});

function calendarReply(context: CommandContext, address: string | undefined, intro: 'calendar.explain' | 'calendar.reset'): Message {
  const { t } = context;
  if (!address) return personal([text(t('calendar.unavailable'))]);
  // Shown only to the person (ephemeral in Slack, the personal chat in Teams): the address is a secret.
  return personal(
    [heading(t('calendar.heading')), text(t(intro)), link(t('calendar.link'), address), text(`\`${address}\``), note(t('calendar.secret'))],
    t('calendar.heading'),
  );
}

export function registerCalendarCommands(registry: CommandRegistry): void {
  registry.addCommand(calendarCommand).addCommand(calendarResetCommand);
}
