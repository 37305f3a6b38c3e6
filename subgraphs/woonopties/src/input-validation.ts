import { badUserInput } from '../../../lib/errors.js';
import { assertText } from '../../../lib/validation.js';

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
