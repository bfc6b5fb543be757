import { actionButtons, idValue } from '../commands/action-value.js';
import { z } from 'zod';
import { defineAction, defineForm, type CommandContext } from '../commands/command.js';
import type { Conversation } from '../commands/conversation.js';
import type { CommandRegistry } from '../commands/registry.js';
import type { RecipientContext } from '../delivery/delivery.js';
import type { Translate } from '../i18n/translator.js';
import { defineJob } from '../jobs/job-definition.js';
import * as field from '../jobs/payload-schemas.js';
import { heading, note, personal, shared, text, type Block, type Button, type Form, type Message } from '../messages/message.js';
import { hasRole } from '../people/person.js';
import { DeliveryError } from '../ports/platform-gateway.js';
import type { KeinoServices } from '../services.js';
import type { ExpertRequest } from './expert-request-store.js';
import type { FaqEntry } from './faq-entry.js';
import { MAX_ANSWER_LENGTH } from './faq-file.js';
import type { AskedQuestion } from './faq-store.js';

/**
 * The expert loop: "Ask an expert" passes a question Keino could not answer well to the experts'
 * channel (per tag a channel of its own, or the developer group's channels), an expert answers in
 * a form, the answer goes back to the asker wherever they are, and one click saves it in the FAQ.
 * Posting and answering back are jobs, so a platform hiccup is retried and nothing goes out twice.
 */
/** The expert loop's buttons: each carries the asked question's or the request's id. */
export const EXPERT_BUTTONS = {
  ask: actionButtons('faq.expert.ask', idValue),
  answer: actionButtons('faq.expert.answer', idValue),
  save: actionButtons('faq.expert.save', idValue),
} as const;
const ANSWER_FORM = 'faq.expertAnswer';
const requestPayload = z.object({ requestId: field.id });

/** The expert loop's jobs, one of each a request. */
const EXPERT_JOB = {
  /** Posts the question in the experts' channels. */
  post: defineJob({ kind: 'faq.expert.post', payload: requestPayload, key: ({ requestId }) => `faq:expert:post:${requestId}` }),
  /** Sends the answer to the asker and shows it on the posts. */
  reply: defineJob({ kind: 'faq.expert.reply', payload: requestPayload, key: ({ requestId }) => `faq:expert:reply:${requestId}` }),
  /** Shows on the posts that the answer was saved in the FAQ. */
  refresh: defineJob({ kind: 'faq.expert.refresh', payload: requestPayload, key: ({ requestId }) => `faq:expert:saved:${requestId}` }),
};

export function askExpertButton(t: Translate, questionId: number): Button {
  return EXPERT_BUTTONS.ask.button(t('faq.askExpert'), questionId);
}

/** A tag as a channel link or group slug spells it: "Sosiaalinen vastuu" → "sosiaalinen-vastuu". */
export function tagSlug(tag: string): string {
  return tag.trim().toLowerCase().replace(/\s+/g, '-');
}

/**
 * Where a question goes, by the tags of the entry nearest to it: a channel linked for the tag
 * (`channel link experts <tag>`), else the developer group of that name if it has channels, else
 * the network's experts' channel. Undefined when there is none.
 */
async function routeFor(services: KeinoServices, tags: string[]): Promise<string | undefined> {
  for (const tag of tags.map(tagSlug)) {
    if ((await services.channels.channelsFor(`experts:${tag}`)).length > 0) return `experts:${tag}`;
    const group = await services.groups.groupStore.findBySlug(tag);
    if (group && group.state === 'active' && (await services.groups.channels(group)).length > 0) return `group:${tag}`;
  }
  return (await services.channels.channelsFor('experts')).length > 0 ? 'experts' : undefined;
}

async function channelsOf(services: KeinoServices, route: string): Promise<Conversation[]> {
  if (route.startsWith('group:')) {
    const group = await services.groups.groupStore.findBySlug(route.slice('group:'.length));
    return group ? services.groups.channels(group) : [];
  }
  return services.channels.channelsFor(route);
}

