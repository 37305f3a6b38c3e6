import { badUserInput } from '../../../lib/errors.js';
import { readGemeentenReference } from '../../../lib/reference.js';
import { assertCbsCode } from '../../../lib/validation.js';

const knownCbsCodes = new Set(readGemeentenReference().map((gemeente) => gemeente.cbsCode));

export function assertKnownGemeente(cbsCode: string, argumentName: string): string {
  assertCbsCode(cbsCode, argumentName);
  if (!knownCbsCodes.has(cbsCode)) throw badUserInput(`${argumentName}: municipality ${cbsCode} is not known to the hub`, argumentName);
  return cbsCode;
}

export function assertRange(value: number, min: number, max: number, argumentName: string): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badUserInput(`${argumentName} must be a whole number from ${min} to ${max}, got ${value}`, argumentName);
  }
  return value;
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
