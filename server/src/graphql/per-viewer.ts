import { BREAK, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from 'graphql';

/**
 * Marks a field whose value depends on who asks (`@Extensions(PER_VIEWER)`), such as what the
 * signed-in user may do; shared subscription results must then not be shared between users.
 */
export const PER_VIEWER = { perViewer: true } as const;

export function selectsPerViewerField(schema: GraphQLSchema, document: DocumentNode): boolean {
  const info = new TypeInfo(schema);
  let found = false;
  visit(
    document,
    visitWithTypeInfo(info, {
      Field() {
        if (!info.getFieldDef()?.extensions?.perViewer) return undefined;
        found = true;
        return BREAK;
      },
    }),
  );
  return found;
}
