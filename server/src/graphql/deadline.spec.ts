import { graphql, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { describe, expect, it } from 'vitest';
import { withDeadline } from './deadline.js';

const after = <T>(ms: number, value: T) => new Promise<T>((r) => setTimeout(() => r(value), ms));

const Page = new GraphQLObjectType({
  name: 'Page',
  fields: {
    next: { type: GraphQLString, resolve: () => 'read' },
    plain: { type: GraphQLString },
  },
});

const schema = withDeadline(
  new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        slowPage: { type: Page, resolve: () => after(60, { plain: 'kept' }) },
        quick: { type: GraphQLString, resolve: () => 'quick' },
      },
    }),
  }),
  30,
);

describe('the execution time-out', () => {
  it('refuses the work still to do once an operation has run past its time, keeping what is read', async () => {
    const r = await graphql({ schema, source: '{ quick slowPage { next plain } }', contextValue: {} });
    expect(r.data).toEqual({ quick: 'quick', slowPage: { next: null, plain: 'kept' } });
    expect(r.errors?.map((e) => [e.path?.join('.'), e.extensions.code])).toEqual([['slowPage.next', 'TIMEOUT']]);
  });

  it('gives each operation its own clock', async () => {
    await graphql({ schema, source: '{ slowPage { plain } }', contextValue: {} });
    const r = await graphql({ schema, source: '{ slowPage { next } }', contextValue: {} });
    expect(r.errors?.map((e) => e.extensions.code)).toEqual(['TIMEOUT']);
    expect((await graphql({ schema, source: '{ quick }', contextValue: {} })).data).toEqual({ quick: 'quick' });
  });
});
