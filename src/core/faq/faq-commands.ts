import { option, positional } from '../commands/arguments.js';
import { argumentTypes } from '../commands/argument-types.js';
import { defineAction, defineCommand, defineForm, type CommandContext } from '../commands/command.js';
import type { CommandRegistry } from '../commands/registry.js';
import { KeinoError } from '../errors.js';
import { isLocale, type Locale } from '../i18n/locale.js';
import { chartBlock, heading, note, personal, text, type Form, type Reply } from '../messages/message.js';
import { unansweredChart, weeklyQuestionsChart, weeklySince } from './faq-charts.js';
import type { FaqEntry, FaqEntryInput } from './faq-entry.js';
import { MAX_ANSWER_LENGTH, MAX_QUESTION_LENGTH } from './faq-file.js';
import { answerMessage, entryDetails, FEEDBACK, PICK, refusalMessage } from './faq-messages.js';
import { askExpertButton, registerFaqExperts } from './faq-experts.js';
import { registerExpertRequest } from './expert-request-form.js';
import { faqGlossaryAddCommand, faqGlossaryCommand, faqGlossaryRemoveCommand } from './glossary-commands.js';

const ENTRY_FORM = 'faq.entry';
const MAX_TAGS_LENGTH = 300;
const MAX_ALTERNATIVES_LENGTH = 2000;
const UNANSWERED_SHOWN = 15;

/**
 * The question handler of the core: anything said to Keino that is not a command, and `ask`.
 * Answers when the FAQ has a confident match, otherwise says so and offers the best two.
 */
export async function answerQuestion(context: CommandContext, question: string): Promise<Reply> {
  const { services, person, conversation, locale } = context;
  const match = await services.faq.ask(person, conversation.platform, question, locale);
  const expert = askExpertButton(context.t, match.question.id);
  if (match.entry) return answerMessage(context, match.entry, match.question.id, [expert]);
  return refusalMessage(context, match.candidates, match.question.id, [expert]);
}

const idArgument = { positional: { id: positional(argumentTypes.word(), 'faq.idLabel') } };

const LOCALE_WORDS: Record<string, Locale> = { fi: 'fi', sv: 'sv', en: 'en', suomi: 'fi', ruotsi: 'sv', englanti: 'en', svenska: 'sv', english: 'en' };

async function existing(context: CommandContext, id: string): Promise<FaqEntry> {
  const entry = await context.services.faq.store.get(id);
  if (!entry) throw new KeinoError('faq.not_found', 'faq.notFound', { id: id.slice(0, 100) });
  return entry;
}

export const askCommand = defineCommand({
  name: 'ask',
  alias: 'kysy',
  aliases: ['fråga'],
  summaryKey: 'command.ask.summary',
  usageKey: 'command.ask.usage',
  args: { positional: { question: positional(argumentTypes.text(MAX_QUESTION_LENGTH), 'faq.questionLabel').rest() } },
  run: (context, { question }) => answerQuestion(context, question),
});

export const faqShowCommand = defineCommand({
  name: 'faq show',
  alias: 'ukk näytä',
  aliases: ['ukk nayta', 'faq visa'],
  summaryKey: 'command.faqShow.summary',
  usageKey: 'command.faqShow.usage',
  args: idArgument,
  async run(context, { id }) {
    return personal(entryDetails(context, await existing(context, id)));
  },
});

function entryForm(context: CommandContext, values: Partial<Record<keyof FormValues, string>>, entryId?: string, errors?: Form['errors']): Form {
  const { t } = context;
  return {
    kind: 'form',
    formId: ENTRY_FORM,
    title: entryId ? t('faq.form.editTitle', { id: entryId }) : t('faq.form.addTitle'),
    submitLabel: t('faq.form.submit'),
    context: entryId,
    errors,
    fields: [
      { name: 'question', label: t('faq.field.question'), kind: 'text', required: true, initial: values.question, maxLength: MAX_QUESTION_LENGTH },
      { name: 'answer', label: t('faq.field.answer'), kind: 'textarea', required: true, initial: values.answer, maxLength: MAX_ANSWER_LENGTH },
      { name: 'alternatives', label: t('faq.field.alternatives'), kind: 'textarea', initial: values.alternatives, maxLength: MAX_ALTERNATIVES_LENGTH },
      { name: 'tags', label: t('faq.field.tags'), kind: 'text', initial: values.tags, maxLength: MAX_TAGS_LENGTH },
      {
        name: 'locale',
        label: t('faq.field.locale'),
        kind: 'choice',
        required: true,
        initial: values.locale ?? context.locale,
        options: (['fi', 'sv', 'en'] as const).map((locale) => ({ label: t(`language.${locale}`), value: locale })),
      },
    ],
  };
}

interface FormValues {
  question: string;
  answer: string;
  alternatives: string;
  tags: string;
  locale: string;
}

