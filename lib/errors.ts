import { GraphQLError } from 'graphql';

/** Stable `extensions.code` values front-end teams may rely on. */
export const ErrorCode = {
  badUserInput: 'BAD_USER_INPUT',
  internal: 'INTERNAL_SERVER_ERROR',
} as const;

export function badUserInput(message: string, argumentName?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.badUserInput, ...(argumentName ? { argumentName } : {}) },
  });
}
