// What one abusive client costs everyone else (issue 10's findings 5–8, measured again): a desk user's
// ordinary requests, timed alone and then while an attacker with another account sends what once
// stalled the server: deep and aliased documents, pages of tickets with their history, replays from
// `since: "0"`, a presence flood. Prints latencies, what the attacker got back, and the server's RSS.
// Prints figures; asserts nothing. Run: pnpm bench:abuse (client and server share the 2 cores).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start } from './server.mjs';

const require = createRequire(new URL('../test/package.json', import.meta.url));
const { createClient } = require('graphql-ws');
const WebSocket = require('ws');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const TICKETS = Number(process.env.BENCH_TICKETS ?? 1_000);

async function post(url, query, variables, token) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json().catch(() => ({}));
  return { status: res.status, code: body.errors?.[0]?.extensions?.code ?? (res.status < 400 ? 'data' : res.status) };
}

const login = async (url, username) =>
  (
    await (
      await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation($u: String!) { login(username: $u, password: "heatline") { token } }',
          variables: { u: username },
        }),
      })
    ).json()
  ).data.login.token;

const rss = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const aliases = (n, body) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${body}`).join(' ')} }`;
const nest = (depth) =>
  `{ units { members { unit ${'{ members { unit '.repeat(depth)}{ id } ${'} } '.repeat(depth)}} } }`;

const ATTACKS = {
  depth: () => nest(7),
  aliases: () => aliases(2_000, 'compounds { id name }'),
  pages: () =>
    aliases(25, 'tickets(first: 200) { edges { node { id description events { note changes { field from to } } } } }'),
  costly: () => '{ tickets(first: 200) { edges { node { id description events { note changes { field } } } } } }',
};

/** The victim's ordinary work, timed: the board's cursor and a page of 20 tickets, one after another. */
async function victim(url, token, until) {
  const times = [];
  while (Date.now() < until) {
    const t0 = performance.now();
    await post(url, '{ boardCursor tickets(first: 20) { edges { node { id number status } } } }', {}, token);
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b);
}

async function attacker(url, wsUrl, token, until) {
  const got = {};
  const count = (k) => (got[k] = (got[k] ?? 0) + 1);
  // The server may close an attacker's connection under it (a reset); counted, not fatal.
  const answer = (query) =>
    post(url, query, {}, token).then(
      (r) => r.code,
      (e) => e.cause?.code ?? 'failed',
    );
  const loops = Object.entries(ATTACKS).map(async ([name, doc]) => {
    while (Date.now() < until) count(`${name} → ${await answer(doc())}`);
  });
  // 100 replays from the start on one socket, and a presence flood with invented client ids.
  const client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: { token },
    lazy: false,
    retryAttempts: 0,
  });
  let replayed = 0;
  for (let i = 0; i < 100; i++)
    client.subscribe(
      { query: 'subscription { boardEvents(since: "0") { seq ticket { id description } } }' },
      {
        next: (r) => (r.data ? replayed++ : count(`replay → ${r.errors?.[0]?.extensions?.code}`)),
        error: () => count('replay → closed'),
        complete: () => {},
      },
    );
  const flood = (async () => {
    for (let i = 0; Date.now() < until; i++)
      count(`heartbeat → ${await answer(`mutation { heartbeat(clientId: "c${i}") }`)}`);
  })();
  await Promise.all([...loops, flood]);
  await client.dispose();
  return { ...got, 'replayed events': replayed };
}

const dir = mkdtempSync(join(tmpdir(), 'heatline-abuse-'));
const server = await start({ HEATLINE_DATA_DIR: dir });
try {
  const wsUrl = server.url.replace('http', 'ws');
  const [desk, leader] = [await login(server.url, 'desk'), await login(server.url, 'leader')];
  const create = 'mutation($i: CreateTicketInput!) { createTicket(input: $i) { id } }';
  const call = {
    kind: 'COMPLAINT',
    category: 'NO_HEAT',
    channel: 'MAYOR_HOTLINE',
    complexity: 'GENERAL',
    callerName: '测试',
    callerPhone: '13812345678',
    compoundId: 'cp-001',
    description: '暖气不热',
  };
  for (let i = 0; i < TICKETS; i++) await post(server.url, create, { i: call }, desk);
  const rssBefore = rss(server.proc.pid);

  const alone = await victim(server.url, desk, Date.now() + SECONDS * 1000);
  let peak = rssBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, rss(server.proc.pid))), 200);
  const until = Date.now() + SECONDS * 1000;
  const [attacked, got] = await Promise.all([
    victim(server.url, desk, until),
    attacker(server.url, wsUrl, leader, until),
  ]);
  clearInterval(sampler);

  const line = (name, t) =>
    console.log(
      `${name.padEnd(22)} ${String(t.length).padStart(6)} requests   p50 ${pct(t, 50).toFixed(1)} ms   p95 ${pct(t, 95).toFixed(1)} ms   max ${t.at(-1).toFixed(1)} ms`,
    );
  console.log(`\nSQLite, ${TICKETS} tickets, ${SECONDS} s each (node ${process.version})`);
  line('victim alone', alone);
  line('victim under attack', attacked);
  console.log('\nwhat the attacker got back:');
  for (const [k, v] of Object.entries(got).sort()) console.log(`  ${k.padEnd(40)} ${v}`);
  console.log(`\nserver RSS: ${rssBefore.toFixed(0)} MiB before, peak ${peak.toFixed(0)} MiB under attack`);
} finally {
  server.proc.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
