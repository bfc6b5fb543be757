import os from 'node:os';
import readline from 'node:readline';
import type { Conversation } from '../../core/commands/conversation.js';
import type { Caller, KeinoCore } from '../../core/keino.js';
import type { Form, Message, Reply } from '../../core/messages/message.js';
import type { PlatformIdentity } from '../../core/people/person.js';
import { renderForConsole, type Pickable } from './console-renderer.js';

const DEMO_ORGANISATION = 'Demo-organisaatio';

export interface ConsoleOptions {
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: NodeJS.WritableStream;
  /** Defaults to the operating-system user. */
  userName?: string;
}

/**
 * Keino with no chat service: the same commands as in Slack and Teams, typed at a prompt. When
 * standard input is not a terminal it reads commands line by line, so scripts and tests can drive it.
 */
export class ConsoleAdapter {
  private readonly interactive: boolean;
  private readonly lines: string[] = [];
  private waiting?: (line: string | undefined) => void;
  private ended = false;
  private pickables: Pickable[] = [];

  constructor(
    private readonly core: KeinoCore,
    private readonly options: ConsoleOptions,
  ) {
    this.interactive = Boolean(options.input.isTTY);
  }

  private get caller(): Caller {
    const userName = this.options.userName ?? safeUserName();
    const identity: PlatformIdentity = { platform: 'console', tenantId: 'local', userId: userName };
    return { identity, loadProfile: async () => ({ name: userName }) };
  }

  private readonly conversation: Conversation = { platform: 'console', tenantId: 'local', channelId: 'console', kind: 'personal' };

  /** Runs until the input ends (or "exit"); resolves when done. */
  async run(): Promise<void> {
    await this.ensureLocalPerson();
    const rl = readline.createInterface({ input: this.options.input, output: this.interactive ? this.options.output : undefined, terminal: this.interactive });
    rl.on('line', (line) => this.push(line));
    rl.on('close', () => this.finish());
    if (this.interactive) this.write('Keino — kirjoita "ohje" (help), lopeta "exit".');
    try {
      for (;;) {
        if (this.interactive) {
          rl.setPrompt('keino> ');
          rl.prompt();
        }
        const line = await this.nextLine();
        if (line === undefined) break;
        const input = line.trim();
        if (input === '') continue;
        if (input === 'exit' || input === 'quit' || input === 'lopeta') break;
        await this.handle(input);
      }
    } finally {
      rl.close();
    }
  }

  /** Shows a message Keino sends on its own (a reminder), as the console gateway delivers it. */
  notify(message: Message): void {
    this.show(message);
  }

  private async ensureLocalPerson(): Promise<void> {
    const people = this.core.services.people;
    const person = await people.resolve(this.caller.identity, this.caller.loadProfile);
    // The local person is an admin of a demo organisation, so every command can be tried.
    if (person.organisationId === null) {
      const store = people.peopleStore;
      const organisation = await store.ensureOrganisation(DEMO_ORGANISATION);
      await store.setOrganisation(person.id, organisation.id);
      await store.setRole(person.id, 'admin');
    }
  }

  private async handle(input: string): Promise<void> {
    const picked = /^\d{1,3}$/.test(input) ? this.pickables[Number(input) - 1] : undefined;
    if (picked) {
      const outcome = await this.core.handleAction({ caller: this.caller, conversation: this.conversation, actionId: picked.actionId, value: picked.value });
      if (outcome.update) this.show(outcome.update);
      if (outcome.reply) await this.showReply(outcome.reply);
      return;
    }
    const reply = await this.core.handleText({ caller: this.caller, conversation: this.conversation, text: input, source: 'message' });
    await this.showReply(reply);
  }

  private async showReply(reply: Reply): Promise<void> {
    if (reply.kind === 'form') return this.fillForm(reply);
    this.show(reply);
  }

  /** A form in the console: one prompt a field; an empty answer leaves an optional field out. */
  private async fillForm(form: Form): Promise<void> {
    this.show(form);
    const values: Record<string, string> = {};
    for (const field of form.fields) {
      const options = field.options?.map((option) => option.value).join('|');
      this.write(`${field.label}${field.required ? ' *' : ''}${options ? ` (${options})` : ''}${field.initial ? ` [${field.initial}]` : ''}:`);
      const answer = await this.nextLine();
      if (answer === undefined) return;
      const value = answer.trim() || field.initial || '';
      if (value) values[field.name] = value;
    }
    const reply = await this.core.handleForm({ caller: this.caller, conversation: this.conversation, formId: form.formId, values, context: form.context });
    await this.showReply(reply);
  }

  private show(reply: Reply): void {
    const rendered = renderForConsole(reply);
    if (rendered.pickables.length > 0) this.pickables = rendered.pickables;
    this.write(rendered.text);
  }

  private write(text: string): void {
    this.options.output.write(`${text}\n`);
  }

  private push(line: string): void {
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = undefined;
      resolve(line);
    } else {
      this.lines.push(line);
    }
  }

  private finish(): void {
    this.ended = true;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = undefined;
      resolve(undefined);
    }
  }

  private nextLine(): Promise<string | undefined> {
    if (this.lines.length > 0) return Promise.resolve(this.lines.shift());
    if (this.ended) return Promise.resolve(undefined);
    return new Promise((resolve) => (this.waiting = resolve));
  }
}

function safeUserName(): string {
  try {
    return os.userInfo().username || 'local';
  } catch {
    return 'local';
  }
}
