import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { ConfigError } from '../../lib/config.js';

/**
 * Reads the registered operations: a JSON object of id → document (the format of the registry's
 * `GET /trusted-documents`, GraphQL Code Generator and Hive), or an Apollo persisted query
 * manifest. Every document must parse; all problems are listed at once.
 */
export function loadTrustedDocuments(file: string): Map<string, string> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError([`TRUSTED_DOCUMENTS_FILE ${file} is not readable JSON: ${(error as Error).message}`]);
  }
  const entries: Array<[string, unknown]> =
    raw && typeof raw === 'object' && (raw as { format?: unknown }).format === 'apollo-persisted-query-manifest'
      ? ((raw as { operations?: Array<{ id?: unknown; body?: unknown }> }).operations ?? []).map((operation) => [String(operation.id), operation.body])
      : raw && typeof raw === 'object' && !Array.isArray(raw)
        ? Object.entries(raw)
        : [];
  const documents = new Map<string, string>();
  const problems: string[] = [];
  for (const [id, document] of entries) {
    if (typeof document !== 'string') {
      problems.push(`TRUSTED_DOCUMENTS_FILE: the document for "${id}" is not a string`);
      continue;
    }
    try {
      parse(document);
    } catch (error) {
      problems.push(`TRUSTED_DOCUMENTS_FILE: the document for "${id}" does not parse: ${(error as Error).message}`);
      continue;
    }
    documents.set(id, document);
  }
  if (entries.length === 0) problems.push(`TRUSTED_DOCUMENTS_FILE ${file} holds no documents: expected {"<id>": "<document>", ...}`);
  if (problems.length > 0) throw new ConfigError(problems);
  return documents;
}
