import { defineCommand } from '../commands/command.js';
import type { CommandRegistry } from '../commands/registry.js';
import { formatTime } from '../time/format.js';
import { heading, link, note, personal, text } from '../messages/message.js';

/**
 * `dashboard` (kojelauta): a one-time sign-in link to the web dashboard. The link is a credential,
 * so the reply is only ever the person's own (ephemeral in a Slack channel, the personal chat in
 * Teams), never the channel's.
 */
export const dashboardCommand = defineCommand({
  name: 'dashboard',
  alias: 'kojelauta',
  aliases: ['instrumentpanel'],
  summaryKey: 'command.dashboard.summary',
  usageKey: 'command.dashboard.usage',
  args: {},
  async run(context) {
    const { t } = context;
    const issued = await context.services.dashboard.issueLink(context.person.id, context.now);
    if (!issued) return personal([text(t('dashboard.unavailable'))]);
    return personal(
      [
        heading(t('dashboard.heading')),
        text(t('dashboard.explain', { until: formatTime(issued.expiresAt, context.timeZone, context.locale) })),
        link(t('dashboard.link'), issued.url),
        note(t('dashboard.secret')),
      ],
      t('dashboard.heading'),
    );
  },
});

/** `dashboard revoke` (kojelauta sulje): ends every dashboard session of the person, on every browser. */
export const dashboardRevokeCommand = defineCommand({
  name: 'dashboard revoke',
  alias: 'kojelauta sulje',
  aliases: ['kojelauta peru', 'instrumentpanel stäng'],
  summaryKey: 'command.dashboardRevoke.summary',
  usageKey: 'command.dashboardRevoke.usage',
  args: {},
  async run(context) {
    const ended = await context.services.dashboard.revoke(context.person.id);
    return personal([text(context.t('dashboard.revoked', { count: ended }))]);
  },
});

export function registerDashboardCommands(registry: CommandRegistry): void {
  registry.addCommand(dashboardCommand).addCommand(dashboardRevokeCommand);
}
