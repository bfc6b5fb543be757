import { sql } from 'drizzle-orm';
import type { FaqEntry } from '../../core/faq/faq-entry.js';
import type { FaqCandidate, FaqSearch } from '../../core/faq/faq-search.js';
import { LOCALES, type Locale } from '../../core/i18n/locale.js';
import type { AnalysedQuery } from '../../core/faq/query-analysis.js';
import { TermExpansion, type SearchLexicon } from '../../core/faq/term-expansion.js';
import { COMMAND_HELP_PREFIX, isCommandHelp } from '../../core/faq/command-help.js';
import type { Executor } from '../client.js';
import { rowsOf } from './people-store.js';

/** Weights of the search; the defaults are what the evaluation (npm run eval:faq) was measured with. */
export interface SearchTuning {
  /** Weight of a word found in the question or alternative phrasings, the tags, the answer. */
  fieldWeights: { question: number; tags: number; answer: number };
  /** The rarity an unknown word of the question counts with, as if this many entries used it. */
  unknownWordEntries: number;
  /** How an entry in another language than the question's ranks against one in the same. */
  otherLanguageFactor: number;
  /** Word pairs that match less than this are ignored. */
  minMatch: number;
  /**
   * How a help entry of Keino's own commands ranks against the network's own entries: when both
   * answer a question, the curated answer, written for the network, comes first.
   */
  commandHelpFactor: number;
  /**
   * What further words that stand for the same word of the question add beyond the best one (its
   * base form in the tags beside a compound part in the question, a synonym in the answer): more
   * evidence of one word counts, a little, up to what the word is worth.
   */
  furtherEvidence: number;
}

export const DEFAULT_TUNING: SearchTuning = {
  fieldWeights: { question: 1, tags: 0.8, answer: 0.5 },
  unknownWordEntries: 1,
  otherLanguageFactor: 0.85,
  minMatch: 0.45,
  commandHelpFactor: 0.6,
  furtherEvidence: 0.25,
};

/** Compound parts and prefixes shorter than this are not looked for (they match too much). */
const MIN_PART = 4;
/** A vocabulary word this close to a question word stands for it (an inflection, a typo). */
const CLOSE_MATCH = 0.75;
/**
 * A word used by more entries than this (and more than this share of them) is as good as a stop
 * word in a large FAQ: it neither scores nor counts, which keeps each search to the postings of
 * the words that tell entries apart.
 */
const COMMON_ENTRIES = 50;
const COMMON_SHARE = 0.02;
/** At most this many vocabulary words for one prefix or suffix route, and for one typo. */
const AFFIX_LIMIT = 40;
const TYPO_LIMIT = 5;
/** Shorter words are not looked up as typos (trigrams of short words match too much). */
const MIN_TYPO_WORD = 5;
/** Words whose stems are kept (a question's words recur: names of topics, chat words). */
const STEMS_KEPT = 20_000;
/** How long a count of the live entries is used before counting again. */
const COUNT_TTL_MS = 10_000;
/** Above this many entries a re-index recounts the whole vocabulary. */
const BULK_REINDEX = 200;

/**
 * The "language" under which the base forms of the Finnish entries' words are kept in faq_terms and
 * faq_lexemes, unstemmed (the analyser's base forms): no search route of a real language reaches
 * them, they only tell whether a base form is in the FAQ at all.
 */
export const BASE_FORMS = 'lemma';

/** The text search configuration of an entry's language. */
function configOf(column: string) {
  return sql.raw(`(case ${column} when 'sv' then 'swedish'::regconfig when 'en' then 'english'::regconfig else 'finnish'::regconfig end)`);
}

/** A Postgres array literal, so that a whole list goes as one parameter. */
export function pgArray(values: readonly (string | number)[]): string {
  return `{${values.map((value) => (typeof value === 'number' ? String(value) : `"${value.replace(/["\\]/g, '\\$&')}"`)).join(',')}}`;
}

/**
 * The glossary in force, read inside a transaction: the network's groups once an admin has
 * changed the glossary, the shipped ones before.
 */
export async function glossaryIn(db: Executor, lexicon: SearchLexicon): Promise<readonly (readonly string[])[]> {
  const rows = rowsOf<{ terms: string[]; removed: boolean }>(
    await db.execute(sql`select terms, removed_at is not null as removed from faq_glossary order by id`),
  );
  if (rows.length === 0) return lexicon.shippedGlossary;
  return rows.filter((row) => !row.removed).map((row) => row.terms);
}