function formValuesOf(entry: FaqEntry): FormValues {
  return {
    question: entry.question,
    answer: entry.answer,
    alternatives: entry.alternatives.join('\n'),
    tags: entry.tags.join(', '),
    locale: entry.locale,
  };
}

const splitList = (value: string | undefined, separator: RegExp) => [
  ...new Set(
    (value ?? '')
      .split(separator)
      .map((item) => item.trim())
      .filter(Boolean),
  ),
];

/** The entry a form (or the text form of `faq add`) describes, or the problems of each field. */
function readEntry(context: CommandContext, values: Record<string, string>): { entry: Omit<FaqEntryInput, 'id'> } | { errors: Record<string, string> } {
  const { t } = context;
  const errors: Record<string, string> = {};
  const limits: [keyof FormValues, number, boolean][] = [
    ['question', MAX_QUESTION_LENGTH, true],
    ['answer', MAX_ANSWER_LENGTH, true],
    ['alternatives', MAX_ALTERNATIVES_LENGTH, false],
    ['tags', MAX_TAGS_LENGTH, false],
  ];
  for (const [field, max, required] of limits) {
    const value = values[field]?.trim() ?? '';
    if (required && !value) errors[field] = t('faq.field.missing');
    else if (value.length > max) errors[field] = t('faq.field.tooLong', { max });
  }
  const locale = LOCALE_WORDS[(values.locale ?? context.locale).trim().toLowerCase()];
  if (!locale || !isLocale(locale)) errors.locale = t('faq.field.badLocale');
  if (Object.keys(errors).length > 0) return { errors };
  return {
    entry: {
      locale: locale!,
      question: values.question!.trim(),
      answer: values.answer!.trim(),
      alternatives: splitList(values.alternatives, /\r?\n|\|/),
      tags: splitList(values.tags, /[,;]/),
    },
  };
}

export const faqAddCommand = defineCommand({
  name: 'faq add',
  alias: 'ukk lisää',
  aliases: ['ukk lisaa', 'faq lägg till'],
  summaryKey: 'command.faqAdd.summary',
  usageKey: 'command.faqAdd.usage',
  roles: ['admin'],
  args: {
    positional: {
      question: positional(argumentTypes.text(MAX_QUESTION_LENGTH), 'faq.questionLabel'),
      answer: positional(argumentTypes.text(MAX_ANSWER_LENGTH), 'faq.answerArg'),
    },
    options: {
      tags: option(argumentTypes.text(MAX_TAGS_LENGTH), 'faq.tagsOption', ['aiheet', 'ämnen']),
      locale: option(argumentTypes.oneOf(LOCALE_WORDS, ['fi', 'sv', 'en']), 'faq.localeOption', ['kieli', 'språk']),
    },
  },
  form: async (context) => entryForm(context, {}),
  async run(context, { question, answer, tags, locale }) {
    const read = readEntry(context, { question, answer, tags: tags ?? '', locale: locale ?? context.locale });
    if ('errors' in read) throw new KeinoError('faq.invalid', 'faq.field.missing', {}, () => Object.values(read.errors).join(' '));
    const entry = await context.services.faq.add(read.entry, context.person);
    return personal([text(context.t('faq.added', { id: entry.id })), ...entryDetails(context, entry)]);
  },
});

export const faqEditCommand = defineCommand({
  name: 'faq edit',
  alias: 'ukk muokkaa',
  aliases: ['faq redigera'],
  summaryKey: 'command.faqEdit.summary',
  usageKey: 'command.faqEdit.usage',
  roles: ['admin'],
  args: idArgument,
  async run(context, { id }) {
    const entry = await existing(context, id);
    return entryForm(context, formValuesOf(entry), entry.id);
  },
});

export const faqEntryForm = defineForm({
  id: ENTRY_FORM,
  roles: ['admin'],
  async submit(context, values, entryId) {
    const read = readEntry(context, values);
    if ('errors' in read) return entryForm(context, values, entryId, read.errors);
    const { faq } = context.services;
    if (entryId) {
      await existing(context, entryId);
      const entry = await faq.edit({ ...read.entry, id: entryId }, context.person);
      return personal([text(context.t('faq.updated', { id: entry.id })), ...entryDetails(context, entry)]);
    }
    const entry = await faq.add(read.entry, context.person);
    return personal([text(context.t('faq.added', { id: entry.id })), ...entryDetails(context, entry)]);
  },
});

export const faqRemoveCommand = defineCommand({
  name: 'faq remove',
  alias: 'ukk poista',
  aliases: ['faq ta bort'],
  summaryKey: 'command.faqRemove.summary',
  usageKey: 'command.faqRemove.usage',
  roles: ['admin'],
  args: idArgument,
  async run(context, { id }) {
    if (!(await context.services.faq.remove(id, context.person))) throw new KeinoError('faq.not_found', 'faq.notFound', { id: id.slice(0, 100) });
    return personal([text(context.t('faq.removed', { id }))]);
  },
});

