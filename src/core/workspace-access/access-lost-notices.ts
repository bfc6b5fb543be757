import { z } from 'zod';
import type { Delivery } from '../delivery/delivery.js';
import { defineJob } from '../jobs/job-definition.js';
import type { Jobs } from '../jobs/jobs.js';
import * as field from '../jobs/payload-schemas.js';
import { heading, personal, text } from '../messages/message.js';
import { platformName, type PlatformCapabilitiesById } from '../ports/platform-capabilities.js';
import { formatDateTime } from '../time/format.js';

/**
 * Tells one network admin that Keino lost a workspace. Keyed by the workspace and the moment of
 * the loss: the same loss never tells anyone twice, a later loss after a reinstall does.
 */
export const accessLostNoticeJob = defineJob({
  kind: 'workspace.access-lost-notice',
  payload: z.object({
    personId: field.id,
    platform: field.platform,
    tenantId: z.string().min(1),
    reason: z.enum(['uninstalled', 'tokens_revoked']),
    lostAt: field.isoInstant,
  }),
  key: (payload) => `access-lost:${payload.platform}:${payload.tenantId}:${payload.lostAt}#admin:${payload.personId}`,
});

/**
 * The notice goes where the admin can still be reached: Delivery refuses the lost workspace, so an
 * admin who uses Teams as well hears it there. An admin reachable only in the lost workspace
 * cannot be told; the job fails with that reason, and the loss is in the log either way.
 */
export function registerAccessLostNotices(jobs: Jobs, delivery: Delivery, platforms: PlatformCapabilitiesById): void {
  jobs.handle(accessLostNoticeJob, async (job) => {
    const { personId, platform, tenantId, reason, lostAt } = job.payload;
    await delivery.forJob(job).sendToPerson(personId, ({ t, locale, timeZone }) =>
      personal([
        heading(t('workspaceAccess.lost.heading')),
        text(
          t('workspaceAccess.lost.body', {
            platform: platformName(platforms, platform, locale),
            workspace: tenantId,
            reason,
            when: formatDateTime(new Date(lostAt), timeZone, locale),
          }),
        ),
        text(t('workspaceAccess.lost.howBack', { platform: platformName(platforms, platform, locale) })),
      ]),
    );
  });
}