/**
 * Keeps the search index (faq_terms, faq_lexemes) in step with faq_entries for the given entries.
 * Each field is indexed with its own words and what the lexicon adds (base forms and compound
 * parts of Finnish words, the glossary's equivalents of the question's and tags' terms), stemmed
 * in the entry language's configuration. Call inside the transaction that changed them.
 */
export async function reindexEntries(tx: Executor, entryIds: string[], lexicon: SearchLexicon, tuning: SearchTuning = DEFAULT_TUNING): Promise<void> {
  if (entryIds.length === 0) return;
  // One index writer at a time, so that the entry counts of the vocabulary stay exact.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('keino:faq-index'))`);
  if (lexicon.morphology) {
    // An index made before base forms were kept (or without Voikko) is redone whole, once: the
    // search trusts the base forms only when every Finnish entry has them.
    const [stale] = rowsOf<{ stale: boolean }>(
      await tx.execute(sql`
        select exists (select 1 from faq_terms where locale = 'fi') and not exists (select 1 from faq_lexemes where locale = ${BASE_FORMS}) as stale`),
    );
    if (stale?.stale) {
      const live = rowsOf<{ id: string }>(await tx.execute(sql`select id from faq_entries where removed_at is null`));
      entryIds = [...new Set([...entryIds, ...live.map((row) => row.id)])];
    }
  }
  const ids = sql`${pgArray(entryIds)}::text[]`;
  const expansion = new TermExpansion(await glossaryIn(tx, lexicon), lexicon.morphology);
  const entries = rowsOf<{ id: string; locale: Locale; question: string; alternatives: string[]; tags: string[]; answer: string }>(
    await tx.execute(sql`select id, locale, question, alternatives, tags, answer from faq_entries where id = any(${ids}) and removed_at is null`),
  );
  const segments: { entryId: string; locale: Locale; text: string; weight: number }[] = [];
  const baseForms = new Map<string, Set<string>>();
  const { question, tags, answer } = tuning.fieldWeights;
  for (const entry of entries) {
    const fields = [
      { text: [entry.question, ...entry.alternatives].join(' \n '), weight: question, glossary: true },
      { text: entry.tags.join(' \n '), weight: tags, glossary: true },
      { text: entry.answer, weight: answer, glossary: false },
    ];
    for (const field of fields) {
      if (!field.text.trim()) continue;
      segments.push({ entryId: entry.id, locale: entry.locale, text: field.text, weight: field.weight });
      const extras = expansion.indexSegments(field.text, entry.locale, field.weight, field.glossary);
      for (const extra of extras) segments.push({ entryId: entry.id, locale: entry.locale, ...extra });
      // The base forms of every word the entry is indexed with: its own, its compound parts, the glossary's.
      const forms = baseForms.get(entry.id) ?? new Set<string>();
      for (const text of [field.text, ...extras.map((extra) => extra.text)]) for (const form of expansion.baseForms(text, entry.locale)) forms.add(form);
      if (forms.size > 0) baseForms.set(entry.id, forms);
    }
  }
  const formRows = [...baseForms].flatMap(([entryId, forms]) => [...forms].map((form) => ({ entryId, form })));
  const indexed = sql`
      select s.locale, x.lexeme, s.entry_id, max(s.weight)::real
      from unnest(${pgArray(segments.map((segment) => segment.entryId))}::text[], ${pgArray(segments.map((segment) => segment.locale))}::text[],
                  ${pgArray(segments.map((segment) => segment.text))}::text[], ${pgArray(segments.map((segment) => segment.weight))}::float8[])
        as s(entry_id, locale, body, weight)
      cross join lateral unnest(to_tsvector(${configOf('s.locale')}, s.body)) x
      group by s.locale, x.lexeme, s.entry_id
      union all
      select ${BASE_FORMS}, b.form, b.entry_id, 1::real
      from unnest(${pgArray(formRows.map((row) => row.entryId))}::text[], ${pgArray(formRows.map((row) => row.form))}::text[]) as b(entry_id, form)`;
  if (entryIds.length > BULK_REINDEX) {
    // An import of many entries: recount the whole vocabulary rather than ship every word around.
    await tx.execute(sql`delete from faq_terms where entry_id = any(${ids})`);
    await tx.execute(sql`insert into faq_terms (locale, lexeme, entry_id, weight) ${indexed}`);
    await tx.execute(sql`delete from faq_lexemes`);
    await tx.execute(sql`insert into faq_lexemes (locale, lexeme, entries) select locale, lexeme, count(*)::int from faq_terms group by 1, 2`);
    // The planner's statistics follow at once, so that the first searches after a large import
    // do not wait for autovacuum to find the new rows.
    await tx.execute(sql`analyze faq_entries, faq_terms, faq_lexemes`);
    return;
  }
  const before = rowsOf<{ locale: string; lexeme: string }>(await tx.execute(sql`delete from faq_terms where entry_id = any(${ids}) returning locale, lexeme`));
  const after = rowsOf<{ locale: string; lexeme: string }>(
    await tx.execute(sql`insert into faq_terms (locale, lexeme, entry_id, weight) ${indexed} returning locale, lexeme`),
  );
  const touched = new Map<string, { locale: string; lexeme: string }>();
  for (const row of [...before, ...after]) touched.set(`${row.locale}\u0000${row.lexeme}`, row);
  const locales = pgArray([...touched.values()].map((row) => row.locale));
  const lexemes = pgArray([...touched.values()].map((row) => row.lexeme));
  await tx.execute(sql`
    delete from faq_lexemes l using unnest(${locales}::text[], ${lexemes}::text[]) as t(locale, lexeme)
    where l.locale = t.locale and l.lexeme = t.lexeme`);
  await tx.execute(sql`
    insert into faq_lexemes (locale, lexeme, entries)
    select t.locale, t.lexeme, count(*)::int
    from unnest(${locales}::text[], ${lexemes}::text[]) as touched(locale, lexeme)
    join faq_terms t on t.locale = touched.locale and t.lexeme = touched.lexeme
    group by t.locale, t.lexeme`);
}

