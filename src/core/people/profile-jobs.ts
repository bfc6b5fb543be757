import type { Delivery } from '../delivery/delivery.js';
import type { Jobs } from '../jobs/jobs.js';
import { type PeopleService, profileJob } from './people-service.js';

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
  jobs.handle(profileJob, async (job) => {
    const { identity } = job.payload;
    if (!(await people.peopleStore.findByIdentity(identity))) return;
    const profile = await delivery.lookupProfile(identity, job.payload.seenIn, PROFILE_LOOKUP_WAIT_MS);
    if (profile) await people.completeProfile(identity, profile);
  });
}
