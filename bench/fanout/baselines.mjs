// The two baselines Heatline's fan-out is measured against, with the same payload and clients:
//   raw      a bare `ws` server that writes the same bytes to every socket (the physical limit);
//   graphql  a bare graphql-ws server with a one-field schema, executing per subscriber (the stock way).
// POST /publish sends one event to everyone. Prints "listening <port>".
import { createServer } from 'node:http';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../../test/package.json', import.meta.url));
const { WebSocketServer } = require('ws');
const kind = process.argv[2];
const payload = JSON.parse(process.argv[3]);
let seq = 0;
const server = createServer();
const wss = new WebSocketServer({ server, perMessageDeflate: false });
let publish;

if (kind === 'raw') {
  publish = () => {
    const bytes = JSON.stringify({ ...payload, seq: ++seq, at: new Date().toISOString() });
    for (const c of wss.clients) c.send(bytes);
  };
} else {
  const { buildSchema } = require('graphql');
  const { useServer } = await import(new URL('../../test/node_modules/graphql-ws/dist/use/ws.js', import.meta.url));
  const schema = buildSchema('type Query { ok: Boolean } type Subscription { tick: JSON } scalar JSON');
  const listeners = new Set();
  const iterator = () => {
    const queue = [];
    let wake = null;
    const l = (v) => (wake ? (wake({ value: v, done: false }), (wake = null)) : queue.push(v));
    listeners.add(l);
    return {
      next: () =>
        queue.length ? Promise.resolve({ value: queue.shift(), done: false }) : new Promise((r) => (wake = r)),
      return: () => (listeners.delete(l), Promise.resolve({ value: undefined, done: true })),
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  };
  useServer({ schema }, wss);
  schema.getSubscriptionType().getFields().tick.subscribe = () => iterator();
  schema.getSubscriptionType().getFields().tick.resolve = (v) => v;
  publish = () => {
    const v = { ...payload, seq: ++seq, at: new Date().toISOString() };
    for (const l of listeners) l(v);
  };
}

server.on('request', (req, res) => {
  if (req.url === '/publish') publish();
  res.end(String(seq));
});
server.listen(0, '127.0.0.1', () => console.log(`listening ${server.address().port}`));
