import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// A single-page app: the Heatline server serves build/ on the same port as the API.
export default {
  preprocess: vitePreprocess(),
  kit: { adapter: adapter({ pages: 'build', assets: 'build', fallback: 'index.html' }) },
};
