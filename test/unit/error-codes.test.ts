import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { errorCodes, isErrorCode, keepsMessage } from '../../lib/error-codes.js';
import { repositoryRoot } from '../../lib/paths.js';

/** Where the hub's services live; tests and generated files are not services. */
const serviceFolders = ['lib', 'gateway/src', 'registry/src', 'subgraphs', 'scripts'];

function sourceFiles(folder: string): string[] {
  return readdirSync(join(repositoryRoot, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !file.includes('__generated__'));
}

/** The string values an expression can have when it is written out: 'A', cond ? 'A' : 'B', 'A' as const. */
function literalsOf(expression: ts.Expression): ts.StringLiteralLike[] {
  if (ts.isStringLiteralLike(expression)) return [expression];
  if (ts.isConditionalExpression(expression)) return [...literalsOf(expression.whenTrue), ...literalsOf(expression.whenFalse)];
  if (ts.isParenthesizedExpression(expression) || ts.isAsExpression(expression) || ts.isSatisfiesExpression(expression)) return literalsOf(expression.expression);
  if (ts.isBinaryExpression(expression) && (expression.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || expression.operatorToken.kind === ts.SyntaxKind.BarBarToken)) {
    return [...literalsOf(expression.left), ...literalsOf(expression.right)];
  }
  return [];
}

const propertyName = (name: ts.PropertyName | ts.MemberName): string | undefined => (ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined);

/** Functions whose arguments include an error code: upper-case string arguments of these are codes. */
const takesCode = new Set(['codedError', 'errorResponse', 'requestError', 'recordRefusal', 'errorBody', 'refuse']);

interface CodeUse {
  code: string;
  where: string;
}

/**
 * Every error code written in the hub's sources: `extensions: { code: ... }`, `extensions.code = ...`,
 * and the code arguments of the functions that make coded errors and refusals.
 */
function codesWritten(file: string): CodeUse[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const uses: CodeUse[] = [];
  const record = (literal: ts.StringLiteralLike) => {
    const { line } = source.getLineAndCharacterOfPosition(literal.getStart());
    uses.push({ code: literal.text, where: `${relative(repositoryRoot, file)}:${line + 1}` });
  };
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAssignment(node) && propertyName(node.name) === 'code') {
      const object = node.parent;
      const owner = ts.isObjectLiteralExpression(object) ? object.parent : undefined;
      if (owner && ts.isPropertyAssignment(owner) && propertyName(owner.name) === 'extensions') literalsOf(node.initializer).forEach(record);
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left)) {
      const target = node.left;
      if (target.name.text === 'code' && ts.isPropertyAccessExpression(target.expression) && target.expression.name.text === 'extensions') literalsOf(node.right).forEach(record);
    }
    if (ts.isCallExpression(node)) {
      const callee = ts.isIdentifier(node.expression) ? node.expression.text : ts.isPropertyAccessExpression(node.expression) ? node.expression.name.text : undefined;
      if (callee && takesCode.has(callee)) {
        for (const argument of node.arguments) for (const literal of literalsOf(argument)) if (/^[A-Z][A-Z0-9_]+$/.test(literal.text)) record(literal);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return uses;
}

const uses = serviceFolders.flatMap(sourceFiles).flatMap(codesWritten);

describe('error codes', () => {
  it('every code the gateway, the registry or a subgraph puts on an error is on the one list in lib/error-codes.ts', () => {
    const unknown = uses.filter((use) => !isErrorCode(use.code)).map((use) => `${use.code} at ${use.where}`);
    expect(unknown, 'add the code to lib/error-codes.ts (and say in `meaning` what a client should do), or use one that is there').toEqual([]);
  });

  it('finds the codes it is meant to find, so an empty result above is not a scan that looks nowhere', () => {
    const found = new Set(uses.map((use) => use.code));
    for (const code of ['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'DATABASE_UNAVAILABLE', 'QUERY_TOO_DEEP', 'RATE_LIMITED', 'SUBGRAPH_UNAVAILABLE', 'REQUEST_TOO_LARGE']) {
      expect(found, `${code} is written somewhere in the hub`).toContain(code);
    }
  });

  it('masks by one rule: only codes written for clients keep their message', () => {
    expect(keepsMessage('BAD_USER_INPUT')).toBe(true);
    expect(keepsMessage('SUBGRAPH_UNAVAILABLE')).toBe(true);
    expect(keepsMessage('INTERNAL_SERVER_ERROR')).toBe(false);
    expect(keepsMessage('SOMETHING_NEW')).toBe(false);
    expect(keepsMessage(undefined)).toBe(false);
    expect(Object.values(errorCodes).every((entry) => entry.meaning.length > 0)).toBe(true);
  });
});
