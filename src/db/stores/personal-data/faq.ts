import { asc, eq } from 'drizzle-orm';
import { faqEntries, faqExpertRequests, faqFeedback, faqGlossary, faqQuestions } from '../../schema/index.js';
import { ERASED, changed, type PersonalDataProvider } from './provider.js';

/**
 * Questions the person asked, their feedback on answers, questions they passed to the experts or
 * answered as one, FAQ entries and glossary groups they edited. Erasing keeps the questions and
 * feedback for the FAQ's statistics (what was answered, how well), no longer linked to anyone and
 * without the words the person wrote: their question texts and their answers as an expert are replaced.
 */
export const faqData: PersonalDataProvider = {
  section: 'faq',
  covers: [faqEntries.updatedBy, faqGlossary.updatedBy, faqQuestions.personId, faqFeedback.personId, faqExpertRequests.askerId, faqExpertRequests.answeredBy],
  async export(db, personId) {
    const [questions, feedback, asked, answered, edited, glossary] = await Promise.all([
      db
        .select({ askedAt: faqQuestions.askedAt, question: faqQuestions.text, answeredWith: faqQuestions.entryId, answered: faqQuestions.answered })
        .from(faqQuestions)
        .where(eq(faqQuestions.personId, personId))
        .orderBy(asc(faqQuestions.askedAt)),
      db
        .select({ at: faqFeedback.at, question: faqQuestions.text, entry: faqFeedback.entryId, helpful: faqFeedback.helpful })
        .from(faqFeedback)
        .innerJoin(faqQuestions, eq(faqQuestions.id, faqFeedback.questionId))
        .where(eq(faqFeedback.personId, personId)),
      db
        .select({ createdAt: faqExpertRequests.createdAt, question: faqQuestions.text, status: faqExpertRequests.status, answer: faqExpertRequests.answer })
        .from(faqExpertRequests)
        .innerJoin(faqQuestions, eq(faqQuestions.id, faqExpertRequests.questionId))
        .where(eq(faqExpertRequests.askerId, personId)),
      db
        .select({ answeredAt: faqExpertRequests.answeredAt, question: faqQuestions.text, answer: faqExpertRequests.answer })
        .from(faqExpertRequests)
        .innerJoin(faqQuestions, eq(faqQuestions.id, faqExpertRequests.questionId))
        .where(eq(faqExpertRequests.answeredBy, personId)),
      db
        .select({ entry: faqEntries.id, question: faqEntries.question, updatedAt: faqEntries.updatedAt })
        .from(faqEntries)
        .where(eq(faqEntries.updatedBy, personId)),
      db
        .select({ group: faqGlossary.id, terms: faqGlossary.terms, updatedAt: faqGlossary.updatedAt })
        .from(faqGlossary)
        .where(eq(faqGlossary.updatedBy, personId)),
    ]);
    return { questions, feedback, askedExperts: asked, answeredAsExpert: answered, entriesEdited: edited, glossaryGroupsEdited: glossary };
  },
  async erase(tx, { person }) {
    const id = person.id;
    return {
      faq_questions: changed(
        await tx.update(faqQuestions).set({ personId: null, text: ERASED }).where(eq(faqQuestions.personId, id)).returning({ id: faqQuestions.id }),
      ),
      faq_feedback: changed(await tx.update(faqFeedback).set({ personId: null }).where(eq(faqFeedback.personId, id)).returning({ id: faqFeedback.id })),
      faq_expert_requests:
        changed(await tx.update(faqExpertRequests).set({ askerId: null }).where(eq(faqExpertRequests.askerId, id)).returning({ id: faqExpertRequests.id })) +
        changed(
          await tx
            .update(faqExpertRequests)
            .set({ answeredBy: null, answer: ERASED })
            .where(eq(faqExpertRequests.answeredBy, id))
            .returning({ id: faqExpertRequests.id }),
        ),
      faq_entries: changed(await tx.update(faqEntries).set({ updatedBy: null }).where(eq(faqEntries.updatedBy, id)).returning({ id: faqEntries.id })),
      faq_glossary: changed(await tx.update(faqGlossary).set({ updatedBy: null }).where(eq(faqGlossary.updatedBy, id)).returning({ id: faqGlossary.id })),
    };
  },
};
