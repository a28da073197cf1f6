import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { asksForSchema } from './introspection.js';

describe('introspection', () => {
  it('is a document reading __schema or __type, anywhere in it', () => {
    expect(asksForSchema(parse('{ __schema { types { name } } }'))).toBe(true);
    expect(
      asksForSchema(parse('query { me { id } ...F } fragment F on Query { __type(name: "Ticket") { name } }')),
    ).toBe(true);
  });

  it('is not __typename or an ordinary query', () => {
    expect(asksForSchema(parse('{ __typename me { id __typename } }'))).toBe(false);
  });
});
