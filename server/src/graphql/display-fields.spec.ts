// @vitest-environment node
import { readFileSync } from 'node:fs';
import {
  buildSchema,
  execute,
  Kind,
  parse,
  subscribe,
  type ExecutionResult,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../modules/auth/viewer.js';
import { outsideDisplayFields } from './display-fields.js';
import { buildHeatlineSchema } from './schema.js';

const root = new URL('../../../', import.meta.url);
const contract = buildSchema(readFileSync(new URL('schema.graphql', root), 'utf8'));
// The web app's operations, as its build extracted them; the board page's are Board* and Viewer.
const manifest = JSON.parse(
  readFileSync(new URL('web/src/lib/graphql/generated/persisted-documents.json', root), 'utf8'),
) as Record<string, string>;
const boardDocuments = Object.values(manifest)
  .map((text) => parse(text))
  .filter((doc) =>
    doc.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && /^(Board|Viewer$)/.test(d.name?.value ?? '')),
  );

const display: Viewer = {
  kind: 'apiKey',
  keyId: 7,
  scopes: ['tickets:read', 'places:read'],
  name: '墙',
  display: true,
};
const key: Viewer = { kind: 'apiKey', keyId: 8, scopes: ['tickets:read', 'places:read'], name: 'crm' };

describe('what a wall display may read', () => {
  it('is everything the board page asks for', () => {
    const names = boardDocuments.flatMap((doc) =>
      doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION),
    );
    expect(names.map((op) => op.name?.value)).toEqual(
      expect.arrayContaining(['BoardPlaces', 'BoardSnapshot', 'BoardEvents', 'BoardStats', 'BoardRecent', 'Viewer']),
    );
    const refused = boardDocuments.flatMap((doc) => {
      const fragments = Object.fromEntries(
        doc.definitions
          .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
          .map((f) => [f.name.value, f]),
      );
      return doc.definitions
        .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
        .map((op) => {
          const type = op.operation === 'subscription' ? contract.getSubscriptionType() : contract.getQueryType();
          return outsideDisplayFields(contract, type!, op.selectionSet.selections, fragments);
        })
        .filter((field) => field !== null);
    });
    expect(refused).toEqual([]);
  });

  describe('on the server’s schema', () => {
    let schema: GraphQLSchema;
    beforeAll(async () => {
      schema = await buildHeatlineSchema();
    });
    const run = (viewer: Viewer, query: string) =>
      execute({ schema, document: parse(query), contextValue: { viewer } }) as Promise<ExecutionResult>;
    const codes = (r: ExecutionResult) =>
      (r.errors ?? []).map((e) => (e.originalError as { code?: string } | undefined)?.code ?? e.message);

    it('refuses a display the ticket list, a ticket by id, history, presence, members and every write', async () => {
      for (const query of [
        '{ tickets(first: 1) { totalCount } }',
        '{ ticket(id: "1") { id } }',
        '{ boardTickets(first: 1) { edges { node { id description } } } }',
        '{ boardTickets(first: 1) { edges { node { ...F } } } } fragment F on Ticket { events { note } }',
        '{ recentBoardEvents { actor { username } } }',
        '{ units { members { id } } }',
        '{ presence { __typename } }',
        '{ rateLimit { cost } }',
        '{ viewer { kind } users { id } }',
        'mutation { heartbeat(activity: VIEWING) }',
        'mutation { closeTickets(ids: ["1"]) { __typename } }',
      ])
        expect([query, codes(await run(display, query))]).toEqual([query, ['FORBIDDEN']]);
      const live = await subscribe({
        schema,
        document: parse('subscription { presence { __typename } }'),
        contextValue: { viewer: display },
      });
      expect(codes(live as ExecutionResult)).toEqual(['FORBIDDEN']);
    });

    it('answers the rest of a display’s document, and leaves other keys alone', async () => {
      const mixed = await run(display, '{ viewer { kind name } rateLimit { cost } }');
      expect(mixed.data).toEqual({ viewer: { kind: 'DISPLAY', name: '墙' }, rateLimit: null });
      expect(codes(mixed)).toEqual(['FORBIDDEN']);
      expect(await run(key, '{ viewer { kind } rateLimit { cost } }')).toEqual({
        data: { viewer: { kind: 'API_KEY' }, rateLimit: null },
      });
    });
  });
});
