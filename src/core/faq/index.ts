import { defineFeature } from '../feature-definition.js';
import { answerQuestion, registerFaq } from './faq-commands.js';
import { registerFaqJobs } from './faq-experts.js';

/** The FAQ: answers to what is not a command, upkeep, and the expert loop. */
export const faqFeature = defineFeature({
  name: 'faq',
  register: registerFaq,
  schedule: ({ services }) => registerFaqJobs(services),
  answerQuestion,
});
