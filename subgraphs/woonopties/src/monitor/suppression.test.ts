import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { onderdrukDelen, telling } from './suppression.js';

const shown = (aantal: number) => ({ aantal, onderdrukt: false });
const hidden = { aantal: null, onderdrukt: true };

describe('monitor suppression', () => {
  it('hides a count of one to four people and shows zero and five or more', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 120].map(telling)).toEqual([shown(0), hidden, hidden, hidden, hidden, shown(5), shown(6), shown(120)]);
  });

  it('hides the smallest shown part as well when exactly one part of a total is hidden', () => {
    expect(onderdrukDelen([12, 2, 6, 0])).toEqual([shown(12), hidden, hidden, shown(0)]);
  });

  it('picks the smallest non-zero part over a zero, and the first of equal parts', () => {
    expect(onderdrukDelen([0, 9, 3, 7, 7])).toEqual([shown(0), shown(9), hidden, hidden, shown(7)]);
  });

  it('hides a zero when no other non-zero part is left, so the hidden part is never the total', () => {
    expect(onderdrukDelen([0, 4, 0])).toEqual([hidden, hidden, shown(0)]);
  });

  it('adds nothing when two or more parts are already hidden, or none', () => {
    expect(onderdrukDelen([4, 2, 6])).toEqual([hidden, hidden, shown(6)]);
    expect(onderdrukDelen([5, 0, 8])).toEqual([shown(5), shown(0), shown(8)]);
    expect(onderdrukDelen([])).toEqual([]);
  });

  it('never shows a count of one to four, and never leaves a single hidden non-zero part among several', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(30), { minLength: 2, maxLength: 8 }), (aantallen) => {
        const tellingen = onderdrukDelen(aantallen);
        for (const [index, cel] of tellingen.entries()) {
          if (cel.onderdrukt) expect(cel.aantal).toBeNull();
          else expect(cel.aantal).toBe(aantallen[index]);
          if (aantallen[index]! > 0 && aantallen[index]! < 5) expect(cel.onderdrukt).toBe(true);
        }
        const hiddenCount = tellingen.filter((cel) => cel.onderdrukt).length;
        expect(hiddenCount === 0 || hiddenCount >= 2).toBe(true);
      }),
    );
  });
});
