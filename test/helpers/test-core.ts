import { chartLines } from '../../src/core/charts/chart-text.js';
import { KeinoCore, type Caller } from '../../src/core/keino.js';
import type { Conversation } from '../../src/core/commands/conversation.js';
import { silentLogger } from '../../src/core/ports/logger.js';
import type { PlatformProfile } from '../../src/core/people/person.js';
import { buildServices } from '../../src/app/build-services.js';
import type { Database } from '../../src/db/client.js';
import { personal, stripMarkup, type Reply } from '../../src/core/messages/message.js';

export function createTestCore(db: Database, options: { admins?: string[]; clock?: () => Date; publicUrl?: string } = {}): KeinoCore {
  const { services, registry, answerQuestion } = buildServices(
    db,
    { admins: options.admins ?? [], ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}) },
    { clock: options.clock },
  );
  const core = new KeinoCore({
    registry,
    services,
    defaults: { locale: 'fi', timeZone: 'Europe/Helsinki' },
    clock: options.clock ?? (() => new Date()),
    logger: silentLogger,
    answerQuestion,
  });
  return core;
}

export function consoleCaller(userId: string, profile: Partial<PlatformProfile> = {}): Caller {
  return {
    identity: { platform: 'console', tenantId: 'local', userId },
    loadProfile: async () => ({ name: userId, ...profile }),
  };
}

export const consoleConversation: Conversation = { platform: 'console', tenantId: 'local', channelId: 'console', kind: 'personal' };

/** All the text of a reply, markup stripped: what a person reads. */
export function replyText(reply: Reply): string {
  if (reply.kind === 'form') return reply.title;
  return reply.blocks
    .map((block) => {
      switch (block.type) {
        case 'heading':
        case 'text':
        case 'note':
          return stripMarkup(block.text);
        case 'fields':
          return block.fields.map((field) => `${field.label}: ${field.value}`).join('\n');
        case 'list':
          return block.items.map(stripMarkup).join('\n');
        case 'buttons':
          return block.buttons.map((button) => button.label).join(' ');
        case 'choices':
          return block.options.map((option) => option.label).join(' ');
        case 'progress':
          return `${block.label} ${block.value}/${block.max}`;
        case 'chart':
          return [block.chart.title, ...chartLines(block.chart), block.chart.altText].join('\n');
        case 'link':
          return `${block.label}: ${block.url}`;
        default:
          return '';
      }
    })
    .join('\n');
}

export { personal };
