import { pino, type Logger as PinoLogger } from 'pino';

/**
 * Structured JSON logs on standard error, so that the console's replies on standard output stay
 * clean. Secrets and message text are redacted wherever they appear under these names.
 */
export function createLogger(level: string): PinoLogger {
  return pino(
    {
      level,
      base: { service: 'keino' },
      redact: {
        paths: [
          '*.token',
          '*.botToken',
          '*.appToken',
          '*.password',
          '*.appPassword',
          '*.signingSecret',
          '*.authorization',
          '*.headers.authorization',
          '*.text',
          'text',
        ],
        censor: '[redacted]',
      },
    },
    pino.destination(2),
  );
}