export interface QueryLexeme {
  slot: number;
  locale: Locale;
  lexeme: string;
  /** 1 for the word itself, less for a synonym. */
  weight: number;
  /** Only a part of the question's compound: found by the same word alone, never by prefix or typo. */
  part: boolean;
  /** A form the morphology knows: found as it is, as a compound part or head, never by prefix or typo. */
  recognised: boolean;
}

interface EntryRow {
  id: string;
  locale: Locale;
  question: string;
  alternatives: string[];
  answer: string;
  tags: string[];
  updated_by: number | null;
  updated_at: Date | string;
  updated_by_name: string | null;
}

function entryOf(row: EntryRow): FaqEntry {
  return {
    id: row.id,
    locale: row.locale,
    question: row.question,
    alternatives: row.alternatives,
    answer: row.answer,
    tags: row.tags,
    updatedBy: row.updated_by,
    updatedByName: row.updated_by_name,
    updatedAt: new Date(row.updated_at),
  };
}

interface VocabularyRow {
  query: string;
  locale: Locale;
  lexeme: string;
  entries: number | string;
  similarity: number | string;
}

const toVocabularyMatch = (row: VocabularyRow): VocabularyMatch => ({ ...row, entries: Number(row.entries), similarity: Number(row.similarity) });

/** The range of strings that start with `prefix`, in byte (code point) order: [prefix, next). */
export function prefixRange(prefix: string): [string, string] {
  const characters = [...prefix];
  const last = characters.pop()!;
  return [prefix, characters.join('') + String.fromCodePoint(last.codePointAt(0)! + 1)];
}

export interface VocabularyMatch {
  query: string;
  locale: Locale;
  lexeme: string;
  entries: number;
  similarity: number;
}

/**
 * The Postgres FAQ search. Three short statements: (1) the question's words stemmed in each
 * language's configuration, (2) the vocabulary words that match them exactly, as compound parts or
 * as prefixes (and, only for words none of these matched closely, a fourth with pg_trgm for
 * typos), (3) the entries scored over the matched words. Between (2) and (3) each match gets its
 * weight here: how closely it matches times how rare it is.
 */
export class DrizzleFaqSearch implements FaqSearch {
  private counted?: { entries: number; at: number; baseForms: boolean };
  /** The lexemes of words stemmed before, in each language's configuration. */
  private readonly stems = new Map<string, { locale: Locale; lexeme: string }[]>();

