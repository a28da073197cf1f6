import { Agent, request } from 'node:http';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, describe, expect, it } from 'vitest';
import { login } from './support/graphql.js';
import { startServer, tempDir } from './support/server.js';
import { allTickets } from './support/tickets.js';
import { until, WAIT_MS } from './support/ws.js';

const CREATE = 'mutation($input: CreateTicketInput!) { createTicket(input: $input) { id } }';
const call = (description: string) => ({
  kind: 'COMPLAINT',
  category: 'NO_HEAT',
  channel: 'MAYOR_HOTLINE',
  complexity: 'GENERAL',
  callerName: '周九',
  callerPhone: '13600000009',
  compoundId: 'cp-001',
  description,
});

/** What became of one request: answered in full, refused cleanly, or cut off (the failure). */
type Outcome =
  | { kind: 'answered'; marker: string }
  | { kind: 'refused'; marker: string; how: string }
  | { kind: 'cut'; marker: string; how: string };

/** One POST on a keep-alive connection, classified. */
function post(url: string, agent: Agent, token: string, marker: string): Promise<Outcome> {
  const body = JSON.stringify({ query: CREATE, variables: { input: call(marker) } });
  return new Promise((resolve) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (text += d));
        res.on('error', (e) => resolve({ kind: 'cut', marker, how: `response: ${e.message}` }));
        res.on('end', () => {
          const parsed = JSON.parse(text) as { data?: { createTicket?: { id: string } }; errors?: unknown[] };
          if (res.statusCode === 200 && parsed.data?.createTicket?.id) resolve({ kind: 'answered', marker });
          else if (res.statusCode === 503) resolve({ kind: 'refused', marker, how: `503 ${text}` });
          else resolve({ kind: 'cut', marker, how: `${res.statusCode} ${text}` });
        });
      },
    );
    // Refused before anything was sent: the listener is gone; nothing was accepted.
    req.on('error', (e: NodeJS.ErrnoException) =>
      resolve(
        e.code === 'ECONNREFUSED'
          ? { kind: 'refused', marker, how: 'ECONNREFUSED' }
          : { kind: 'cut', marker, how: `${e.code ?? ''} ${e.message}` },
      ),
    );
    req.end(body);
  });
}

/** One mutation over the socket, classified; a close before the answer is recorded with its code. */
function mutate(client: Client, marker: string, closed: () => string | null): Promise<Outcome> {
  return new Promise((resolve) => {
    let answered = false;
    client.subscribe<{ createTicket: { id: string } }>(
      { query: CREATE, variables: { input: call(marker) } },
      {
        next: (r) => {
          if (r.data?.createTicket?.id) answered = true;
          else if (r.errors) resolve({ kind: 'refused', marker, how: JSON.stringify(r.errors) });
        },
        error: (e) => {
          const code = (e as { code?: number }).code;
          const errors = Array.isArray(e) ? (e as Array<{ extensions?: { code?: string } }>) : null;
          if (errors?.[0]?.extensions?.code === 'SERVICE_UNAVAILABLE')
            resolve({ kind: 'refused', marker, how: 'SERVICE_UNAVAILABLE' });
          else resolve({ kind: 'cut', marker, how: `closed ${code ?? closed() ?? String(e)}` });
        },
        complete: () =>
          resolve(answered ? { kind: 'answered', marker } : { kind: 'cut', marker, how: 'completed without data' }),
      },
    );
  });
}

describe('stopping the server (SIGTERM) under load', () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it(
    'answers or cleanly refuses every request, keep-alive and WebSocket, and loses no accepted mutation',
    async () => {
      const server = await startServer({ HEATLINE_DATA_DIR: tmp.dir });
      const token = await login(server.url, 'desk');
      const outcomes: Outcome[][] = [];
      const closes: Array<number | null> = [];

      // Keep-alive HTTP clients, each sending one call after another until it is refused.
      const httpLoops = Array.from({ length: 4 }, async (_, c) => {
        const agent = new Agent({ keepAlive: true, maxSockets: 1 });
        const mine: Outcome[] = [];
        outcomes.push(mine);
        try {
          for (let n = 0; ; n++) {
            const o = await post(server.url, agent, token, `shutdown-http-${c}-${n}`);
            mine.push(o);
            if (o.kind !== 'answered') return;
          }
        } finally {
          agent.destroy();
        }
      });

      // WebSocket clients, as the web app sends its mutations, until refused or closed.
      const wsLoops = Array.from({ length: 3 }, async (_, c) => {
        let closedWith: string | null = null;
        const client = createClient({
          url: server.wsUrl,
          webSocketImpl: WebSocket,
          connectionParams: { token },
          retryAttempts: 0,
          lazy: false,
          onNonLazyError: () => undefined,
          on: {
            closed: (e) => {
              const { code } = e as { code: number };
              closedWith = String(code);
              closes.push(code);
            },
          },
        });
        const mine: Outcome[] = [];
        outcomes.push(mine);
        try {
          for (let n = 0; ; n++) {
            const o = await mutate(client, `shutdown-ws-${c}-${n}`, () => closedWith);
            mine.push(o);
            if (o.kind !== 'answered') break;
          }
          // A refused client stays connected until the server closes the socket, to see its code.
          await until(() => closedWith !== null, 'the server to close the socket');
        } finally {
          await client.dispose();
        }
      });

      // Every client is under way before the signal.
      await until(
        () => outcomes.length === 7 && outcomes.every((o) => o.filter((x) => x.kind === 'answered').length >= 3),
        'every client to have three answers',
        () => JSON.stringify(outcomes.map((o) => o.length)),
      );
      const exit = server.stop('SIGTERM');
      await Promise.all([...httpLoops, ...wsLoops]);
      expect(await exit).toBe(0);

      const all = outcomes.flat();
      const cut = all.filter((o) => o.kind === 'cut' && o.marker.startsWith('shutdown-http'));
      expect(cut, JSON.stringify(cut)).toEqual([]);
      // Each client stopped on a refusal (or, over a socket, on the close that follows the drain).
      for (const mine of outcomes.slice(0, 4)) expect(mine.at(-1)!.kind).toBe('refused');

      // What the database kept is exactly what was answered: nothing accepted was lost, nothing refused was kept.
      const again = await startServer({ HEATLINE_DATA_DIR: tmp.dir });
      try {
        const kept = new Set(
          (await allTickets(again.url, await login(again.url, 'desk')))
            .map((t) => t.description)
            .filter((d) => d.startsWith('shutdown-')),
        );
        const answered = all.filter((o) => o.kind === 'answered').map((o) => o.marker);
        const keptButNotAnswered = [...kept].filter((m) => !answered.includes(m));
        expect(keptButNotAnswered, JSON.stringify(all.filter((o) => o.kind !== 'answered'))).toEqual([]);
        expect(answered.filter((m) => !kept.has(m))).toEqual([]);
        expect(closes.length).toBe(3);
        expect(
          closes.every((code) => code === 1012),
          JSON.stringify(closes),
        ).toBe(true);
      } finally {
        await again.stop();
      }
    },
    WAIT_MS * 3,
  );
});
