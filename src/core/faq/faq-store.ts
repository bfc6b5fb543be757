import type { Locale } from '../i18n/locale.js';
import type { Platform } from '../people/person.js';
import type { FaqEntry, FaqEntryInput } from './faq-entry.js';

export interface AskedQuestion {
  id: number;
  askedAt: Date;
  personId: number | null;
  platform: Platform;
  text: string;
  locale: Locale;
  /** The entry shown: the answer, or the candidate the person picked. */
  entryId: string | null;
  score: number;
  answered: boolean;
}

export interface UnansweredQuestion {
  text: string;
  times: number;
  lastAskedAt: Date;
  /** The candidate people picked most often, if they picked one. */
  pickedEntryId: string | null;
}

/** Questions asked in one week (from its Monday, a local date), answered and not. */
export interface WeeklyQuestions {
  week: string;
  answered: number;
  unanswered: number;
}

export interface FaqStats {
  entries: number;
  questions: number;
  answered: number;
  votes: number;
  helpful: number;
  topEntries: { entryId: string; question: string; times: number }[];
}

/** The port for FAQ entries, the questions people ask and their feedback; implemented over Drizzle. */
export interface FaqStore {
  /** Creates or updates entries by id, all or none, and re-indexes them for the search. */
  upsert(entries: FaqEntryInput[], actorPersonId: number | null): Promise<{ created: number; updated: number }>;
  /** A new entry with an id made from its question ("mika-on-kynnysarvo", "…-2" if taken). */
  create(entry: Omit<FaqEntryInput, 'id'>, actorPersonId: number | null): Promise<FaqEntry>;
  get(id: string): Promise<FaqEntry | undefined>;
  /** The live entries among the ids, in the order given. */
  getMany(ids: string[]): Promise<FaqEntry[]>;
  /** Returns false when there is no live entry with the id. */
  remove(id: string, actorPersonId: number | null): Promise<boolean>;
  /** The ids of the live entries whose id starts with the prefix. */
  liveIds(prefix: string): Promise<string[]>;
  /** True when the FAQ has never had an entry (a new installation). */
  neverFilled(): Promise<boolean>;

  recordQuestion(question: Omit<AskedQuestion, 'id' | 'askedAt'>): Promise<AskedQuestion>;
  question(id: number): Promise<AskedQuestion | undefined>;
  /** The person picked one of the candidates offered instead of an answer. */
  markPicked(questionId: number, entryId: string): Promise<void>;
  /** One vote a person and question; voting again changes it. */
  recordFeedback(feedback: { questionId: number; personId: number; helpful: boolean }): Promise<void>;
  /** Questions Keino could not answer, the most frequent first (same words in any case and punctuation count as one). */
  unanswered(limit: number): Promise<UnansweredQuestion[]>;
  /** Questions per week since `since`, weeks starting on Monday in the zone; weeks with none are left out. */
  weekly(since: Date, timeZone: string): Promise<WeeklyQuestions[]>;
  stats(): Promise<FaqStats>;
}
