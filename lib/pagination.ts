import { badUserInput } from './errors.js';

export const defaultPageSize = 20;
export const maxPageSize = 100;

export interface PageRequest {
  limit: number;
  /** The sort key of the last row the client has seen; rows after it are returned. */
  after: string | null;
}

/**
 * Cursors are opaque to clients but are just the sort key of a row, so a page is one indexed
 * range query (`WHERE key > ?`) and stays stable when rows are added before it.
 */
export function encodeCursor(sortKey: string): string {
  return Buffer.from(JSON.stringify({ k: sortKey }), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (parsed && typeof parsed === 'object' && 'k' in parsed && typeof parsed.k === 'string') return parsed.k;
  } catch {
    // fall through to the error below
  }
  throw badUserInput(`"${cursor}" is not a cursor this service issued`, 'after');
}

export function readPageRequest(first: number | null | undefined, after: string | null | undefined): PageRequest {
  const limit = first ?? defaultPageSize;
  if (!Number.isInteger(limit) || limit < 0 || limit > maxPageSize) {
    throw badUserInput(`first must be between 0 and ${maxPageSize}, got ${limit}`, 'first');
  }
  return { limit, after: after ? decodeCursor(after) : null };
}

export interface Page<T> {
  rows: T[];
  hasNextPage: boolean;
}

/** Queries fetch one row more than asked for; its presence is what `hasNextPage` means. */
export function toPage<T>(rowsPlusOne: T[], limit: number): Page<T> {
  return { rows: rowsPlusOne.slice(0, limit), hasNextPage: rowsPlusOne.length > limit };
}