async function nameOf(services: KeinoServices, personId: number | null): Promise<string> {
  const person = personId === null ? undefined : await services.people.peopleStore.findById(personId);
  return person?.name ?? '—';
}

const quoted = (question: string) => `“${question}”`;

/** The post in the experts' channel: the question, who asked, Keino's nearest entry, and what became of it. */
async function expertPost(services: KeinoServices, reader: Pick<RecipientContext, 't'>, request: ExpertRequest, question: AskedQuestion): Promise<Message> {
  const { t } = reader;
  const blocks: Block[] = [];
  if (request.status === 'open') {
    blocks.push(heading(t('faq.expert.postHeading')), text(quoted(question.text)));
    const fields = [
      { label: t('faq.expert.asker'), value: await nameOf(services, request.askerId) },
      { label: t('faq.expert.language'), value: t(`language.${question.locale}`) },
    ];
    const [nearest] = question.entryId ? await services.faq.store.getMany([question.entryId]) : [];
    if (nearest) fields.push({ label: t('faq.expert.nearest'), value: `${nearest.question} (${nearest.id})` });
    blocks.push({ type: 'fields', fields }, { type: 'buttons', buttons: [EXPERT_BUTTONS.answer.button(t('faq.expert.answerButton'), request.id, 'primary')] });
  } else {
    blocks.push(heading(t('faq.expert.answeredHeading')), text(quoted(question.text)), text(request.answer ?? ''));
    blocks.push(note(t('faq.expert.answeredBy', { name: await nameOf(services, request.answeredBy) })));
    if (request.savedEntryId) blocks.push(note(t('faq.expert.savedNote', { id: request.savedEntryId })));
    else blocks.push({ type: 'buttons', buttons: [EXPERT_BUTTONS.save.button(t('faq.expert.saveButton'), request.id)] });
  }
  return shared(blocks, `${t('faq.expert.postHeading')}: ${question.text}`.slice(0, 150));
}

async function loaded(services: KeinoServices, requestId: number): Promise<{ request: ExpertRequest; question: AskedQuestion } | undefined> {
  const request = await services.faq.experts.get(requestId);
  const question = request ? await services.faq.store.question(request.questionId) : undefined;
  return request && question ? { request, question } : undefined;
}

/** The jobs of the expert loop; registered once at start. */
export function registerFaqJobs(services: KeinoServices): void {
  const { jobs, delivery } = services;

  jobs.handle(EXPERT_JOB.post, async (job) => {
    const found = await loaded(services, job.payload.requestId);
    if (found?.request.status !== 'open') return;
    for (const channel of await channelsOf(services, found.request.routedTo)) {
      const sent = await delivery.forJob(job).sendToConversation(channel, (reader) => expertPost(services, reader, found.request, found.question));
      if (sent.key) await services.faq.experts.addPost(found.request.id, sent.key);
    }
  });

  jobs.handle(EXPERT_JOB.reply, async (job) => {
    const found = await loaded(services, job.payload.requestId);
    if (found?.request.status !== 'answered' || found.request.askerId === null) return;
    const { request, question } = found;
    const expert = await nameOf(services, request.answeredBy);
    await delivery
      // The asker's answer comes from someone else, whenever they answer: not in the asker's quiet hours.
      .forJob(job, { hours: 'notification' })
      .sendToPerson(request.askerId!, (reader) =>
        personal(
          [
            heading(reader.t('faq.expert.replyHeading')),
            text(quoted(question.text)),
            text(request.answer ?? ''),
            note(reader.t('faq.expert.answeredBy', { name: expert })),
          ],
          reader.t('faq.expert.replyHeading'),
        ),
      );
    await refreshPosts(services, request, question);
  });

  jobs.handle(EXPERT_JOB.refresh, async (job) => {
    const found = await loaded(services, job.payload.requestId);
    if (found) await refreshPosts(services, found.request, found.question);
  });
}

/**
 * Shows what became of the question on every post of it in the experts' channels. A post that can
 * no longer be updated (deleted, archived channel) does not keep the others stale; the job then
 * fails for good with that error, recorded where `admin jobs` shows it, and is not retried.
 */
