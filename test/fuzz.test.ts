import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fuzzCases, type Credential, type FuzzCase, type Known } from './support/fuzz.js';
import { login, ok } from './support/graphql.js';
import { residentBytes, startServer, tempDir, type RunningServer } from './support/server.js';
import { registerForJinquan } from './support/tickets.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20091116);
const RUNS = 2_000;
const WS_SHARE = 0.15;
const CONCURRENCY = 4;
const MEMORY_BOUND = 1024 ** 3;
/** A subscription that is accepted and has nothing to send yet is a right answer; this long without a word is taken for one. */
const QUIET_MS = 300;
/** Any other request gets its answer well within this, or that is a finding. */
const ANSWER_MS = 20_000;

/** Close codes a server may answer with: the client's fault, its credential, its pace; never the server's own failure. */
const CLIENT_CLOSE_CODES = new Set([1009, 1013, 4400, 4401, 4403, 4408, 4409, 4429, 4503]);

const schema = buildSchema(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));

interface Finding {
  problem: string;
  case: FuzzCase;
  /** Its place in the run: the same seed generates it again. */
  index: number;
}

interface GraphQLAnswer {
  data?: unknown;
  errors?: Array<{ message?: unknown; extensions?: { code?: unknown } }>;
}

/** What is wrong with an answer's body, or null: it must be data, or errors each with a stable code. */
function judge(body: unknown, codes: Map<string, number>): string | null {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return `the answer is not an object: ${show(body)}`;
  const { data, errors } = body as GraphQLAnswer;
  if (errors === undefined) {
    codes.set('(data)', (codes.get('(data)') ?? 0) + 1);
    return data && typeof data === 'object' ? null : `neither data nor errors: ${show(body)}`;
  }
  if (!Array.isArray(errors) || !errors.length) return `errors is not a list of errors: ${show(errors)}`;
  for (const e of errors) {
    const code = e?.extensions?.code;
    if (typeof code !== 'string' || !/^[A-Z][A-Z0-9_]*$/.test(code)) return `an error without a code: ${show(e)}`;
    if (code === 'INTERNAL_SERVER_ERROR') return `INTERNAL_SERVER_ERROR: ${String(e.message)}`;
  }
  const first = String(errors[0]!.extensions!.code);
  codes.set(first, (codes.get(first) ?? 0) + 1);
  return null;
}

const show = (v: unknown) => {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
};

