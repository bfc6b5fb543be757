import type { Platform } from '../people/person.js';

/** A question passed to the experts with "Ask an expert", and what became of it. */
export interface ExpertRequest {
  id: number;
  questionId: number;
  askerId: number | null;
  /** Where the asker asked. */
  platform: Platform;
  /** The channels it went to: "experts", "experts:<tag>" or "group:<slug>". */
  routedTo: string;
  /** Delivery keys of the posts in the experts' channels, to update them once answered. */
  posts: string[];
  status: 'open' | 'answered';
  answer: string | null;
  answeredBy: number | null;
  answeredAt: Date | null;
  savedEntryId: string | null;
  createdAt: Date;
}

/** The port for expert requests; implemented over Drizzle (src/db/stores/expert-request-store.ts). */
export interface ExpertRequestStore {
  /** One request a question: asking again returns the first one, `created: false`. */
  open(request: Pick<ExpertRequest, 'questionId' | 'askerId' | 'platform' | 'routedTo'>): Promise<{ request: ExpertRequest; created: boolean }>;
  get(id: number): Promise<ExpertRequest | undefined>;
  addPost(id: number, deliveryKey: string): Promise<void>;
  /** Records the first answer; undefined when the request was answered already (or does not exist). */
  answer(id: number, answer: { text: string; personId: number; at: Date }): Promise<ExpertRequest | undefined>;
  /** Links the FAQ entry the answer was saved as; false when it was saved already. */
  markSaved(id: number, entryId: string): Promise<boolean>;
}
