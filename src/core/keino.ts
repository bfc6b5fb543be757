import type { ActionOutcome, CommandContext } from './commands/command.js';
import { COMMAND_ACTION, mayRun } from './commands/command.js';
export { COMMAND_ACTION } from './commands/command.js';
import type { Conversation } from './commands/conversation.js';
import type { CommandRegistry } from './commands/registry.js';
import { spellingsOf } from './commands/registry.js';
import { nearest } from './commands/suggestions.js';
import { firstCommandWord } from './commands/command-words.js';
import { checkInput, tokenize } from './commands/tokenizer.js';
import { parseArguments } from './commands/arguments.js';
import { KeinoError, isKeinoError, isUnavailable } from './errors.js';
import type { Locale } from './i18n/locale.js';
import { translator } from './i18n/translator.js';
import { personal, stripMarkup, text, type Message, type Reply } from './messages/message.js';
import type { StepOutcome } from './workflows/workflow-steps.js';
import { renderHome } from './home/render-home.js';
import type { Person, PlatformIdentity } from './people/person.js';
import type { Logger } from './ports/logger.js';
import type { KeinoServices } from './services.js';
import { familyHelp } from './help/help-command.js';
import { FileTooLarge } from './files/shared-file.js';
import { RequestLimits, TooManyRequests, type RequestLimitSettings } from './limits/request-limits.js';
import { atTheEdge } from './security/platform-edge.js';
import type {
  ActionRequest,
  AskAboutRequest,
  Caller,
  CoreRequests,
  FaqSearchRequest,
  FaqSearchResult,
  FileRequest,
  FormRequest,
  TextRequest,
} from './requests.js';
import { askAboutMessage, searchFaq } from './faq/faq-lookup.js';
import { expertRequestFor } from './faq/expert-request-form.js';

export type { ActionRequest, AskAboutRequest, Caller, FaqSearchRequest, FaqSearchResult, FileRequest, FormRequest, TextRequest } from './requests.js';

export type QuestionHandler = (context: CommandContext, question: string) => Promise<Reply>;

export interface KeinoCoreOptions {
  registry: CommandRegistry;
  services: KeinoServices;
  defaults: { locale: Locale; timeZone: string };
  clock: () => Date;
  logger: Logger;
  /** Per-person and per-organisation limits on requests; none when unset. */
  limits?: RequestLimitSettings;
  /** What answers text that is not a command (the FAQ feature's); without it, a polite "no answers here". */
  answerQuestion?: QuestionHandler;
}

/**
 * The platform-neutral heart: text, clicks and form submissions in; replies out. Adapters call it
 * and render what it returns; it never throws at them.
 */
export class KeinoCore implements CoreRequests {
  private readonly limits?: RequestLimits;
  private edgeView?: KeinoCore;

  constructor(private readonly options: KeinoCoreOptions) {
    if (options.limits) this.limits = new RequestLimits(options.limits, () => options.clock().getTime());
  }

  /** The core as Slack, Teams and the console reach it: replies sealed, clicks and forms opened first (see platform-edge.ts). */
  get edge(): KeinoCore {
    this.edgeView ??= atTheEdge(this, this.options.services.seal, this.options.logger);
    return this.edgeView;
  }

  /** The polite answer to a request refused before anyone was looked up (a value Keino did not seal). */
  refusal(error: unknown): Reply {
    return this.failure(error, undefined, { refused: true });
  }

  get registry(): CommandRegistry {
    return this.options.registry;
  }

  get services(): KeinoServices {
    return this.options.services;
  }

  now(): Date {
    return this.options.clock();
  }

  /** A context for work not started by a person's request (scheduled jobs render in the person's language). */
  contextFor(person: Person, conversation: Conversation, source: CommandContext['source'] = 'action', identity?: PlatformIdentity): CommandContext {
    const locale = person.locale ?? this.options.defaults.locale;
    return {
      person,
      ...(identity ? { identity } : {}),
      locale,
      timeZone: person.timeZone ?? this.options.defaults.timeZone,
      conversation,
      now: this.options.clock(),
      t: translator(locale),
      services: this.options.services,
      commands: this.options.registry,
      source,
    };
  }

