import { KeinoError } from '../errors.js';

export interface Token {
  text: string;
  /** Quoted tokens are always arguments, never command or option names. */
  quoted: boolean;
}

export const MAX_INPUT_LENGTH = 4000;

/**
 * Opening quote → the characters that may close it. Chat clients replace straight quotes with
 * typographic ones, and Finnish and Swedish typography closes with the same ” or ’ it opens with.
 */
const CLOSERS: Record<string, string> = {
  '"': '"”“',
  '“': '”“"',
  '”': '”"',
  '„': '“”"',
  '«': '»',
  '»': '«»',
  "'": "'’",
  '‘': '’‘',
  '’': '’',
};

// Control characters other than tab and line breaks, and unpaired UTF-16 surrogates.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what this refuses.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Rejects what no person types: over-long input and invisible control characters. */
export function checkInput(input: string): void {
  if (input.length > MAX_INPUT_LENGTH) {
    throw new KeinoError('input.too_long', 'errors.tooLong', { max: MAX_INPUT_LENGTH });
  }
  if (FORBIDDEN.test(input)) {
    throw new KeinoError('input.control_characters', 'errors.controlCharacters');
  }
}

const isSpace = (char: string) => /\s/u.test(char);

/**
 * Splits a command line into words. Quotes (straight or typographic) group words and are
 * recognised at the start of a word; a backslash escapes the next character anywhere.
 */
export function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  const chars = Array.from(input.normalize('NFC'));
  let index = 0;
  while (index < chars.length) {
    while (index < chars.length && isSpace(chars[index]!)) index++;
    if (index >= chars.length) break;
    const opener = chars[index]!;
    const closers = CLOSERS[opener];
    if (closers) {
      index++;
      let value = '';
      let closed = false;
      while (index < chars.length) {
        const char = chars[index]!;
        if (char === '\\' && index + 1 < chars.length) {
          value += chars[index + 1];
          index += 2;
          continue;
        }
        // A closing quote ends the argument only where a word would end.
        if (closers.includes(char) && (index + 1 >= chars.length || isSpace(chars[index + 1]!))) {
          closed = true;
          index++;
          break;
        }
        value += char;
        index++;
      }
      if (!closed) throw new KeinoError('input.unterminated_quote', 'errors.unterminatedQuote');
      tokens.push({ text: value, quoted: true });
      continue;
    }
    let value = '';
    while (index < chars.length && !isSpace(chars[index]!)) {
      const char = chars[index]!;
      if (char === '\\' && index + 1 < chars.length) {
        value += chars[index + 1];
        index += 2;
        continue;
      }
      value += char;
      index++;
    }
    tokens.push({ text: value, quoted: false });
  }
  return tokens;
}

/** Writes an argument so that tokenize() reads it back unchanged. */
export function quote(argument: string): string {
  return `"${argument.replace(/[\\"”“]/g, (char) => `\\${char}`)}"`;
}
