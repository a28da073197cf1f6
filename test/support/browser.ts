import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));

/** Debian's Chromium, or null with a loud message (a failure under REQUIRE_BROWSER=1). */
export async function launchBrowser(): Promise<Browser | null> {
  if (!existsSync(CHROMIUM)) {
    const msg = `${CHROMIUM} is missing: the browser tests are SKIPPED. apt-get install chromium (CI does).`;
    if (process.env.REQUIRE_BROWSER === '1') throw new Error(`REQUIRE_BROWSER=1 but ${msg}`);
    console.warn(`\n!!!!!!!! ${msg} !!!!!!!!\n`);
    return null;
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  // Without the background-networking flags Chromium floods the closed network at start.
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