  constructor(
    private readonly db: Executor,
    private readonly tuning: SearchTuning = DEFAULT_TUNING,
  ) {}

  async search(query: AnalysedQuery, limit: number): Promise<FaqCandidate[]> {
    const { lexemes: queryLexemes, entryCount, baseFormsIndexed } = await this.stem(query);
    if (queryLexemes.length === 0) return [];
    // The base forms of each word the morphology knows (the word and its readings' base forms).
    const slotForms = baseFormsIndexed
      ? query.slots.map((slot) =>
          slot.alternatives.filter((alternative) => alternative.recognised && alternative.weight === 1 && !alternative.part).map((a) => a.text),
        )
      : [];
    const { matches, baseForms } = await this.matchVocabulary(queryLexemes, query.locale, [...new Set(slotForms.flat())]);
    const vocabulary = withoutStemCollisions(queryLexemes, matches, slotForms, baseForms);
    const plan = planScoring(
      queryLexemes,
      vocabulary,
      entryCount,
      this.tuning,
      query.locale,
      query.slots.map((slot) => slot.weight),
    );
    if (plan.values.length === 0) return [];
    const preference = (locale: Locale) => (locale === query.locale ? 1 : this.tuning.otherLanguageFactor);
    const normaliser = (locale: Locale) => (plan.mass[locale] > 0 ? preference(locale) / plan.mass[locale] : 0);
    const values = plan.values;
    const result = await this.db.execute(sql`
      with matched as (
        select * from unnest(${pgArray(values.map((v) => v.slot))}::int[], ${pgArray(values.map((v) => v.locale))}::text[],
                             ${pgArray(values.map((v) => v.lexeme))}::text[], ${pgArray(values.map((v) => v.value))}::float8[],
                             ${pgArray(values.map((v) => v.cap))}::float8[], ${pgArray(values.map((v) => (v.own ? 1 : 0)))}::int[])
          as m(slot, locale, lexeme, value, cap, own)),
      per_slot as (
        select t.entry_id, t.locale, m.slot,
               least(max(m.cap), max(m.value * t.weight) + ${this.tuning.furtherEvidence}::float8 * (sum(m.own * m.value * t.weight) - max(m.own * m.value * t.weight))) as value
        from matched m join faq_terms t on t.locale = m.locale and t.lexeme = m.lexeme
        group by 1, 2, 3),
      ranked as (
        select entry_id, locale, sum(value) as score,
               sum(value) * (case locale when 'fi' then ${normaliser('fi')}::float8 when 'sv' then ${normaliser('sv')}::float8
                                         else ${normaliser('en')}::float8 end)
                          * (case when starts_with(entry_id, ${COMMAND_HELP_PREFIX}) then ${this.tuning.commandHelpFactor}::float8 else 1 end) as rank
        from per_slot
        group by 1, 2
        order by 4 desc, 1
        limit ${limit}::int)
      select r.score, e.id, e.locale, e.question, e.alternatives, e.answer, e.tags, e.updated_by, e.updated_at, p.name as updated_by_name
      from ranked r
      join faq_entries e on e.id = r.entry_id
      left join people p on p.id = e.updated_by
      order by r.rank desc, r.entry_id`);
    return rowsOf<EntryRow & { score: number | string }>(result).map((row) => {
      const score = Number(row.score);
      const coverage = plan.mass[row.locale] > 0 ? score / plan.mass[row.locale] : 0;
      const kind = isCommandHelp(row.id) ? this.tuning.commandHelpFactor : 1;
      return { entry: entryOf(row), entryId: row.id, locale: row.locale, score, coverage, confidence: coverage * preference(row.locale) * kind };
    });
  }

