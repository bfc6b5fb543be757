import type { Locale } from '../i18n/locale.js';

/** One curated answer. `id` is the key an import file gives it (re-importing updates it). */
export interface FaqEntry {
  id: string;
  locale: Locale;
  question: string;
  /** Other ways people ask the same thing; searched like the question. */
  alternatives: string[];
  /** Slack/Teams markdown subset: **bold**, `code`, [links](https://…), lists. */
  answer: string;
  tags: string[];
  updatedBy: number | null;
  updatedByName?: string | null;
  updatedAt: Date;
}

/** What an import file, a form or the expert loop provides; who and when are added by the store. */
export type FaqEntryInput = Pick<FaqEntry, 'id' | 'locale' | 'question' | 'alternatives' | 'answer' | 'tags'>;
