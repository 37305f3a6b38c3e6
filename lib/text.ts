/**
 * The key a name is searched by: accents and case folded away, and every character that is not
 * a letter or digit dropped, so "heerenloo" finds "'s Heerenloo" and "iriszorg" finds "IrisZorg".
 * Stored next to the name at seed time, so a search is one indexed LIKE with no wildcards to escape.
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** The partner id rule of bronnen/SEED-FORMAT.md. */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Folds runs of white space to one space, as quotes from the source documents are compared. */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Dutch legal forms, which say nothing about which organisation a name means. */
const legalForms = /\b(stichting|vereniging|cooperatie|b\s*\.?\s*v|n\s*\.?\s*v|u\s*\.?\s*a|v\s*\.?\s*o\s*\.?\s*f|c\s*\.?\s*v|maatschap|holding)\b\.?/g;

/**
 * The key two names of one organisation share: folded as `searchKey` does, after the legal form is
 * dropped, so "Stichting IrisZorg" and "IrisZorg B.V." meet, and "Iriszorg" too.
 */
export function nameKey(text: string): string {
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return searchKey(folded.replace(legalForms, ' ')) || searchKey(folded);
}
