import type { Conversation } from '../commands/conversation.js';
import type { NewJob } from '../jobs/job.js';
import { PermanentJobError } from '../jobs/job.js';
import type { Jobs } from '../jobs/jobs.js';
import type { Message } from '../messages/message.js';
import type { Delivery } from './delivery.js';

/** A ready message to a person, at a time. The message must be JSON (no binary attachments). */
export const DELIVER_TO_PERSON = 'deliver.person';
/** A ready message to a channel or group chat, at a time. */
export const DELIVER_TO_CONVERSATION = 'deliver.conversation';

export interface DeliverToPersonPayload {
  personId: number;
  message: Message;
}

export interface DeliverToConversationPayload {
  conversation: Conversation;
  message: Message;
}

interface Timing {
  key: string;
  dueAt: Date;
  maxAttempts?: number;
}

export function deliverToPerson(personId: number, message: Message, timing: Timing): NewJob<DeliverToPersonPayload> {
  return { kind: DELIVER_TO_PERSON, payload: { personId, message }, ...timing };
}

export function deliverToConversation(conversation: Conversation, message: Message, timing: Timing): NewJob<DeliverToConversationPayload> {
  return { kind: DELIVER_TO_CONVERSATION, payload: { conversation, message }, ...timing };
}

function assertMessage(value: unknown, key: string): asserts value is Message {
  const message = value as Partial<Message> | undefined;
  if (message?.kind !== 'message' || !Array.isArray(message.blocks)) throw new PermanentJobError(`job ${key} carries no message`);
}

/** The two plain delivery kinds; features with their own kinds render at run time instead. */
export function registerDeliveryJobs(jobs: Jobs, delivery: Delivery): void {
  jobs.registerJobHandler<DeliverToPersonPayload>(DELIVER_TO_PERSON, async (job) => {
    const { personId, message } = job.payload;
    if (!Number.isInteger(personId)) throw new PermanentJobError(`job ${job.key} names no person`);
    assertMessage(message, job.key);
    await delivery.forJob(job).sendToPerson(personId, message);
  });
  jobs.registerJobHandler<DeliverToConversationPayload>(DELIVER_TO_CONVERSATION, async (job) => {
    const { conversation, message } = job.payload;
    if (!conversation?.platform || !conversation.channelId) throw new PermanentJobError(`job ${job.key} names no conversation`);
    assertMessage(message, job.key);
    await delivery.forJob(job).sendToConversation(conversation, message);
  });
}
