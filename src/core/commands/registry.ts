import type { ArgumentSpec } from './arguments.js';
import { KeinoError } from '../errors.js';
import type {
  ActionDefinition,
  AnyCommand,
  CommandCatalog,
  ActionOutcome,
  CommandContext,
  CommandDefinition,
  MessageRef,
  FileImportDefinition,
  FormDefinition,
  HomeSectionDefinition,
} from './command.js';
import type { Token } from './tokenizer.js';
import type { Reply } from '../messages/message.js';

export type { AnyCommand } from './command.js';

/** A registered action as the core runs it: the clicked text read by the action's own codec, then run. */
export interface RegisteredAction {
  id: string;
  roles?: ActionDefinition['roles'];
  /** KeinoError 'action.unknown' when the text is no value of this action's. */
  handle(context: CommandContext, text: string, source: MessageRef | undefined): Promise<ActionOutcome>;
}

/** A registered form as the core runs it: the submitted context read by the form's own codec, then submitted. */
export interface RegisteredForm {
  id: string;
  roles?: FormDefinition['roles'];
  /** KeinoError 'form.unknown' when the context is missing or no context of this form's. */
  handle(context: CommandContext, values: Record<string, string>, text: string | undefined): Promise<Reply>;
}

export class DuplicateCommandError extends Error {
  constructor(spelling: string, first: string, second: string) {
    super(`The command name "${spelling}" is used by both "${first}" and "${second}"`);
    this.name = 'DuplicateCommandError';
  }
}

const normalise = (words: string) => words.trim().toLowerCase().split(/\s+/).join(' ');

/** Every command, action and form Keino knows; a duplicate name is refused at start. */
export class CommandRegistry implements CommandCatalog {
  private readonly bySpelling = new Map<string, AnyCommand>();
  private readonly ordered: AnyCommand[] = [];
  private readonly actions = new Map<string, RegisteredAction>();
  private readonly forms = new Map<string, RegisteredForm>();
  private readonly sections: HomeSectionDefinition[] = [];
  private readonly imports: FileImportDefinition[] = [];

  addCommand<S extends ArgumentSpec>(command: CommandDefinition<S>): this {
    for (const spelling of spellingsOf(command)) {
      const existing = this.bySpelling.get(spelling);
      if (existing && existing !== command) throw new DuplicateCommandError(spelling, existing.name, command.name);
      this.bySpelling.set(spelling, command);
    }
    this.ordered.push(command);
    return this;
  }

  addAction<Value>(action: ActionDefinition<Value>): this {
    if (this.actions.has(action.id)) throw new Error(`The action id "${action.id}" is registered twice`);
    this.actions.set(action.id, {
      id: action.id,
      ...(action.roles ? { roles: action.roles } : {}),
      handle: (context, text, source) => {
        const value = action.codec.decode(text);
        if (value === undefined) throw new KeinoError('action.unknown', 'errors.unknownAction');
        return action.run(context, value, source);
      },
    });
    return this;
  }

  addForm<Context>(form: FormDefinition<Context>): this {
    if (this.forms.has(form.id)) throw new Error(`The form id "${form.id}" is registered twice`);
    const codec = form.context;
    this.forms.set(form.id, {
      id: form.id,
      ...(form.roles ? { roles: form.roles } : {}),
      handle: (context, values, text) => {
        if (!codec) return form.submit(context, values, text as Context);
        const value = text === undefined ? undefined : codec.decode(text);
        if (value === undefined) throw new KeinoError('form.unknown', 'errors.unknownAction');
        return form.submit(context, values, value);
      },
    });
    return this;
  }

  addHomeSection(section: HomeSectionDefinition): this {
    if (this.sections.some((existing) => existing.id === section.id)) throw new Error(`The home section "${section.id}" is registered twice`);
    this.sections.push(section);
    this.sections.sort((a, b) => a.order - b.order);
    return this;
  }

  addFileImport(definition: FileImportDefinition): this {
    if (this.imports.some((existing) => existing.id === definition.id)) throw new Error(`The file import "${definition.id}" is registered twice`);
    this.imports.push(definition);
    return this;
  }

  get fileImports(): readonly FileImportDefinition[] {
    return this.imports;
  }

  get homeSections(): readonly HomeSectionDefinition[] {
    return this.sections;
  }

  get commands(): readonly AnyCommand[] {
    return this.ordered;
  }

  /** Every registered action id, for tests that try each. */
  get actionIds(): string[] {
    return [...this.actions.keys()];
  }

  get formIds(): string[] {
    return [...this.forms.keys()];
  }

  action(id: string): RegisteredAction | undefined {
    return this.actions.get(id);
  }

  form(id: string): RegisteredForm | undefined {
    return this.forms.get(id);
  }

  byName(name: string): AnyCommand | undefined {
    return this.bySpelling.get(normalise(name));
  }

  /** The command named by the longest run of leading unquoted words, and the words after it. */
  match(tokens: Token[]): { command: AnyCommand; rest: Token[] } | undefined {
    const leading: string[] = [];
    for (const token of tokens.slice(0, 3)) {
      if (token.quoted) break;
      leading.push(token.text.toLowerCase());
    }
    for (let length = leading.length; length > 0; length--) {
      const command = this.bySpelling.get(leading.slice(0, length).join(' '));
      if (command) return { command, rest: tokens.slice(length) };
    }
    return undefined;
  }

  /** Commands whose name starts with the given word: "group" → group create, group archive, … */
  family(word: string): AnyCommand[] {
    const first = word.toLowerCase();
    return this.ordered.filter((command) => spellingsOf(command).some((spelling) => spelling.split(' ')[0] === first && spelling.includes(' ')));
  }

  /** Every spelling, for suggestions. */
  spellings(): [string, AnyCommand][] {
    return [...this.bySpelling.entries()];
  }
}

export function spellingsOf(command: AnyCommand): string[] {
  return [command.name, command.alias, ...(command.aliases ?? [])].map(normalise);
}
