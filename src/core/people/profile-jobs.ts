import type { Delivery } from '../delivery/delivery.js';
import { PermanentJobError } from '../jobs/job.js';
import type { Jobs } from '../jobs/jobs.js';
import { PLATFORMS } from './person.js';
import { PROFILE_JOB, type PeopleService, type ProfileJobPayload } from './people-service.js';

/**
 * A profile lookup waits at most this long for room in the platform's rate budget; beyond it the
 * job is postponed to when there is room, and the worker runs other jobs meanwhile.
 */
export const PROFILE_LOOKUP_WAIT_MS = 2_000;

/**
 * The profile of someone Keino met in Slack or Teams: looked up on their platform within its rate
 * tier (Slack users.info, Tier 4), then applied (see PeopleService.completeProfile). A person
 * deleted meanwhile, or a platform that cannot tell, leaves things as they are.
 */
export function registerProfileJobs(jobs: Jobs, delivery: Pick<Delivery, 'lookupProfile'>, people: PeopleService): void {
  jobs.registerJobHandler<ProfileJobPayload>(PROFILE_JOB, async (job) => {
    const identity = job.payload?.identity;
    if (!identity || !(PLATFORMS as readonly string[]).includes(identity.platform) || !identity.tenantId || !identity.userId) {
      throw new PermanentJobError('the profile job names no identity');
    }
    if (!(await people.peopleStore.findByIdentity(identity))) return;
    const profile = await delivery.lookupProfile(identity, job.payload.seenIn, PROFILE_LOOKUP_WAIT_MS);
    if (profile) await people.completeProfile(identity, profile);
  });
}
