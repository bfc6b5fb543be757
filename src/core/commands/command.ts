import type { MessageKey } from '../i18n/catalogue.js';
import type { Locale } from '../i18n/locale.js';
import type { Translate } from '../i18n/translator.js';
import type { Form, Reply } from '../messages/message.js';
import { type ActionButtons, type ActionCodec, actionButtons, textValue } from './action-value.js';
import type { Person, PlatformIdentity, Role } from '../people/person.js';
import type { KeinoServices } from '../services.js';
import type { ArgumentSpec, ArgumentValues } from './arguments.js';
import type { Conversation } from './conversation.js';
import type { MessageRef } from './message-ref.js';
import type { SharedFile } from '../files/shared-file.js';

/** The action id of a button that runs the command text in its value ("lang en", "join sote"). */
export const COMMAND_ACTION = 'command';

/** Everything a handler knows about who asked, where, and when. */
export interface CommandContext {
  person: Person;
  /** The platform account the request came from; unset for work Keino started (jobs). */
  identity?: PlatformIdentity;
  locale: Locale;
  timeZone: string;
  conversation: Conversation;
  now: Date;
  t: Translate;
  services: KeinoServices;
  /** Every command and home section, as far as a handler reads them (help, home, the FAQ's command help). */
  commands: CommandCatalog;
  /** How the request came: a slash command, a chat message, a button, a form submission. */
  source: 'command' | 'message' | 'action' | 'form' | 'file';
}

export interface CommandDefinition<S extends ArgumentSpec = ArgumentSpec> {
  /** English name, possibly several words: "group create". */
  name: string;
  /** Finnish alias: "ryhmä luo". */
  alias: string;
  /** Further spellings (Swedish, common misspellings without ä/ö). */
  aliases?: string[];
  /** The words shown in a language when they are not the alias (fi) or the name (sv, en): `{ sv: 'koppla' }` (see command-words.ts). */
  words?: Partial<Record<Locale, string>>;
  summaryKey: MessageKey;
  usageKey: MessageKey;
  /** Who may run it; everyone when left out. Finer checks (this group's facilitator) go in run(). */
  roles?: Role[];
  args: S;
  run(context: CommandContext, args: ArgumentValues<S>): Promise<Reply>;
  /** With no arguments, open this form instead of complaining (modal in Slack, card in Teams). */
  form?(context: CommandContext): Promise<Form>;
}

// biome-ignore lint: commands take different argument specs
export type AnyCommand = CommandDefinition<any>;

/** What a handler may read of the registry (registry.ts implements it). */
export interface CommandCatalog {
  readonly commands: readonly AnyCommand[];
  readonly homeSections: readonly HomeSectionDefinition[];
  /** The command with this name or alias. */
  byName(name: string): AnyCommand | undefined;
  /** Commands whose name starts with the given word: "group" → group create, group archive, … */
  family(word: string): AnyCommand[];
}

export function defineCommand<S extends ArgumentSpec>(definition: CommandDefinition<S>): CommandDefinition<S> {
  return definition;
}

/** What a button click or a choice returns. */
export interface ActionOutcome {
  /** A reply to the person who clicked (ephemeral in Slack, personal chat in Teams). */
  reply?: Reply;
  /** Replaces the message that carried the button, e.g. buttons replaced by the outcome. */
  update?: Reply;
}

export type { MessageRef } from './message-ref.js';

export interface ActionDefinition<Value = string> extends ActionButtons<Value> {
  /** Referenced by Button.actionId, e.g. "groups.join". */
  id: string;
  roles?: Role[];
  /** Its buttons' values as text and back (see action-value.ts); the value as it is when left out. */
  codec: ActionCodec<Value>;
  /** Runs with the value the codec read; a button value it cannot read never gets here. */
  run(context: CommandContext, value: Value, source: MessageRef | undefined): Promise<ActionOutcome>;
}

type ActionSpec<Value> = Omit<ActionDefinition<Value>, 'button' | 'codec'> &
  (string extends Value ? { codec?: ActionCodec<Value> } : { codec: ActionCodec<Value> });

export function defineAction<Value = string>(spec: ActionSpec<Value>): ActionDefinition<Value> {
  const codec = (spec.codec ?? textValue) as ActionCodec<Value>;
  return { ...spec, ...actionButtons(spec.id, codec) };
}

/** Receives a submitted form: returns the form again with errors, or the outcome. */
export interface FormDefinition<Context = string | undefined> {
  id: string;
  roles?: Role[];
  /**
   * Its context (what the form is about: the id being edited, the message it came from) as text
   * and back, like an action's button values; a form without one is submitted with no context or
   * with its text as it is.
   */
  context: ActionCodec<Context> | undefined;
  /** The context written by the codec, for the form's `context`. */
  contextText(value: Context): string;
  /** Runs with the context the codec read; a context it cannot read never gets here. */
  submit(context: CommandContext, values: Record<string, string>, formContext: Context): Promise<Reply>;
}

type FormSpec<Context> = Omit<FormDefinition<Context>, 'context' | 'contextText'> &
  (Context extends string | undefined ? { context?: ActionCodec<Context> } : { context: ActionCodec<Context> });

export function defineForm<Context = string | undefined>(spec: FormSpec<Context>): FormDefinition<Context> {
  const codec = spec.context;
  return { ...spec, context: codec, contextText: (value) => (codec ? codec.encode(value) : String(value ?? '')) };
}

/** What Keino does with a kind of file shared with it (a Hankintaluotsi CSV is imported). */
export interface FileImportDefinition {
  id: string;
  /** Names the kind of file in the reply to a file no import takes ("Hankintaluotsi interventions (.csv)"). */
  kindKey: MessageKey;
  roles?: Role[];
  maxBytes: number;
  /** Decided from the name and type alone: the content is fetched only for an import that takes the file. */
  accepts(file: SharedFile): boolean;
  receive(context: CommandContext, file: SharedFile): Promise<Reply>;
}

export function defineFileImport(definition: FileImportDefinition): FileImportDefinition {
  return definition;
}

/** A section of the person's home (Slack App Home, Teams personal tab card, console "home"). */
export interface HomeSectionDefinition {
  id: string;
  /** Lower comes first. */
  order: number;
  render(context: CommandContext): Promise<import('../messages/message.js').Block[]>;
}

export function defineHomeSection(definition: HomeSectionDefinition): HomeSectionDefinition {
  return definition;
}

export function mayRun(person: Person, roles: Role[] | undefined): boolean {
  return !roles || roles.includes(person.role);
}
