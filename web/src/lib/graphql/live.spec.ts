import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import type { Client, Sink } from 'graphql-ws';
import { describe, expect, it, vi } from 'vitest';
import manifest from './generated/persisted-documents.json';
import { live } from './live.js';

type Event = { cursor: string; type: string };
// A stand-in for a page's own subscription; only its `since` matters here.
const Events = parse(
  'subscription ($since: String, $filter: BoardEventFilter) { boardEvents(since: $since, filter: $filter) { cursor type } }',
) as TypedDocumentNode<{ boardEvents: Event }, { since?: string | null; filter?: { ticketIds: string[] } }>;

const cursorId = Object.entries(manifest as Record<string, string>).find(
  ([, text]) => text === 'query BoardCursor { boardCursor }',
)?.[0];

/** A socket that answers the cursor query on demand and keeps each subscription's payload, as graphql-ws does. */
function fakeSocket() {
  const cursorAsks: Array<(cursor: string) => void> = [];
  const subscriptions: Array<{ payload: { variables: Record<string, unknown> }; sink: Sink; stopped: boolean }> = [];
  const client = {
    subscribe: (
      payload: { query: string; variables: Record<string, unknown>; extensions?: { documentId?: string } },
      sink: Sink,
    ) => {
      // The cursor query is one of the app's own documents, sent by its id.
      if (payload.extensions?.documentId === cursorId) {
        cursorAsks.push((cursor) => {
          sink.next({ data: { boardCursor: cursor } });
          sink.complete();
        });
        return () => undefined;
      }
      const sub = { payload, sink, stopped: false };
      subscriptions.push(sub);
      return () => (sub.stopped = true);
    },
  } as unknown as Client;
  const send = (e: Event) => subscriptions.at(-1)!.sink.next({ data: { boardEvents: e } });
  return { client, cursorAsks, subscriptions, send };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('a live page', () => {
  it('reads the cursor, then the snapshot, then follows from that cursor', async () => {
    const s = fakeSocket();
    const order: string[] = [];
    const snapshot = vi.fn(async () => (order.push('snapshot'), ['a']));
    const l = live(s.client, {
      snapshot,
      onSnapshot: (snap, cursor) => order.push(`applied ${snap.join()} at ${cursor}`),
      events: Events,
      variables: { filter: { ticketIds: ['7'] } },
      onEvent: (e: Event) => order.push(`event ${e.cursor}`),
    });
    await flush();
    expect(snapshot).not.toHaveBeenCalled();
    s.cursorAsks[0]!('41');
    await l.started;
    expect(s.subscriptions[0]!.payload.variables).toEqual({ filter: { ticketIds: ['7'] }, since: '41' });
    s.send({ cursor: '42', type: 'TICKET_CLAIMED' });
    expect(order).toEqual(['snapshot', 'applied a at 41', 'event 42']);
  });

  it('resumes after a reconnect from the last cursor it saw', async () => {
    const s = fakeSocket();
    const l = live(s.client, { snapshot: async () => null, events: Events, variables: {}, onEvent: () => undefined });
    s.cursorAsks[0]!('10');
    await l.started;
    s.send({ cursor: '11', type: 'TICKET_REGISTERED' });
    s.send({ cursor: '12', type: 'TICKET_TRANSFERRED' });
    // graphql-ws sends the very payload object again when it resubscribes.
    expect(s.subscriptions[0]!.payload.variables.since).toBe('12');
  });

  it('starts nothing when the page is left while the cursor is on its way', async () => {
    const s = fakeSocket();
    const snapshot = vi.fn(async () => null);
    const alongside = vi.fn(() => () => undefined);
    const l = live(s.client, { snapshot, events: Events, variables: {}, onEvent: () => undefined, alongside });
    l.stop();
    s.cursorAsks[0]!('5');
    await l.started;
    expect(snapshot).not.toHaveBeenCalled();
    expect(s.subscriptions).toHaveLength(0);
    expect(alongside).not.toHaveBeenCalled();
  });

  it('neither applies a snapshot nor subscribes when the page is left while the snapshot loads', async () => {
    const s = fakeSocket();
    let answer: (v: string[]) => void = () => undefined;
    const onSnapshot = vi.fn();
    const l = live(s.client, {
      snapshot: () => new Promise<string[]>((r) => (answer = r)),
      onSnapshot,
      events: Events,
      variables: {},
      onEvent: () => undefined,
    });
    s.cursorAsks[0]!('5');
    await flush();
    l.stop();
    answer(['late']);
    await l.started;
    expect(onSnapshot).not.toHaveBeenCalled();
    expect(s.subscriptions).toHaveLength(0);
  });

  it('stops following, and what runs alongside, when the page is left', async () => {
    const s = fakeSocket();
    const onEvent = vi.fn();
    const quiet = vi.fn();
    const l = live(s.client, {
      snapshot: async () => null,
      events: Events,
      variables: {},
      onEvent,
      alongside: () => quiet,
    });
    s.cursorAsks[0]!('1');
    await l.started;
    l.stop();
    expect(s.subscriptions[0]!.stopped).toBe(true);
    expect(quiet).toHaveBeenCalledOnce();
    // An event already in flight when the page was left is dropped.
    s.send({ cursor: '2', type: 'TICKET_CLAIMED' });
    expect(onEvent).not.toHaveBeenCalled();
  });

  it('starts again from a fresh cursor and snapshot when the server says it skipped events (a GAP)', async () => {
    const s = fakeSocket();
    const snapshots: string[] = [];
    const l = live(s.client, {
      snapshot: async (cursor) => void snapshots.push(cursor),
      events: Events,
      variables: {},
      onEvent: () => undefined,
    });
    s.cursorAsks[0]!('5');
    await l.started;
    // Away too long: the stream starts with a GAP instead of replaying what was missed.
    s.send({ cursor: '1000', type: 'GAP' });
    expect(s.subscriptions[0]!.stopped).toBe(true);
    await flush();
    s.cursorAsks[1]!('2000');
    await until(() => s.subscriptions.length === 2);
    expect(snapshots).toEqual(['5', '2000']);
    expect(s.subscriptions[1]!.payload.variables.since).toBe('2000');
    // Any other error is the connection's to retry: nothing starts again.
    s.subscriptions[1]!.sink.error(new Error('socket closed'));
    await flush();
    expect(s.cursorAsks).toHaveLength(2);
    l.stop();
  });
});

async function until(cond: () => boolean) {
  for (let i = 0; i < 100 && !cond(); i++) await flush();
  expect(cond()).toBe(true);
}
