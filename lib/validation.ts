import { badUserInput } from './errors.js';

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
