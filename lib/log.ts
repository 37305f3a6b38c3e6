import { ConfigError } from './config.js';

/** One JSON object per line on stdout, so logs can be shipped and queried without parsing prose. */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/*
 * A write to a pipe is a system call in Node, and waking whatever reads the pipe costs more than
 * the line itself: with a line per request, that was 1 % of the gateway's CPU. Lines are gathered
 * and written together a few milliseconds later, and at exit. Errors go out at once.
 */
const flushAfterMs = 10;
let pending: string[] = [];
let flushTimer: NodeJS.Timeout | undefined;

function flush(): void {
  if (flushTimer) clearTimeout(flushTimer);
  flushTimer = undefined;
  if (pending.length === 0) return;
  const lines = pending.join('');
  pending = [];
  process.stdout.write(lines);
}

process.on('exit', flush);

export function createLogger(service: string): Logger {
  const write = (level: string, message: string, fields?: Record<string, unknown>) => {
    const line = `${JSON.stringify({ time: new Date().toISOString(), level, service, message, ...fields })}\n`;
    if (level === 'error') {
      flush();
      process.stderr.write(line);
      return;
    }
    pending.push(line);
    flushTimer ??= setTimeout(flush, flushAfterMs).unref();
  };
  return {
    info: (message, fields) => write('info', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    error: (message, fields) => write('error', message, fields),
  };
}

/** Runs the cleanup once on SIGTERM or SIGINT, then exits; the same signal a second time exits at once. */
export function onShutdown(logger: Logger, cleanup: () => Promise<void>): void {
  let stopping: string | null = null;
  const stop = (signal: string) => {
    // The same signal twice (Ctrl-C pressed again) means "now". A different one is the other half of
    // one stop: Ctrl-C reaches every process of `npm start` at once, and its supervisor then sends
    // SIGTERM too, which must not cut the requests still being finished.
    if (stopping === signal) process.exit(1);
    if (stopping !== null) return;
    stopping = signal;
    logger.info('shutting down', { signal });
    cleanup().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('shutdown failed', { error: String(error) });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

/**
 * A start that cannot work (bad configuration, port taken, unreachable source) says everything that
 * is wrong on one log line, not as a stack trace, and exits.
 */
export function exitOnStartFailure(logger: Logger, error: unknown): never {
  if (error instanceof ConfigError) {
    logger.error('could not start: invalid configuration', { problems: error.problems });
  } else {
    const code = (error as { code?: unknown } | null)?.code;
    const message = error instanceof Error ? error.message : String(error);
    logger.error('could not start', { error: code === 'EADDRINUSE' ? `port already in use (${message}); is another hub still running?` : message });
  }
  process.exit(1);
}