  /** Each alternative of each slot, stemmed in every language (stop words of a language give nothing). */
  private async stem(query: AnalysedQuery): Promise<{ lexemes: QueryLexeme[]; entryCount: number; baseFormsIndexed: boolean }> {
    const alternatives = query.slots.flatMap((slot, index) => slot.alternatives.map((alternative) => ({ slot: index, ...alternative })));
    if (alternatives.length === 0) return { lexemes: [], entryCount: 0, baseFormsIndexed: false };
    // Stems depend on the word alone: words met before are not sent again, so a question of known
    // words costs no statement here. The number of live entries (for the rarity of words) comes
    // along at most every few seconds: a rarity a few seconds old ranks the same.
    const unknown = [...new Set(alternatives.map((alternative) => alternative.text).filter((text) => !this.stems.has(text)))];
    const known = this.counted && Date.now() - this.counted.at < COUNT_TTL_MS ? this.counted : undefined;
    if (unknown.length > 0 || !known) {
      const result = await this.db.execute(sql`
        select a.surface, c.locale, l.lexeme, ${known ? sql`null::bigint` : sql`(select count(*) from faq_entries where removed_at is null)`} as entries,
               ${known ? sql`null::boolean` : sql`exists (select 1 from faq_lexemes where locale = ${BASE_FORMS})`} as base_forms
        from (select 0) as one
        left join (unnest(${pgArray(unknown)}::text[]) as a(surface)
          cross join (values ('fi', 'finnish'::regconfig), ('sv', 'swedish'::regconfig), ('en', 'english'::regconfig)) as c(locale, config)
          cross join lateral unnest(to_tsvector(c.config, a.surface)) as l) on true`);
      const rows = rowsOf<{
        surface: string | null;
        locale: Locale | null;
        lexeme: string | null;
        entries: number | string | null;
        base_forms: boolean | null;
      }>(result);
      if (!known) this.counted = { entries: Number(rows[0]?.entries ?? 0), at: Date.now(), baseForms: rows[0]?.base_forms === true };
      const found = new Map<string, { locale: Locale; lexeme: string }[]>(unknown.map((text) => [text, []]));
      for (const row of rows) if (row.surface !== null && row.locale && row.lexeme) found.get(row.surface)?.push({ locale: row.locale, lexeme: row.lexeme });
      for (const [text, lexemes] of found) {
        if (this.stems.size >= STEMS_KEPT) this.stems.delete(this.stems.keys().next().value!);
        this.stems.set(text, lexemes);
      }
    }
    // One lexeme per slot and language: its best weight; a part only if every form it comes from is one.
    const lexemes = new Map<string, QueryLexeme>();
    for (const alternative of alternatives) {
      for (const { locale, lexeme } of this.stems.get(alternative.text) ?? []) {
        const key = `${alternative.slot}\u0000${locale}\u0000${lexeme}`;
        const previous = lexemes.get(key);
        lexemes.set(key, {
          slot: alternative.slot,
          locale,
          lexeme,
          weight: Math.max(previous?.weight ?? 0, alternative.weight),
          part: (previous?.part ?? true) && alternative.part === true,
          recognised: (previous?.recognised ?? false) || alternative.recognised === true,
        });
      }
    }
    return { lexemes: [...lexemes.values()], entryCount: this.counted!.entries, baseFormsIndexed: this.counted!.baseForms };
  }

