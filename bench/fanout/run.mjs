// Fan-out benchmark: Heatline's boardEvents against a bare ws broadcast and a bare graphql-ws
// server, with the same payload and the same N clients in a separate process. Prints latency
// (event `at` to arrival), deliveries/s, lost events, server CPU per delivery and memory.
// Run: pnpm build && node bench/fanout/run.mjs   (FANOUT_SCENARIOS="1000x20,5000x5", FANOUT_SECONDS=10)
import { fork, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../../server/dist/main.js', import.meta.url));
const CLIENTS = fileURLToPath(new URL('./clients.mjs', import.meta.url));
const BASELINES = fileURLToPath(new URL('./baselines.mjs', import.meta.url));
const SECONDS = Number(process.env.FANOUT_SECONDS ?? 10);
const SCENARIOS = (process.env.FANOUT_SCENARIOS ?? '1000x20,5000x5').split(',').map((s) => s.split('x').map(Number));
const TICKS = 100; // Linux USER_HZ
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function cpuMs(pid) {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(f[11]) + Number(f[12])) * 1000) / TICKS;
}
const rssMb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;

function startProcess(args, env, pattern) {
  const proc = spawn(process.execPath, args, {
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    proc.stdout.on('data', (d) => {
      out += d;
      const m = pattern.exec(out);
      if (m) resolve({ proc, port: Number(m[1]) });
    });
    proc.once('exit', (c) => reject(new Error(`exited ${c}: ${out}`)));
  });
}

async function gql(url, query, variables, token) {
  const r = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify({ query, variables }),
  });
  return r.json();
}

async function runClients(mode, url, n, token, query, drive, serverPid) {
  const clients = fork(CLIENTS, [mode, url, String(n), token ?? '', query ?? ''], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const messages = [];
  let closed = 0;
  clients.on('message', (m) => (m.type === 'closed' ? (closed += 1) : messages.push(m)));
  while (!messages.some((m) => m.type === 'ready')) await sleep(50);
  await sleep(500);
  const cpu0 = cpuMs(serverPid);
  const t0 = performance.now();
  const seqs = await drive();
  const secs = (performance.now() - t0) / 1000;
  await sleep(2000);
  const cpu = cpuMs(serverPid) - cpu0;
  clients.send({ type: 'report', seqs });
  while (!messages.some((m) => m.type === 'report')) await sleep(50);
  const r = messages.find((m) => m.type === 'report');
  clients.kill();
  return {
    'p50 ms': r.p50,
    'p99 ms': r.p99,
    'max ms': r.max,
    'deliveries/s': Math.round(r.deliveries / secs),
    lost: r.lost + closed * seqs.length,
    'CPU µs/delivery': +((cpu * 1000) / Math.max(1, r.deliveries)).toFixed(1),
    'RSS MB': Math.round(rssMb(serverPid)),
  };
}

/** Calls `once` at `rate` per second for SECONDS; returns what each call returned. */
async function atRate(rate, once) {
  const out = [];
  const start = performance.now();
  for (let i = 0; i < rate * SECONDS; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    out.push(await once(i));
  }
  return out;
}

const QUERY =
  'subscription { boardEvents { seq cursor type at actorName ticket { id number status kind complexity dueAt overdue unit { id name } compound { id name lat lon } claimedBy { displayName } } } }';
const results = [];
for (const [n, rate] of SCENARIOS) {
  // Heatline.
  const dir = mkdtempSync(join(tmpdir(), 'heatline-fanout-'));
  const hl = await startProcess(
    [MAIN],
    { PORT: '0', HOST: '127.0.0.1', HEATLINE_DATA_DIR: dir, LOG_LEVEL: 'info', HEATLINE_SUBSCRIBER_BUFFER: '100000' },
    /localhost:(\d+)\/graphql/,
  );
  const url = `http://127.0.0.1:${hl.port}/graphql`;
  const desk = (await gql(url, 'mutation { login(username: "desk", password: "heatline") { token } }')).data.login
    .token;
  const leader = (await gql(url, 'mutation { login(username: "leader", password: "heatline") { token } }')).data.login
    .token;
  const input = {
    kind: 'COMPLAINT',
    category: 'NO_HEAT',
    channel: 'MAYOR_HOTLINE',
    complexity: 'GENERAL',
    callerName: '测试',
    callerPhone: '13900000000',
    compoundId: 'cp-001',
    description: '暖气不热',
  };
  let sample = null;
  const heatline = await runClients(
    'graphql',
    url.replace('http', 'ws'),
    n,
    leader,
    QUERY,
    async () => {
      const ids = await atRate(
        rate,
        async () =>
          (
            await gql(
              url,
              'mutation($input: CreateTicketInput!) { createTicket(input: $input) { id } }',
              { input },
              desk,
            )
          ).data.createTicket.id,
      );
      const events = await gql(
        url,
        `query { tickets(first: ${ids.length}) { edges { node { events { seq } } } } }`,
        {},
        leader,
      );
      return events.data.tickets.edges.flatMap((e) => e.node.events.map((x) => x.seq));
    },
    hl.proc.pid,
  );
  sample = (
    await gql(
      url,
      '{ tickets(first: 1) { edges { node { id number status kind complexity dueAt overdue unit { id name } compound { id name lat lon } claimedBy { displayName } } } } }',
      {},
      leader,
    )
  ).data.tickets.edges[0].node;
  hl.proc.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });

  // The baselines, with a payload of the same shape and size.
  const payload = { type: 'TICKET_REGISTERED', cursor: '1', actorName: '受理员 王敏', ticket: sample };
  const base = {};
  for (const kind of ['raw', 'graphql']) {
    const b = await startProcess([BASELINES, kind, JSON.stringify(payload)], {}, /listening (\d+)/);
    base[kind] = await runClients(
      kind === 'raw' ? 'raw' : 'graphql',
      `ws://127.0.0.1:${b.port}/`,
      n,
      null,
      'subscription { tick }',
      async () => {
        const seqs = await atRate(rate, async () =>
          Number(await (await fetch(`http://127.0.0.1:${b.port}/publish`)).text()),
        );
        return seqs;
      },
      b.proc.pid,
    );
    b.proc.kill();
  }
  const label = `${n} clients, ${rate} events/s`;
  results.push({ run: `${label}: Heatline`, ...heatline });
  results.push({ run: `${label}: bare ws`, ...base.raw });
  results.push({ run: `${label}: bare graphql-ws`, ...base.graphql });
  results.push({
    run: `${label}: Heatline ÷ bare ws, ÷ bare graphql-ws (CPU/delivery)`,
    'CPU µs/delivery': `${(heatline['CPU µs/delivery'] / base.raw['CPU µs/delivery']).toFixed(1)}x, ${(heatline['CPU µs/delivery'] / base.graphql['CPU µs/delivery']).toFixed(1)}x`,
  });
}
console.table(results);
