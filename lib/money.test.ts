import { describe, expect, it } from 'vitest';
import { toGeldbedrag } from './money.js';

describe('toGeldbedrag', () => {
  it('renders integer cents as exact euro strings', () => {
    expect(toGeldbedrag(352559900)).toEqual({ centen: '352559900', euro: '3525599.00' });
    expect(toGeldbedrag(5)).toEqual({ centen: '5', euro: '0.05' });
    expect(toGeldbedrag(-12345)).toEqual({ centen: '-12345', euro: '-123.45' });
    expect(toGeldbedrag(null)).toBeNull();
  });

  it('stays exact beyond what a float can hold', () => {
    expect(toGeldbedrag(9007199254740993n)?.euro).toBe('90071992547409.93');
  });
});
