// The board lives in the browser: live sockets, a map, local preferences. No server rendering.
export const ssr = false;
export const prerender = false;