  async handleText(request: TextRequest, retried = false): Promise<Reply> {
    let context: CommandContext | undefined;
    try {
      checkInput(request.text);
      const { person, refused } = await this.requester(request.caller);
      context = this.contextFor(person, request.conversation, request.source, request.caller.identity);
      if (refused) throw refused;
      return await this.runText(context, request.text, request.source);
    } catch (error) {
      if (!retried && (await this.profileChangesRights(error, request.caller, context))) return this.handleText(request, true);
      return this.failure(error, context, { text: request.text.length, source: request.source });
    }
  }

  async handleAction(request: ActionRequest, retried = false): Promise<ActionOutcome> {
    let context: CommandContext | undefined;
    try {
      const { person, refused } = await this.requester(request.caller);
      context = this.contextFor(person, request.conversation, 'action', request.caller.identity);
      if (refused) throw refused;
      // A button may simply stand for a command ("lang en", "join sote"): same checks, same result.
      if (request.actionId === COMMAND_ACTION) {
        checkInput(request.value);
        return { reply: await this.runText(context, request.value, 'command') };
      }
      const action = this.registry.action(request.actionId);
      if (!action) throw new KeinoError('action.unknown', 'errors.unknownAction');
      if (!mayRun(person, action.roles)) throw forbidden(action.roles!);
      return await action.handle(context, request.value, request.source);
    } catch (error) {
      if (!retried && (await this.profileChangesRights(error, request.caller, context))) return this.handleAction(request, true);
      return { reply: this.failure(error, context, { action: request.actionId }) };
    }
  }

  async handleForm(request: FormRequest, retried = false): Promise<Reply> {
    let context: CommandContext | undefined;
    try {
      for (const value of Object.values(request.values)) checkInput(value);
      const { person, refused } = await this.requester(request.caller);
      context = this.contextFor(person, request.conversation, 'form', request.caller.identity);
      if (refused) throw refused;
      const form = this.registry.form(request.formId);
      if (!form) throw new KeinoError('form.unknown', 'errors.unknownAction');
      if (!mayRun(person, form.roles)) throw forbidden(form.roles!);
      return await form.handle(context, request.values, request.context);
    } catch (error) {
      if (!retried && (await this.profileChangesRights(error, request.caller, context))) return this.handleForm(request, true);
      return this.failure(error, context, { form: request.formId });
    }
  }

  /**
   * A file shared with Keino: the first import that takes its kind receives it, once the person
   * may run it and the file is not too large. Nothing is fetched before that.
   */
  async handleFile(request: FileRequest, retried = false): Promise<Reply> {
    let context: CommandContext | undefined;
    const { file } = request;
    try {
      const { person, refused } = await this.requester(request.caller);
      context = this.contextFor(person, request.conversation, 'file', request.caller.identity);
      if (refused) throw refused;
      const { t } = context;
      const fileImport = this.registry.fileImports.find((candidate) => candidate.accepts(file));
      if (!fileImport) {
        const kinds = this.registry.fileImports.map((candidate) => t(candidate.kindKey)).join('; ');
        throw new KeinoError('files.not_understood', 'files.notUnderstood', { name: file.name.slice(0, 120), kinds: kinds || '–' });
      }
      if (!mayRun(person, fileImport.roles)) throw forbidden(fileImport.roles!, 'files.forbidden');
      if (file.size !== undefined && file.size > fileImport.maxBytes) throw new FileTooLarge(fileImport.maxBytes);
      return await fileImport.receive(context, file);
    } catch (error) {
      if (!retried && (await this.profileChangesRights(error, request.caller, context))) return this.handleFile(request, true);
      return this.failure(error, context, { file: true });
    }
  }

  /** FAQ entries for what someone is typing in a compose box, in their language; nothing is recorded. */
  async searchFaq(request: FaqSearchRequest): Promise<FaqSearchResult> {
    const outcome = await this.asRequester(request, request.text, { search: request.text.length }, async (context) => ({
      hits: await searchFaq(context, request.text, request.limit),
    }));
    return 'kind' in outcome ? { refused: outcome } : outcome;
  }

  /** A message's text asked as a question (answered from the FAQ, or passed to the experts). */
  async askAbout(request: AskAboutRequest): Promise<Reply> {
    return this.asRequester(request, request.question, { askAbout: request.question.length }, (context) => askAboutMessage(context, request.question));
  }

  /** The expert-request form about a message's text (its quote sealed into the form's context at the edge). */
  async expertRequest(request: AskAboutRequest): Promise<Reply> {
    return this.asRequester(request, request.question, { expertRequest: request.question.length }, async (context) =>
      expertRequestFor(context, request.question),
    );
  }

