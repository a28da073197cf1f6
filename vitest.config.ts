import { defineConfig } from 'vitest/config';

// graphql must be loaded once, or schema objects from two copies "come from another realm".
const graphqlOnce = { find: /^graphql$/, replacement: 'graphql/index.js' };

export default defineConfig({
  resolve: { alias: [graphqlOnce] },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'server', root: 'server', include: ['src/**/*.spec.ts'], setupFiles: ['reflect-metadata'] },
      },
      {
        // The web app's own Vite config (the Svelte compiler, $lib, Svelte's browser build) and a DOM.
        extends: './web/vite.config.ts',
        test: { name: 'web', root: 'web', include: ['src/**/*.spec.ts'], environment: 'jsdom' },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          root: 'test',
          include: ['**/*.test.ts'],
          exclude: ['node_modules/**'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
