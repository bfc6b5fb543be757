import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { FaqEntry, FaqEntryInput } from '../../core/faq/faq-entry.js';
import type { AskedQuestion, FaqStats, FaqStore, UnansweredQuestion, WeeklyQuestions } from '../../core/faq/faq-store.js';
import { wordsOf } from '../../core/faq/query-analysis.js';
import type { Executor } from '../client.js';
import { faqEntries, faqQuestions, people } from '../schema/index.js';
import { reindexEntries } from './faq-search-store.js';
import { isCommandHelp } from '../../core/faq/command-help.js';
import type { SearchLexicon } from '../../core/faq/term-expansion.js';
import { rowsOf } from './people-store.js';

const INSERT_BATCH = 500;

export class DrizzleFaqStore implements FaqStore {
  constructor(
    private readonly db: Executor,
    /** Morphology and the shipped glossary, for indexing (see reindexEntries). */
    private readonly lexicon: SearchLexicon,
  ) {}

  upsert(entries: FaqEntryInput[], actorPersonId: number | null): Promise<{ created: number; updated: number }> {
    return this.db.transaction(async (tx) => {
      let created = 0;
      for (let start = 0; start < entries.length; start += INSERT_BATCH) {
        const rows = await tx
          .insert(faqEntries)
          .values(entries.slice(start, start + INSERT_BATCH).map((entry) => ({ ...entry, updatedBy: actorPersonId })))
          .onConflictDoUpdate({
            target: faqEntries.id,
            set: {
              locale: sql`excluded.locale`,
              question: sql`excluded.question`,
              alternatives: sql`excluded.alternatives`,
              answer: sql`excluded.answer`,
              tags: sql`excluded.tags`,
              updatedBy: sql`excluded.updated_by`,
              updatedAt: sql`now()`,
              removedAt: sql`null`,
            },
          })
          .returning({ inserted: sql<boolean>`(xmax = 0)` });
        created += rows.filter((row) => row.inserted).length;
      }
      await reindexEntries(
        tx,
        entries.map((entry) => entry.id),
        this.lexicon,
      );
      return { created, updated: entries.length - created };
    });
  }

