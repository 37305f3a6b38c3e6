import { describe, expect, it } from 'vitest';
import { leesPeriode } from './period.js';
import { nearestRank, wachtdagen } from './waiting-time.js';

describe('monitor waiting time', () => {
  it('counts whole days from the registration date to the day of the housing step', () => {
    expect(wachtdagen('2026-01-01', '2026-01-31T23:59:00.000Z')).toBe(30);
    expect(wachtdagen('2024-02-28', '2024-03-01T00:00:00.000Z')).toBe(2);
    expect(wachtdagen('2026-05-10', '2026-05-01T10:00:00.000Z')).toBe(0);
  });

  it('takes the median and p90 by nearest rank, always one of the values', () => {
    const dagen = [10, 20, 30, 40, 50, 100];
    expect(nearestRank(dagen, 50)).toBe(30);
    expect(nearestRank(dagen, 90)).toBe(100);
    expect(nearestRank([7], 50)).toBe(7);
    expect(nearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(nearestRank([], 50)).toBeNull();
  });
});

describe('monitor period', () => {
  const nu = new Date('2026-03-15T12:00:00Z');

  it('defaults to the last twelve months up to and including this month', () => {
    const periode = leesPeriode(null, null, nu);
    expect(periode).toMatchObject({ van: '2025-04', tot: '2026-03', vanaf: '2025-04-01', totVoor: '2026-04-01' });
    expect(periode.maanden).toHaveLength(12);
  });

  it('takes the months given, across a year end', () => {
    expect(leesPeriode('2025-11', '2026-02', nu).maanden).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(leesPeriode(null, '2025-12', nu)).toMatchObject({ van: '2025-01', totVoor: '2026-01-01' });
  });

  it('refuses what is not a month, van after tot, and more than 60 months, naming the argument', () => {
    const refused = (van: string | null, tot: string | null) => {
      try {
        leesPeriode(van, tot, nu);
        return null;
      } catch (error) {
        return (error as { extensions: Record<string, unknown> }).extensions;
      }
    };
    expect(refused('2026-13', null)).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'van' });
    expect(refused(null, '2026-3')).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'tot' });
    expect(refused('2026-01-01', null)).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'van' });
    expect(refused('2026-04', '2026-03')).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'van' });
    expect(refused('2021-03', '2026-03')).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'van' });
    expect(refused('2021-04', '2026-03')).toBeNull();
  });
});