  /**
   * For a command that was handed over to a job and whose work committed (or may have), but whose
   * process died before it answered: says so in the person's language (running it again could do it twice).
   */
  async answerLost(request: TextRequest): Promise<Reply> {
    const command = request.text.length > 80 ? `${request.text.slice(0, 79)}…` : request.text;
    return this.asRequester(request, request.text, { answerLost: request.text.length }, async (context) => {
      const sentence = context.t('jobs.answerLost', { command });
      return personal([text(sentence)], sentence);
    });
  }

  /**
   * Runs work for a person's request outside the command grammar, as a command runs (the answer
   * for them alone), within their limits; a failure is answered politely in their language.
   */
  private async asRequester<T>(
    request: { caller: Caller; conversation: Conversation },
    input: string,
    details: Record<string, unknown>,
    run: (context: CommandContext) => Promise<T>,
  ): Promise<T | Reply> {
    let context: CommandContext | undefined;
    try {
      checkInput(input);
      const { person, refused } = await this.requester(request.caller);
      context = this.contextFor(person, request.conversation, 'command', request.caller.identity);
      if (refused) throw refused;
      return await run(context);
    } catch (error) {
      return this.failure(error, context, details);
    }
  }

  /**
   * A workflow step run for a person (Slack's Workflow Builder): the work's value, or why it could
   * not be done, in the person's language (the network's before Keino knows who they are). The
   * person's request limits apply as to their own commands.
   */
  async workflowStep<T>(
    request: { caller: Caller; conversation: Conversation },
    step: string,
    run: (context: CommandContext) => Promise<T>,
  ): Promise<StepOutcome<T>> {
    let context: CommandContext | undefined;
    try {
      const { person, refused } = await this.requester(request.caller);
      context = this.contextFor(person, request.conversation, 'command', request.caller.identity);
      if (refused) throw refused;
      return { ok: true, value: await run(context) };
    } catch (error) {
      return { ok: false, reason: this.failureText(error, context, { step }) };
    }
  }

  /** A failure as one sentence of plain text, for places that show no message (a workflow's error). */
  private failureText(error: unknown, context: CommandContext | undefined, details: Record<string, unknown>): string {
    const reply = this.failure(error, context, details);
    const first = reply.kind === 'message' ? reply.blocks.find((block) => block.type === 'text') : undefined;
    return first?.type === 'text' ? stripMarkup(first.text) : (context?.t ?? translator(this.options.defaults.locale))('errors.internal');
  }

  /** The person's home: who they are, then each feature's section (groups, sessions, tasks …). */
  async home(caller: Caller, conversation: Conversation): Promise<Message> {
    let context: CommandContext | undefined;
    try {
      const person = await this.resolve(caller);
      context = this.contextFor(person, conversation, 'action', caller.identity);
      return await renderHome(context);
    } catch (error) {
      return this.failure(error, context, { home: true }) as Message;
    }
  }

  /**
   * A request refused for want of a role, from someone whose profile has not come yet (their first
   * requests): their profile is fetched now, and when it changes who they are (a KEINO_ADMINS
   * address, a link to the person Keino knows) the request runs again. A refusal happens before
   * anything is written, so running again repeats nothing.
   */
  private async profileChangesRights(error: unknown, caller: Caller, context: CommandContext | undefined): Promise<boolean> {
    if (!caller.profileLater || !context || !isKeinoError(error) || error.code !== 'auth.forbidden') return false;
    try {
      const now = await this.options.services.people.profileNow(caller.identity, context.person, caller.profileLater.seenIn);
      return now !== undefined && (now.id !== context.person.id || now.role !== context.person.role);
    } catch (lookupError) {
      this.options.logger.warn({ err: lookupError }, 'could not fetch the profile of someone new who was refused');
      return false;
    }
  }

  private resolve(caller: Caller): Promise<Person> {
    return this.options.services.people.resolve(caller.identity, caller.loadProfile, caller.profileLater);
  }

  /** The person behind a request they sent, within their and their organisation's limits. */
  private async requester(caller: Caller): Promise<{ person: Person; refused?: TooManyRequests }> {
    const person = await this.resolve(caller);
    try {
      this.limits?.take(person.id, person.organisationId);
      return { person };
    } catch (error) {
      if (error instanceof TooManyRequests) return { person, refused: error };
      throw error;
    }
  }

