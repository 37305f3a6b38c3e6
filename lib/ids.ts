import { randomBytes } from 'node:crypto';

/**
 * Ids that sort by creation time (a fixed-width base-36 timestamp, then randomness), so "newest
 * last" and cursor pagination are an index range on the primary key.
 */
export function newId(prefix: string): string {
  return `${prefix}_${Date.now().toString(36).padStart(10, '0')}${randomBytes(6).toString('hex')}`;
}
