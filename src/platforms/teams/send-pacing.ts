import { Pacer, paceSlots } from '../../core/delivery/pacer.js';
import { TEAMS_SEND_LIMITS } from './capabilities.js';
import { toDeliveryError } from './delivery-errors.js';

/**
 * Every send of the Teams adapter (replies in a turn, proactive sends, updates) waits its turn
 * in the core's pacer under Teams' limits for its conversation and tenant: delayed, never
 * dropped. A 429 pauses the conversation for its Retry-After.
 */
export class TeamsPacing {
  constructor(private readonly pacer: Pacer = new Pacer()) {}

  async run<T>(tenantId: string, conversationId: string, send: () => Promise<T>): Promise<T> {
    const slots = paceSlots({ teams: TEAMS_SEND_LIMITS }, 'teams', tenantId, conversationId);
    await this.pacer.wait(slots);
    try {
      return await send();
    } catch (error) {
      const retryAfterMs = toDeliveryError(error, 'send to Teams').retryAfterMs;
      if (retryAfterMs !== undefined) for (const slot of slots) this.pacer.pause(slot.key, retryAfterMs);
      throw error;
    }
  }
}
