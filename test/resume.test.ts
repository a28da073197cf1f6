import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
// Plain JavaScript, meant to be copied by third parties as it is.
import { followBoard } from '../clients/follow-board.mjs';
import { login, ok } from './support/graphql.js';
import { startServer, tempDir, type RunningServer } from './support/server.js';
import { until } from './support/ws.js';

const CALL = {
  kind: 'COMPLAINT',
  category: 'NO_HEAT',
  channel: 'MAYOR_HOTLINE',
  complexity: 'GENERAL',
  callerName: '钱八',
  callerPhone: '13812345678',
  compoundId: 'cp-001',
  description: '暖气不热',
};
const CREATE = 'mutation($i: CreateTicketInput!) { createTicket(input: $i) { id } }';

/**
 * Finding 15: a standard graphql-ws client that reconnected re-sent its first `since` and got the
 * same events again (9 events, 6 unique, across a restart). The helper in clients/ resumes right.
 */
describe('a third party following the board across a restart', () => {
  let server: RunningServer;
  let tmp: ReturnType<typeof tempDir>;

  beforeAll(async () => {
    tmp = tempDir();
    server = await startServer({ HEATLINE_DATA_DIR: tmp.dir, HEATLINE_REPLAY_WINDOW: '20' });
  });
  afterAll(async () => {
    await server?.stop();
    tmp?.remove();
  });

  it('gets every event once, in order, and re-reads when it was away too long', async () => {
    const desk = await login(server.url, 'desk');
    const leader = await login(server.url, 'leader');
    const register = async (n: number) => {
      for (let i = 0; i < n; i++) await ok(server.url, CREATE, { i: CALL }, desk);
    };
    const client = createClient({
      // The server comes back on another port (as after a move behind a load balancer).
      url: () => server.wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: { token: leader },
      retryAttempts: 1_000,
      // graphql-ws retries only a closed connection by default, not one that could not be opened.
      shouldRetry: () => true,
      retryWait: () => new Promise((r) => setTimeout(r, 200)),
    });
    const events: Array<{ seq: number; type: string; cursor: string }> = [];
    let gaps = 0;
    const errors: unknown[] = [];
    const since = (await ok(server.url, '{ boardCursor }', {}, leader)).boardCursor as string;
    const stop = followBoard(client, {
      since,
      filter: { types: ['TICKET_REGISTERED'] },
      selection: 'seq cursor type',
      onEvent: (e: { seq: number; type: string; cursor: string }) => events.push(e),
      onGap: async () => {
        gaps += 1;
        return (await ok(server.url, '{ boardCursor }', {}, leader)).boardCursor;
      },
      onError: (e: unknown) => errors.push(e),
    });

    await register(3);
    await until(() => events.length === 3, '3 events before the restart');
    await server.stop();
    server = await startServer({ HEATLINE_DATA_DIR: tmp.dir, HEATLINE_REPLAY_WINDOW: '20' });
    await register(3);
    await until(
      () => events.length === 6,
      '6 events after the restart',
      () => JSON.stringify({ events, errors }),
    );
    const seqs = events.map((e) => e.seq);
    expect(new Set(seqs).size).toBe(6);
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
    expect(gaps).toBe(0);

    stop();
    // Away for longer than the replay window (20 events here): told of the gap, re-reads, follows from there.
    const last = events.at(-1);
    await register(25);
    const later: Array<{ seq: number }> = [];
    const resumed = followBoard(client, {
      since: last!.cursor,
      filter: { types: ['TICKET_REGISTERED'] },
      onEvent: (e: { seq: number }) => later.push(e),
      onGap: async () => {
        gaps += 1;
        return (await ok(server.url, '{ boardCursor }', {}, leader)).boardCursor;
      },
      onError: (e: unknown) => errors.push(e),
    });
    await until(() => gaps === 1, 'the re-read');
    await register(1);
    await until(() => later.length === 1, 'the event after the re-read');
    expect(later[0]!.seq).toBeGreaterThan(seqs.at(-1)! + 25);
    expect(errors).toEqual([]);
    resumed();
    await client.dispose();
  });
});