  /**
   * Vocabulary words related to the question's lexemes, each route served by an index: the same
   * word, or a word that is a prefix or suffix of it (arvo in kynnysarvo), by the primary key; a
   * word that starts like it (a longer inflection, a stem that changed, a compound it begins),
   * by a pattern index; a word that ends with it (a compound it is the head of), by an index on
   * the reversed word. Only words of the question that none of these matches closely are then
   * looked up by trigram similarity (pg_trgm), for typos.
   */
  private async matchVocabulary(
    queryLexemes: QueryLexeme[],
    questionLocale: Locale,
    /** Base forms of the question's words, to look up among the entries' (BASE_FORMS). */
    forms: string[],
  ): Promise<{ matches: VocabularyMatch[]; baseForms: Set<string> }> {
    const distinct = new Map<string, QueryLexeme>();
    for (const lexeme of queryLexemes) {
      const key = `${lexeme.locale}\u0000${lexeme.lexeme}`;
      const previous = distinct.get(key);
      if (!previous || previous.weight < lexeme.weight || (previous.part && !lexeme.part)) {
        distinct.set(key, { ...lexeme, part: (previous?.part ?? true) && lexeme.part, recognised: (previous?.recognised ?? false) || lexeme.recognised });
      }
    }
    const everyWord = [...distinct.values()];
    // Compound parts from the analyser are looked for as they are. The question's words are also
    // looked for by the parts of their own (a prefix or suffix that is a word), and by what ends
    // with them (compounds they are the head of). Only words the morphology does not know are
    // guessed at further: by their first letters (inflections the stemmer splits, compounds they
    // begin) and as typos; a word it knows has its base forms and parts searched already, as the
    // entries are indexed with theirs.
    const words = everyWord.filter((word) => !word.part);
    const parts: { query: string; locale: string; part: string }[] = [];
    for (const { locale, lexeme } of everyWord.filter((word) => word.part)) parts.push({ query: lexeme, locale, part: lexeme });
    for (const { locale, lexeme, weight, recognised } of words) {
      parts.push({ query: lexeme, locale, part: lexeme });
      // A glossary equivalent is a term of its own, looked for as it is. A word the morphology
      // knows has its base forms and compound parts among the alternatives already: guessing its
      // parts from its letters only finds words it is not ("peru" in "perustelu").
      if (weight < 1 || recognised) continue;
      for (let length = MIN_PART; length < lexeme.length; length++) {
        parts.push({ query: lexeme, locale, part: lexeme.slice(0, length) });
        parts.push({ query: lexeme, locale, part: lexeme.slice(lexeme.length - length) });
      }
    }
    const long = words.filter((word) => word.lexeme.length >= MIN_PART);
    const own = long.filter((word) => word.weight === 1);
    const guessed = long.filter((word) => !word.recognised);
    // Words that start like the question's word (less its last two letters, for stems that change)
    // and words that end with it, as ranges of the pattern-ordered indexes.
    const starts = guessed.map((word) => prefixRange(word.lexeme.slice(0, Math.max(MIN_PART, word.lexeme.length - 2))));
    const heads = own.filter((word) => !word.recognised);
    const ends = heads.map((word) => prefixRange([...word.lexeme].reverse().join('')));
    const rows = rowsOf<VocabularyRow>(
      await this.db.execute(sql`
        with found as (
          select a.query, v.locale, v.lexeme, v.entries
          from unnest(${pgArray(parts.map((p) => p.query))}::text[], ${pgArray(parts.map((p) => p.locale))}::text[],
                      ${pgArray(parts.map((p) => p.part))}::text[]) as a(query, locale, part)
          join faq_lexemes v on v.locale = a.locale and v.lexeme = a.part
          union
          select q.query, v.locale, v.lexeme, v.entries
          from unnest(${pgArray(guessed.map((w) => w.locale))}::text[], ${pgArray(guessed.map((w) => w.lexeme))}::text[],
                      ${pgArray(starts.map(([low]) => low))}::text[], ${pgArray(starts.map(([, high]) => high))}::text[]) as q(locale, query, low, high)
          cross join lateral (
            select * from faq_lexemes v
            where v.locale = q.locale and v.lexeme ~>=~ q.low and v.lexeme ~<~ q.high
            order by length(v.lexeme) limit ${AFFIX_LIMIT}) v
          union
          select q.query, v.locale, v.lexeme, v.entries
          from unnest(${pgArray(heads.map((w) => w.locale))}::text[], ${pgArray(heads.map((w) => w.lexeme))}::text[],
                      ${pgArray(ends.map(([low]) => low))}::text[], ${pgArray(ends.map(([, high]) => high))}::text[]) as q(locale, query, low, high)
          cross join lateral (
            select * from faq_lexemes v
            where v.locale = q.locale and reverse(v.lexeme) ~>=~ q.low and reverse(v.lexeme) ~<~ q.high
            order by length(v.lexeme) limit ${AFFIX_LIMIT}) v
          union
          select b.form, v.locale, v.lexeme, v.entries
          from unnest(${pgArray(forms)}::text[]) as b(form)
          join faq_lexemes v on v.locale = ${BASE_FORMS} and v.lexeme = b.form)
        select query, locale, lexeme, entries, similarity(query, lexeme) as similarity from found`),
    );
    const baseForms = new Set(rows.filter((row) => (row.locale as string) === BASE_FORMS).map((row) => row.lexeme));
    const matches = rows.filter((row) => (row.locale as string) !== BASE_FORMS).map(toVocabularyMatch);
    // A word some language's vocabulary knows closely is no typo; only the others are looked up
    // by trigram similarity (the slowest route), in the question's language.
    const closeSlots = new Set(
      own
        .filter((word) =>
          matches.some(
            (match) => match.locale === word.locale && match.query === word.lexeme && matchStrength(match.query, match.lexeme, match.similarity) >= CLOSE_MATCH,
          ),
        )
        .map((word) => word.slot),
    );
    const unmatched = own.filter(
      (word) => !word.recognised && word.locale === questionLocale && !closeSlots.has(word.slot) && word.lexeme.length >= MIN_TYPO_WORD,
    );
    if (unmatched.length === 0) return { matches, baseForms };
    const typos = rowsOf<VocabularyRow>(
      await this.db.execute(sql`
        select q.query, v.locale, v.lexeme, v.entries, similarity(q.query, v.lexeme) as similarity
        from unnest(${pgArray([...new Set(unmatched.map((word) => word.lexeme))])}::text[]) as q(query)
        cross join lateral (
          select * from faq_lexemes v
          where v.lexeme % q.query and v.locale = ${questionLocale}
          order by similarity(q.query, v.lexeme) desc limit ${TYPO_LIMIT}) v`),
    );
    return { matches: [...matches, ...typos.map(toVocabularyMatch)], baseForms };
  }
}

