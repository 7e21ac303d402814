import { type DestinationStream, destination as fileDestination, type Logger, pino } from 'pino';
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

/** Creates the host's JSON logger; `destination` lets tests capture lines. */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'paycore-host' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    formatters: { level: (label: string) => ({ level: label }) },
  };
  // Asynchronous writes to stdout: a synchronous write per request line costs the
  // directory about a tenth of its throughput. Pending lines are flushed when the process exits.
  return pino(options, destination ?? fileDestination({ dest: 1, sync: false }));
}
