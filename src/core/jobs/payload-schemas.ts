import { z } from 'zod';
import type { Conversation } from '../commands/conversation.js';
import type { Message } from '../messages/message.js';
import type { Platform, PlatformIdentity } from '../people/person.js';

/** Payload fields that several kinds of job share, as zod schemas (see defineJob). */

/**
 * A platform's id. The core holds no list of them (src/app/platforms.ts does): an id of a platform
 * this instance does not serve is refused where it is used, as for one not mounted here (Delivery:
 * platform_unavailable).
 */
export const platform = z.custom<Platform>((value) => typeof value === 'string' && /^[a-z][a-z0-9-]*$/.test(value), 'not a platform id');

/** A database id. */
export const id = z.number().int();

/** A calendar date as YYYY-MM-DD (a LocalDate). */
export const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'not a date');

/** An instant written as ISO text (JSON has no dates). */
export const isoInstant = z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'not a date and time');

/** Loose: a conversation may carry what a platform adds, and the job hands it back as it was. */
export const conversation: z.ZodType<Conversation, Conversation> = z.looseObject({
  platform,
  tenantId: z.string().min(1),
  channelId: z.string().min(1),
  kind: z.enum(['personal', 'channel', 'group']),
  threadId: z.string().optional(),
});

/** A ready message (as JSON): its blocks are Keino's own, written when the job was made. */
export const message: z.ZodType<Message, Message> = z.custom<Message>((value) => {
  const candidate = value as Partial<Message> | undefined;
  return candidate?.kind === 'message' && Array.isArray(candidate.blocks);
}, 'not a message');

/** Loose, as a conversation: the identity goes back to the platform as it was given. */
export const platformIdentity: z.ZodType<PlatformIdentity, PlatformIdentity> = z.looseObject({
  platform,
  tenantId: z.string().min(1),
  userId: z.string().min(1),
});