/**
 * Leaves out the Finnish stem matches of a word the morphology knows when no entry has any of its
 * base forms: the stem then stands for another word ("palkka", pay, and "palkata", to hire, are
 * both `palk`; "milloin palkka maksetaan" is about neither hiring nor any entry). The word then
 * counts as unknown, as it is to this FAQ. A stem another word of the question stands for too (a
 * compound part, a glossary equivalent, a word of another slot) is kept.
 */
export function withoutStemCollisions(
  queryLexemes: QueryLexeme[],
  matches: VocabularyMatch[],
  /** Each slot's base forms (empty: unknown to the morphology, or the index has no base forms). */
  slotForms: readonly (readonly string[])[],
  indexedForms: ReadonlySet<string>,
): VocabularyMatch[] {
  const strangers = new Set(slotForms.flatMap((forms, slot) => (forms.length > 0 && !forms.some((form) => indexedForms.has(form)) ? [slot] : [])));
  if (strangers.size === 0) return matches;
  const ownForm = (lexeme: QueryLexeme) => lexeme.locale === 'fi' && lexeme.weight === 1 && lexeme.recognised && !lexeme.part;
  const kept = new Set(queryLexemes.filter((lexeme) => lexeme.locale === 'fi' && !(strangers.has(lexeme.slot) && ownForm(lexeme))).map((l) => l.lexeme));
  const dropped = new Set(
    queryLexemes.filter((lexeme) => strangers.has(lexeme.slot) && ownForm(lexeme) && !kept.has(lexeme.lexeme)).map((lexeme) => lexeme.lexeme),
  );
  return matches.filter((match) => !(match.locale === 'fi' && dropped.has(match.query)));
}

/** How closely a vocabulary lexeme matches a question's lexeme, 0..1. */
export function matchStrength(query: string, word: string, similarity: number): number {
  if (query === word) return 1;
  const shorter = Math.min(query.length, word.length);
  const longer = Math.max(query.length, word.length);
  const ratio = shorter / longer;
  let common = 0;
  while (common < shorter && query[common] === word[common]) common++;
  let structural = 0;
  if (shorter >= MIN_PART) {
    if (common === shorter)
      structural = longer - shorter <= 3 ? 0.9 : 0.45 + 0.4 * ratio; // an inflection, or a compound's first part
    else if (query.endsWith(word) || word.endsWith(query))
      structural = 0.55 + 0.4 * ratio; // a compound's head
    else if (query.includes(word) || word.includes(query)) structural = 0.4 + 0.4 * ratio; // a middle part
  }
  if (!structural && common >= 5 && common >= 0.6 * longer) structural = 0.3 + 0.65 * (common / longer); // a stem that changed (kokous, kokouks)
  return Math.max(structural, 0.9 * similarity);
}

function rarity(entries: number, total: number): number {
  return Math.log(1 + (total - entries + 0.5) / (entries + 0.5));
}

interface ScoringPlan {
  /** What a matched vocabulary lexeme is worth to a slot (before the field weight). */
  values: { slot: number; locale: Locale; lexeme: string; value: number; cap: number; own: boolean }[];
  /** The most a question could score in each language: the normaliser of coverage. */
  mass: Record<Locale, number>;
}

/**
 * Weighs the matches. A word of the question weighs its rarity among the entries (of a close
 * variant, when it is not used as such; of an unknown word, when nothing matches it). A match is
 * worth its closeness times the lesser of the two rarities, so that a common word does not gain
 * weight from a rare compound it is part of.
 */
