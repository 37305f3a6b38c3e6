import { badUserInput } from '../../../lib/errors.js';
import { assertText, optionalText } from '../../../lib/validation.js';

export function assertRange(value: number, min: number, max: number, argumentName: string): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badUserInput(`${argumentName} must be a whole number from ${min} to ${max}, got ${value}`, argumentName);
  }
  return value;
}

/**
 * A reference is the registering organisation's own case number. Values that look like personal
 * data are refused, so a BSN, e-mail address, phone number or birth date cannot slip in by habit.
 */
export function assertPseudonymousReference(value: string): string {
  const referentie = assertText(value, 'referentie', 64);
  const compact = referentie.replace(/[\s.-]/g, '');
  const looksPersonal =
    /^\d{8,9}$/.test(compact) ||
    /@/.test(referentie) ||
    /^(\+31|0)\d{9}$/.test(compact) ||
    /\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b/.test(referentie) ||
    /\b\d{4}-\d{2}-\d{2}\b/.test(referentie);
  if (looksPersonal) {
    throw badUserInput(
      'referentie looks like personal data (a BSN, e-mail address, phone number or date); use your own case number, such as "DOS-2024-0173"',
      'referentie',
    );
  }
  return referentie;
}

export interface Adresvelden {
  adresStraat: string;
  adresHuisnummer: string;
  adresPostcode: string;
  adresPlaats: string | null;
}

/** A Dutch postcode, written with or without the space and in any case; stored as `1234 AB`. */
export function assertPostcode(value: string, argumentName: string): string {
  const parsed = /^([1-9]\d{3})\s?([a-zA-Z]{2})$/.exec(value.trim());
  if (!parsed) throw badUserInput(`${argumentName} must be a Dutch postcode such as "5911 AB", got "${value}"`, argumentName);
  return `${parsed[1]} ${parsed[2]!.toUpperCase()}`;
}

/** A house number with an optional addition, as on a letterbox: `12`, `12a`, `12-3`, `12 bis`. */
export function assertHuisnummer(value: string, argumentName: string): string {
  const huisnummer = value.trim();
  if (huisnummer.length > 10 || !/^[1-9]\d{0,4}(?:[ -]?[a-zA-Z0-9]{1,4})?$/.test(huisnummer)) {
    throw badUserInput(`${argumentName} must be a house number with an optional addition, such as "12", "12a" or "12-3" (at most 10 characters), got "${value}"`, argumentName);
  }
  return huisnummer;
}

export function leesAdres(adres: { straat: string; huisnummer: string; postcode: string; plaats?: string | null }): Adresvelden {
  return {
    adresStraat: assertText(adres.straat, 'adres.straat', 100),
    adresHuisnummer: assertHuisnummer(adres.huisnummer, 'adres.huisnummer'),
    adresPostcode: assertPostcode(adres.postcode, 'adres.postcode'),
    adresPlaats: optionalText(adres.plaats, 'adres.plaats', 100),
  };
}
