import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { organisations, people } from './people.js';

/**
 * An organisation's own days off (`org days-off add 2026-12-28`: a single day) and its summer
 * break (`org summer 2026-07-01..2026-07-31`), on top of weekends and Finnish holidays.
 */
export const organisationDaysOff = pgTable(
  'organisation_days_off',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['day', 'summer'] }).notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    createdBy: integer('created_by').references(() => people.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('organisation_days_off_key').on(table.organisationId, table.kind, table.startsOn),
    check('organisation_days_off_range_check', sql`${table.endsOn} >= ${table.startsOn}`),
  ],
);

/** A person's own time off (`away 2026-07-06..2026-07-24`): no nudges to them meanwhile. One range a person. */
export const personAway = pgTable(
  'person_away',
  {
    personId: integer('person_id')
      .primaryKey()
      .references(() => people.id, { onDelete: 'cascade' }),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('person_away_ends_idx').on(table.endsOn), check('person_away_range_check', sql`${table.endsOn} >= ${table.startsOn}`)],
);