async function refreshPosts(services: KeinoServices, request: ExpertRequest, question: AskedQuestion): Promise<void> {
  let refused: DeliveryError | undefined;
  for (const key of request.posts) {
    try {
      await services.delivery.update(key, (reader) => expertPost(services, reader, request, question));
    } catch (error) {
      if (!(error instanceof DeliveryError && error.permanent)) throw error;
      refused ??= error;
    }
  }
  if (refused) throw refused;
}

function enqueue(context: CommandContext, definition: (typeof EXPERT_JOB)[keyof typeof EXPERT_JOB], requestId: number) {
  return context.services.jobs.enqueue(definition.job({ requestId }, { dueAt: context.now }));
}

/**
 * Passes a question the person asked to the experts (routed by the tags of the nearest entry):
 * the request and the job that posts it commit together. What the asker is told, in their language.
 */
export async function passToExperts(context: CommandContext, question: AskedQuestion): Promise<{ sent: boolean; message: Message }> {
  const { services, t, person } = context;
  const nearest: FaqEntry | undefined = question.entryId
    ? (await services.faq.store.getMany([question.entryId]))[0]
    : (await services.faq.find(question.text, question.locale)).candidates[0];
  const route = await routeFor(services, nearest?.tags ?? []);
  if (!route) return { sent: false, message: personal([text(t('faq.expert.noChannel'))]) };
  // The request and the job that posts it to the experts commit together.
  const created = await services.transactions.atomically(async () => {
    const opened = await services.faq.experts.open({ questionId: question.id, askerId: person.id, platform: context.conversation.platform, routedTo: route });
    if (!opened.created) return false;
    await enqueue(context, EXPERT_JOB.post, opened.request.id);
    await services.audit.record({
      actorPersonId: person.id,
      action: 'faq.expert.ask',
      target: String(opened.request.id),
      details: { route, question: question.text },
    });
    return true;
  });
  if (!created) return { sent: false, message: personal([text(t('faq.expert.alreadySent'))]) };
  return { sent: true, message: personal([text(t('faq.expert.sent'))]) };
}

/** "Ask an expert" under an answer or a refusal: the asker's own question goes to the experts. */
export const askExpertAction = defineAction({
  id: EXPERT_BUTTONS.ask.id,
  codec: EXPERT_BUTTONS.ask.codec,
  async run(context, value) {
    const { services, t, person } = context;
    const question = await services.faq.store.question(value);
    if (!question) return { reply: personal([text(t('faq.questionGone'))]) };
    if (question.personId !== person.id) return { reply: personal([text(t('faq.expert.notYours'))]) };
    return { reply: (await passToExperts(context, question)).message };
  },
});

function answerForm(t: Translate, request: ExpertRequest, question: AskedQuestion, errors?: Form['errors']): Form {
  return {
    kind: 'form',
    formId: ANSWER_FORM,
    title: t('faq.expert.formTitle'),
    submitLabel: t('faq.expert.formSubmit'),
    context: expertAnswerForm.contextText(request.id),
    errors,
    fields: [
      {
        name: 'answer',
        label: t('faq.expert.formAnswer'),
        kind: 'textarea',
        required: true,
        hint: quoted(question.text).slice(0, 150),
        maxLength: MAX_ANSWER_LENGTH,
      },
    ],
  };
}

async function answeredAlready(context: CommandContext, request: ExpertRequest): Promise<Message> {
  return personal([text(context.t('faq.expert.answeredAlready', { name: await nameOf(context.services, request.answeredBy) }))]);
}

/**
 * Who may answer a request: the experts it was routed to (someone acting in one of the channels
 * it was posted to) and admins. Checked where the answer lands, not only where the button was.
 */
async function mayAnswer(context: CommandContext, request: ExpertRequest): Promise<boolean> {
  if (hasRole(context.person, 'admin')) return true;
  const here = context.conversation;
  return (await channelsOf(context.services, request.routedTo)).some(
    (channel) => channel.platform === here.platform && channel.tenantId === here.tenantId && channel.channelId === here.channelId,
  );
}

