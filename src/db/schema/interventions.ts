import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { organisations, people } from './people.js';

export const INTERVENTION_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const;

/** An organisation's procurement policies (hankintalinjaukset) from Hankintaluotsi. */
export const procurementPolicies = pgTable(
  'procurement_policies',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('procurement_policies_name_key').on(table.organisationId, sql`lower(${table.name})`)],
);

/** Procurement categories an organisation has prioritised (1 = most important). */
export const procurementCategories = pgTable(
  'procurement_categories',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    priority: integer('priority'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('procurement_categories_name_key').on(table.organisationId, sql`lower(${table.name})`)],
);

/** One concrete action from Hankintaluotsi, with an owner and a due date (a local calendar date). */
export const interventions = pgTable(
  'interventions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description'),
    policyId: integer('policy_id').references(() => procurementPolicies.id, { onDelete: 'set null' }),
    categoryId: integer('category_id').references(() => procurementCategories.id, { onDelete: 'set null' }),
    ownerPersonId: integer('owner_person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    status: text('status', { enum: INTERVENTION_STATUSES }).notNull().default('planned'),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    snoozedUntil: timestamp('snoozed_until', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    // Re-importing the same plan updates by organisation + title, never duplicates.
    uniqueIndex('interventions_title_key').on(table.organisationId, sql`lower(${table.title})`),
    index('interventions_owner_idx').on(table.ownerPersonId, table.dueDate),
    index('interventions_organisation_due_idx').on(table.organisationId, table.status, table.dueDate),
  ],
);

/** Every change of an intervention: who, when, what (field → [before, after]). */
export const interventionHistory = pgTable(
  'intervention_history',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    interventionId: integer('intervention_id')
      .notNull()
      .references(() => interventions.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** null: the command line (an import run by an operator) or Keino itself. */
    actorPersonId: integer('actor_person_id').references(() => people.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    changes: jsonb('changes').$type<Record<string, [unknown, unknown]>>().notNull().default({}),
  },
  (table) => [index('intervention_history_intervention_idx').on(table.interventionId, table.at)],
);

/**
 * An organisation's nudge schedule; an organisation without a row uses the defaults: 14, 7 and
 * 1 days before and on the due date at 09:00 (owner's time zone), weekly while overdue,
 * escalation to coordinators after 7 days overdue, a digest on Mondays at 09:00.
 */
export const interventionNudgeSettings = pgTable(
  'intervention_nudge_settings',
  {
    organisationId: integer('organisation_id')
      .primaryKey()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    daysBefore: integer('days_before').array().notNull().default(sql`'{14,7,1}'::integer[]`),
    onDueDate: boolean('on_due_date').notNull().default(true),
    /** Local wall-clock time "HH:MM" in the recipient's time zone. */
    sendAt: text('send_at').notNull().default('09:00'),
    /** Days between nudges while overdue; 0: none. */
    overdueEveryDays: integer('overdue_every_days').notNull().default(7),
    /** Days overdue after which coordinators are told; 0: never. */
    escalateAfterDays: integer('escalate_after_days').notNull().default(7),
    /** ISO weekday of the coordinators' digest (1 = Monday); null: no digest. */
    digestWeekday: integer('digest_weekday').default(1),
    digestAt: text('digest_at').notNull().default('09:00'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: integer('updated_by').references(() => people.id, { onDelete: 'set null' }),
  },
  (table) => [
    check('intervention_nudge_settings_overdue_check', sql`${table.overdueEveryDays} >= 0`),
    check('intervention_nudge_settings_escalate_check', sql`${table.escalateAfterDays} >= 0`),
  ],
);

/**
 * An organisation's plan as its first weekly digest counted it (one row a week, the Monday of that
 * week in Keino's time zone): next week's digest compares with what was true then, not with a
 * week ago read back from today's rows (an intervention added or moved during the week would
 * count as if it had been so all along).
 */
export const planWeeks = pgTable(
  'plan_weeks',
  {
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    weekOf: date('week_of', { mode: 'string' }).notNull(),
    done: integer('done').notNull(),
    onTime: integer('on_time').notNull(),
    dueSoon: integer('due_soon').notNull(),
    overdue: integer('overdue').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.organisationId, table.weekOf] })],
);
