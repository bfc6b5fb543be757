import { text } from 'drizzle-orm/pg-core';
import type { Platform } from '../../core/people/person.js';

/**
 * A column naming a platform: text in the database (no constraint, so a new platform needs no
 * migration), typed as the ids registered in src/app/platforms.ts.
 */
export function platformColumn() {
  return text('platform').$type<Platform>();
}
