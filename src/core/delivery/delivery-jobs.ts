import { z } from 'zod';
import type { Conversation } from '../commands/conversation.js';
import { defineJob, type JobTiming } from '../jobs/job-definition.js';
import type { NewJob } from '../jobs/job.js';
import type { Jobs } from '../jobs/jobs.js';
import * as field from '../jobs/payload-schemas.js';
import type { Message } from '../messages/message.js';
import type { Delivery } from './delivery.js';

/** A ready message to a person, at a time. The message must be JSON (no binary attachments). */
export const deliverToPersonJob = defineJob({
  kind: 'deliver.person',
  payload: z.object({ personId: field.id, message: field.message }),
  key: (_payload, key: string) => key,
});

/** A ready message to a channel or group chat, at a time. */
export const deliverToConversationJob = defineJob({
  kind: 'deliver.conversation',
  payload: z.object({ conversation: field.conversation, message: field.message }),
  key: (_payload, key: string) => key,
});

/** When, how often, and the key that names the occasion (see NewJob.key). */
type Timing = JobTiming & { key: string };

export function deliverToPerson(personId: number, message: Message, timing: Timing): NewJob<z.input<typeof deliverToPersonJob.payload>> {
  const { key, ...when } = timing;
  return deliverToPersonJob.job({ personId, message }, when, key);
}

export function deliverToConversation(conversation: Conversation, message: Message, timing: Timing): NewJob<z.input<typeof deliverToConversationJob.payload>> {
  const { key, ...when } = timing;
  return deliverToConversationJob.job({ conversation, message }, when, key);
}

/** The two plain delivery kinds; features with their own kinds render at run time instead. */
export function registerDeliveryJobs(jobs: Jobs, delivery: Delivery): void {
  jobs.handle(deliverToPersonJob, async (job) => {
    // Planned for later by someone: it keeps the person's quiet hours.
    await delivery.forJob(job, { hours: 'notification' }).sendToPerson(job.payload.personId, job.payload.message);
  });
  jobs.handle(deliverToConversationJob, async (job) => {
    await delivery.forJob(job).sendToConversation(job.payload.conversation, job.payload.message);
  });
}