/** "Answer" on the post in the experts' channel opens the answer form for the expert who clicked. */
export const answerAction = defineAction({
  id: EXPERT_BUTTONS.answer.id,
  codec: EXPERT_BUTTONS.answer.codec,
  async run(context, value) {
    const found = await loaded(context.services, value);
    if (!found) return { reply: personal([text(context.t('faq.expert.notFound'))]) };
    if (!(await mayAnswer(context, found.request))) return { reply: personal([text(context.t('faq.expert.mayNotAnswer'))]) };
    if (found.request.status !== 'open') return { reply: await answeredAlready(context, found.request) };
    return { update: answerForm(context.t, found.request, found.question) };
  },
});

export const expertAnswerForm = defineForm({
  id: ANSWER_FORM,
  context: idValue,
  async submit(context, values, requestId) {
    const { services, t, person } = context;
    const found = await loaded(services, requestId);
    if (!found) return personal([text(t('faq.expert.notFound'))]);
    if (!(await mayAnswer(context, found.request))) return personal([text(t('faq.expert.mayNotAnswer'))]);
    const answer = values.answer?.trim() ?? '';
    if (!answer) return answerForm(t, found.request, found.question, { answer: t('faq.field.missing') });
    if (answer.length > MAX_ANSWER_LENGTH) return answerForm(t, found.request, found.question, { answer: t('faq.field.tooLong', { max: MAX_ANSWER_LENGTH }) });
    const answered = await services.transactions.atomically(async () => {
      const stored = await services.faq.experts.answer(found.request.id, { text: answer, personId: person.id, at: context.now });
      if (!stored) return undefined;
      await enqueue(context, EXPERT_JOB.reply, stored.id);
      await services.audit.record({ actorPersonId: person.id, action: 'faq.expert.answer', target: String(stored.id) });
      return stored;
    });
    if (!answered) return answeredAlready(context, (await services.faq.experts.get(found.request.id))!);
    // Only the FAQ's editors (admins) are offered to save it as an entry.
    return personal([
      text(t('faq.expert.thanks')),
      ...(hasRole(person, 'admin') ? [{ type: 'buttons' as const, buttons: [EXPERT_BUTTONS.save.button(t('faq.expert.saveButton'), answered.id)] }] : []),
    ]);
  },
});

/** One click saves an expert's answer as a new FAQ entry: for the FAQ's editors (admins, who run faq add and edit) only. */
export const saveAction = defineAction({
  id: EXPERT_BUTTONS.save.id,
  codec: EXPERT_BUTTONS.save.codec,
  async run(context, value) {
    const { services, t, person } = context;
    const found = await loaded(services, value);
    if (found?.request.status !== 'answered') return { reply: personal([text(t('faq.expert.notFound'))]) };
    const { request, question } = found;
    if (!hasRole(person, 'admin')) return { reply: personal([text(t('faq.expert.mayNotSave'))]) };
    if (request.savedEntryId) return { reply: personal([text(t('faq.expert.alreadySaved', { id: request.savedEntryId }))]) };
    const nearest = question.entryId ? (await services.faq.store.getMany([question.entryId]))[0] : undefined;
    // The id follows the request, so two clicks at once save one entry.
    const entry = await services.faq.addAs(
      {
        id: `asiantuntija-${request.id}`,
        locale: question.locale,
        question: question.text,
        alternatives: [],
        answer: request.answer ?? '',
        tags: nearest?.tags ?? [],
      },
      person,
      { expertRequest: request.id },
    );
    await services.transactions.atomically(async () => {
      if (await services.faq.experts.markSaved(request.id, entry.id)) await enqueue(context, EXPERT_JOB.refresh, request.id);
    });
    return { reply: personal([text(t('faq.expert.saved', { id: entry.id }))]) };
  },
});

export function registerFaqExperts(registry: CommandRegistry): void {
  registry.addAction(askExpertAction).addAction(answerAction).addAction(saveAction).addForm(expertAnswerForm);
}
