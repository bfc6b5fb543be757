import { z } from 'zod';
import { flag, option, positional, type Positional } from '../commands/arguments.js';
import { argumentTypes } from '../commands/argument-types.js';
import { defineAction, defineCommand, defineForm, type ActionOutcome, type CommandContext, type MessageRef } from '../commands/command.js';
import type { CommandRegistry } from '../commands/registry.js';
import { KeinoError } from '../errors.js';
import { heading, personal, text, type Button, type Form, type Message } from '../messages/message.js';
import { MAX_OPTIONS, type Poll, type VoteResult } from './poll.js';
import { PollInputError, type PollRequest } from './poll-service.js';
import { CLOSE, EXPORT, VOTE } from './poll-view.js';
import { actionButtons, actionValue, part } from '../commands/action-value.js';

export const CREATE_FORM = 'polls.create';
/** A poll and a set of its options, as a bit mask: "<poll id>:<mask>". */
const ballotValue = actionValue({ pollId: part.id(), mask: part.below(1 << MAX_OPTIONS) });
/** An anonymous multi-choice ballot, private to the voter: the choices so far travel in the buttons, not in the database. */
const BALLOT = actionButtons('polls.ballot', ballotValue);
const CAST = actionButtons('polls.cast', ballotValue);

const OPTION_KEYS = Array.from({ length: MAX_OPTIONS }, (_, index) => `option${index + 1}`);
const anyText = () => z.string();

const optionSlots: Record<string, Positional<string, true>> = Object.fromEntries(
  OPTION_KEYS.map((key) => [key, positional(anyText(), 'poll.optionLabel').optional()]),
);

const pollArgs = {
  positional: {
    question: positional(anyText(), 'poll.questionLabel'),
    ...optionSlots,
    /** Anything after the tenth option: only there to refuse it politely. */
    overflow: positional(anyText(), 'poll.optionLabel').optional().rest(),
  },
  options: {
    anonymous: flag('poll.anonymousLabel', ['anonyymi', 'anonym', 'anon']),
    multi: option(argumentTypes.positiveInteger(), 'poll.multiLabel', ['monivalinta', 'flerval']),
    closes: option(argumentTypes.text(40), 'poll.closesLabel', ['sulkeutuu', 'stängs', 'stangs', 'sulkeutuu-klo']),
  },
};

const idArgs = { positional: { id: positional(argumentTypes.id(), 'poll.idLabel') } };

function authorOf(context: CommandContext) {
  return { person: context.person, conversation: context.conversation, locale: context.locale, timeZone: context.timeZone, now: context.now };
}

export const pollCommand = defineCommand({
  name: 'poll',
  alias: 'kysely',
  aliases: ['omröstning', 'omrostning'],
  summaryKey: 'command.poll.summary',
  usageKey: 'command.poll.usage',
  args: pollArgs,
  async run(context, args) {
    const values: Record<string, unknown> = args;
    if (values.overflow !== undefined) throw new KeinoError('poll.too_many_options', 'poll.tooManyOptions', { max: MAX_OPTIONS });
    const request: PollRequest = {
      question: args.question,
      options: OPTION_KEYS.map((key) => values[key]).filter((value): value is string => typeof value === 'string'),
      anonymous: args.anonymous === true,
      maxChoices: args.multi,
      closes: args.closes,
    };
    const { poll } = await context.services.polls.create(request, authorOf(context));
    return posted(context, poll);
  },
  async form(context) {
    return pollForm(context, {});
  },
});

/**
 * The command's own answer once Keino has posted the poll: a short private confirmation (the poll
 * itself is Keino's message in the conversation, which it can update; a response could not be).
 */
function posted(context: CommandContext, poll: Poll): Message {
  return { ...personal([text(context.t('poll.posted', { id: poll.id }))]), acknowledgement: true };
}

