import type { z } from 'zod';
import type { Button } from '../messages/message.js';

/**
 * A button's value as text and back: each action has one codec, the only place where its values
 * are written and read. (On the way out the platform edge seals the text for where it is shown,
 * and opens it again on the way in, see security/action-seal.ts: a value the codec reads is one
 * Keino made for here.) A text the codec cannot read is no value of the action's.
 */
export interface ActionCodec<T> {
  encode(value: T): string;
  /** The value, or undefined when the text is not one of this action's. */
  decode(text: string): T | undefined;
}

/** An action's id and codec, and its buttons: where the buttons are drawn need not know the handler. */
export interface ActionButtons<T> {
  id: string;
  codec: ActionCodec<T>;
  /** A button for the action carrying `value`, written by the codec. */
  button(label: string, value: T, style?: Button['style']): Button;
}

export function actionButtons<T>(id: string, codec: ActionCodec<T>): ActionButtons<T> {
  return { id, codec, button: (label, value, style) => ({ label, actionId: id, value: codec.encode(value), ...(style ? { style } : {}) }) };
}

/** One field of a value made of several, separated by ':'. */
export interface ValuePart<T> {
  write(value: T): string;
  read(text: string): T | undefined;
  /** Text may contain ':', so it can only be the last part. */
  readonly last?: boolean;
}

/** The parts of a value, in order. */
export type ValueParts = Record<string, ValuePart<unknown>>;
export type ValueOf<Parts extends ValueParts> = { [Key in keyof Parts]: Parts[Key] extends ValuePart<infer T> ? T : never };

/** The kinds of part a button value is made of. */
export const part = {
  /** A database id (1–9 digits). */
  id: (): ValuePart<number> => ({
    write: String,
    read: (text) => (/^\d{1,9}$/.test(text) ? Number(text) : undefined),
  }),
  /** A whole number from 0 below `limit`. */
  below: (limit: number): ValuePart<number> => ({
    write: String,
    read: (text) => (/^\d{1,9}$/.test(text) && Number(text) < limit ? Number(text) : undefined),
  }),
  /** A moment, to the second (written as seconds since 1970, 1–12 digits). */
  moment: (): ValuePart<Date> => ({
    write: (at) => String(Math.floor(at.getTime() / 1000)),
    read: (text) => (/^\d{1,12}$/.test(text) ? new Date(Number(text) * 1000) : undefined),
  }),
  /** One of a few words. */
  oneOf: <const Word extends string>(words: readonly Word[]): ValuePart<Word> => ({
    write: (word) => word,
    read: (text) => words.find((word) => word === text),
  }),
  /** Any text, ':' included (the last part only). */
  text: (): ValuePart<string> => ({ write: (text) => text, read: (text) => text, last: true }),
};

/** A value of one part, or of several separated by ':' (`{ pollId: part.id(), option: part.below(10) }` is "12:3"). */
export function actionValue<Parts extends ValueParts>(parts: Parts): ActionCodec<ValueOf<Parts>> {
  const entries = Object.entries(parts);
  if (entries.slice(0, -1).some(([, spec]) => spec.last)) throw new Error('Only the last part of a button value may be free text');
  return {
    encode: (value) => entries.map(([name, spec]) => spec.write(value[name])).join(':'),
    decode: (text) => {
      const pieces = text.split(':');
      if (pieces.length < entries.length || (pieces.length > entries.length && !entries.at(-1)?.[1].last)) return undefined;
      const texts = [...pieces.slice(0, entries.length - 1), pieces.slice(entries.length - 1).join(':')];
      const value: Record<string, unknown> = {};
      for (const [index, [name, spec]] of entries.entries()) {
        const read = spec.read(texts[index]!);
        if (read === undefined) return undefined;
        value[name] = read;
      }
      return value as ValueOf<Parts>;
    },
  };
}

/** A value that is one id ("12"). */
export const idValue: ActionCodec<number> = {
  encode: String,
  decode: (text) => part.id().read(text),
};

/** A value that is free text, as it was given (a group's slug). */
export const textValue: ActionCodec<string> = { encode: (text) => text, decode: (text) => text };

/**
 * A value of several fields that a ':'-separated text cannot carry (a form's context with the
 * message it came from): JSON, read back only when the schema accepts it.
 */
export function jsonValue<T>(schema: z.ZodType<T>): ActionCodec<T> {
  return {
    encode: (value) => JSON.stringify(value),
    decode: (text) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        return undefined;
      }
      const read = schema.safeParse(parsed);
      return read.success ? read.data : undefined;
    },
  };
}
