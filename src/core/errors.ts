import type { MessageKey } from './i18n/catalogue.js';
import type { Params } from './i18n/catalogue-types.js';
import type { Locale } from './i18n/locale.js';
import type { Translate } from './i18n/translator.js';
import type { PlatformCapabilitiesById } from './ports/platform-capabilities.js';

/** Who reads an error, for phrases that depend on more than the catalogue: the platforms' own words. */
export interface ErrorReader {
  locale: Locale;
  platforms: PlatformCapabilitiesById;
}

/**
 * An error the person caused or can fix: carries a code for logs and tests, and a catalogue key
 * so that the reply is in the person's language. Nothing has been written when one is thrown.
 */
export class KeinoError extends Error {
  constructor(
    readonly code: string,
    readonly messageKey: MessageKey,
    readonly params: Params = {},
    /**
     * For messages composed of several phrases, or of a platform's own words (with the reader,
     * when the core renders it); wins over messageKey when set.
     */
    readonly compose?: (t: Translate, reader?: ErrorReader) => string,
  ) {
    super(`${code}: ${messageKey}`);
    this.name = 'KeinoError';
  }

  describe(t: Translate, reader?: ErrorReader): string {
    return this.compose ? this.compose(t, reader) : t(this.messageKey, this.params);
  }
}

export function isKeinoError(error: unknown): error is KeinoError {
  return error instanceof KeinoError;
}

const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);

/** True when the database (or another dependency) could not be reached: the person may try again. */
export function isUnavailable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
