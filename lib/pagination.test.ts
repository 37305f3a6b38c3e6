import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, readPageRequest } from './pagination.js';

describe('cursor pagination', () => {
  it('round-trips a sort key through an opaque cursor', () => {
    expect(decodeCursor(encodeCursor('iriszorg|iriszorg'))).toBe('iriszorg|iriszorg');
  });

  it('refuses a cursor it did not issue with BAD_USER_INPUT', () => {
    expect(() => decodeCursor('abc')).toThrowError(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
  });

  it('defaults the page size and bounds it', () => {
    expect(readPageRequest(undefined, undefined)).toEqual({ limit: 20, after: null });
    expect(() => readPageRequest(101, null)).toThrowError(/between 0 and 100/);
    expect(() => readPageRequest(-1, null)).toThrowError(/between 0 and 100/);
  });
});
