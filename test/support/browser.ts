import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';
import { WAIT_MS } from './ws.js';

export const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));

/**
 * An assertion on what a page shows, retried until it holds: a page updates after the event that
 * changed it, so a value read once may be the one before.
 */
export const settle = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: WAIT_MS, interval: 50 });

/** Debian's Chromium, or null with a loud message (a failure under REQUIRE_BROWSER=1). */
export async function launchBrowser(): Promise<Browser | null> {
  if (!existsSync(CHROMIUM)) {
    const msg = `${CHROMIUM} is missing: the browser tests are SKIPPED. apt-get install chromium (CI does).`;
    if (process.env.REQUIRE_BROWSER === '1') throw new Error(`REQUIRE_BROWSER=1 but ${msg}`);
    console.warn(`\n!!!!!!!! ${msg} !!!!!!!!\n`);
    return null;
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * A fresh browser context signed in through the login page, landed on the role's own start page
 * (the desk, the queue or the board), then at `path`; `timezoneId` sets the zone the screen's
 * browser runs in (a wall board abroad, a laptop set to another zone).
 */
export async function signIn(
  browser: Browser,
  origin: string,
  username: string,
  path = '/board',
  { timezoneId }: { timezoneId?: string } = {},
): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 }, timezoneId })).newPage();
  await page.goto(`${origin}/login`);
  await page.getByLabel(/用户名|Username/).fill(username);
  await page.getByLabel(/密码|Password/).fill('heatline');
  await page.getByRole('button', { name: /登录|Sign in/ }).click();
  await page.waitForURL(/\/(board|desk|queue)$/);
  if (new URL(page.url()).pathname !== path) await page.goto(`${origin}${path}`);
  return page;
}

/**
 * The signed-in page's session token, from its cookie, which must be out of scripts' reach
 * (HttpOnly) and never sent by other sites' pages (SameSite=Strict).
 */
export async function sessionToken(page: Page): Promise<string> {
  const cookie = (await page.context().cookies()).find((c) => c.name === 'heatline_session');
  if (!cookie) throw new Error('no session cookie');
  if (!cookie.httpOnly || cookie.sameSite !== 'Strict')
    throw new Error(`the session cookie is readable or sent cross-site: ${JSON.stringify(cookie)}`);
  return cookie.value;
}

/**
 * The controls and map features on the page that have no accessible name (what a screen reader
 * would announce): labelled by aria-label/aria-labelledby, a <label>, their own text, or a title/alt.
 */
export function unnamedControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const named = (el: Element): boolean => {
      if (el.getAttribute('aria-label')?.trim()) return true;
      const by = el.getAttribute('aria-labelledby');
      if (by && by.split(/\s+/).some((id) => document.getElementById(id)?.textContent?.trim())) return true;
      if ((el as HTMLInputElement).labels?.length) return true;
      if (el.getAttribute('title')?.trim() || el.getAttribute('alt')?.trim()) return true;
      const type = el.getAttribute('type');
      if (el.tagName === 'INPUT' && (type === 'submit' || type === 'button')) return !!(el as HTMLInputElement).value;
      return el.tagName !== 'INPUT' && el.tagName !== 'SELECT' && el.tagName !== 'TEXTAREA' && !!el.textContent?.trim();
    };
    const controls = document.querySelectorAll(
      'button, a[href], input:not([type=hidden]), select, textarea, [role=button], [tabindex]:not([tabindex="-1"])',
    );
    return [...controls].filter((el) => !named(el)).map((el) => el.outerHTML.slice(0, 120));
  });
}
