import { parse, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { selectsPerViewerField } from './per-viewer.js';
import { buildHeatlineSchema } from './schema.js';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildHeatlineSchema();
});

const selects = (doc: string) => selectsPerViewerField(schema, parse(doc));

describe('a document asking for a per-viewer field', () => {
  it('is found however the field is reached: directly, aliased, in a fragment or an inline fragment', () => {
    expect(selects('subscription { boardEvents { ticket { id actions } } }')).toBe(true);
    expect(selects('subscription { boardEvents { ticket { mine: actions } } }')).toBe(true);
    expect(
      selects(
        'subscription { boardEvents { ticket { ...Row } } } fragment Row on Ticket { id ...Acts } fragment Acts on Ticket { actions }',
      ),
    ).toBe(true);
    expect(selects('subscription { boardEvents { ticket { ... on Ticket { actions } } } }')).toBe(true);
  });

  it('is not found when nothing per viewer is selected', () => {
    expect(selects('subscription { boardEvents { seq ticket { id status claimedBy { displayName } } } }')).toBe(false);
    expect(selects('query { units { id name } }')).toBe(false);
  });
});
