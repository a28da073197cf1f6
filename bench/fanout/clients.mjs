// N WebSocket subscribers in their own process, so their CPU is not the server's. Speaks either
// graphql-transport-ws (Heatline, bare graphql-ws) or plain JSON frames (bare ws broadcast), and
// records for every message the delay from the event's `at` to its arrival.
import { createRequire } from 'node:module';

const require = createRequire(new URL('../../test/package.json', import.meta.url));
const WebSocket = require('ws');
const [mode, url, countArg, token, query] = process.argv.slice(2);
const N = Number(countArg);
const latencies = [];
const seen = Array.from({ length: N }, () => new Set());
let ready = 0;

function open(i) {
  const ws = new WebSocket(url, mode === 'raw' ? undefined : 'graphql-transport-ws', { perMessageDeflate: false });
  ws.on('open', () => {
    if (mode === 'raw') return void (++ready === N && process.send({ type: 'ready' }));
    ws.send(JSON.stringify({ type: 'connection_init', payload: token ? { token } : {} }));
  });
  ws.on('message', (data) => {
    const now = Date.now();
    const msg = JSON.parse(String(data));
    if (msg.type === 'connection_ack') {
      ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query } }));
      if (++ready === N) setTimeout(() => process.send({ type: 'ready' }), 500);
      return;
    }
    const event = mode === 'raw' ? msg : msg.type === 'next' ? Object.values(msg.payload.data)[0] : null;
    if (!event) return;
    seen[i].add(event.seq);
    latencies.push(now - Date.parse(event.at));
  });
  ws.on('close', (code, reason) => process.send({ type: 'closed', i, code, reason: String(reason) }));
  ws.on('error', () => undefined);
}

// Open in waves so the server's accept queue keeps up.
for (let i = 0; i < N; i++) {
  open(i);
  if (i % 200 === 199) await new Promise((r) => setTimeout(r, 50));
}

process.on('message', (m) => {
  if (m.type !== 'report') return;
  const expected = new Set(m.seqs);
  let lost = 0;
  for (const s of seen) for (const seq of expected) if (!s.has(seq)) lost += 1;
  latencies.sort((a, b) => a - b);
  const at = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? null;
  process.send({
    type: 'report',
    deliveries: latencies.length,
    lost,
    p50: at(0.5),
    p99: at(0.99),
    max: latencies.at(-1) ?? null,
  });
});