function pollForm(context: CommandContext, values: Record<string, string>, errors?: Record<string, string>): Form {
  const { t } = context;
  return {
    kind: 'form',
    formId: CREATE_FORM,
    title: t('poll.formTitle'),
    submitLabel: t('poll.formSubmit'),
    where: { label: t('poll.formChannel') },
    fields: [
      { name: 'question', label: t('poll.formQuestion'), kind: 'text', required: true, maxLength: 300, initial: values.question },
      { name: 'options', label: t('poll.formOptions'), kind: 'textarea', required: true, hint: t('poll.formOptionsHint'), initial: values.options },
      {
        name: 'anonymous',
        label: t('poll.formAnonymous'),
        kind: 'choice',
        required: true,
        initial: values.anonymous ?? 'named',
        options: [
          { label: t('poll.formNamed'), value: 'named' },
          { label: t('poll.formAnonymousChoice'), value: 'anonymous' },
        ],
      },
      { name: 'multi', label: t('poll.formMulti'), kind: 'number', hint: t('poll.formMultiHint'), initial: values.multi },
      { name: 'closes', label: t('poll.formCloses'), kind: 'text', hint: t('poll.formClosesHint'), maxLength: 40, initial: values.closes },
    ],
    ...(errors ? { errors } : {}),
  };
}

export const createPollForm = defineForm({
  id: CREATE_FORM,
  async submit(context, values) {
    const multi = values.multi?.trim();
    const request: PollRequest = {
      question: values.question,
      // One option a line; blank lines are only spacing.
      options: (values.options ?? '').split(/\r?\n/).filter((line) => line.trim() !== ''),
      anonymous: values.anonymous === 'anonymous',
      maxChoices: multi ? (/^\d{1,2}$/.test(multi) ? Number(multi) : Number.NaN) : undefined,
      closes: values.closes,
    };
    try {
      const { poll } = await context.services.polls.create(request, authorOf(context));
      return posted(context, poll);
    } catch (error) {
      if (error instanceof PollInputError) return pollForm(context, values, { [error.field]: error.describe(context.t) });
      throw error;
    }
  },
});

export const pollCloseCommand = defineCommand({
  name: 'poll close',
  alias: 'kysely sulje',
  aliases: ['omröstning stäng', 'omrostning stang'],
  summaryKey: 'command.pollClose.summary',
  usageKey: 'command.pollClose.usage',
  args: idArgs,
  async run(context, { id }) {
    const { poll, closedNow } = await context.services.polls.close(context.person, id);
    if (!closedNow) return personal([text(context.t('poll.alreadyClosed', { id }))]);
    const final = await context.services.polls.view(poll);
    // In the poll's own channel everyone sees it end; elsewhere only the person who closed it.
    if (sameConversation(poll, context)) return final;
    return { ...final, visibility: 'person', blocks: [text(context.t('poll.closedNow', { id })), ...final.blocks] };
  },
});

export const pollResultsCommand = defineCommand({
  name: 'poll results',
  alias: 'kysely tulokset',
  aliases: ['omröstning resultat', 'omrostning resultat'],
  summaryKey: 'command.pollResults.summary',
  usageKey: 'command.pollResults.usage',
  args: idArgs,
  run(context, { id }) {
    return context.services.polls.results(context.person, id, context.locale);
  },
});

function sameConversation(poll: Poll, context: CommandContext): boolean {
  const here = context.conversation;
  return poll.conversation.platform === here.platform && poll.conversation.tenantId === here.tenantId && poll.conversation.channelId === here.channelId;
}

/**
 * The clicked message refreshed in the response where that costs no API call (the platform's
 * `updatesInResponse`: Teams returns the refreshed card in the Action.Execute response, the
 * console prints it). Elsewhere (Slack: a chat.update call) the poll message is refreshed only by
 * the coalescing refresher, at most once a second. The update is marked for the person who clicked: everyone else's view is
 * the refresher's job, so Teams shows it in the invoke response without an updateActivity per click.
 */
async function withUpdate(context: CommandContext, source: MessageRef | undefined, poll: Poll, reply: Message): Promise<ActionOutcome> {
  const platform = source?.platform ?? context.conversation.platform;
  if (!context.services.platforms[platform].updatesInResponse) return { reply };
  return { reply, update: { ...(await context.services.polls.view(poll)), visibility: 'person' } };
}

