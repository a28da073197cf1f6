// @vitest-environment node
import { readFileSync } from 'node:fs';
import { buildSchema, specifiedRules, validate, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { limitRules } from './limits.js';

const root = new URL('../../../', import.meta.url);
const schema = buildSchema(readFileSync(new URL('schema.graphql', root), 'utf8'));
// The web app's documents, as graphql-codegen wrote them (one `…Document` constant each).
const generated = readFileSync(new URL('web/src/lib/graphql/generated/graphql.ts', root), 'utf8');
const documents = [...generated.matchAll(/export const (\w+)Document = (\{"kind":"Document".*?\}) as unknown/g)]
  .map(([, name, json]) => ({ name: name!, doc: JSON.parse(json!) as DocumentNode }))
  .filter(({ doc }) => doc.definitions.some((d) => d.kind === 'OperationDefinition'));

describe('the limits on documents', () => {
  it("let every document of the web app through: the app never trips its own server's limits", () => {
    expect(documents.length).toBeGreaterThan(20);
    const refused = documents
      .map(({ name, doc }) => ({ name, errors: validate(schema, doc, [...specifiedRules, ...limitRules()]) }))
      .filter((r) => r.errors.length > 0)
      .map((r) => `${r.name}: ${r.errors.map((e) => e.message).join('; ')}`);
    expect(refused).toEqual([]);
  });
});
