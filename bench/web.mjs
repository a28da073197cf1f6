// Web board benchmark in headless Chromium: gzipped JavaScript of the board route, time to the
// first map with all 204 places drawn, and the frame rate while dragging the map with 2,000 open
// tickets on it. Prints figures; asserts nothing. Run: pnpm build && node bench/web.mjs
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, CHROMIUM_ARGS } from '../test/support/chromium.mjs';

const require = createRequire(new URL('../test/package.json', import.meta.url));
const { chromium } = require('playwright-core');
const MAIN = fileURLToPath(new URL('../server/dist/main.js', import.meta.url));
const TICKETS = Number(process.env.BENCH_WEB_TICKETS ?? 2000);

const dir = mkdtempSync(join(tmpdir(), 'heatline-web-'));
const server = spawn(process.execPath, [MAIN], {
  env: { PATH: process.env.PATH, PORT: '0', HOST: '127.0.0.1', HEATLINE_DATA_DIR: dir, HEATLINE_TILE_URL: '' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const origin = await new Promise((resolve) => {
  let out = '';
  server.stdout.on('data', (d) => {
    out += d;
    const m = /localhost:(\d+)\/graphql/.exec(out);
    if (m) resolve(`http://127.0.0.1:${m[1]}`);
  });
});
const gql = async (query, variables, token) =>
  (
    await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
      body: JSON.stringify({ query, variables }),
    })
  ).json();
const token = async (u) =>
  (await gql(`mutation { login(username: "${u}", password: "heatline") { token } }`)).data.login.token;

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
async function openBoard(leader) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
  // Signed in as the web app is: the session cookie the server sets at login.
  await context.addCookies([
    { name: 'heatline_session', value: leader, url: origin, httpOnly: true, sameSite: 'Strict' },
  ]);
  return context.newPage();
}

/** requestAnimationFrame callbacks per second over three seconds. */
function framesPerSecond(page) {
  return page.evaluate(async () => {
    let frames = 0;
    const start = performance.now();
    await new Promise((done) => {
      const tick = () => (performance.now() - start < 3000 ? (frames++, requestAnimationFrame(tick)) : done());
      requestAnimationFrame(tick);
    });
    return frames / 3;
  });
}

const leader = await token('leader');
const figures = {};

// 1. JavaScript the board route loads, gzipped as a server would send it.
let page = await openBoard(leader);
// Which scripts the route loads, measured from the built files (as a server would gzip them).
const scripts = new Set();
page.on('request', (r) => r.resourceType() === 'script' && scripts.add(new URL(r.url()).pathname));
const t0 = Date.now();
await page.goto(`${origin}/board`);
await page.waitForFunction(
  () =>
    document.querySelectorAll('.compound-marker').length === 113 &&
    document.querySelectorAll('.station-marker').length === 91 &&
    document.querySelectorAll('.heatSource-marker').length === 2,
);
figures['first map with 204 places, ms'] = Date.now() - t0;
const BUILD = fileURLToPath(new URL('../web/build', import.meta.url));
const gz = [...scripts].map((p) => gzipSync(readFileSync(join(BUILD, p))).length);
figures['board route JS files'] = gz.length;
figures['board route JS, gzipped KB'] = +(gz.reduce((a, b) => a + b, 0) / 1024).toFixed(1);
await page.close();

// 2. 2,000 open tickets, then the frame rate while the map is dragged.
const desk = await token('desk');
const input = (i) => ({
  kind: 'COMPLAINT',
  category: 'NO_HEAT',
  channel: 'MAYOR_HOTLINE',
  complexity: 'GENERAL',
  callerName: '测',
  callerPhone: '13900000000',
  compoundId: `cp-${String((i % 113) + 1).padStart(3, '0')}`,
  description: '不热',
});
for (let i = 0; i < TICKETS; i += 50)
  await Promise.all(
    Array.from({ length: Math.min(50, TICKETS - i) }, (_, j) =>
      gql('mutation($input: CreateTicketInput!) { createTicket(input: $input) { id } }', { input: input(i + j) }, desk),
    ),
  );
page = await openBoard(leader);
const t1 = Date.now();
await page.goto(`${origin}/board`);
await page.waitForFunction((n) => document.querySelectorAll('.ticket-marker').length >= n, TICKETS, {
  timeout: 60_000,
});
figures[`first map with ${TICKETS} open tickets, ms`] = Date.now() - t1;
const fps = await framesPerSecond(page);
// Drag the map for three seconds and count frames meanwhile.
const dragging = framesPerSecond(page);
await page.mouse.move(500, 450);
await page.mouse.down();
for (let i = 0; i < 60; i++)
  await page.mouse.move(500 + 4 * Math.sin(i / 5) * 40, 450 + 3 * Math.cos(i / 5) * 40, { steps: 2 });
await page.mouse.up();
figures['frames/s idle'] = Math.round(fps);
figures['frames/s while dragging'] = Math.round(await dragging);

await browser.close();
server.kill('SIGTERM');
await new Promise((r) => server.once('exit', r));
rmSync(dir, { recursive: true, force: true });
console.table(figures);
