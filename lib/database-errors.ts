/**
 * Database failures a client can do nothing about but wait: the disk is full or read-only, the
 * file is locked, the PostgreSQL server is down or restarting. They get their own stable code, so
 * a client can retry and an operator can alert on them, and a message that says no write was kept
 * (each write runs in one transaction, so a failed one leaves nothing behind).
 */
const sqliteUnavailable = /^SQLITE_(FULL|READONLY|IOERR|CANTOPEN|BUSY|LOCKED|CORRUPT|NOTADB|PROTOCOL)/;
// PostgreSQL classes: 08 connection exception, 53 insufficient resources (53100 disk full),
// 57P admin/crash shutdown, 25006 read-only transaction.
const postgresUnavailable = /^(08|53|57P)|^25006$/;
const connectionFailure = /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EHOSTUNREACH)$/;
const connectionMessage = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|connection is closed/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error as { code?: unknown; message?: unknown; cause?: unknown; originalError?: unknown } | undefined, depth = 0; current && depth < 5; depth++) {
    const code = typeof current.code === 'string' ? current.code : '';
    if (sqliteUnavailable.test(code) || postgresUnavailable.test(code) || connectionFailure.test(code)) return true;
    if (typeof current.message === 'string' && connectionMessage.test(current.message)) return true;
    current = (current.originalError ?? current.cause) as typeof current;
  }
  return false;
}

export const databaseUnavailableMessage = 'The database of this service cannot be used right now (unreachable, full or read-only); nothing was changed, try again later';
