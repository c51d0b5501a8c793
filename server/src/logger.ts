import pino from 'pino';
import type { DestinationStream, Logger } from 'pino';

/**
 * Structured logs. Code never logs headers or inputs; the redaction is a second line of defence in
 * case an error object carries them.
 */
export const REDACT_PATHS = [
  'authorization',
  'cookie',
  'token',
  'deviceToken',
  'enrollmentToken',
  '*.authorization',
  '*.cookie',
  '*.token',
  '*.deviceToken',
  '*.enrollmentToken',
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
];

export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      base: { service: 'lantern' },
    },
    options.destination,
  );
}
