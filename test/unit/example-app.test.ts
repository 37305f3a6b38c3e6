import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { buildSchema, Kind, parse, print, validate, visit, type DocumentNode } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { regiopaginaCodegen } from '../../examples/regiopagina/codegen.js';
import { repositoryRoot } from '../../lib/paths.js';
import { publicSchemaFile } from '../../schema/subgraphs.js';

const operationsFolder = join(repositoryRoot, 'examples', 'regiopagina', 'operations');
const operations = readdirSync(operationsFolder)
  .filter((file) => file.endsWith('.graphql'))
  .map((file) => ({ file, document: parse(readFileSync(join(operationsFolder, file), 'utf8')) }));
const committedSchema = readFileSync(publicSchemaFile, 'utf8');

/** The public schema with one field taken out, as a subgraph change that drops it would leave it. */
function withoutField(typeName: string, fieldName: string): string {
  let removed = false;
  const document = visit(parse(committedSchema), {
    [Kind.OBJECT_TYPE_DEFINITION](type) {
      if (type.name.value !== typeName) return undefined;
      removed = type.fields?.some((field) => field.name.value === fieldName) ?? false;
      return { ...type, fields: type.fields?.filter((field) => field.name.value !== fieldName) };
    },
  }) as DocumentNode;
  if (!removed) throw new Error(`${typeName}.${fieldName} is not in the public schema`);
  return print(document);
}

const temporary = mkdtempSync(join(tmpdir(), 'vangnet-regiopagina-'));
afterAll(() => rmSync(temporary, { recursive: true, force: true }));

describe('the regiopagina example against the public schema', () => {
  it('has operations to check (a scan that finds none would pass anything)', () => {
    expect(operations.map(({ file }) => file).sort()).toEqual(['regiopagina.graphql', 'regios.graphql']);
  });

  it('every operation of the page validates against the committed schema/schema.graphql', () => {
    const schema = buildSchema(committedSchema);
    for (const { file, document } of operations) expect(validate(schema, document).map((error) => error.message), file).toEqual([]);
  });

  it('the committed generated types equal a fresh codegen run (run `npx tsx examples/regiopagina/build.ts`)', async () => {
    const outputs: Array<{ filename: string; content: string }> = await generate({ ...regiopaginaCodegen(publicSchemaFile), silent: true }, false);
    expect(outputs.map((output) => output.filename.split('/').pop()).sort()).toEqual(['gql.ts', 'graphql.ts', 'index.ts', 'persisted-documents.json']);
    for (const output of outputs) expect(readFileSync(output.filename, 'utf8'), `${output.filename} is stale`).toBe(output.content);
  }, 60_000);

  it('a schema without a field the page uses fails validation, naming the field', () => {
    const schema = buildSchema(withoutField('Gemeente', 'provincie'));
    const messages = operations.flatMap(({ document }) => validate(schema, document).map((error) => error.message));
    expect(messages).toEqual(['Cannot query field "provincie" on type "Gemeente".']);
  });

  it('a schema without a field the page uses stops the build at codegen, naming the field', async () => {
    const changed = join(temporary, 'schema.graphql');
    writeFileSync(changed, withoutField('Subsidie', 'bedragPerJaar'));
    await expect(generate({ ...regiopaginaCodegen(changed), silent: true }, false)).rejects.toThrow(/Cannot query field "bedragPerJaar" on type "Subsidie"/);
  }, 60_000);
});
