import { defineCommand } from '../commands/command.js';
import type { CommandRegistry } from '../commands/registry.js';
import { chartBlock, heading, personal, text, type Block } from '../messages/message.js';
import { formatDateTime } from '../time/format.js';
import { JOB_STATES } from './job.js';
import { jobChartSince, jobsPerDayChart } from './job-charts.js';

const ERROR_SHOWN = 200;

export const adminJobsCommand = defineCommand({
  name: 'admin jobs',
  alias: 'ylläpito työt',
  aliases: ['yllapito tyot', 'admin jobb'],
  summaryKey: 'command.adminJobs.summary',
  usageKey: 'command.adminJobs.usage',
  roles: ['admin'],
  args: {},
  async run(context) {
    const { t, timeZone, locale, now } = context;
    const [{ counts, overdue, failures }, ended] = await Promise.all([
      context.services.jobs.overview(5),
      context.services.jobs.store.endedPerDay(jobChartSince(now, timeZone), timeZone),
    ]);
    const when = (instant: Date | null) => (instant ? formatDateTime(instant, timeZone, locale) : '–');
    const blocks: Block[] = [
      heading(t('jobs.heading')),
      { type: 'fields', fields: JOB_STATES.map((state) => ({ label: t(`jobs.state.${state}`), value: String(counts[state]) })) },
      chartBlock(jobsPerDayChart({ t, locale, now, timeZone }, ended)),
    ];
    if (overdue.count > 0) blocks.push(text(t('jobs.overdue', { count: overdue.count, since: when(overdue.oldestDueAt) })));
    blocks.push(heading(t('jobs.failuresHeading')));
    if (failures.length === 0) {
      blocks.push(text(t('jobs.noFailures')));
    } else {
      blocks.push({
        type: 'list',
        items: failures.map((failure) => {
          const error = failure.lastError ?? t('jobs.unknownError');
          return t('jobs.failure', {
            kind: failure.kind,
            key: failure.key.replace(/`/g, "'"),
            attempts: failure.attempts,
            max: failure.maxAttempts,
            error: error.length > ERROR_SHOWN ? `${error.slice(0, ERROR_SHOWN - 1)}…` : error,
            when: when(failure.failedAt),
          });
        }),
      });
    }
    return personal(blocks);
  },
});

export function registerJobCommands(registry: CommandRegistry): void {
  registry.addCommand(adminJobsCommand);
}