  private async runText(context: CommandContext, input: string, source: TextRequest['source']): Promise<Reply> {
    const tokens = tokenize(input);
    const { t, person } = context;
    if (tokens.length === 0) return this.runCommandNamed(context, 'help');

    const matched = this.registry.match(tokens);
    if (!matched) {
      const first = tokens[0]!;
      const family = first.quoted ? [] : this.registry.family(first.text).filter((command) => mayRun(person, command.roles));
      if (family.length > 0 && tokens.length === 1) return familyHelp(context, family);
      const suggestions = this.suggest(first.text, person);
      const looksLikeCommand = tokens.length === 1 && !first.quoted && suggestions.length > 0;
      if (source === 'message' && !looksLikeCommand) return this.answer(context, input);
      return personal([
        text(
          `${t('errors.unknownCommand', { command: first.text.slice(0, 40) })} ${
            suggestions.length > 0 ? t('errors.didYouMean', { names: suggestions.map((name) => `**${name}**`).join(', ') }) : t('errors.seeHelp')
          }`,
        ),
      ]);
    }

    const { command, rest } = matched;
    // "kuka on meidän alueen yhteyshenkilö?": a chat message that only starts with the name of a
    // command that takes no words ("kuka" is whoami) is a question.
    const takesWords = Object.keys(command.args.positional ?? {}).length + Object.keys(command.args.options ?? {}).length > 0;
    if (source === 'message' && rest.length > 0 && !takesWords) return this.answer(context, input);
    if (!mayRun(person, command.roles)) throw forbidden(command.roles!);
    if (rest.length === 0 && command.form) return command.form(context);
    let values: ReturnType<typeof parseArguments>;
    try {
      values = parseArguments(command.args, rest);
    } catch (error) {
      if (isKeinoError(error) && error.code.startsWith('args.')) {
        throw new KeinoError(error.code, 'errors.badArgument', {}, (translate, reader) =>
          translate('errors.badArgument', { problem: error.describe(translate, reader), usage: translate(command.usageKey) }),
        );
      }
      throw error;
    }
    return command.run(context, values);
  }

  private runCommandNamed(context: CommandContext, name: string): Promise<Reply> {
    const command = this.registry.byName(name);
    if (!command) throw new Error(`The "${name}" command is not registered`);
    return command.run(context, parseArguments(command.args, []));
  }

  private answer(context: CommandContext, question: string): Promise<Reply> {
    if (this.options.answerQuestion) return this.options.answerQuestion(context, question);
    return Promise.resolve(personal([text(context.t('errors.noQuestions'))]));
  }

  private suggest(word: string, person: Person): string[] {
    // Match any spelling, but suggest each command once, as written in the person's language.
    const locale = person.locale ?? this.options.defaults.locale;
    const shownBySpelling = new Map<string, string>();
    for (const command of this.registry.commands) {
      if (!mayRun(person, command.roles)) continue;
      const shown = firstCommandWord(command, locale);
      for (const spelling of spellingsOf(command)) shownBySpelling.set(spelling.split(' ')[0]!, shown);
    }
    const matches = nearest(word, [...shownBySpelling.keys()], 10);
    return [...new Set(matches.map((spelling) => shownBySpelling.get(spelling)!))].slice(0, 3);
  }

  private failure(error: unknown, context: CommandContext | undefined, details: Record<string, unknown>): Reply {
    const t = context?.t ?? translator(this.options.defaults.locale);
    const reader = { locale: context?.locale ?? this.options.defaults.locale, platforms: this.options.services.platforms };
    if (isKeinoError(error)) return personal([text(error.describe(t, reader))]);
    if (isUnavailable(error)) {
      this.options.logger.warn({ err: error, ...details }, 'database unavailable');
      return personal([text(t('errors.unavailable'))]);
    }
    this.options.logger.error({ err: error, ...details }, 'command failed');
    return personal([text(t('errors.internal'))]);
  }
}

function forbidden(roles: readonly string[], key: 'errors.forbidden' | 'files.forbidden' = 'errors.forbidden'): KeinoError {
  return new KeinoError('auth.forbidden', key, {}, (t) => t(key, { roles: roles.map((role) => t(`role.${role}` as 'role.admin')).join(', ') }));
}
