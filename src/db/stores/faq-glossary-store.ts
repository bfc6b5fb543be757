import { asc, isNull, sql } from 'drizzle-orm';
import type { GlossaryGroup } from '../../core/faq/glossary.js';
import type { GlossaryStore } from '../../core/faq/glossary-store.js';
import type { SearchLexicon } from '../../core/faq/term-expansion.js';
import type { Executor } from '../client.js';
import { faqGlossary } from '../schema/index.js';
import { pgArray, reindexEntries } from './faq-search-store.js';
import { rowsOf } from './people-store.js';

export class DrizzleGlossaryStore implements GlossaryStore {
  constructor(
    private readonly db: Executor,
    private readonly lexicon: SearchLexicon,
  ) {}

  async groups(): Promise<GlossaryGroup[] | null> {
    const rows = await this.db.select().from(faqGlossary).orderBy(asc(faqGlossary.id));
    if (rows.length === 0) return null;
    return rows.filter((row) => row.removedAt === null).map((row) => ({ id: row.id, terms: row.terms }));
  }

  add(terms: string[], actorPersonId: number | null): Promise<GlossaryGroup> {
    return this.change(async (tx) => {
      const live = await tx.select().from(faqGlossary).where(isNull(faqGlossary.removedAt)).orderBy(asc(faqGlossary.id));
      const joined = live.find((row) => row.terms.some((term) => terms.includes(term)));
      if (joined) {
        const merged = [...new Set([...joined.terms, ...terms])];
        await tx.execute(
          sql`update faq_glossary set terms = ${pgArray(merged)}::text[], updated_by = ${actorPersonId}, updated_at = now() where id = ${joined.id}`,
        );
        return { id: joined.id, terms: merged };
      }
      const [row] = await tx.insert(faqGlossary).values({ terms, updatedBy: actorPersonId }).returning();
      return { id: row!.id, terms: row!.terms };
    });
  }

  remove(id: number, actorPersonId: number | null): Promise<boolean> {
    return this.change(async (tx) => {
      const rows = rowsOf<{ id: number }>(
        await tx.execute(
          sql`update faq_glossary set removed_at = now(), updated_by = ${actorPersonId}, updated_at = now() where id = ${id} and removed_at is null returning id`,
        ),
      );
      return rows.length > 0;
    });
  }

  replace(groups: string[][], actorPersonId: number | null): Promise<number> {
    return this.change(async (tx) => {
      await tx.execute(sql`update faq_glossary set removed_at = now(), updated_by = ${actorPersonId}, updated_at = now() where removed_at is null`);
      if (groups.length > 0) await tx.insert(faqGlossary).values(groups.map((terms) => ({ terms, updatedBy: actorPersonId })));
      return groups.length;
    }, false);
  }

  /**
   * One change in a transaction: the shipped glossary copied first when the network has none of its
   * own (so an edit changes it rather than starting empty), then the FAQ re-indexed with the result.
   */
  private change<T>(apply: (tx: Executor) => Promise<T>, copyShipped = true): Promise<T> {
    return this.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext('keino:faq-glossary'))`);
      const [{ count }] = rowsOf<{ count: number | string }>(await tx.execute(sql`select count(*) as count from faq_glossary`)) as [{ count: number | string }];
      if (copyShipped && Number(count) === 0 && this.lexicon.shippedGlossary.length > 0) {
        await tx.insert(faqGlossary).values(this.lexicon.shippedGlossary.map((terms) => ({ terms: [...terms] })));
      }
      const result = await apply(tx);
      const ids = rowsOf<{ id: string }>(await tx.execute(sql`select id from faq_entries where removed_at is null`)).map((row) => row.id);
      await reindexEntries(tx, ids, this.lexicon);
      return result;
    });
  }
}
