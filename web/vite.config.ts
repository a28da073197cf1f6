import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [sveltekit()],
  // The API and its socket, when the app runs under `vite dev` beside a started server.
  server: { proxy: { '/graphql': { target: 'http://localhost:4000', ws: true } } },
});
