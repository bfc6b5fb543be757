import type { AuditLog } from '../audit/audit-log.js';
import type { Locale } from '../i18n/locale.js';
import type { Person, Platform } from '../people/person.js';
import type { FaqEntry, FaqEntryInput } from './faq-entry.js';
import type { FaqSearch } from './faq-search.js';
import type { AskedQuestion, FaqStore } from './faq-store.js';
import type { ExpertRequestStore } from './expert-request-store.js';
import { analyseQuery, isFiller } from './query-analysis.js';
import { rankByFocus } from './focus-ranking.js';
import type { GlossaryGroup } from './glossary.js';
import type { GlossaryStore } from './glossary-store.js';
import { TermExpansion, type SearchLexicon } from './term-expansion.js';

export interface FaqServiceOptions {
  /** Below this confidence (0..1) Keino does not answer but offers candidates. */
  answerThreshold: number;
  /** Candidates weaker than this are not offered at all. */
  candidateFloor: number;
}

/** Measured with `npm run eval:faq` (docs/faq.md). */
export const DEFAULT_FAQ_OPTIONS: FaqServiceOptions = { answerThreshold: 0.28, candidateFloor: 0.05 };

const CANDIDATES = 2;
/** Candidates taken from the search for the final ranking by focus. */
const SEARCHED = 6;

/** What the FAQ has for a question. */
export interface FaqMatch {
  /** The language the question was written in. */
  locale: Locale;
  /** The answer, when Keino is confident enough. */
  entry?: FaqEntry;
  /** Otherwise the best two guesses, for the person to choose from. */
  candidates: FaqEntry[];
  /** The best entry's confidence, 0..1. */
  confidence: number;
  /** The best entry's id, answered or not (for measuring the search). */
  bestId?: string;
}

/** How long a question reads the glossary it has read before (a change elsewhere shows within this). */
const GLOSSARY_TTL_MS = 10_000;

export class FaqService {
  private expansion?: { value: TermExpansion; at: number };

  constructor(
    readonly store: FaqStore,
    private readonly search: FaqSearch,
    private readonly audit: AuditLog,
    /** Questions passed to the experts (faq-experts.ts). */
    readonly experts: ExpertRequestStore,
    /** The network's glossary (faq glossary …). */
    readonly glossary: GlossaryStore,
    /** Morphology and the shipped glossary. */
    readonly lexicon: SearchLexicon,
    private readonly options: FaqServiceOptions = DEFAULT_FAQ_OPTIONS,
  ) {}

  /** Finds the answer without recording anything. `fallback` is the asker's language. */
  async find(text: string, fallback: Locale): Promise<FaqMatch> {
    const expansion = await this.termExpansion();
    const query = analyseQuery(text, fallback, expansion);
    const found = rankByFocus(query, await this.search.search(query, SEARCHED), expansion, isFiller);
    const best = found[0];
    const confidence = best?.confidence ?? 0;
    if (best && confidence >= this.options.answerThreshold) {
      return { locale: query.locale, entry: best.entry, candidates: [], confidence, bestId: best.entryId };
    }
    const candidates = found
      .filter((candidate) => candidate.confidence >= this.options.candidateFloor)
      .slice(0, CANDIDATES)
      .map((candidate) => candidate.entry);
    return { locale: query.locale, candidates, confidence, bestId: best?.entryId };
  }

  /**
   * The entries nearest to what someone is typing, best first, at most `limit`, without recording
   * anything (a search-as-you-type runs on every few letters; none of it is a question asked).
   */
  async suggest(text: string, fallback: Locale, limit: number): Promise<FaqEntry[]> {
    const expansion = await this.termExpansion();
    const query = analyseQuery(text, fallback, expansion);
    const found = rankByFocus(query, await this.search.search(query, Math.max(limit, SEARCHED)), expansion, isFiller);
    return found
      .filter((candidate) => candidate.confidence >= this.options.candidateFloor)
      .slice(0, limit)
      .map((candidate) => candidate.entry);
  }

