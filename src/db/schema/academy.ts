import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { people } from './people.js';

/**
 * KEINO-akatemia sessions. Times are stored in UTC; `time_zone` is the zone the time was entered
 * in (shown when it differs from the reader's). `sequence` is the iCalendar SEQUENCE: it grows on
 * every change a calendar must pick up (a new time, a cancellation).
 */
export const academySessions = pgTable(
  'academy_sessions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    title: text('title').notNull(),
    theme: text('theme'),
    description: text('description'),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    timeZone: text('time_zone').notNull(),
    /** A street address, a room, or an online meeting link. */
    place: text('place'),
    facilitatorPersonId: integer('facilitator_person_id').references(() => people.id, { onDelete: 'set null' }),
    /** null: no limit. */
    capacity: integer('capacity'),
    cohort: text('cohort'),
    state: text('state', { enum: ['scheduled', 'cancelled'] })
      .notNull()
      .default('scheduled'),
    sequence: integer('sequence').notNull().default(0),
    createdBy: integer('created_by').references(() => people.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
  },
  (table) => [
    index('academy_sessions_starts_idx').on(table.state, table.startsAt),
    check('academy_sessions_ends_after_start', sql`${table.endsAt} > ${table.startsAt}`),
    check('academy_sessions_capacity_positive', sql`${table.capacity} is null or ${table.capacity} > 0`),
  ],
);

/**
 * One answer a person and session. The waiting list is ordered by `waiting_position`, handed out
 * under the session's row lock, so two people who ask at the same moment get distinct places.
 */
export const academyRegistrations = pgTable(
  'academy_registrations',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    sessionId: integer('session_id')
      .notNull()
      .references(() => academySessions.id, { onDelete: 'cascade' }),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['going', 'maybe', 'declined', 'waiting'] }).notNull(),
    /** Set only while waiting; lower is earlier. */
    waitingPosition: integer('waiting_position'),
    /** The first answer. */
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull().defaultNow(),
    /** The latest change of status (an answer or a promotion from the waiting list). */
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('academy_registrations_key').on(table.sessionId, table.personId),
    index('academy_registrations_session_status_idx').on(table.sessionId, table.status, table.waitingPosition),
    index('academy_registrations_person_idx').on(table.personId),
  ],
);
