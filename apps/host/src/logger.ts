import { type DestinationStream, destination as fileDestination, type Logger, pino, symbols } from 'pino';
import type { LogLevel } from './config.js';

// Every place a secret could sit in a logged object. Values are replaced, keys kept, so a log
// line still shows that a field was there.
const REDACT_PATHS = [
  'credentials',
  '*.credentials',
  'password',
  '*.password',
  'authorization',
  '*.authorization',
  '*.headers.authorization',
  'cookie',
  '*.cookie',
  '*.headers.cookie',
  '["set-cookie"]',
  '*["set-cookie"]',
  '*.headers["set-cookie"]',
  'envelope',
  '*.envelope',
  'apiKey',
  '*.apiKey',
];

function options(level: string) {
  return {
    level,
    base: { service: 'paycore-host' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
  };
}

/** Creates the host's JSON logger; `destination` lets tests capture lines. */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  // Asynchronous writes to stdout: a synchronous write per request line costs the
  // directory about a tenth of its throughput. Pending lines are flushed when the process exits.
  return pino(
    { ...options(level), redact: { paths: REDACT_PATHS, censor: '[redacted]' } },
    destination ?? fileDestination({ dest: 1, sync: false }),
  );
}

const requestLoggers = new WeakMap<Logger, Logger>();

/**
 * A sibling of `logger` for the one line each request logs: same level and destination, without
 * redaction. That line has fixed fields (request id, method, path without the query, status,
 * time), none of which can hold a secret, and redaction was a fifth of the CPU time of a cached
 * directory answer.
 */
export function requestLineLogger(logger: Logger): Logger {
  let sibling = requestLoggers.get(logger);
  if (!sibling) {
    const stream = (logger as unknown as Record<symbol, DestinationStream>)[symbols.streamSym];
    sibling = stream ? pino(options(logger.level), stream) : logger;
    requestLoggers.set(logger, sibling);
  }
  return sibling;
}
