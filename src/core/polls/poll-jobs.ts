import type { Delivery } from '../delivery/delivery.js';
import type { Jobs } from '../jobs/jobs.js';
import { type PollService, pollCloseJob } from './poll-service.js';

/**
 * `poll-close:<id>`: closes a poll at its closing time and posts the final results in its
 * conversation. Safe to run again (after a crash or a retry): the close is idempotent and the
 * announcement is keyed by the job, so it goes out once. A poll its creator closed first gets no
 * announcement.
 */
export function registerPollJobs(jobs: Jobs, polls: PollService, delivery: Delivery): void {
  jobs.handle(pollCloseJob, async (job, context) => {
    const { pollId } = job.payload;
    const poll = await polls.find(pollId);
    if (!poll) return; // deleted since: nothing to close
    const at = poll.closesAt && poll.closesAt.getTime() < context.now.getTime() ? poll.closesAt : context.now;
    const closed = await polls.closeNow(pollId, null, at);
    if (!closed.closedNow && closed.poll.closedBy !== null) return;
    await delivery.forJob(job).sendToConversation(closed.poll.conversation, await polls.announcement(closed.poll));
  });
}