function confirmation(context: CommandContext, poll: Poll, result: VoteResult): Message {
  const { t } = context;
  const option = (index: number) => poll.options[index] ?? '';
  const lines: string[] = [];
  switch (result.kind) {
    case 'added':
      lines.push(t('poll.voteAdded', { option: option(result.option) }));
      if (poll.maxChoices > 1) lines.push(t('poll.voteCount', { count: result.chosen, max: poll.maxChoices }));
      break;
    case 'removed':
      lines.push(t('poll.voteRemoved', { option: option(result.option) }));
      break;
    case 'moved':
      lines.push(t('poll.voteMoved', { from: option(result.from), option: option(result.option) }));
      break;
    case 'limit':
      lines.push(t('poll.voteLimit', { max: result.max }));
      break;
    case 'closed':
      lines.push(t('poll.voteClosed'));
      break;
    case 'missing':
      lines.push(t('poll.notFound', { id: poll.id }));
      break;
    case 'cast':
      lines.push(t('poll.voteCast', { options: result.options.map(option).join(', ') }));
      break;
    case 'final':
      lines.push(t('poll.voteFinal'));
      break;
  }
  if (poll.anonymous && (result.kind === 'cast' || result.kind === 'final')) lines.push(t('poll.voteAnonymous'));
  return personal([text(lines.join(' '))]);
}

export const voteAction = defineAction({
  ...VOTE,
  async run(context, { pollId, option }, source) {
    const polls = context.services.polls;
    // An anonymous poll with several choices: the person picks on a private ballot and casts it once.
    const found = await polls.find(pollId);
    // The seal binds the button to where it was posted, or to the one person shown it (a card
    // refreshed for the clicker): either way a vote lands only from the poll's own conversation.
    if (found && !sameConversation(found, context)) throw new KeinoError('action.elsewhere', 'actions.refused');
    if (found?.anonymous && found.maxChoices > 1 && found.state === 'open' && option < found.options.length) {
      if (source) await polls.rememberMessage(pollId, source);
      if (await polls.hasVoted(context.person, pollId)) return { reply: confirmation(context, found, { kind: 'final' }) };
      return { reply: ballot(context, found, 1 << option) };
    }
    const { poll, result } = await polls.vote(context.person, pollId, option, source);
    return withUpdate(context, source, poll, confirmation(context, poll, result));
  },
});

/** A click on the private ballot: the choices so far, toggled (the button carries the mask it makes). */
export const ballotAction = defineAction({
  ...BALLOT,
  async run(context, { pollId, mask }) {
    const poll = await context.services.polls.require(pollId);
    if (!poll.anonymous || mask >= 1 << poll.options.length) throw new KeinoError('action.unknown', 'errors.unknownAction');
    if (bitCount(mask) > poll.maxChoices) return { reply: personal([text(context.t('poll.voteLimit', { max: poll.maxChoices }))]) };
    return { update: ballot(context, poll, mask) };
  },
});

/** Casting the private ballot: once, for good. */
export const castAction = defineAction({
  ...CAST,
  async run(context, { pollId, mask }) {
    const options = Array.from({ length: 10 }, (_, option) => option).filter((option) => (mask & (1 << option)) !== 0);
    const { poll, result } = await context.services.polls.cast(context.person, pollId, options);
    return { update: confirmation(context, poll, result) };
  },
});

/** The private ballot: each option a button that toggles it, and Cast vote once something is chosen. */
function ballot(context: CommandContext, poll: Poll, mask: number): Message {
  const { t } = context;
  const buttons: Button[] = poll.options.map((label, option) =>
    BALLOT.button(`${(mask & (1 << option)) !== 0 ? '☑' : '☐'} ${label}`, { pollId: poll.id, mask: mask ^ (1 << option) }),
  );
  if (mask !== 0) buttons.push(CAST.button(t('poll.ballotCast'), { pollId: poll.id, mask }, 'primary'));
  return personal([heading(poll.question), text(t('poll.ballotIntro', { max: poll.maxChoices })), { type: 'buttons', buttons }], poll.question);
}

function bitCount(mask: number): number {
  let count = 0;
  for (let rest = mask; rest > 0; rest >>= 1) count += rest & 1;
  return count;
}

export const closeAction = defineAction({
  ...CLOSE,
  async run(context, id, source) {
    const { poll, closedNow } = await context.services.polls.close(context.person, id, source);
    const reply = personal([text(context.t(closedNow ? 'poll.closedNow' : 'poll.alreadyClosed', { id }))]);
    return withUpdate(context, source, poll, reply);
  },
});

export const exportAction = defineAction({
  ...EXPORT,
  async run(context, id) {
    return { reply: await context.services.polls.results(context.person, id, context.locale) };
  },
});

export function registerPolls(registry: CommandRegistry): void {
  registry.addCommand(pollCommand).addCommand(pollCloseCommand).addCommand(pollResultsCommand);
  registry.addAction(voteAction).addAction(closeAction).addAction(exportAction).addAction(ballotAction).addAction(castAction);
  registry.addForm(createPollForm);
}
