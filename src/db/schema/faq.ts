import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, real, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { people } from './people.js';
import { platformColumn } from './platform-column.js';

const LOCALES = ['fi', 'sv', 'en'] as const;

/** The curated answers. `id` is the import key: re-importing a file updates these rows. */
export const faqEntries = pgTable(
  'faq_entries',
  {
    id: text('id').primaryKey(),
    locale: text('locale', { enum: LOCALES }).notNull(),
    question: text('question').notNull(),
    alternatives: text('alternatives').array().notNull().default(sql`'{}'::text[]`),
    answer: text('answer').notNull(),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    updatedBy: integer('updated_by').references(() => people.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** Removed entries keep their questions' history; re-importing the id brings the entry back. */
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (table) => [
    index('faq_entries_locale_idx').on(table.locale),
    // The live entries, counted on every search (the rarity of words): an index-only count.
    index('faq_entries_live_idx').on(table.id).where(sql`${table.removedAt} is null`),
  ],
);

/**
 * The network's glossary: groups of terms that mean the same thing (acronyms, synonyms, Finnish,
 * Swedish and English equivalents), applied when entries are indexed and questions searched.
 * Empty until an admin first changes it: until then the glossary Keino ships applies
 * (src/faq/glossary.yaml), and the first change starts from a copy of it. Removed groups keep their row.
 */
export const faqGlossary = pgTable('faq_glossary', {
  id: serial('id').primaryKey(),
  terms: text('terms').array().notNull(),
  updatedBy: integer('updated_by').references(() => people.id, { onDelete: 'set null' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  removedAt: timestamp('removed_at', { withTimezone: true }),
});

/**
 * The search index: every stemmed word (lexeme, from the entry language's text search
 * configuration) of a live entry, with the weight of the best field it occurs in
 * (question and alternative phrasings 1, tags 0.8, answer 0.5). Rebuilt by the store on each change.
 */
export const faqTerms = pgTable(
  'faq_terms',
  {
    locale: text('locale', { enum: LOCALES }).notNull(),
    lexeme: text('lexeme').notNull(),
    entryId: text('entry_id')
      .notNull()
      .references(() => faqEntries.id, { onDelete: 'cascade' }),
    weight: real('weight').notNull(),
  },
  (table) => [primaryKey({ columns: [table.locale, table.lexeme, table.entryId] }), index('faq_terms_entry_idx').on(table.entryId)],
);

/**
 * The vocabulary of the live entries by language, with how many entries use each lexeme (for
 * the rarity weight). Indexed for typos (trigrams) and for compound parts (prefix and suffix ranges).
 */
export const faqLexemes = pgTable(
  'faq_lexemes',
  {
    locale: text('locale', { enum: LOCALES }).notNull(),
    lexeme: text('lexeme').notNull(),
    entries: integer('entries').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.locale, table.lexeme] }),
    index('faq_lexemes_trgm_idx').using('gin', table.lexeme.op('gin_trgm_ops')),
    // Words that start with, or end with, a part of a question's word: ranges in byte order.
    index('faq_lexemes_prefix_idx').on(table.locale, table.lexeme.op('text_pattern_ops')),
    index('faq_lexemes_suffix_idx').on(table.locale, sql`reverse(${table.lexeme}) text_pattern_ops`),
  ],
);

/** Every question asked, what Keino answered and how sure it was: for `faq unanswered` and `faq stats`. */
export const faqQuestions = pgTable(
  'faq_questions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    askedAt: timestamp('asked_at', { withTimezone: true }).notNull().defaultNow(),
    personId: integer('person_id').references(() => people.id, { onDelete: 'set null' }),
    platform: platformColumn().notNull(),
    text: text('text').notNull(),
    /** The language the question was written in. */
    locale: text('locale', { enum: LOCALES }).notNull(),
    entryId: text('entry_id').references(() => faqEntries.id, { onDelete: 'set null' }),
    score: real('score').notNull(),
    answered: boolean('answered').notNull(),
  },
  (table) => [index('faq_questions_asked_at_idx').on(table.askedAt), index('faq_questions_unanswered_idx').on(table.answered, table.askedAt)],
);

/** Helpful / not helpful, one vote a person and question (a second click changes the vote). */
export const faqFeedback = pgTable(
  'faq_feedback',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    questionId: integer('question_id')
      .notNull()
      .references(() => faqQuestions.id, { onDelete: 'cascade' }),
    entryId: text('entry_id').references(() => faqEntries.id, { onDelete: 'set null' }),
    personId: integer('person_id').references(() => people.id, { onDelete: 'cascade' }),
    helpful: boolean('helpful').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('faq_feedback_vote_key').on(table.questionId, table.personId), index('faq_feedback_entry_idx').on(table.entryId)],
);

/**
 * A question passed to the experts ("Ask an expert"): posted to the experts' channels, answered
 * by one expert, sent back to the asker, and possibly saved as a new FAQ entry.
 */
export const faqExpertRequests = pgTable(
  'faq_expert_requests',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    questionId: integer('question_id')
      .notNull()
      .references(() => faqQuestions.id, { onDelete: 'cascade' }),
    askerId: integer('asker_id').references(() => people.id, { onDelete: 'cascade' }),
    /** Where the asker asked, so the answer goes back there. */
    platform: platformColumn().notNull(),
    /** The channel purpose it was posted to: "experts" or "experts:<tag>". */
    routedTo: text('routed_to').notNull(),
    /** The posts in the experts' channels (platform, conversation, message id), to mark them answered. */
    posts: jsonb('posts').$type<unknown[]>().notNull().default(sql`'[]'::jsonb`),
    status: text('status', { enum: ['open', 'answered'] })
      .notNull()
      .default('open'),
    answer: text('answer'),
    answeredBy: integer('answered_by').references(() => people.id, { onDelete: 'set null' }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    savedEntryId: text('saved_entry_id').references(() => faqEntries.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('faq_expert_requests_question_key').on(table.questionId)],
);