  /** Finds the answer and records the question, for `faq unanswered` and `faq stats`. */
  async ask(person: Person, platform: Platform, text: string, fallback: Locale): Promise<FaqMatch & { question: AskedQuestion }> {
    const match = await this.find(text, fallback);
    const question = await this.store.recordQuestion({
      personId: person.id,
      platform,
      text: text.trim(),
      locale: match.locale,
      entryId: match.entry?.id ?? null,
      score: match.confidence,
      answered: match.entry !== undefined,
    });
    return { ...match, question };
  }

  /** The glossary in force with the morphology: the network's, or the shipped one until an admin changes it. */
  async termExpansion(): Promise<TermExpansion> {
    if (this.expansion && Date.now() - this.expansion.at < GLOSSARY_TTL_MS) return this.expansion.value;
    const groups = await this.glossary.groups();
    const value = new TermExpansion(groups ? groups.map((group) => group.terms) : this.lexicon.shippedGlossary, this.lexicon.morphology);
    this.expansion = { value, at: Date.now() };
    return value;
  }

  /** The glossary as admins see it: the network's groups, or the shipped ones (without numbers). */
  async glossaryGroups(): Promise<{ groups: GlossaryGroup[]; shipped: boolean }> {
    const groups = await this.glossary.groups();
    return groups ? { groups, shipped: false } : { groups: this.lexicon.shippedGlossary.map((terms) => ({ terms: [...terms] })), shipped: true };
  }

  async addGlossaryGroup(terms: string[], actor: Person): Promise<GlossaryGroup> {
    const group = await this.glossary.add(terms, actor.id);
    this.expansion = undefined;
    await this.audit.record({ actorPersonId: actor.id, action: 'faq.glossary.add', target: String(group.id), details: { terms } });
    return group;
  }

  async removeGlossaryGroup(id: number, actor: Person): Promise<boolean> {
    const removed = await this.glossary.remove(id, actor.id);
    this.expansion = undefined;
    if (removed) await this.audit.record({ actorPersonId: actor.id, action: 'faq.glossary.remove', target: String(id) });
    return removed;
  }

  async importGlossary(groups: string[][], actor: Person | null, source: string): Promise<number> {
    const count = await this.glossary.replace(groups, actor?.id ?? null);
    this.expansion = undefined;
    await this.audit.record({ actorPersonId: actor?.id ?? null, action: 'faq.glossary.import', target: source, details: { groups: count } });
    return count;
  }

  async import(entries: FaqEntryInput[], actor: Person | null, source: string): Promise<{ created: number; updated: number }> {
    const result = await this.store.upsert(entries, actor?.id ?? null);
    await this.audit.record({ actorPersonId: actor?.id ?? null, action: 'faq.import', target: source, details: { ...result } });
    return result;
  }

  async add(entry: Omit<FaqEntryInput, 'id'>, actor: Person, details: Record<string, unknown> = {}): Promise<FaqEntry> {
    const created = await this.store.create(entry, actor.id);
    await this.audit.record({ actorPersonId: actor.id, action: 'faq.add', target: created.id, details: { question: created.question, ...details } });
    return created;
  }

  /** A new entry under a given id (saving it twice keeps one). */
  async addAs(entry: FaqEntryInput, actor: Person, details: Record<string, unknown> = {}): Promise<FaqEntry> {
    await this.store.upsert([entry], actor.id);
    await this.audit.record({ actorPersonId: actor.id, action: 'faq.add', target: entry.id, details: { question: entry.question, ...details } });
    return (await this.store.get(entry.id))!;
  }

  async edit(entry: FaqEntryInput, actor: Person): Promise<FaqEntry> {
    await this.store.upsert([entry], actor.id);
    await this.audit.record({ actorPersonId: actor.id, action: 'faq.edit', target: entry.id, details: { question: entry.question } });
    return (await this.store.get(entry.id))!;
  }

  async remove(id: string, actor: Person): Promise<boolean> {
    const removed = await this.store.remove(id, actor.id);
    if (removed) await this.audit.record({ actorPersonId: actor.id, action: 'faq.remove', target: id });
    return removed;
  }
}
