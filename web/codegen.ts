import type { CodegenConfig } from '@graphql-codegen/cli';

// Client types come from the committed contract; `pnpm --filter @heatline/web codegen` after an API change.
const config: CodegenConfig = {
  schema: '../schema.graphql',
  // Documents live in .ts modules beside the components that use them (no .svelte parsing needed).
  documents: ['src/**/*.ts', '!src/lib/graphql/generated/**'],
  generates: {
    'src/lib/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTimeISO: 'string' } },
    },
  },
};
export default config;
