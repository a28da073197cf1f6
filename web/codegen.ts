import type { CodegenConfig } from '@graphql-codegen/cli';

// Client types come from the committed contract; `pnpm --filter @heatline/web codegen` after an API change.
const config: CodegenConfig = {
  schema: '../schema.graphql',
  // Documents live in .ts modules beside the components that use them (no .svelte parsing needed);
  // a component reads only the fields its own fragment (`<Component>_<Type>`) asks for.
  documents: ['src/**/*.ts', '!src/lib/graphql/generated/**'],
  generates: {
    'src/lib/graphql/generated/': {
      preset: 'client',
      // Persisted documents: the app sends each operation by its SHA-256 (the server holds the same
      // list, persisted-documents.json), so its own traffic is known and cheap to check.
      presetConfig: {
        fragmentMasking: true,
        persistedDocuments: { hashPropertyName: 'hash', hashAlgorithm: 'sha256' },
      },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTimeISO: 'string' } },
    },
  },
};
export default config;
