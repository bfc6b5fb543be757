import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { organisations, people } from './people.js';
import { platformColumn } from './platform-column.js';

type Localized = Partial<Record<'fi' | 'sv' | 'en', string>>;
type LocalizedList = Partial<Record<'fi' | 'sv' | 'en', string[]>>;

/** Developer groups (kehittäjäryhmät): name and description in the network's languages, the theme as conversation starters. */
export const groups = pgTable(
  'groups',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    slug: text('slug').notNull(),
    name: jsonb('name').$type<Localized>().notNull(),
    description: jsonb('description').$type<Localized>().notNull().default({}),
    /** The language the group works in: its channel posts are written in it. */
    language: text('language', { enum: ['fi', 'sv', 'en'] })
      .notNull()
      .default('fi'),
    state: text('state', { enum: ['active', 'archived'] })
      .notNull()
      .default('active'),
    /** Conversation starters for peer pairs, by language. */
    starters: jsonb('starters').$type<LocalizedList>().notNull().default({}),
    createdBy: integer('created_by').references(() => people.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
  },
  (table) => [uniqueIndex('groups_slug_key').on(table.slug), index('groups_state_idx').on(table.state)],
);

/** The group a row belongs to; deleted with the group. */
const groupColumn = () =>
  integer('group_id')
    .notNull()
    .references(() => groups.id, { onDelete: 'cascade' });

/** The person a row is about; deleted with the person (privacy delete). */
const personColumn = () =>
  integer('person_id')
    .notNull()
    .references(() => people.id, { onDelete: 'cascade' });

export const groupFacilitators = pgTable(
  'group_facilitators',
  {
    groupId: groupColumn(),
    personId: personColumn(),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.groupId, table.personId] }), index('group_facilitators_person_idx').on(table.personId)],
);

/** Memberships with their history: leaving closes a row, joining again opens a new one. */
export const groupMemberships = pgTable(
  'group_memberships',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    groupId: groupColumn(),
    personId: personColumn(),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
    leftAt: timestamp('left_at', { withTimezone: true }),
  },
  (table) => [
    // One open membership per person and group, however often they join and leave.
    uniqueIndex('group_memberships_open_key').on(table.groupId, table.personId).where(sql`left_at is null`),
    index('group_memberships_person_idx').on(table.personId),
  ],
);

/** The group's own channel on each platform (one per platform per group; a channel serves one group). */
export const groupChannels = pgTable(
  'group_channels',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    groupId: groupColumn(),
    platform: platformColumn().notNull(),
    tenantId: text('tenant_id').notNull(),
    channelId: text('channel_id').notNull(),
    kind: text('kind', { enum: ['personal', 'channel', 'group'] })
      .notNull()
      .default('channel'),
    linkedBy: integer('linked_by').references(() => people.id, { onDelete: 'set null' }),
    linkedAt: timestamp('linked_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('group_channels_group_platform_key').on(table.groupId, table.platform),
    uniqueIndex('group_channels_channel_key').on(table.platform, table.tenantId, table.channelId),
  ],
);

/** Peer pairing of a group: on when a row exists and is not paused. */
export const groupPairingSettings = pgTable('group_pairing_settings', {
  groupId: integer('group_id')
    .primaryKey()
    .references(() => groups.id, { onDelete: 'cascade' }),
  cadenceWeeks: smallint('cadence_weeks').notNull(),
  nextRoundAt: timestamp('next_round_at', { withTimezone: true }).notNull(),
  paused: boolean('paused').notNull().default(false),
  updatedBy: integer('updated_by').references(() => people.id, { onDelete: 'set null' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const pairingRounds = pgTable(
  'pairing_rounds',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    groupId: groupColumn(),
    /** 1, 2, 3 … within the group. */
    number: integer('number').notNull(),
    /** When the round was due (UTC). */
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    seed: integer('seed').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('pairing_rounds_group_number_key').on(table.groupId, table.number)],
);

export const pairingPairs = pgTable(
  'pairing_pairs',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    roundId: integer('round_id')
      .notNull()
      .references(() => pairingRounds.id, { onDelete: 'cascade' }),
  },
  (table) => [index('pairing_pairs_round_idx').on(table.roundId)],
);

/** Who was in a pair (or the trio), their organisation then, and whether they say they met. */
export const pairingPairMembers = pgTable(
  'pairing_pair_members',
  {
    pairId: integer('pair_id')
      .notNull()
      .references(() => pairingPairs.id, { onDelete: 'cascade' }),
    personId: personColumn(),
    organisationId: integer('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    metAnswer: text('met_answer', { enum: ['yes', 'planned', 'no'] }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (table) => [primaryKey({ columns: [table.pairId, table.personId] }), index('pairing_pair_members_person_idx').on(table.personId)],
);

/** `pause pairing 4w`: skipped in every group's rounds until then. */
export const pairingPauses = pgTable('pairing_pauses', {
  personId: integer('person_id')
    .primaryKey()
    .references(() => people.id, { onDelete: 'cascade' }),
  until: timestamp('until', { withTimezone: true }).notNull(),
  setAt: timestamp('set_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A facilitator's recurring question to the group's channels: weekday and wall-clock time in a zone. */
export const groupPrompts = pgTable(
  'group_prompts',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    groupId: groupColumn(),
    text: text('text').notNull(),
    /** ISO weekday: 1 Monday … 7 Sunday. */
    weekday: smallint('weekday').notNull(),
    /** 'HH:MM' */
    time: text('time').notNull(),
    timeZone: text('time_zone').notNull(),
    createdBy: integer('created_by').references(() => people.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
  },
  (table) => [index('group_prompts_group_idx').on(table.groupId)],
);
