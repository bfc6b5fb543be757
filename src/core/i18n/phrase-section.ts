import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FluentBundle, FluentNumber, FluentResource, type FluentVariable, type Message } from '@fluent/bundle';
import { LOCALES, type Locale } from './locale.js';

/** A phrase's parameters: names and the values the code fills in. */
export type Params = Record<string, string | number>;

/**
 * A number the way the code wrote it ("1234", not Intl's "1 234" or "1,234"), which Fluent still
 * treats as a number: `{ $count -> [one] … *[other] … }` picks by Intl.PluralRules of the language.
 */
class PlainNumber extends FluentNumber {
  constructor(
    value: number,
    private readonly text: string,
  ) {
    super(value);
  }

  override toString(): string {
    return this.text;
  }
}

const NUMERIC = /^-?\d+(?:\.\d+)?$/;

/**
 * The values of the parameters a phrase reads, as Fluent takes them. Read by name, as the phrase
 * functions once did, so a params object answering any name (a Proxy, in tests) works too. Strings
 * of digits count as numbers, for selectors: callers have passed counts both ways.
 */
function fluentArguments(names: readonly string[], params: Params): Record<string, FluentVariable> {
  const args: Record<string, FluentVariable> = {};
  for (const name of names) {
    const value: unknown = params[name];
    if (typeof value === 'number') args[name] = new PlainNumber(value, String(value));
    else if (typeof value === 'string') args[name] = NUMERIC.test(value) ? new PlainNumber(Number(value), value) : value;
  }
  return args;
}

/** Fluent's identifiers cannot hold dots: the code's key `poll.closedNow` is `poll-closedNow` in the files. */
export const fluentId = (key: string): string => key.replaceAll('.', '-');
const keyOf = (id: string): string => id.replaceAll('-', '.');

type Pattern = NonNullable<Message['value']>;

/** The variables a pattern reads, selectors included. */
function variablesOf(pattern: Pattern, into = new Set<string>()): Set<string> {
  if (typeof pattern === 'string') return into;
  for (const element of pattern) {
    if (typeof element === 'string') continue;
    const visit = (expression: typeof element): void => {
      if (expression.type === 'var') into.add(expression.name);
      else if (expression.type === 'select') {
        visit(expression.selector);
        for (const variant of expression.variants) variablesOf(variant.value, into);
      } else if (expression.type === 'func' || expression.type === 'term') {
        for (const arg of expression.args) if (arg.type !== 'narg') visit(arg);
      }
    };
    visit(element);
  }
  return into;
}

/** Lines that start a message (`id = …`): the runtime parser skips what it cannot read, so these are counted against what it read. */
const MESSAGE_LINE = /^([a-zA-Z][a-zA-Z0-9_-]*)[ \t]*=/gm;

/**
 * Phrases loaded from Fluent files, `<folder>/<locale>.ftl` for each of Keino's languages (see
 * docs/translating.md). Loading refuses a file the parser cannot fully read, a key given twice,
 * and a key missing from one of the languages, so a broken translation stops Keino at start
 * (and the catalogue test) rather than showing a key to a person.
 */
export class PhraseSection<Key extends string = string> {
  private constructor(
    private readonly bundles: Record<Locale, FluentBundle>,
    readonly keys: readonly Key[],
  ) {}

  /** Reads `<locale>.ftl` in each folder (file URLs ending in a slash). */
  static load<Key extends string>(folders: readonly URL[]): PhraseSection<Key> {
    const problems: string[] = [];
    const bundles = {} as Record<Locale, FluentBundle>;
    const ids = {} as Record<Locale, Set<string>>;
    for (const locale of LOCALES) {
      // useIsolating: false, or Fluent wraps each placeable in U+2068 … U+2069 (invisible in chat, but not byte-identical).
      const bundle = new FluentBundle(locale, { useIsolating: false });
      ids[locale] = new Set();
      for (const folder of folders) {
        const file = new URL(`${locale}.ftl`, folder);
        const text = readFileSync(file, 'utf8');
        const resource = new FluentResource(text);
        const read = new Set(resource.body.map((entry) => entry.id));
        for (const [, id] of text.matchAll(MESSAGE_LINE)) {
          if (!read.has(id!)) problems.push(`${fileURLToPath(file)}: the message ${id} could not be read (check its braces and indentation)`);
        }
        for (const error of bundle.addResource(resource)) problems.push(`${fileURLToPath(file)}: ${error.message}`);
        for (const id of read) if (!id.startsWith('-')) ids[locale].add(id);
      }
      bundles[locale] = bundle;
    }
    const all = new Set(LOCALES.flatMap((locale) => [...ids[locale]]));
    for (const id of all) {
      const lacking = LOCALES.filter((locale) => !ids[locale].has(id));
      if (lacking.length > 0) problems.push(`${id} is missing in ${lacking.join(', ')}`);
    }
    if (problems.length > 0) throw new Error(`Phrases in ${folders.map((folder) => fileURLToPath(folder)).join(', ')}:\n${problems.join('\n')}`);
    return new PhraseSection<Key>(bundles, [...all].map(keyOf) as Key[]);
  }

  has(key: string): key is Key {
    return this.bundles.en.hasMessage(fluentId(key));
  }

  /**
   * The phrase in one language with its parameters filled in. A parameter the caller left out shows
   * as `{$name}` (the catalogue test and the type checker keep that from happening) rather than
   * throwing in front of a person.
   */
  format(locale: Locale, key: Key, params: Params = {}): string {
    const message = this.bundles[locale].getMessage(fluentId(key));
    if (!message?.value) throw new Error(`No phrase ${key} in ${locale}`);
    const errors: Error[] = [];
    return this.bundles[locale].formatPattern(message.value, fluentArguments(this.parameters(locale, key), params), errors);
  }

  /** A phrase without parameters in every language, for words a platform's capabilities carry (its name). */
  inEveryLanguage(key: Key): Record<Locale, string> {
    return Object.fromEntries(LOCALES.map((locale) => [locale, this.format(locale, key)])) as Record<Locale, string>;
  }

  private readonly variables = new Map<string, string[]>();

  /** The parameters a phrase reads in one language, sorted (the catalogue test compares the languages). */
  parameters(locale: Locale, key: Key): readonly string[] {
    const cacheKey = `${locale}:${key}`;
    let names = this.variables.get(cacheKey);
    if (!names) {
      const message = this.bundles[locale].getMessage(fluentId(key));
      names = message?.value ? [...variablesOf(message.value)].sort() : [];
      this.variables.set(cacheKey, names);
    }
    return names;
  }
}
