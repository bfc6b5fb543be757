import { and, eq, isNull, sql } from 'drizzle-orm';
import type { ExpertRequest, ExpertRequestStore } from '../../core/faq/expert-request-store.js';
import type { Executor } from '../client.js';
import { faqExpertRequests } from '../schema/index.js';

type Row = typeof faqExpertRequests.$inferSelect;

export class DrizzleExpertRequestStore implements ExpertRequestStore {
  constructor(private readonly db: Executor) {}

  async open(request: Pick<ExpertRequest, 'questionId' | 'askerId' | 'platform' | 'routedTo'>): Promise<{ request: ExpertRequest; created: boolean }> {
    const [created] = await this.db.insert(faqExpertRequests).values(request).onConflictDoNothing({ target: faqExpertRequests.questionId }).returning();
    if (created) return { request: toRequest(created), created: true };
    const [existing] = await this.db.select().from(faqExpertRequests).where(eq(faqExpertRequests.questionId, request.questionId));
    return { request: toRequest(existing!), created: false };
  }

  async get(id: number): Promise<ExpertRequest | undefined> {
    const [row] = await this.db.select().from(faqExpertRequests).where(eq(faqExpertRequests.id, id));
    return row ? toRequest(row) : undefined;
  }

  async addPost(id: number, deliveryKey: string): Promise<void> {
    await this.db
      .update(faqExpertRequests)
      .set({
        posts: sql`case when ${faqExpertRequests.posts} @> ${JSON.stringify([deliveryKey])}::jsonb then ${faqExpertRequests.posts} else ${faqExpertRequests.posts} || ${JSON.stringify([deliveryKey])}::jsonb end`,
      })
      .where(eq(faqExpertRequests.id, id));
  }

  async answer(id: number, answer: { text: string; personId: number; at: Date }): Promise<ExpertRequest | undefined> {
    const [row] = await this.db
      .update(faqExpertRequests)
      .set({ status: 'answered', answer: answer.text, answeredBy: answer.personId, answeredAt: answer.at })
      .where(and(eq(faqExpertRequests.id, id), eq(faqExpertRequests.status, 'open')))
      .returning();
    return row ? toRequest(row) : undefined;
  }

  async markSaved(id: number, entryId: string): Promise<boolean> {
    const rows = await this.db
      .update(faqExpertRequests)
      .set({ savedEntryId: entryId })
      .where(and(eq(faqExpertRequests.id, id), isNull(faqExpertRequests.savedEntryId)))
      .returning({ id: faqExpertRequests.id });
    return rows.length > 0;
  }
}

function toRequest(row: Row): ExpertRequest {
  return {
    id: row.id,
    questionId: row.questionId,
    askerId: row.askerId,
    platform: row.platform,
    routedTo: row.routedTo,
    posts: (row.posts as unknown[]).filter((post): post is string => typeof post === 'string'),
    status: row.status,
    answer: row.answer,
    answeredBy: row.answeredBy,
    answeredAt: row.answeredAt,
    savedEntryId: row.savedEntryId,
    createdAt: row.createdAt,
  };
}
