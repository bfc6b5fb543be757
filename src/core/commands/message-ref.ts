import { z } from 'zod';
import type { Platform } from '../people/person.js';
import type { Conversation } from './conversation.js';

/** Identifies the message a button was on, so an action can refer to or update it. */
export interface MessageRef {
  platform: Conversation['platform'];
  conversation: Conversation;
  /** Slack message ts, Teams activity id. */
  messageId: string;
}

const platformId = z.custom<Platform>((value) => typeof value === 'string' && /^[a-z][a-z0-9-]{0,30}$/.test(value));

/** A MessageRef as a form's context carries it (see action-value.ts, jsonValue). */
export const messageRefSchema: z.ZodType<MessageRef> = z.object({
  platform: platformId,
  conversation: z.object({
    platform: platformId,
    tenantId: z.string().max(1000),
    channelId: z.string().max(1000),
    kind: z.enum(['personal', 'channel', 'group']),
    threadId: z.string().max(1000).optional(),
  }),
  messageId: z.string().max(1000),
});
