// API benchmark: registrations/s, contended claims/s, `tickets` page, boardStats and recent-feed latency with 10,000
// tickets stored, on SQLite and (with DATABASE_URL) PostgreSQL. Prints figures; asserts nothing.
// Run: pnpm bench   (the client runs on the same 2 cores as the server, so figures are conservative)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { start } from './server.mjs';

const require = createRequire(new URL('../test/package.json', import.meta.url));
const pg = require('pg');
const TOTAL_TICKETS = Number(process.env.BENCH_TICKETS ?? 10_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);

async function gql(url, query, variables, token) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

async function pool(n, concurrency, task) {
  let next = 0;
  const results = new Array(n);
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) {
        const i = next++;
        results[i] = await task(i);
      }
    }),
  );
  return results;
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id version proposedUnit { id } } }`;
const input = (i) => ({
  kind: 'COMPLAINT',
  category: i % 7 === 0 ? 'BILLING_OR_PRICE' : 'NO_HEAT',
  channel: 'MAYOR_HOTLINE',
  complexity: i % 5 === 0 ? 'COMPLEX' : 'GENERAL',
  callerName: '测试',
  callerPhone: `139${String(i).padStart(8, '0')}`,
  compoundId: `cp-${String((i % 113) + 1).padStart(3, '0')}`,
  description: '暖气不热',
  address: { building: String(i % 30), unit: '1', room: '101' },
});

async function run(name, env) {
  const { url, proc } = await start({ ...env, LOG_LEVEL: 'info' });
  const login = async (u) =>
    (await gql(url, 'mutation($u: String!) { login(username: $u, password: "heatline") { token } }', { u })).data.login
      .token;
  const desk = await login('desk');
  const staff = await Promise.all(['jinquan1', 'jinquan2', 'jinquan3'].map(login));
  const figures = { backend: name };

  // The floor: the same client and concurrency asking for nothing, through HTTP, Express and Apollo.
  let t0 = performance.now();
  await pool(4000, CONCURRENCY, () => gql(url, '{ __typename }'));
  figures['floor: empty queries/s'] = Math.round(4000 / ((performance.now() - t0) / 1000));

  // Warm up (a server runs for days; the first thousand requests also pay for the JIT), then
  // registrations per second at two levels of concurrency.
  await pool(1000, CONCURRENCY, (i) => gql(url, CREATE, { input: input(i) }, desk));
  let regN = 0;
  for (const c of [CONCURRENCY, CONCURRENCY * 4]) {
    const n = 3000;
    t0 = performance.now();
    const regs = await pool(n, c, (i) => gql(url, CREATE, { input: input(i) }, desk));
    figures[`registrations/s (${c} clients)`] = Math.round(n / ((performance.now() - t0) / 1000));
    if (regs.some((r) => r.errors)) throw new Error(JSON.stringify(regs.find((r) => r.errors).errors));
    regN += n;
  }

  // Claims under contention: three staff race for each of 300 Jinquan tickets.
  const jinquan = [];
  for (let i = 0; jinquan.length < 300; i++) {
    const t = (await gql(url, CREATE, { input: { ...input(i), compoundId: 'cp-001', category: 'NO_HEAT' } }, desk)).data
      .createTicket;
    await gql(url, 'mutation($id: ID!) { transferTicket(id: $id, unitId: "unit-jinquan") { id } }', { id: t.id }, desk);
    jinquan.push(t.id);
  }
  t0 = performance.now();
  const claims = await pool(jinquan.length * 3, CONCURRENCY, (i) =>
    gql(url, 'mutation($id: ID!) { claimTicket(id: $id) { id } }', { id: jinquan[Math.floor(i / 3)] }, staff[i % 3]),
  );
  const claimSecs = (performance.now() - t0) / 1000;
  figures['claim attempts/s'] = Math.round(claims.length / claimSecs);
  figures['claims won'] = claims.filter((r) => !r.errors).length;
  figures['ALREADY_CLAIMED'] = claims.filter((r) => r.errors?.[0]?.extensions?.code === 'ALREADY_CLAIMED').length;

  // Fill to TOTAL_TICKETS, then time pages of 50.
  const have = 1000 + regN + jinquan.length;
  await pool(Math.max(0, TOTAL_TICKETS - have), CONCURRENCY, (i) => gql(url, CREATE, { input: input(i) }, desk));
  const PAGE = `query($f: TicketFilter, $after: String) { tickets(filter: $f, first: 50, after: $after) {
    totalCount pageInfo { endCursor hasNextPage }
    edges { node { id number status kind complexity receivedAt dueAt overdue callerName callerPhone
      unit { id name } claimedBy { displayName } compound { id name lat lon } category { code name } } } } }`;
  const leader = await login('leader');
  const timePages = async (label, filter) => {
    const times = [];
    let after = null;
    for (let i = 0; i < 300; i++) {
      const s = performance.now();
      const r = await gql(url, PAGE, { f: filter, after }, leader);
      times.push(performance.now() - s);
      if (r.errors) throw new Error(JSON.stringify(r.errors));
      after = r.data.tickets.pageInfo.hasNextPage && i % 10 !== 9 ? r.data.tickets.pageInfo.endCursor : null;
    }
    times.sort((a, b) => a - b);
    figures[`${label} p50 ms`] = +pct(times, 50).toFixed(1);
    figures[`${label} p99 ms`] = +pct(times, 99).toFixed(1);
  };
  await timePages('tickets page', null);
  await timePages('open tickets of a unit', { unitId: 'unit-jinquan', status: ['TRANSFERRED', 'CLAIMED'] });
  // What every wall screen asks on opening and shortly after each change.
  const timeQuery = async (label, query, token) => {
    const times = [];
    for (let i = 0; i < 200; i++) {
      const s = performance.now();
      const r = await gql(url, query, {}, token);
      times.push(performance.now() - s);
      if (r.errors) throw new Error(JSON.stringify(r.errors));
    }
    times.sort((a, b) => a - b);
    figures[`${label} p50 ms`] = +pct(times, 50).toFixed(1);
    figures[`${label} p99 ms`] = +pct(times, 99).toFixed(1);
  };
  await timeQuery(
    'boardStats (room and units)',
    '{ boardStats { total { calls open claimed overdue resolved replied closed satisfaction } units { unit { id } figures { calls open overdue } } } }',
    leader,
  );
  await timeQuery('boardStats (a unit staff)', '{ boardStats { total { calls open overdue } } }', staff[0]);
  await timeQuery(
    'recentBoardEvents (50)',
    '{ recentBoardEvents(last: 50) { seq type ticket { id number } } }',
    leader,
  );
  figures['tickets stored'] = TOTAL_TICKETS;
  proc.kill('SIGTERM');
  return figures;
}

const results = [];
const dir = mkdtempSync(join(tmpdir(), 'heatline-bench-'));
try {
  results.push(await run('SQLite', { HEATLINE_DATA_DIR: dir }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (process.env.DATABASE_URL) {
  const name = `heatline_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  try {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    results.push(await run('PostgreSQL', { DATABASE_URL: url.toString(), HEATLINE_DEMO: '1' }));
  } finally {
    await new Promise((r) => setTimeout(r, 1000));
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
} else console.warn('DATABASE_URL is not set: PostgreSQL not measured.');
console.table(results);
