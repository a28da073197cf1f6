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
      presetConfig: { fragmentMasking: true },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTimeISO: 'string' } },
    },
  },
};
export default config;
