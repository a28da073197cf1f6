// Debian's Chromium, headless, launched the same way by the browser tests and bench/web.mjs.
export const CHROMIUM = '/usr/bin/chromium';

// Without the background-networking flags Chromium floods the closed network at start.
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
