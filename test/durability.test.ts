import { afterAll, describe, expect, it } from 'vitest';
import { gql, login } from './support/graphql.js';
import { startServer, tempDir, type RunningServer } from './support/server.js';
import { createDatabase, postgresUrl } from './support/services.js';
import { allTickets, complexCall, CREATE_CALL, type ListedTicket } from './support/tickets.js';
import { subscribe } from './support/ws.js';

// Redis going away under two instances (nothing missing, nothing twice, recovery without a restart)
// is covered by cluster.test.ts, "when Redis goes away".

const CLIENTS = 16;
/** How many registrations are acknowledged in each burst before the server is killed. */
const KILL_AFTER = [40, 75, 110];

const FEED = `subscription($since: String) { boardEvents(since: $since) { seq type ticket { id } } }`;

/** One registration sent during a burst; `id` is set when the server answered with the ticket. */
interface Attempt {
  description: string;
  id?: string;
  settled: boolean;
}

/**
 * 16 desk clients register calls as fast as the server answers; once `killAfter` are acknowledged
 * the server gets SIGKILL with the others' requests in flight. Returns every attempt.
 */
async function burstThenKill(server: RunningServer, token: string, burst: number, killAfter: number) {
  const attempts: Attempt[] = [];
  let acknowledged = 0;
  let inFlightAtKill = -1;
  const client = async (c: number) => {
    for (let i = 0; inFlightAtKill < 0; i++) {
      const a: Attempt = { description: `durability ${burst}.${c}.${i}`, settled: false };
      attempts.push(a);
      try {
        const r = await gql(server.url, CREATE_CALL, { input: complexCall(a.description) }, token);
        // An answer that arrived is acknowledged, even if it was read after the kill.
        if (r.data?.createTicket) a.id = r.data.createTicket.id;
        else if (inFlightAtKill < 0) throw new Error(`a registration was refused: ${JSON.stringify(r.errors)}`);
      } catch (e) {
        if (inFlightAtKill < 0) throw e;
      } finally {
        a.settled = true;
      }
      if (a.id && ++acknowledged === killAfter) {
        inFlightAtKill = attempts.filter((x) => !x.settled).length;
        server.proc.kill('SIGKILL');
      }
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
  await server.stop();
  expect(server.proc.signalCode).toBe('SIGKILL');
  return { attempts, inFlightAtKill };
}

interface Backend {
  name: string;
  /** The environment of every server on one database, and how to drop it. */
  database: () => Promise<{ env: Record<string, string>; drop: () => Promise<void> }>;
}

const pg = postgresUrl();
const backends: Backend[] = [
  {
    name: 'SQLite',
    database: async () => {
      const tmp = tempDir();
      return { env: { HEATLINE_DATA_DIR: tmp.dir }, drop: async () => tmp.remove() };
    },
  },
  ...(pg
    ? [
        {
          name: 'PostgreSQL',
          database: async () => {
            const db = await createDatabase(pg);
            return { env: { DATABASE_URL: db.url, HEATLINE_DEMO: '1' }, drop: db.drop };
          },
        },
      ]
    : []),
];

describe.each(backends)('kill -9 during write bursts on $name', (backend) => {
  let server: RunningServer | undefined;
  let drop: (() => Promise<void>) | undefined;
  afterAll(async () => {
    await server?.stop('SIGKILL');
    await drop?.();
  });

  it(`keeps every acknowledged registration, and each ticket with its event, across ${KILL_AFTER.length} kills`, async () => {
    const db = await backend.database();
    drop = db.drop;
    server = await startServer(db.env);
    const desk = await login(server.url, 'desk');
    const attempts: Attempt[] = [];
    for (const [burst, killAfter] of KILL_AFTER.entries()) {
      const run = await burstThenKill(server, desk, burst, killAfter);
      attempts.push(...run.attempts);
      // The kill came mid-burst: other clients' registrations were still unanswered.
      expect(run.inFlightAtKill).toBeGreaterThan(0);
      // The same database, the same session: what was acknowledged must all be there.
      server = await startServer(db.env);
    }

    const leader = await login(server.url, 'leader');
    const tickets = await allTickets(server.url, leader);
    const byDescription = new Map<string, ListedTicket[]>();
    for (const t of tickets) byDescription.set(t.description, [...(byDescription.get(t.description) ?? []), t]);

    const acknowledged = attempts.filter((a) => a.id);
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER.reduce((s, n) => s + n, 0));
    const lost = acknowledged.filter((a) => byDescription.get(a.description)?.[0]?.id !== a.id);
    expect(lost.map((a) => a.description)).toEqual([]);
    // Unacknowledged ones are there once or not at all; nothing is there that was never sent.
    const sent = new Set(attempts.map((a) => a.description));
    expect(tickets.filter((t) => !sent.has(t.description)).map((t) => t.description)).toEqual([]);
    expect([...byDescription].filter(([, ts]) => ts.length > 1).map(([d]) => d)).toEqual([]);

    // Each ticket came with its registration event, in the same transaction.
    const withoutEvent = tickets.filter((t) => t.events.map((e) => e.type).join() !== 'TICKET_REGISTERED');
    expect(withoutEvent.map((t) => ({ id: t.id, events: t.events }))).toEqual([]);
    const events = tickets.flatMap((t) => t.events);
    expect(new Set(events.map((e) => e.seq)).size).toBe(events.length);
    expect(tickets.filter((t) => t.events.some((e) => e.ticketId !== t.id)).map((t) => t.id)).toEqual([]);

    // The log replayed from its start is exactly those events, in increasing seq order.
    const feed = subscribe(server.wsUrl, { token: leader }, FEED, { since: '0' });
    const replayed = await feed.waitFor(events.length, `the ${events.length} events in the log`);
    await feed.stop();
    const seqs = replayed.map((e: { seq: number }) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(seqs).toEqual(events.map((e) => e.seq).sort((a, b) => a - b));

    console.log(
      `${backend.name}: ${attempts.length} registrations sent, ${acknowledged.length} acknowledged and all kept, ` +
        `${tickets.length - acknowledged.length} unacknowledged but committed, ` +
        `${attempts.length - tickets.length} never committed`,
    );
  }, 180_000);
});