export const faqUnansweredCommand = defineCommand({
  name: 'faq unanswered',
  alias: 'ukk vastaamattomat',
  aliases: ['faq obesvarade'],
  summaryKey: 'command.faqUnanswered.summary',
  usageKey: 'command.faqUnanswered.usage',
  roles: ['admin'],
  args: {},
  async run({ t, services }) {
    const questions = await services.faq.store.unanswered(UNANSWERED_SHOWN);
    if (questions.length === 0) return personal([heading(t('faq.unanswered.heading')), text(t('faq.unanswered.none'))]);
    return personal([
      heading(t('faq.unanswered.heading')),
      {
        type: 'list',
        ordered: true,
        items: questions.map((question) => {
          const item = t('faq.unanswered.item', { text: question.text.slice(0, 200), times: question.times });
          return question.pickedEntryId ? `${item} (${t('faq.unanswered.picked', { id: question.pickedEntryId })})` : item;
        }),
      },
      note(t('faq.unanswered.hint')),
    ]);
  },
});

function rate(t: CommandContext['t'], count: number, total: number): string {
  return t('faq.stats.rate', { percent: total > 0 ? Math.round((100 * count) / total) : 0, count, total });
}

/** The unanswered questions drawn in `faq stats` (`faq unanswered` lists more). */
const TOP_UNANSWERED = 5;

export const faqStatsCommand = defineCommand({
  name: 'faq stats',
  alias: 'ukk tilastot',
  aliases: ['faq statistik'],
  summaryKey: 'command.faqStats.summary',
  usageKey: 'command.faqStats.usage',
  roles: ['admin'],
  args: {},
  async run({ t, services, now, timeZone }) {
    const [stats, weeks, unanswered] = await Promise.all([
      services.faq.store.stats(),
      services.faq.store.weekly(weeklySince(now, timeZone), timeZone),
      services.faq.store.unanswered(TOP_UNANSWERED),
    ]);
    const missing = unansweredChart(t, unanswered);
    return personal([
      heading(t('faq.stats.heading')),
      chartBlock(weeklyQuestionsChart({ t, now, timeZone }, weeks)),
      ...(missing ? [chartBlock(missing)] : []),
      {
        type: 'fields',
        fields: [
          { label: t('faq.stats.entries'), value: String(stats.entries) },
          { label: t('faq.stats.questions'), value: String(stats.questions) },
          { label: t('faq.stats.answerRate'), value: rate(t, stats.answered, stats.questions) },
          { label: t('faq.stats.helpfulRate'), value: stats.votes > 0 ? rate(t, stats.helpful, stats.votes) : t('faq.stats.noVotes') },
        ],
      },
      ...(stats.topEntries.length > 0
        ? [
            text(`**${t('faq.stats.top')}**`),
            { type: 'list' as const, items: stats.topEntries.map((top) => `${top.question} (${top.entryId}) — ${top.times}`) },
          ]
        : []),
    ]);
  },
});

export const feedbackAction = defineAction({
  id: FEEDBACK.id,
  codec: FEEDBACK.codec,
  async run(context, { questionId, helpful: answer }) {
    const { store } = context.services.faq;
    if (!(await store.question(questionId))) return { reply: personal([text(context.t('faq.questionGone'))]) };
    const helpful = answer === 'yes';
    await store.recordFeedback({ questionId, personId: context.person.id, helpful });
    if (helpful) return { reply: personal([text(context.t('faq.thanks'))]) };
    return { reply: personal([text(context.t('faq.thanksNotHelpful')), { type: 'buttons', buttons: [askExpertButton(context.t, questionId)] }]) };
  },
});

export const pickAction = defineAction({
  id: PICK.id,
  codec: PICK.codec,
  async run(context, { questionId, entryId }) {
    const { store } = context.services.faq;
    const question = await store.question(questionId);
    if (!question) return { reply: personal([text(context.t('faq.questionGone'))]) };
    const entry = await store.get(entryId);
    if (!entry) return { reply: personal([text(context.t('faq.entryGone'))]) };
    if (question.personId === context.person.id) await store.markPicked(questionId, entryId);
    return { reply: answerMessage({ ...context, source: 'action' }, entry, questionId, [askExpertButton(context.t, questionId)]) };
  },
});

export function registerFaq(registry: CommandRegistry): void {
  registry
    .addCommand(askCommand)
    .addCommand(faqShowCommand)
    .addCommand(faqAddCommand)
    .addCommand(faqEditCommand)
    .addCommand(faqRemoveCommand)
    .addCommand(faqUnansweredCommand)
    .addCommand(faqStatsCommand)
    .addCommand(faqGlossaryCommand)
    .addCommand(faqGlossaryAddCommand)
    .addCommand(faqGlossaryRemoveCommand)
    .addForm(faqEntryForm)
    .addAction(feedbackAction)
    .addAction(pickAction);
  registerFaqExperts(registry);
  registerExpertRequest(registry);
}
