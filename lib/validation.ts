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