export function planScoring(
  queryLexemes: QueryLexeme[],
  vocabulary: VocabularyMatch[],
  total: number,
  tuning: SearchTuning,
  questionLocale?: Locale,
  /** How much each slot of the question counts (1 when not given). */
  slotWeights: readonly number[] = [],
): ScoringPlan {
  const n = Math.max(total, 1);
  const unknown = rarity(tuning.unknownWordEntries, n);
  const matchesOf = new Map<string, { lexeme: string; strength: number; rarity: number }[]>();
  const commonWords = new Set<string>();
  const common = Math.max(COMMON_ENTRIES, COMMON_SHARE * n);
  for (const match of vocabulary) {
    const strength = matchStrength(match.query, match.lexeme, match.similarity);
    if (strength < tuning.minMatch) continue;
    const key = `${match.locale}\u0000${match.query}`;
    if (match.entries > common) {
      if (strength >= CLOSE_MATCH) commonWords.add(key);
      continue;
    }
    const list = matchesOf.get(key) ?? [];
    list.push({ lexeme: match.lexeme, strength, rarity: rarity(match.entries, n) });
    matchesOf.set(key, list);
  }
  const known = (locale: Locale, lexeme: string): number | undefined => {
    const matches = matchesOf.get(`${locale}\u0000${lexeme}`) ?? [];
    const exact = matches.find((match) => match.strength === 1);
    if (exact) return exact.rarity;
    const close = matches.filter((match) => match.strength >= CLOSE_MATCH);
    return close.length > 0 ? Math.min(...close.map((match) => match.rarity)) : undefined;
  };

  const mass: Record<Locale, number> = { fi: 0, sv: 0, en: 0 };
  const best = new Map<string, ScoringPlan['values'][number]>();
  const slots = new Set(queryLexemes.map((lexeme) => lexeme.slot));
  // A stop word of the question's own language ("är" in Swedish) is no topic in any language.
  const spoken = questionLocale ? new Set(queryLexemes.filter((lexeme) => lexeme.locale === questionLocale).map((lexeme) => lexeme.slot)) : slots;
  for (const locale of LOCALES) {
    for (const slot of slots) {
      if (!spoken.has(slot)) continue;
      const own = queryLexemes.filter((lexeme) => lexeme.slot === slot && lexeme.locale === locale);
      // Only stop words of this language, or a word too common to tell entries apart.
      if (own.length === 0 || own.some((lexeme) => lexeme.weight === 1 && commonWords.has(`${locale}\u0000${lexeme.lexeme}`))) continue;
      const weighed = own.map((lexeme) => ({ ...lexeme, known: known(locale, lexeme.lexeme) }));
      const word = weighed.filter((lexeme) => lexeme.weight === 1 && lexeme.known !== undefined);
      // A part of the compound is no measure of the word: when only parts are known, the word
      // counts as unknown (rare), so an entry that has one part explains only some of it.
      const synonyms = weighed.filter((lexeme) => lexeme.known !== undefined && !lexeme.part);
      const slotWeight = slotWeights[slot] ?? 1;
      const slotMass =
        slotWeight *
        (word.length > 0
          ? Math.max(...word.map((lexeme) => lexeme.known!))
          : synonyms.length > 0
            ? Math.max(...synonyms.map((lexeme) => lexeme.weight * lexeme.known!))
            : unknown);
      mass[locale] += slotMass;
      for (const lexeme of weighed) {
        const bound = lexeme.known ?? unknown;
        for (const match of matchesOf.get(`${locale}\u0000${lexeme.lexeme}`) ?? []) {
          const value = Math.min(slotMass, slotWeight * lexeme.weight * match.strength * Math.min(match.rarity, bound));
          const key = `${slot}\u0000${locale}\u0000${match.lexeme}`;
          const previous = best.get(key);
          // Only the word's own forms and parts add up; a glossary group's many equivalents do not.
          const own = lexeme.weight === 1 || lexeme.part;
          if (!previous || previous.value < value)
            best.set(key, { slot, locale, lexeme: match.lexeme, value, cap: slotMass, own: own || previous?.own === true });
          else if (own) previous.own = true;
        }
      }
    }
  }
  return { values: [...best.values()], mass };
}