describe('fuzzing the API with generated documents and inputs', () => {
  const tmp = tempDir();
  let server: RunningServer;
  const secrets: Partial<Record<Credential, string>> = { bogus: 'not-a-token' };
  const known: Known = { ids: ['0', '-1', '1', '2', '999999', 'cp-001', 'unit-jinquan'], cursors: [] };

  beforeAll(async () => {
    // The rate limit at its most generous: 2,000 requests in seconds from a handful of credentials would
    // otherwise be mostly TOO_MANY_REQUESTS, a right answer that stops the rest being exercised.
    server = await startServer({ HEATLINE_DATA_DIR: tmp.dir, HEATLINE_RATE_LIMIT: '100000000' });
    for (const user of ['desk', 'leader', 'admin', 'jinquan1', 'jinquan-head'] as const)
      secrets[user] = await login(server.url, user);
    const created = (
      await ok(
        server.url,
        `mutation { createApiKey(name: "fuzz", scopes: ["tickets:read", "places:read"]) { key apiKey { id } } }`,
        {},
        secrets.admin,
      )
    ).createApiKey;
    secrets.apiKey = created.key;
    known.ids.push(created.apiKey.id);
    // A few tickets at a unit, one of them claimed, so ids, cursors and moves have something real to work on.
    for (let i = 0; i < 4; i++) {
      const t = await registerForJinquan(server.url, secrets.desk!, {
        description: `fuzz seed ${i}`,
        callerPhone: '13812345678',
      });
      known.ids.push(t.id);
    }
    await ok(
      server.url,
      `mutation($id: ID!) { claimTicket(id: $id) { id } }`,
      { id: known.ids.at(-1) },
      secrets.jinquan1,
    );
    const d = await ok(
      server.url,
      `{ boardCursor tickets(first: 2) { pageInfo { endCursor } } units { members { id } } }`,
      {},
      secrets.leader,
    );
    known.cursors.push(d.boardCursor, d.tickets.pageInfo.endCursor);
    known.ids.push(
      ...d.units.flatMap((u: { members: Array<{ id: string }> }) => u.members.map((m) => m.id)).slice(0, 5),
    );
  });
  afterAll(async () => {
    await server?.stop();
    tmp.remove();
  });

  const authorization = (c: Credential): Record<string, string> =>
    secrets[c] ? { authorization: `Bearer ${secrets[c]}` } : {};

  async function overHttp(c: FuzzCase, codes: Map<string, number>): Promise<string | null> {
    const raw = c.raw;
    const res = await fetch(`${server.url}${raw?.search ?? ''}`, {
      method: raw?.method ?? 'POST',
      headers: {
        'content-type': raw?.contentType ?? 'application/json',
        ...(raw?.method === 'GET' ? { 'apollo-require-preflight': 'true' } : {}),
        ...authorization(c.credential),
      },
      body: raw?.method === 'GET' ? undefined : (raw?.body ?? JSON.stringify(c.body)),
      signal: AbortSignal.timeout(ANSWER_MS),
    });
    const text = await res.text();
    // Node's HTTP parser answers a request line over 16 KiB itself, before any route: no GraphQL there.
    if (res.status === 431 && raw?.method === 'GET') return null;
    if (res.status >= 500) return `HTTP ${res.status}: ${show(text)}`;
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return `HTTP ${res.status} with a body that is not JSON: ${show(text)}`;
    }
    return judge(body, codes);
  }

  function overWebSocket(c: FuzzCase, codes: Map<string, number>, quiet: { n: number }): Promise<string | null> {
    const token = secrets[c.credential];
    const subscription = /^\s*subscription\b/.test(c.body.query);
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const client = createClient({
        url: server.wsUrl,
        webSocketImpl: WebSocket,
        connectionParams: token ? { token } : undefined,
        retryAttempts: 0,
        lazy: true,
        on: {
          connected: () => {
            timer = subscription
              ? setTimeout(() => (quiet.n++, done(null)), QUIET_MS)
              : setTimeout(() => done(`no answer within ${ANSWER_MS} ms`), ANSWER_MS);
          },
        },
      });
      let settled = false;
      const done = (problem: string | null) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(problem);
        void client.dispose();
      };
      client.subscribe(c.body as { query: string; variables?: Record<string, unknown> }, {
        next: (result) => done(judge(result, codes)),
        complete: () => done(null),
        error: (e: unknown) => {
          if (Array.isArray(e)) return done(judge({ errors: e }, codes));
          const close = e as { code?: unknown; reason?: unknown };
          if (typeof close?.code === 'number') {
            codes.set(`close ${close.code}`, (codes.get(`close ${close.code}`) ?? 0) + 1);
            return done(
              CLIENT_CLOSE_CODES.has(close.code)
                ? null
                : `the socket closed with ${close.code} ${String(close.reason)}`,
            );
          }
          done(`the WebSocket failed: ${String(e)}`);
        },
      });
    });
  }

  it(`answers ${RUNS} generated requests with data or coded errors, never a 5xx, in bounded memory`, async () => {
    console.log(`fuzz seed ${SEED} (set FUZZ_SEED to vary it)`);
    const cases = fc.sample(fuzzCases(schema, known, WS_SHARE), { seed: SEED, numRuns: RUNS });
    const codes = new Map<string, number>();
    const quiet = { n: 0 };
    const findings: Finding[] = [];
    let peak = 0;
    const baseline = residentBytes(server.proc.pid!) ?? 0;
    const sampler = setInterval(() => (peak = Math.max(peak, residentBytes(server.proc.pid!) ?? 0)), 100);
    const started = Date.now();
    let next = 0;
    const worker = async () => {
      while (next < cases.length) {
        const index = next++;
        const c = cases[index]!;
        const problem = await (c.transport === 'ws' ? overWebSocket(c, codes, quiet) : overHttp(c, codes)).catch(
          (e: unknown) => `the request failed: ${String(e)}`,
        );
        if (problem) findings.push({ problem, case: c, index });
      }
    };
    try {
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    } finally {
      clearInterval(sampler);
    }
    peak = Math.max(peak, residentBytes(server.proc.pid!) ?? 0);

    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const ws = cases.filter((c) => c.transport === 'ws').length;
    console.log(
      `${RUNS} requests (${RUNS - ws} HTTP, ${ws} WebSocket, ${quiet.n} subscriptions accepted and quiet) in ${seconds} s; ` +
        `RSS ${(baseline / 1024 ** 2).toFixed(0)} MiB before, peak ${(peak / 1024 ** 2).toFixed(0)} MiB; codes ${JSON.stringify(Object.fromEntries([...codes].sort((a, b) => b[1] - a[1])))}`,
    );
    // One entry per kind of finding, with its shortest request: the problem, the transport, and over
    // HTTP the root field (the WebSocket's refusals are the same whatever the field).
    const kindOf = ({ problem, case: c }: Finding) =>
      [
        problem.slice(0, 100),
        c.transport,
        c.raw ? 'raw' : c.transport === 'http' ? /\{\s*(?:\w+\s*:\s*)?(\w+)/.exec(c.body.query)?.[1] : '',
      ].join(' | ');
    const kinds = new Map<string, Finding>();
    for (const f of findings) {
      const seen = kinds.get(kindOf(f));
      if (!seen || f.case.body.query.length < seen.case.body.query.length) kinds.set(kindOf(f), f);
    }
    const report = [...kinds.values()].map((f) => ({
      problem: f.problem,
      times: findings.filter((x) => kindOf(x) === kindOf(f)).length,
      case: `${f.index} of seed ${SEED}`,
      transport: f.case.transport,
      credential: f.case.credential,
      request: f.case.raw ?? {
        query: f.case.body.query.slice(0, 2_000),
        variables: f.case.body.variables,
        operationName: f.case.body.operationName,
      },
    }));
    expect(peak).toBeLessThan(MEMORY_BOUND);
    // Still serving after all of it.
    expect(await ok(server.url, '{ __typename }')).toEqual({ __typename: 'Query' });
    expect(report).toEqual([]);
  }, 240_000);
});
