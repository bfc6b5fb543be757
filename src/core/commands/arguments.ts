import type { z } from 'zod';
import { KeinoError } from '../errors.js';
import type { MessageKey } from '../i18n/catalogue.js';
import type { Translate } from '../i18n/translator.js';
import { readProblem } from './argument-types.js';
import type { Token } from './tokenizer.js';

/** One positional argument: a schema, the phrase that names it, and whether it may be left out. */
export class Positional<T, Optional extends boolean = false> {
  constructor(
    readonly schema: z.ZodType<T, string>,
    readonly labelKey: MessageKey,
    readonly isOptional: Optional = false as Optional,
    readonly isRest = false,
  ) {}

  optional(): Positional<T, true> {
    return new Positional<T, true>(this.schema, this.labelKey, true, this.isRest);
  }

  /** Takes every remaining word, joined with spaces (a free-text question, say). */
  rest(): Positional<T, Optional> {
    return new Positional<T, Optional>(this.schema, this.labelKey, this.isOptional, true);
  }
}

/** An option: `--name value`, `--name=value` or `name=value`; a flag takes no value. */
export class OptionArg<T> {
  constructor(
    readonly schema: z.ZodType<T, string> | undefined,
    readonly labelKey: MessageKey,
    readonly aliases: string[] = [],
  ) {}

  get isFlag(): boolean {
    return this.schema === undefined;
  }
}

export function positional<T>(schema: z.ZodType<T, string>, labelKey: MessageKey): Positional<T> {
  return new Positional(schema, labelKey);
}

export function option<T>(schema: z.ZodType<T, string>, labelKey: MessageKey, aliases: string[] = []): OptionArg<T> {
  return new OptionArg(schema, labelKey, aliases);
}

export function flag(labelKey: MessageKey, aliases: string[] = []): OptionArg<true> {
  return new OptionArg<true>(undefined, labelKey, aliases);
}

// biome-ignore lint: the spec maps are heterogeneous by design
type AnyPositional = Positional<any, boolean>;
// biome-ignore lint: as above
type AnyOption = OptionArg<any>;

export interface ArgumentSpec {
  positional?: Record<string, AnyPositional>;
  options?: Record<string, AnyOption>;
}

type PositionalValues<P> = {
  [K in keyof P]: P[K] extends Positional<infer T, infer Optional> ? (Optional extends true ? T | undefined : T) : never;
};
type OptionValues<O> = {
  [K in keyof O]?: O[K] extends OptionArg<infer T> ? T : never;
};

export type ArgumentValues<S extends ArgumentSpec> = PositionalValues<NonNullable<S['positional']>> & OptionValues<NonNullable<S['options']>>;

function describeInvalid(labelKey: MessageKey, message: string): (t: Translate) => string {
  const known = readProblem(message);
  return (t) =>
    t('errors.invalidValue', {
      name: t(labelKey),
      expected: known ? t(known.key, known.params) : t('arg.text'),
    });
}

/** Thrown problems carry `compose` so that the dispatcher can add the command's usage line. */
export function parseArguments<S extends ArgumentSpec>(spec: S, tokens: Token[]): ArgumentValues<S> {
  const optionSpecs = spec.options ?? {};
  const byName = new Map<string, [string, AnyOption]>();
  for (const [name, optionSpec] of Object.entries(optionSpecs)) {
    for (const spelling of [name, ...optionSpec.aliases]) byName.set(spelling.toLowerCase(), [name, optionSpec]);
  }
  const values: Record<string, unknown> = {};
  const words: Token[] = [];

  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const dashed = !token.quoted && /^--?[\p{L}][\p{L}\d-]*(=.*)?$/u.test(token.text);
    const keyValue = !token.quoted && /^[\p{L}][\p{L}\d-]*=/u.test(token.text);
    if (!dashed && !keyValue) {
      words.push(token);
      continue;
    }
    const body = token.text.replace(/^--?/, '');
    const equals = body.indexOf('=');
    const name = (equals >= 0 ? body.slice(0, equals) : body).toLowerCase();
    const found = byName.get(name);
    if (!found) {
      if (keyValue) {
        words.push(token); // "a=b" in free text is just a word
        continue;
      }
      throw new KeinoError('args.unknown_option', 'errors.unknownOption', { option: token.text });
    }
    const [key, optionSpec] = found;
    if (optionSpec.isFlag) {
      values[key] = true;
      continue;
    }
    let raw: string | undefined = equals >= 0 ? body.slice(equals + 1) : undefined;
    if (raw === undefined) {
      const next = tokens[index + 1];
      if (!next) {
        throw new KeinoError('args.missing', 'errors.missingArgument', {}, (t) => t('errors.missingArgument', { name: t(optionSpec.labelKey) }));
      }
      raw = next.text;
      index++;
    }
    const result = optionSpec.schema!.safeParse(raw);
    if (!result.success) {
      throw new KeinoError('args.invalid', 'errors.invalidValue', {}, describeInvalid(optionSpec.labelKey, result.error.issues[0]?.message ?? ''));
    }
    values[key] = result.data;
  }

  let cursor = 0;
  for (const [key, argument] of Object.entries(spec.positional ?? {})) {
    if (cursor >= words.length) {
      if (!argument.isOptional) {
        throw new KeinoError('args.missing', 'errors.missingArgument', {}, (t) => t('errors.missingArgument', { name: t(argument.labelKey) }));
      }
      values[key] = undefined;
      continue;
    }
    const raw = argument.isRest
      ? words
          .slice(cursor)
          .map((word) => word.text)
          .join(' ')
      : words[cursor]!.text;
    cursor = argument.isRest ? words.length : cursor + 1;
    const result = argument.schema.safeParse(raw);
    if (!result.success) {
      throw new KeinoError('args.invalid', 'errors.invalidValue', {}, describeInvalid(argument.labelKey, result.error.issues[0]?.message ?? ''));
    }
    values[key] = result.data;
  }
  if (cursor < words.length) {
    const extra = words
      .slice(cursor)
      .map((word) => word.text)
      .join(' ');
    throw new KeinoError('args.too_many', 'errors.tooManyArguments', { extra: extra.slice(0, 80) });
  }
  return values as ArgumentValues<S>;
}
