import { GraphQLError, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';

/** How long one query or mutation may run before its remaining fields are refused. */
export const EXECUTION_MS = 10_000;

const started = new WeakMap<object, number>();

/**
 * An execution time-out: every resolver of the schema that does work (not a plain property read)
 * first checks how long its operation has run, and past `ms` refuses with TIMEOUT, so a slow
 * document stops asking the database instead of holding a connection and memory. Subscriptions
 * live long on purpose and are left alone. The cost limit keeps honest documents far from it.
 */
export function withDeadline(schema: GraphQLSchema, ms = EXECUTION_MS): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || type === schema.getSubscriptionType()) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve: GraphQLFieldResolver<unknown, unknown> | undefined = field.resolve;
      if (!resolve) continue;
      field.resolve = (source, args, ctx, info) => {
        if (info.operation.operation !== 'subscription' && typeof ctx === 'object' && ctx !== null) {
          const since = started.get(ctx) ?? (started.set(ctx, Date.now()), Date.now());
          if (Date.now() - since > ms)
            throw new GraphQLError(`this request ran longer than ${ms / 1000} s: ask for less`, {
              extensions: { code: 'TIMEOUT' },
            });
        }
        return resolve(source, args, ctx, info);
      };
    }
  }
  return schema;
}
