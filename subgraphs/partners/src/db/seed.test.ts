import { describe, expect, it } from 'vitest';
import { twijfelsKolom, twijfelsNaWijziging, type SeedTwijfel } from '../../../../lib/twijfels.js';
import { partnerTwijfelKolommen } from '../twijfels.js';
import { mergePartners, type PartnersSeed, type SeedPartner } from './seed.js';

const bron = (citaat: string) => ({ document: '000_6263d190e772324a', sectie: 'Ketenpartners', citaat });
const soortUitAnderDocument: SeedTwijfel = { veld: 'soort', soort: 'AFGELEID', afleiding: 'Soort uit een ander document.' };

function file(name: string, ...partners: SeedPartner[]): { name: string; content: PartnersSeed } {
  return { name, content: { partners, rollen: [] } };
}

function tactus(citaat: string, extra: Partial<SeedPartner> = {}): SeedPartner {
  return { id: 'tactus', naam: 'Tactus', naamInBron: null, soort: 'VERSLAVINGSZORG', gemeente: null, bron: bron(citaat), ...extra };
}

describe('merging the partners of several seed files', () => {
  it('serves an organisation with the first quote that proves its kind, with that quote\'s spelling and doubts', () => {
    const [partner] = mergePartners([
      file('a.json', tactus('bv Tactus', { twijfels: [soortUitAnderDocument] })),
      file('b.json', tactus('Tactus verslavingszorg', { naamInBron: 'Tactus verslavingszorg' })),
      file('c.json', tactus('Tactus preventie', { twijfels: [soortUitAnderDocument] })),
    ]);
    expect(partner).toMatchObject({ naamInBron: 'Tactus verslavingszorg', bron: { citaat: 'Tactus verslavingszorg' } });
    expect(partner!.twijfels ?? []).toEqual([]);
  });

  it('serves the first file\'s record when no quote proves the kind', () => {
    const [partner] = mergePartners([file('a.json', tactus('bv Tactus', { twijfels: [soortUitAnderDocument] })), file('b.json', tactus('Tactus preventie', { twijfels: [soortUitAnderDocument] }))]);
    expect(partner).toMatchObject({ bron: { citaat: 'bv Tactus' }, twijfels: [soortUitAnderDocument] });
  });

  it('refuses two files that give one organisation different kinds', () => {
    expect(() => mergePartners([file('a.json', tactus('bv Tactus')), file('b.json', tactus('Tactus GGZ', { soort: 'GGZ' }))])).toThrow(/Conflicting partners/);
  });
});

describe('doubts across a steward\'s change', () => {
  const huidig = { naam: 'Tactus', soort: 'VERSLAVINGSZORG', naamInBron: null, gemeenteCbs: null, twijfels: twijfelsKolom([soortUitAnderDocument, { veld: 'naam', soort: 'AFGELEID', afleiding: 'Naam uit een ander document.' }]) };

  it('keeps the doubts about fields the change leaves alone and drops those about fields it sets', () => {
    const { twijfels: _, ...rest } = huidig;
    expect(JSON.parse(twijfelsNaWijziging(huidig, { ...rest, soort: 'GGZ' }, partnerTwijfelKolommen)).map((twijfel: SeedTwijfel) => twijfel.veld)).toEqual(['naam']);
    expect(twijfelsNaWijziging(huidig, rest, partnerTwijfelKolommen)).toBe(huidig.twijfels);
  });
});
