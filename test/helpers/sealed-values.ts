import type { KeinoApp } from '../../src/app/keino-app.js';
import type { Conversation } from '../../src/core/commands/conversation.js';
import type { PlatformIdentity } from '../../src/core/people/person.js';
import { conversationBinding, personBinding } from '../../src/core/security/action-seal.js';

/**
 * A button value as Keino would have sealed it, for tests that click a button they did not get
 * from a message (a fixture, a hand-made card action): bound to the person who clicks (what only
 * they saw) or to a conversation.
 */
export function sealedFor(
  app: KeinoApp,
  actionId: string,
  value: string,
  where: { person: PlatformIdentity } | { conversation: Conversation },
): Promise<string> {
  const binding = 'person' in where ? personBinding(where.person) : conversationBinding(where.conversation);
  return app.core.services.seal.seal(actionId, value, binding);
}

/** What a sealed value carries, for tests that check what a button does. */
export function unsealed(value: string): string {
  return value.replace(/^k1\.[0-9a-z]+\.[A-Za-z0-9_-]{22}\./, '');
}
