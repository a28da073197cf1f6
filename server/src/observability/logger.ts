import { pino, type Logger } from 'pino';
import { redactedError } from './log-redaction.js';
import { requestIdMixin } from './request-context.js';

/** The process's logger: each line names the request it was written for; errors carry no SQL values. */
export function createLogger(level: string): Logger {
  return pino({ level, mixin: requestIdMixin, serializers: { err: redactedError, error: redactedError } });
}
