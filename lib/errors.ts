import type { GraphQLError } from 'graphql';
import { codedError } from './error-codes.js';

/** Invalid input, naming the argument so a form can show the message next to its field. */
export function badUserInput(message: string, argumentName?: string): GraphQLError {
  return codedError('BAD_USER_INPUT', message, argumentName ? { argumentName } : {});
}
