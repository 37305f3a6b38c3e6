import { describe, expect, it } from 'vitest';
import { searchKey, slug } from './text.js';

describe('searchKey', () => {
  it('folds case, accents and punctuation so partial names match', () => {
    expect(searchKey("'s Heerenloo")).toContain(searchKey('heerenloo'));
    expect(searchKey('IrisZorg')).toBe(searchKey('iriszorg'));
    expect(searchKey('MEE cliëntondersteuning')).toContain(searchKey('CLIENTONDERSTEUNING'));
    expect(searchKey('Chris & Voorkom')).toBe('chrisvoorkom');
  });

  it('leaves nothing to search in a string of only punctuation', () => {
    expect(searchKey("%_' -")).toBe('');
  });
});

describe('slug', () => {
  it('makes partner ids as the seed format describes', () => {
    expect(slug("'s Heerenloo")).toBe('s-heerenloo');
    expect(slug('GGD Noord- en Oost-Gelderland')).toBe('ggd-noord-en-oost-gelderland');
    expect(slug('Gemeente Harderwijk')).toBe('gemeente-harderwijk');
    expect(slug('MEE cliëntondersteuning')).toBe('mee-clientondersteuning');
  });
});
