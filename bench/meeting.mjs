// How fast the boards in the room follow a meeting's chair: the time from sending focusAgendaItem
// to the item's highlight on two boards in headless Chromium, over 20 moves of the focus. Prints
// figures; asserts nothing. Run: pnpm build && node bench/meeting.mjs
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, CHROMIUM_ARGS } from '../test/support/chromium.mjs';
import { start } from './server.mjs';

const require = createRequire(new URL('../test/package.json', import.meta.url));
const { chromium } = require('playwright-core');
const MOVES = 20;

const dir = mkdtempSync(join(tmpdir(), 'heatline-meeting-'));
const { url, proc } = await start({ HEATLINE_DATA_DIR: dir, HEATLINE_TILE_URL: '' });
const origin = new URL(url).origin;
const gql = async (query, variables, token) => {
  const r = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await r.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
};
const login = async (u) =>
  (
    await (
      await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `mutation { login(username: "${u}", password: "heatline") { token } }` }),
      })
    ).json()
  ).data.login.token;

const leader = await login('leader');
const { createMeeting: m } = await gql(
  'mutation($at: DateTimeISO!) { createMeeting(title: "bench", startsAt: $at, unitIds: []) { id } }',
  { at: new Date().toISOString() },
  leader,
);
const items = [];
for (const stationId of ['st-001', 'st-002', 'st-003', 'st-004'])
  items.push(
    (
      await gql(
        'mutation($m: ID!, $s: ID!) { addAgendaItem(meetingId: $m, item: { stationId: $s }) { id position } }',
        { m: m.id, s: stationId },
        leader,
      )
    ).addAgendaItem,
  );
await gql('mutation($m: ID!) { startMeeting(meetingId: $m) { id } }', { m: m.id }, leader);

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const boards = [];
for (const user of ['leader', 'jinquan1']) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  await context.addCookies([
    { name: 'heatline_session', value: await login(user), url: origin, httpOnly: true, sameSite: 'Strict' },
  ]);
  const page = await context.newPage();
  await page.goto(`${origin}/board`);
  await page.getByTestId('agenda-item-1').waitFor();
  boards.push(page);
}

const took = [];
for (let n = 0; n < MOVES; n++) {
  const item = items[(n + 1) % items.length];
  const sent = performance.now();
  await gql('mutation($i: ID!) { focusAgendaItem(agendaItemId: $i) { id } }', { i: item.id }, leader);
  await Promise.all(
    boards.map(async (page) => {
      await page.locator(`[data-testid="agenda-item-${item.position}"][aria-current="step"]`).waitFor();
      took.push(performance.now() - sent);
    }),
  );
}
took.sort((a, b) => a - b);
const at = (q) => took[Math.min(took.length - 1, Math.floor(q * took.length))].toFixed(0);
console.log(`focus followed on 2 boards, ${MOVES} moves: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`);

await browser.close();
proc.kill();
rmSync(dir, { recursive: true, force: true });
