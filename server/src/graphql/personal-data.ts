import { defaultFieldResolver, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { Context } from '../context.js';
import { seesCallers } from '../modules/auth/viewer.js';
import { masked, type Personal } from '../modules/privacy/privacy.rules.js';

/**
 * Marks a field as personal data (`@Extensions(personal('phone'))`): it is shown in clear only to
 * those who see callers, and masked or withheld for everyone else, whatever path reaches it.
 */
export const personal = (kind: Personal) => ({ personal: kind });

/**
 * Wraps the resolver of every field marked personal, so the mask is decided in one place rather
 * than in each resolver (and a new path to a ticket or user cannot forget it). Returns the schema.
 */
export function maskPersonalData(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const kind = field.extensions?.personal as Personal | undefined;
      if (!kind) continue;
      const resolve: GraphQLFieldResolver<unknown, Context> = field.resolve ?? defaultFieldResolver;
      const show = (ctx: Context, value: unknown) => (seesCallers(ctx.viewer) ? value : masked(kind, value));
      field.resolve = (source, args, ctx: Context, info) => {
        const value = resolve(source, args, ctx, info);
        return value instanceof Promise ? value.then((v) => show(ctx, v)) : show(ctx, value);
      };
    }
  }
  return schema;
}

/** The personal fields of the schema, as `Type.field` → kind (for the tests that walk every path). */
export function personalFields(schema: GraphQLSchema): Map<string, Personal> {
  const out = new Map<string, Personal>();
  for (const type of Object.values(schema.getTypeMap()))
    if (isObjectType(type))
      for (const field of Object.values(type.getFields()))
        if (field.extensions?.personal) out.set(`${type.name}.${field.name}`, field.extensions.personal as Personal);
  return out;
}
