// @vitest-environment node
import { readFileSync } from 'node:fs';
import { buildSchema, parse, specifiedRules, validate, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { MAX_PAGE } from '../modules/tickets/ticket.inputs.js';
import { COST, costOf } from './cost.js';
import { limitRules } from './limits.js';

const root = new URL('../../../', import.meta.url);
const schema = buildSchema(readFileSync(new URL('schema.graphql', root), 'utf8'));
// The web app's operations, as its build extracted them (graphql-codegen's persisted documents).
const manifest = JSON.parse(
  readFileSync(new URL('web/src/lib/graphql/generated/persisted-documents.json', root), 'utf8'),
) as Record<string, string>;
const documents = Object.values(manifest).map((text) => {
  const doc = parse(text);
  const op = doc.definitions.find((d) => d.kind === 'OperationDefinition');
  return { name: op && 'name' in op ? (op.name?.value ?? '?') : '?', doc: doc as DocumentNode };
});

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

describe('the cost of a document', () => {
  const cost = (query: string, variables: Record<string, unknown> = {}) => costOf(schema, parse(query), variables);

  it('stays under the maximum for every document of the web app, with its largest pages', () => {
    const costs = documents.map(({ name, doc }) => ({ name, cost: costOf(schema, doc, { first: MAX_PAGE }) }));
    expect(costs.filter((c) => c.cost > COST.max)).toEqual([]);
  });

  it('counts a page as long as it is asked for, and a list by its usual size', () => {
    const page = (n: number) => cost(`{ tickets(first: ${n}) { edges { node { id number } } } }`);
    expect(page(200)).toBeGreaterThan(page(20) * 9);
    expect(cost('query($n: Int) { tickets(first: $n) { edges { node { id } } } }', { n: 200 })).toBe(
      cost('{ tickets(first: 200) { edges { node { id } } } }'),
    );
    expect(cost('{ compounds { id name } }')).toBeGreaterThan(cost('{ units { id name } }'));
    // A page larger than any field serves is the field's to refuse, by name.
    expect(page(100_000)).toBe(page(COST.largestPage));
    expect(COST.largestPage).toBe(MAX_PAGE);
  });

  it('prices a ticket’s events by how many are asked for, 20 unless said', () => {
    const events = (args: string) => cost(`{ ticket(id: 1) { events${args} { seq type } } }`);
    expect(events('')).toBe(events('(last: 20)'));
    expect(events('(last: 200)')).toBeGreaterThan(events('') * 9);
  });

  it('refuses a document too large to price instead of letting it through as free', () => {
    const levels = Array.from(
      { length: 8 },
      (_, i) => `fragment F${i} on Query { ${i === 7 ? 'boardCursor' : `...F${i + 1} `.repeat(4)} }`,
    );
    const padded = `{ tickets(first: 200) { edges { node { linkedCalls { linkedCalls { id } } } } } ...F0 } ${levels.join(' ')}`;
    expect(cost(padded)).toBe(Number.POSITIVE_INFINITY);
  });

  it('refuses what stalled the server: 60 pages of 200 tickets with their history, 30 catalogues', () => {
    const page = 'tickets(first: 200) { edges { node { id description events { note changes { field from to } } } } }';
    const aliases = (n: number, body: string) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${body}`).join(' ')} }`;
    expect(cost(aliases(60, page))).toBeGreaterThan(COST.max);
    expect(cost(aliases(2, page))).toBeGreaterThan(COST.max);
    expect(cost(aliases(30, 'compounds { id name lat lon station { id name } heatSource { id } }'))).toBeGreaterThan(
      COST.max,
    );
  });
});
