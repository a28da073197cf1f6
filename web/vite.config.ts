import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// Under Vitest (run from the repository root) components are compiled by the bare Svelte plugin:
// SvelteKit's would look for its config in the working directory. $lib is all they import.
const underTest = !!process.env.VITEST;

export default defineConfig({
  plugins: underTest ? [svelte({ configFile: here('./svelte.config.js') })] : [sveltekit()],
  resolve: underTest ? { alias: { $lib: here('./src/lib') }, conditions: ['browser'] } : undefined,
  // The API and its socket, when the app runs under `vite dev` beside a started server.
  server: { proxy: { '/graphql': { target: 'http://localhost:4000', ws: true } } },
});
