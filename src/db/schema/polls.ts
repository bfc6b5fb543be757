import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { people } from './people.js';
import { platformColumn } from './platform-column.js';

/** Where a poll was asked, or where a message showing it is: fresh column builders for each table. */
const conversationColumns = () => ({
  platform: platformColumn().notNull(),
  tenantId: text('tenant_id').notNull(),
  channelId: text('channel_id').notNull(),
  conversationKind: text('conversation_kind', { enum: ['personal', 'channel', 'group'] }).notNull(),
  threadId: text('thread_id'),
});

/**
 * A poll posted in a channel or chat. The conversation is where it was asked; the messages that
 * show it (one per platform message Keino learns about) are in `poll_messages`.
 *
 * An anonymous poll keeps no choice of anyone: only counters per option (`poll_anonymous_counts`)
 * and, per person, that they voted (`poll_ballots`). See `poll_anonymous_counts`.
 */
export const polls = pgTable(
  'polls',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    question: text('question').notNull(),
    /** The options in the order shown; a vote refers to its option by index (0 …). */
    options: jsonb('options').$type<string[]>().notNull(),
    creatorId: integer('creator_id').references(() => people.id, { onDelete: 'set null' }),
    ...conversationColumns(),
    anonymous: boolean('anonymous').notNull().default(false),
    /** How many options one person may choose; 1 moves the vote when another option is clicked. */
    maxChoices: smallint('max_choices').notNull().default(1),
    /** The language and time zone the shared poll message is written in (the creator's). */
    locale: text('locale', { enum: ['fi', 'sv', 'en'] }).notNull(),
    timeZone: text('time_zone').notNull(),
    closesAt: timestamp('closes_at', { withTimezone: true }),
    state: text('state', { enum: ['open', 'closed'] })
      .notNull()
      .default('open'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: integer('closed_by').references(() => people.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('polls_open_closes_at_idx').on(table.closesAt).where(sql`${table.state} = 'open'`),
    check('polls_max_choices_check', sql`${table.maxChoices} between 1 and 10`),
  ],
);

/**
 * One row per person taking part in a poll, named or anonymous, with how many options they have
 * chosen (never which). It is the row that is locked while a vote is toggled, so one person's
 * concurrent clicks are applied one after another and the --multi limit holds; it also gives the
 * number of people who voted. For an anonymous poll it says only "this person voted", like the
 * register of an election; the row goes when the person withdraws every choice.
 */
export const pollBallots = pgTable(
  'poll_ballots',
  {
    pollId: integer('poll_id')
      .notNull()
      .references(() => polls.id, { onDelete: 'cascade' }),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    choices: smallint('choices').notNull(),
  },
  (table) => [primaryKey({ columns: [table.pollId, table.personId] })],
);

/** Who chose what in a named poll: one row per poll, option and person. */
export const pollVotes = pgTable(
  'poll_votes',
  {
    pollId: integer('poll_id')
      .notNull()
      .references(() => polls.id, { onDelete: 'cascade' }),
    option: smallint('option').notNull(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    votedAt: timestamp('voted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.pollId, table.option, table.personId] }), index('poll_votes_person_idx').on(table.personId)],
);

/**
 * The votes of an anonymous poll, as counters: one row per option, made with the poll. A ballot is
 * cast once, in one transaction that writes the person's `poll_ballots` row (that they voted, and
 * how many options) and adds to every counter of the poll at once (+1 to the chosen, +0 to the
 * rest), so each cast leaves the same footprint whatever was chosen: every counter row gets a new
 * version with the same transaction id (xmin), in the same physical order. Nothing holds a person
 * id, a time or a hash next to an option. Closing rewrites the counters and the ballots (new rows,
 * ballots in person order), so not even the order of voting is left in them.
 */
export const pollAnonymousCounts = pgTable(
  'poll_anonymous_counts',
  {
    pollId: integer('poll_id')
      .notNull()
      .references(() => polls.id, { onDelete: 'cascade' }),
    option: smallint('option').notNull(),
    votes: integer('votes').notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.pollId, table.option] })],
);

/**
 * Messages that show a poll: the one Keino posted when the poll was created, and any other learned
 * from a click on it (Slack message ts, Teams activity id), so that Keino can refresh them.
 * `refreshedAt` is the coalescer's claim: a message is updated at most once a second, whichever
 * instance wins the conditional update. `unreachableAt` and `unreachableReason` record that the
 * platform refused an update for good (cant_update_message, message_not_found, is_archived …):
 * such a message is never tried again, and the results stay readable with `poll results`.
 */
export const pollMessages = pgTable(
  'poll_messages',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    pollId: integer('poll_id')
      .notNull()
      .references(() => polls.id, { onDelete: 'cascade' }),
    ...conversationColumns(),
    messageId: text('message_id').notNull(),
    /** When the last update of the message began (the database's clock): updates begin at least the interval apart. */
    refreshedAt: timestamp('refreshed_at', { withTimezone: true }),
    /**
     * Set while an update of the message is on its way to the platform (cleared when it is answered):
     * no instance begins another one meanwhile, so an older tally can never arrive after a newer one.
     * An instance that dies mid-update leaves it to run out.
     */
    refreshingUntil: timestamp('refreshing_until', { withTimezone: true }),
    unreachableAt: timestamp('unreachable_at', { withTimezone: true }),
    unreachableReason: text('unreachable_reason'),
  },
  (table) => [uniqueIndex('poll_messages_key').on(table.pollId, table.platform, table.tenantId, table.channelId, table.messageId)],
);
