import { badUserInput } from './errors.js';
import { readGemeentenReference, readRegioCodes } from './reference.js';

const regioCodePattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const cbsCodePattern = /^GM\d{4}$/;

/** A region code is a lower-case slug; a well-formed code that no region has is simply not found. */
export function assertRegioCode(code: string, argumentName = 'code'): string {
  if (!regioCodePattern.test(code)) {
    throw badUserInput(`"${code}" is not a region code: use lower-case words joined by hyphens, such as "oost-veluwe"`, argumentName);
  }
  return code;
}

export function assertCbsCode(code: string, argumentName = 'cbsCode'): string {
  if (!cbsCodePattern.test(code)) {
    throw badUserInput(`"${code}" is not a CBS municipality code: use "GM" followed by four digits, such as "GM0243"`, argumentName);
  }
  return code;
}

const productCodePattern = /^\d{2}[0-9A-Za-z]{0,5}$/;
const productcategoriePattern = /^\d{2}$/;

/** An iWmo product code: the two-digit category plus up to five characters (`15G01`, `15504`). */
export function assertProductCode(code: string, argumentName = 'code'): string {
  if (!productCodePattern.test(code)) {
    throw badUserInput(`"${code}" is not an iWmo product code: use the two-digit category plus up to five letters or digits, such as "15G01"`, argumentName);
  }
  return code;
}

export function assertProductcategorieCode(code: string, argumentName = 'categorie'): string {
  if (!productcategoriePattern.test(code)) {
    throw badUserInput(`"${code}" is not an iWmo product category: use two digits, such as "15"`, argumentName);
  }
  return code;
}

const knownCbsCodes = new Set(readGemeentenReference().map((gemeente) => gemeente.cbsCode));

export function assertKnownGemeente(cbsCode: string, argumentName: string): string {
  assertCbsCode(cbsCode, argumentName);
  if (!knownCbsCodes.has(cbsCode)) throw badUserInput(`${argumentName}: municipality ${cbsCode} is not known to the hub`, argumentName);
  return cbsCode;
}

export function assertIsoDate(value: string, argumentName: string): string {
  const parsed = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = parsed ? new Date(`${value}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw badUserInput(`${argumentName} must be a date as YYYY-MM-DD, got "${value}"`, argumentName);
  }
  return value;
}

export function assertText(value: string, argumentName: string, maxLength = 200): string {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > maxLength) {
    throw badUserInput(`${argumentName} must be 1 to ${maxLength} characters`, argumentName);
  }
  return trimmed;
}

/** Absent, or text of 1 to `maxLength` characters; empty text counts as absent. */
export function optionalText(value: string | null | undefined, argumentName: string, maxLength = 200): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  return assertText(value, argumentName, maxLength);
}

/** A KvK-nummer (Chamber of Commerce) is eight digits; spaces and dots as people write them are dropped. */
export function assertKvkNummer(value: string, argumentName = 'kvkNummer'): string {
  const digits = value.replace(/[\s.]/g, '');
  if (!/^\d{8}$/.test(digits)) throw badUserInput(`${argumentName} must be eight digits (a KvK-nummer), got "${value}"`, argumentName);
  return digits;
}

/** An AGB-code (Vektis) is eight digits: two for the kind of care provider, six for the provider. */
export function assertAgbCode(value: string, argumentName = 'agbCode'): string {
  const digits = value.replace(/[\s.]/g, '');
  if (!/^\d{8}$/.test(digits)) throw badUserInput(`${argumentName} must be eight digits (an AGB-code), got "${value}"`, argumentName);
  return digits;
}

export function assertWebsite(value: string, argumentName = 'website'): string {
  let url: URL | null = null;
  try {
    url = new URL(value.trim());
  } catch {
    url = null;
  }
  if (!url || !['https:', 'http:'].includes(url.protocol) || !url.hostname.includes('.')) {
    throw badUserInput(`${argumentName} must be a web address such as https://www.example.nl, got "${value}"`, argumentName);
  }
  return url.toString();
}

export function assertEmail(value: string, argumentName = 'email'): string {
  const trimmed = value.trim();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed) || trimmed.length > 200) throw badUserInput(`${argumentName} must be an e-mail address, got "${value}"`, argumentName);
  return trimmed.toLowerCase();
}

/** A Dutch phone number (0..., +31...) of an organisation, digits kept as written but for spaces and dashes. */
export function assertTelefoon(value: string, argumentName = 'telefoon'): string {
  const compact = value.replace(/[\s()-]/g, '');
  if (!/^(\+\d{2}|0)\d{8,11}$/.test(compact)) throw badUserInput(`${argumentName} must be a phone number such as 088 123 45 67 or +31 88 123 45 67, got "${value}"`, argumentName);
  return compact;
}

/** Whole cents as digits in a string: GraphQL's Int stops at 21 million euro, and a float is never exact. */
export function parseCenten(value: string, argumentName: string): number {
  const digits = value.trim();
  if (!/^\d{1,15}$/.test(digits)) throw badUserInput(`${argumentName} must be whole cents, zero or more, as digits (such as "4158110" for € 41.581,10), got "${value}"`, argumentName);
  return Number(digits);
}

export function optionalCenten(value: string | null | undefined, argumentName: string): number | null {
  return value === null || value === undefined || value.trim() === '' ? null : parseCenten(value, argumentName);
}

export function assertJaar(jaar: number, argumentName: string): number {
  if (!Number.isInteger(jaar) || jaar < 1900 || jaar > 2100) throw badUserInput(`${argumentName} must be a year from 1900 to 2100, got ${jaar}`, argumentName);
  return jaar;
}

/** A count in a figure: whole and not negative (a fall is its own subject, such as `..._DALING`). */
export function assertAantal(value: number, argumentName: string): number {
  if (!Number.isInteger(value) || value < 0) throw badUserInput(`${argumentName} must be a whole number, zero or more, got ${value}`, argumentName);
  return value;
}

const partnerIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An organisation id as the partners subgraph makes them (bronnen/SEED-FORMAT.md): a lower-case slug. */
export function assertPartnerId(id: string, argumentName: string): string {
  if (id.length > 100 || !partnerIdPattern.test(id)) throw badUserInput(`"${id}" is not an organisation id: use lower-case words joined by hyphens, such as "leger-des-heils"`, argumentName);
  return id;
}

/** An optional field of a change: absent keeps what the record has, null clears it. */
export function gewijzigd<T, V>(value: V | null | undefined, huidig: T, parse: (value: V) => T): T | null {
  if (value === undefined) return huidig;
  if (value === null) return null;
  return parse(value);
}

const knownRegioCodes: ReadonlySet<string> = new Set(readRegioCodes());

/** A region the hub keeps a directory for; a well-formed code of no such region is refused. */
export function assertKnownRegio(code: string, argumentName: string): string {
  assertRegioCode(code, argumentName);
  if (!knownRegioCodes.has(code)) throw badUserInput(`${argumentName}: region ${code} is not known to the hub`, argumentName);
  return code;
}