  create(entry: Omit<FaqEntryInput, 'id'>, actorPersonId: number | null): Promise<FaqEntry> {
    return this.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext('keino:faq-new-id'))`);
      const base = idFromQuestion(entry.question);
      const taken = new Set(
        (
          await tx
            .select({ id: faqEntries.id })
            .from(faqEntries)
            .where(sql`${faqEntries.id} = ${base} or ${faqEntries.id} like ${`${base}-%`}`)
        ).map((row) => row.id),
      );
      let id = base;
      for (let suffix = 2; taken.has(id); suffix++) id = `${base}-${suffix}`;
      await tx.insert(faqEntries).values({ ...entry, id, updatedBy: actorPersonId });
      await reindexEntries(tx, [id], this.lexicon);
      return (await new DrizzleFaqStore(tx, this.lexicon).get(id))!;
    });
  }

  async get(id: string): Promise<FaqEntry | undefined> {
    return (await this.getMany([id]))[0];
  }

  async getMany(ids: string[]): Promise<FaqEntry[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .select({ entry: faqEntries, updatedByName: people.name })
      .from(faqEntries)
      .leftJoin(people, eq(people.id, faqEntries.updatedBy))
      .where(and(inArray(faqEntries.id, ids), isNull(faqEntries.removedAt)));
    const byId = new Map(rows.map(({ entry, updatedByName }) => [entry.id, toEntry(entry, updatedByName)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  remove(id: string, actorPersonId: number | null): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const rows = await tx
        .update(faqEntries)
        .set({ removedAt: new Date(), updatedBy: actorPersonId, updatedAt: new Date() })
        .where(and(eq(faqEntries.id, id), isNull(faqEntries.removedAt)))
        .returning({ id: faqEntries.id });
      if (rows.length === 0) return false;
      await reindexEntries(tx, [id], this.lexicon);
      return true;
    });
  }

  async liveIds(prefix: string): Promise<string[]> {
    const pattern = `${prefix.replace(/[\\%_]/g, '\\$&')}%`;
    const rows = await this.db
      .select({ id: faqEntries.id })
      .from(faqEntries)
      .where(and(sql`${faqEntries.id} like ${pattern}`, isNull(faqEntries.removedAt)));
    return rows.map((row) => row.id);
  }

  async neverFilled(): Promise<boolean> {
    const rows = await this.db.select({ id: faqEntries.id }).from(faqEntries).limit(1);
    return rows.length === 0;
  }

  async recordQuestion(question: Omit<AskedQuestion, 'id' | 'askedAt'>): Promise<AskedQuestion> {
    const [row] = await this.db.insert(faqQuestions).values(question).returning();
    return toQuestion(row!);
  }

  async question(id: number): Promise<AskedQuestion | undefined> {
    const [row] = await this.db.select().from(faqQuestions).where(eq(faqQuestions.id, id));
    return row ? toQuestion(row) : undefined;
  }

  async markPicked(questionId: number, entryId: string): Promise<void> {
    await this.db
      .update(faqQuestions)
      .set({ entryId })
      .where(and(eq(faqQuestions.id, questionId), eq(faqQuestions.answered, false)));
  }

  async recordFeedback(feedback: { questionId: number; personId: number; helpful: boolean }): Promise<void> {
    await this.db.execute(sql`
      insert into faq_feedback (question_id, entry_id, person_id, helpful)
      select q.id, q.entry_id, ${feedback.personId}, ${feedback.helpful} from faq_questions q where q.id = ${feedback.questionId}
      on conflict (question_id, person_id) do update set helpful = excluded.helpful, entry_id = excluded.entry_id, at = now()`);
  }

  async unanswered(limit: number): Promise<UnansweredQuestion[]> {
    const rows = rowsOf<{ text: string; times: number | string; last_asked_at: Date | string; picked: string | null }>(
      await this.db.execute(sql`
        select min(text) as text, count(*) as times, max(asked_at) as last_asked_at, mode() within group (order by entry_id) as picked
        from faq_questions
        where not answered
        group by btrim(regexp_replace(lower(text), '[^[:alnum:]]+', ' ', 'g'))
        order by count(*) desc, max(asked_at) desc
        limit ${limit}`),
    );
    return rows.map((row) => ({ text: row.text, times: Number(row.times), lastAskedAt: new Date(row.last_asked_at), pickedEntryId: row.picked }));
  }

  async weekly(since: Date, timeZone: string): Promise<WeeklyQuestions[]> {
    const rows = rowsOf<{ week: string; answered: number | string; unanswered: number | string }>(
      await this.db.execute(sql`
        select to_char(date_trunc('week', asked_at at time zone ${timeZone}), 'YYYY-MM-DD') as week,
               count(*) filter (where answered) as answered, count(*) filter (where not answered) as unanswered
        from faq_questions
        where asked_at >= ${since.toISOString()}::timestamptz
        group by 1
        order by 1`),
    );
    return rows.map((row) => ({ week: row.week, answered: Number(row.answered), unanswered: Number(row.unanswered) }));
  }

  async stats(): Promise<FaqStats> {
    const [counts] = rowsOf<Record<string, number | string>>(
      await this.db.execute(sql`
        select (select count(*) from faq_entries where removed_at is null) as entries,
               (select count(*) from faq_questions) as questions,
               (select count(*) from faq_questions where answered) as answered,
               (select count(*) from faq_feedback) as votes,
               (select count(*) from faq_feedback where helpful) as helpful`),
    );
    const top = await this.db
      .select({ entryId: faqEntries.id, question: faqEntries.question, times: sql<number>`count(*)::int` })
      .from(faqQuestions)
      .innerJoin(faqEntries, eq(faqEntries.id, faqQuestions.entryId))
      .where(eq(faqQuestions.answered, true))
      .groupBy(faqEntries.id, faqEntries.question)
      .orderBy(desc(sql`count(*)`), faqEntries.id)
      .limit(3);
    const number = (key: string) => Number(counts?.[key] ?? 0);
    return {
      entries: number('entries'),
      questions: number('questions'),
      answered: number('answered'),
      votes: number('votes'),
      helpful: number('helpful'),
      topEntries: top.map((row) => ({ ...row, times: Number(row.times) })),
    };
  }
}

/** "Mikä on kansallinen kynnysarvo?" → "mika-on-kansallinen-kynnysarvo" (at most 40 characters). */
export function idFromQuestion(question: string): string {
  const slug = wordsOf(question)
    .map((word) =>
      word
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^a-z0-9]/g, ''),
    )
    .filter(Boolean)
    .join('-')
    .slice(0, 40)
    .replace(/-+$/, '');
  // "command-…" ids are Keino's own command help, replaced at every start.
  if (isCommandHelp(slug)) return `ukk-${slug}`.slice(0, 44);
  return slug || 'ukk';
}

function toEntry(row: typeof faqEntries.$inferSelect, updatedByName: string | null): FaqEntry {
  return {
    id: row.id,
    locale: row.locale,
    question: row.question,
    alternatives: row.alternatives,
    answer: row.answer,
    tags: row.tags,
    updatedBy: row.updatedBy,
    updatedByName,
    updatedAt: row.updatedAt,
  };
}

function toQuestion(row: typeof faqQuestions.$inferSelect): AskedQuestion {
  return {
    id: row.id,
    askedAt: row.askedAt,
    personId: row.personId,
    platform: row.platform,
    text: row.text,
    locale: row.locale,
    entryId: row.entryId,
    score: row.score,
    answered: row.answered,
  };
}
