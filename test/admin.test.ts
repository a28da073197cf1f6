import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, login, ok, type GqlResult } from './support/graphql.js';
import { startServer, tempDir, type RunningServer } from './support/server.js';
import { subscribe, until } from './support/ws.js';

const USER_CREATE = fileURLToPath(new URL('../server/dist/cli/user-create.js', import.meta.url));
// The web app's operations, as its build extracted them.
const manifest = JSON.parse(
  readFileSync(new URL('../web/src/lib/graphql/generated/persisted-documents.json', import.meta.url), 'utf8'),
) as Record<string, string>;

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
const TICKETS = '{ tickets(first: 200) { edges { node { id unit { id } callerPhone } } } }';
const VIEWER = '{ viewer { kind id name scopes unitIds role } }';
const BOARD = `subscription($since: String) { boardEvents(since: $since) { seq type } }`;

let server: RunningServer;
let url: string;
const tmp = tempDir();

/** A GraphQL call as a client at `address` (the server trusts one proxy here, as behind nginx). */
async function from(
  address: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GqlResult> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': address,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { ...((await res.json()) as object), status: res.status };
}

/** Runs `fn` over `items`, `concurrency` at a time, answers in order. */
async function pool<T, R>(items: T[], concurrency: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return out;
}

let addressCount = 0;
/** A client address no other test has used, so each test's counts are its own. */
const freshAddress = () => `203.0.113.${++addressCount}`;

const tokens: Record<string, string> = {};
const as = (username: string) => ({
  ok: (q: string, v: Record<string, unknown> = {}) => ok(url, q, v, tokens[username]),
  gql: (q: string, v: Record<string, unknown> = {}) => from(freshAddress(), q, v, tokens[username]),
});

beforeAll(async () => {
  server = await startServer({ HEATLINE_DATA_DIR: tmp.dir, HEATLINE_TRUST_PROXY: '1' });
  url = server.url;
  for (const u of ['admin', 'desk', 'leader']) tokens[u] = await login(url, u);
});
afterAll(async () => {
  await server?.stop();
  tmp.remove();
});

describe('sign-in limits', () => {
  it('answers only the first few of 200 wrong passwords at 20 concurrent, then refuses the right one too', async () => {
    const address = freshAddress();
    const answers = await pool(
      Array.from({ length: 200 }, (_, i) => i),
      20,
      (i) => from(address, LOGIN, { u: 'jinquan1', p: `guess-${i}` }),
    );
    const codes = answers.map(codeOf);
    const wrong = codes.filter((c) => c === 'UNAUTHENTICATED').length;
    const limited = answers.filter((a) => codeOf(a) === 'TOO_MANY_REQUESTS');
    // Five free failures, then one attempt per backoff window: a burst cannot try more.
    expect(wrong).toBeLessThanOrEqual(6);
    expect(wrong + limited.length).toBe(200);
    expect(limited[0]!.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(0);

    const right = await from(address, LOGIN, { u: 'jinquan1', p: 'heatline' });
    expect(codeOf(right)).toBe('TOO_MANY_REQUESTS');
    expect(right.data?.login).toBeFalsy();
    // From another address too: the lock is on the username.
    expect(codeOf(await from(freshAddress(), LOGIN, { u: 'jinquan1', p: 'heatline' }))).toBe('TOO_MANY_REQUESTS');
    // Another user from the same address signs in: a few failures do not lock a whole office.
    expect(codeOf(await from(address, LOGIN, { u: 'jinquan2', p: 'heatline' }))).toBeUndefined();
    expect(server.output()).toMatch(/"event":"login.refused".*"username":"jinquan1"/);
    expect(server.output()).not.toContain('guess-1');
  });

  it('starts a username afresh after a right password', async () => {
    const address = freshAddress();
    for (let i = 0; i < 4; i++)
      expect(codeOf(await from(address, LOGIN, { u: 'jinquan3', p: `wrong-${i}` }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await from(address, LOGIN, { u: 'jinquan3', p: 'heatline' }))).toBeUndefined();
    for (let i = 0; i < 5; i++)
      expect(codeOf(await from(address, LOGIN, { u: 'jinquan3', p: `again-${i}` }))).toBe('UNAUTHENTICATED');
  });

  it('limits one address guessing many usernames', async () => {
    const address = freshAddress();
    const answers = await pool(
      Array.from({ length: 40 }, (_, i) => i),
      8,
      (i) => from(address, LOGIN, { u: `nobody${i}`, p: 'wrong password' }),
    );
    expect(answers.filter((a) => codeOf(a) === 'TOO_MANY_REQUESTS').length).toBeGreaterThan(0);
    const right = await from(address, LOGIN, { u: 'xingping1', p: 'heatline' });
    expect(codeOf(right)).toBe('TOO_MANY_REQUESTS');
    expect(right.errors![0]!.extensions!.by).toBe('address');
    expect(codeOf(await from(freshAddress(), LOGIN, { u: 'xingping1', p: 'heatline' }))).toBeUndefined();
  });
});

describe('users', () => {
  const CREATE =
    'mutation($input: CreateUserInput!) { createUser(input: $input) { id username role active unit { id } } }';
  const user = (over: Record<string, unknown> = {}) => ({
    username: `u${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`,
    displayName: '自来水公司 新人',
    password: 'winter-2009-pingdu',
    role: 'STAFF',
    unitId: 'unit-water',
    ...over,
  });

  it('are created by an admin only, with a unit for staff and a password that is not weak', async () => {
    expect(codeOf(await as('desk').gql(CREATE, { input: user() }))).toBe('FORBIDDEN');
    expect(codeOf(await as('admin').gql(CREATE, { input: user({ unitId: null }) }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await as('admin').gql(CREATE, { input: user({ password: 'short' }) }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await as('admin').gql(CREATE, { input: user({ password: '          ' }) }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await as('admin').gql(CREATE, { input: user({ unitId: 'unit-nowhere' }) }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await as('admin').gql(CREATE, { input: user({ username: 'Bad Name!' }) }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await as('admin').gql(CREATE, { input: user({ displayName: 'a\u0000b' }) }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await as('admin').gql(CREATE, { input: user({ username: 'desk' }) }))).toBe('BAD_USER_INPUT');

    const input = user();
    const created = (await as('admin').ok(CREATE, { input })).createUser;
    expect(created).toMatchObject({
      username: input.username,
      role: 'STAFF',
      active: true,
      unit: { id: 'unit-water' },
    });
    const token = await login(url, input.username, input.password);
    expect((await ok(url, '{ me { username unit { id } } }', {}, token)).me.unit.id).toBe('unit-water');
    const listed = (await as('admin').ok('{ users { username active } }')).users;
    expect(listed).toEqual(expect.arrayContaining([{ username: input.username, active: true }]));
    expect(codeOf(await as('leader').gql('{ users { id } }'))).toBe('FORBIDDEN');
  });

  it('deactivated, are signed out at once: their socket closes with 4401 and they cannot sign in', async () => {
    const input = user();
    const created = (await as('admin').ok(CREATE, { input })).createUser;
    const token = await login(url, input.username, input.password);
    const { boardCursor } = await ok(url, '{ boardCursor }', {}, token);
    const live = subscribe(server.wsUrl, { token }, BOARD, { since: boardCursor });
    await live.connected;

    await as('admin').ok('mutation($id: ID!) { deactivateUser(id: $id) { active } }', { id: created.id });
    await until(() => live.closed !== null, 'the socket to close');
    expect(live.closed!.code).toBe(4401);
    expect(codeOf(await from(freshAddress(), '{ me { id } }', {}, token))).toBe('UNAUTHENTICATED');
    expect(codeOf(await from(freshAddress(), LOGIN, { u: input.username, p: input.password }))).toBe('UNAUTHENTICATED');
    await live.stop();

    await as('admin').ok('mutation($id: ID!) { reactivateUser(id: $id) { active } }', { id: created.id });
    await login(url, input.username, input.password);
  });

  it('given a new role or unit, sign in again with the new rights; a new name keeps them signed in', async () => {
    const input = user();
    const created = (await as('admin').ok(CREATE, { input })).createUser;
    const UPDATE = 'mutation($input: UpdateUserInput!) { updateUser(input: $input) { displayName role unit { id } } }';
    let token = await login(url, input.username, input.password);
    await as('admin').ok(UPDATE, { input: { id: created.id, displayName: '自来水公司 改名' } });
    expect((await ok(url, '{ me { displayName } }', {}, token)).me.displayName).toBe('自来水公司 改名');

    expect(codeOf(await as('admin').gql(UPDATE, { input: { id: created.id, role: 'HEAD', clearUnit: true } }))).toBe(
      'BAD_USER_INPUT',
    );
    const moved = (await as('admin').ok(UPDATE, { input: { id: created.id, role: 'HEAD', unitId: 'unit-price' } }))
      .updateUser;
    expect(moved).toMatchObject({ role: 'HEAD', unit: { id: 'unit-price' } });
    await until(async () => codeOf(await from(freshAddress(), '{ me { id } }', {}, token)) === 'UNAUTHENTICATED');
    token = await login(url, input.username, input.password);
    expect((await ok(url, VIEWER, {}, token)).viewer).toMatchObject({
      kind: 'USER',
      role: 'HEAD',
      unitIds: ['unit-price'],
      scopes: [],
    });
  });

  it('get a new password from an admin, which ends their sessions', async () => {
    const input = user();
    const created = (await as('admin').ok(CREATE, { input })).createUser;
    const token = await login(url, input.username, input.password);
    const RESET = 'mutation($id: ID!, $p: String!) { resetPassword(id: $id, password: $p) { id } }';
    expect(codeOf(await as('admin').gql(RESET, { id: created.id, p: 'abc' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await as('admin').gql(RESET, { id: '999999', p: 'a new long password' }))).toBe('NOT_FOUND');
    await as('admin').ok(RESET, { id: created.id, p: 'a new long password' });
    expect(codeOf(await from(freshAddress(), '{ me { id } }', {}, token))).toBe('UNAUTHENTICATED');
    await login(url, input.username, 'a new long password');
  });

  it('change their own password after giving the current one', async () => {
    const input = user();
    await as('admin').ok(CREATE, { input });
    const token = await login(url, input.username, input.password);
    const other = await login(url, input.username, input.password);
    const CHANGE = 'mutation($c: String!, $n: String!) { changeOwnPassword(currentPassword: $c, newPassword: $n) }';
    expect(codeOf(await from(freshAddress(), CHANGE, { c: 'not it', n: 'my own new secret' }, token))).toBe(
      'UNAUTHENTICATED',
    );
    expect(codeOf(await from(freshAddress(), CHANGE, { c: input.password, n: 'short' }, token))).toBe('BAD_USER_INPUT');
    expect((await ok(url, CHANGE, { c: input.password, n: 'my own new secret' }, token)).changeOwnPassword).toBe(true);
    // This session goes on; the other one ended; the old password no longer works.
    expect((await ok(url, '{ me { username } }', {}, token)).me.username).toBe(input.username);
    expect(codeOf(await from(freshAddress(), '{ me { id } }', {}, other))).toBe('UNAUTHENTICATED');
    expect(codeOf(await from(freshAddress(), LOGIN, { u: input.username, p: input.password }))).toBe('UNAUTHENTICATED');
    await login(url, input.username, 'my own new secret');
    expect(codeOf(await from(freshAddress(), CHANGE, { c: 'x', n: 'my own new secret' }))).toBe('UNAUTHENTICATED');
  });

  it('never lets an admin deactivate themselves or drop their own ADMIN role', async () => {
    const me = (await as('admin').ok('{ me { id } }')).me.id;
    expect(codeOf(await as('admin').gql('mutation($id: ID!) { deactivateUser(id: $id) { id } }', { id: me }))).toBe(
      'FORBIDDEN',
    );
    const UPDATE = 'mutation($input: UpdateUserInput!) { updateUser(input: $input) { id } }';
    expect(codeOf(await as('admin').gql(UPDATE, { input: { id: me, role: 'LEADER' } }))).toBe('FORBIDDEN');
  });
});

describe('units', () => {
  const UNITS = '{ units { id name active } }';

  it('are created, renamed and deactivated by an admin; a deactivated unit is offered for nothing new', async () => {
    const CREATE = 'mutation($input: CreateUnitInput!) { createUnit(input: $input) { id kind name nameEn active } }';
    const unit = { id: 'unit-property-09', kind: 'PROPERTY_COMPANY', name: '新城物业', nameEn: 'Xincheng Property' };
    expect(codeOf(await as('leader').gql(CREATE, { input: unit }))).toBe('FORBIDDEN');
    expect(codeOf(await as('admin').gql(CREATE, { input: { ...unit, id: 'Unit 9' } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await as('admin').gql(CREATE, { input: { ...unit, name: ' ' } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await as('admin').gql(CREATE, { input: { ...unit, id: 'unit-water' } }))).toBe('BAD_USER_INPUT');
    expect((await as('admin').ok(CREATE, { input: unit })).createUnit).toMatchObject({
      ...unit,
      active: true,
    } as never);
    await as('admin').ok(
      'mutation { renameUnit(input: { id: "unit-property-09", name: "新城物业公司", nameEn: "Xincheng Property Co." }) { id } }',
    );
    expect((await as('desk').ok(UNITS)).units).toEqual(
      expect.arrayContaining([{ id: 'unit-property-09', name: '新城物业公司', active: true }]),
    );

    // A ticket goes there, then the unit is deactivated: the ticket stays readable, no new one goes.
    const t = (
      await as('desk').ok(
        `mutation { createTicket(input: { kind: COMPLAINT, category: "NO_HEAT", channel: "MAYOR_HOTLINE", callerName: "王五",
           callerPhone: "13900000009", description: "不热" }) { id } }`,
      )
    ).createTicket;
    const TRANSFER =
      'mutation($id: ID!, $u: ID!) { transferTicket(id: $id, unitId: $u, note: "新物业接管") { unit { id name } } }';
    await as('desk').ok(TRANSFER, { id: t.id, u: 'unit-property-09' });
    expect(codeOf(await as('admin').gql('mutation { deactivateUnit(id: "unit-hotline") { id } }'))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await as('admin').gql('mutation { deactivateUnit(id: "unit-nowhere") { id } }'))).toBe('NOT_FOUND');
    await as('admin').ok('mutation { deactivateUnit(id: "unit-property-09") { active } }');
    expect((await as('desk').ok(UNITS)).units.map((u: { id: string }) => u.id)).not.toContain('unit-property-09');
    expect((await as('admin').ok('{ units(includeInactive: true) { id active } }')).units).toEqual(
      expect.arrayContaining([{ id: 'unit-property-09', active: false }]),
    );
    const ticket = (await as('leader').ok(`{ ticket(id: "${t.id}") { unit { id name active } } }`)).ticket;
    expect(ticket.unit).toEqual({ id: 'unit-property-09', name: '新城物业公司', active: false });
    const t2 = (
      await as('desk').ok(
        `mutation { createTicket(input: { kind: COMPLAINT, category: "NO_HEAT", channel: "MAYOR_HOTLINE", callerName: "王六",
           callerPhone: "13900000010", description: "不热" }) { id } }`,
      )
    ).createTicket;
    const refused = await as('desk').gql(TRANSFER, { id: t2.id, u: 'unit-property-09' });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0]!.extensions!.messageKey).toBe('input.inactiveUnit');
    const CREATE_USER = 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }';
    expect(
      codeOf(
        await as('admin').gql(CREATE_USER, {
          input: {
            username: 'xc1',
            displayName: '新城',
            password: 'winter-2009-pingdu',
            role: 'STAFF',
            unitId: 'unit-property-09',
          },
        }),
      ),
    ).toBe('BAD_USER_INPUT');
  });

  it('in the demo, every unit in the room has a head and staff', async () => {
    const units = (await as('admin').ok('{ units { id kind members { role } } }')).units as Array<{
      id: string;
      kind: string;
      members: Array<{ role: string }>;
    }>;
    const room = units.filter((u) => u.kind !== 'DESK' && u.id.startsWith('unit-') && u.id !== 'unit-property-09');
    expect(room.length).toBeGreaterThanOrEqual(16);
    for (const u of room)
      expect([u.id, [...new Set(u.members.map((m) => m.role))].sort()]).toEqual([u.id, ['HEAD', 'STAFF']]);
  });
});

describe('API keys', () => {
  const CREATE = `mutation($name: String!, $scopes: [String!]!, $unitIds: [ID!], $expiresAt: DateTimeISO) {
    createApiKey(name: $name, scopes: $scopes, unitIds: $unitIds, expiresAt: $expiresAt) {
      key apiKey { id name scopes unitIds expiresAt lastUsedAt kind } } }`;

  it('limited to a unit read only that unit’s tickets', async () => {
    for (const unit of ['unit-jinquan', 'unit-xingping']) {
      const { t } = await as('desk').ok(
        `mutation { t: createTicket(input: { kind: COMPLAINT, category: "NO_HEAT", channel: "MAYOR_HOTLINE",
          callerName: "赵四", callerPhone: "13700000001", description: "不热" }) { id } }`,
      );
      await as('desk').ok('mutation($id: ID!, $u: ID!) { transferTicket(id: $id, unitId: $u, note: "测试") { id } }', {
        id: t.id,
        u: unit,
      });
    }
    const { key, apiKey } = (
      await as('admin').ok(CREATE, { name: 'Jinquan CRM', scopes: ['tickets:read'], unitIds: ['unit-jinquan'] })
    ).createApiKey;
    expect(apiKey).toMatchObject({ name: 'Jinquan CRM', unitIds: ['unit-jinquan'], kind: 'API_KEY' });
    const seen = (await ok(url, TICKETS, {}, key)).tickets.edges.map((e: any) => e.node);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((t: any) => t.unit?.id === 'unit-jinquan')).toBe(true);
    expect((await ok(url, VIEWER, {}, key)).viewer).toEqual({
      kind: 'API_KEY',
      id: apiKey.id,
      name: 'Jinquan CRM',
      scopes: ['tickets:read'],
      unitIds: ['unit-jinquan'],
      role: null,
    });
    expect((await ok(url, '{ me { id } }', {}, key)).me).toBeNull();
    expect(
      codeOf(await as('admin').gql(CREATE, { name: 'x', scopes: ['tickets:read'], unitIds: ['unit-nowhere'] })),
    ).toBe('BAD_USER_INPUT');
    expect(codeOf(await as('admin').gql(CREATE, { name: 'x', scopes: ['tickets:read'], unitIds: [] }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('record their last use, and stop at their expiry', async () => {
    expect(
      codeOf(
        await as('admin').gql(CREATE, { name: 'old', scopes: ['places:read'], expiresAt: '2020-01-01T00:00:00Z' }),
      ),
    ).toBe('BAD_USER_INPUT');
    const expiresAt = new Date(Date.now() + 3_000).toISOString();
    const { key, apiKey } = (await as('admin').ok(CREATE, { name: 'trial', scopes: ['places:read'], expiresAt }))
      .createApiKey;
    expect(apiKey.lastUsedAt).toBeNull();
    await ok(url, '{ units { id } }', {}, key);
    const listed = (await as('admin').ok('{ apiKeys { id lastUsedAt expiresAt } }')).apiKeys.find(
      (k: { id: string }) => k.id === apiKey.id,
    );
    expect(listed.lastUsedAt).not.toBeNull();
    expect(listed.expiresAt).toBe(expiresAt);
    await until(
      async () => codeOf(await from(freshAddress(), '{ units { id } }', {}, key)) === 'UNAUTHENTICATED',
      'the key to expire',
    );
    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(expiresAt));
  });

  it('rotated, work with the new secret only, and the old secret’s socket closes with 4401', async () => {
    const { key, apiKey } = (await as('admin').ok(CREATE, { name: 'paper', scopes: ['tickets:read'] })).createApiKey;
    const { boardCursor } = await ok(url, '{ boardCursor }', {}, key);
    const live = subscribe(server.wsUrl, { token: key }, BOARD, { since: boardCursor });
    await live.connected;
    expect(
      codeOf(await as('desk').gql('mutation($id: ID!) { rotateApiKey(id: $id) { key } }', { id: apiKey.id })),
    ).toBe('FORBIDDEN');
    const rotated = (
      await as('admin').ok('mutation($id: ID!) { rotateApiKey(id: $id) { key apiKey { id } } }', {
        id: apiKey.id,
      })
    ).rotateApiKey;
    expect(rotated.key).not.toBe(key);
    expect(rotated.apiKey.id).toBe(apiKey.id);
    await until(() => live.closed !== null, 'the old socket to close');
    expect(live.closed!.code).toBe(4401);
    expect(codeOf(await from(freshAddress(), TICKETS, {}, key))).toBe('UNAUTHENTICATED');
    await ok(url, TICKETS, {}, rotated.key);
    await live.stop();
  });
});

describe('wall displays', () => {
  const CREATE = `mutation($name: String!) { createDisplay(input: { name: $name }) {
    code expiresAt apiKey { id kind scopes pairingExpiresAt } } }`;
  const PAIR = 'mutation($code: String!) { pairDisplay(code: $code) { token name } }';

  it('pair once from a code, read the board but no caller, write nothing, and end with 4401 when revoked', async () => {
    expect(codeOf(await as('leader').gql(CREATE, { name: 'x' }))).toBe('FORBIDDEN');
    const pairing = (await as('admin').ok(CREATE, { name: '调度大厅左墙' })).createDisplay;
    expect(pairing.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(pairing.apiKey).toMatchObject({ kind: 'DISPLAY', scopes: ['tickets:read', 'places:read'] });

    const paired = (await from(freshAddress(), PAIR, { code: pairing.code.toLowerCase() })).data!.pairDisplay;
    expect(paired.name).toBe('调度大厅左墙');
    expect(codeOf(await from(freshAddress(), PAIR, { code: pairing.code }))).toBe('UNAUTHENTICATED');
    const display = paired.token as string;

    expect((await ok(url, VIEWER, {}, display)).viewer).toMatchObject({
      kind: 'DISPLAY',
      name: '调度大厅左墙',
      unitIds: null,
      role: null,
    });
    await ok(url, '{ boardStats { total { calls } } compounds { id } units { id } }', {}, display);
    expect(
      codeOf(await from(freshAddress(), '{ boardTickets(first: 5) { edges { node { callerPhone } } } }', {}, display)),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(
        await from(
          freshAddress(),
          'mutation { createTicket(input: { kind: COMPLAINT, category: "NO_HEAT", channel: "MAYOR_HOTLINE", callerName: "x", callerPhone: "13900000000", description: "x" }) { id } }',
          {},
          display,
        ),
      ),
    ).toBe('FORBIDDEN');

    const { boardCursor } = await ok(url, '{ boardCursor }', {}, display);
    const live = subscribe(server.wsUrl, { token: display }, BOARD, { since: boardCursor });
    await live.connected;
    await as('admin').ok('mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }', { id: pairing.apiKey.id });
    await until(() => live.closed !== null, 'the display socket to close');
    expect(live.closed!.code).toBe(4401);
    expect(codeOf(await from(freshAddress(), VIEWER, {}, display))).toBe('UNAUTHENTICATED');
    await live.stop();
  });

  it('read what the board page sends and nothing more: no ticket list, no ticket by id', async () => {
    const { code } = (await as('admin').ok(CREATE, { name: '大屏三' })).createDisplay;
    const display = (await ok(url, PAIR, { code })).pairDisplay.token as string;
    const open = await as('admin').ok('{ boardTickets(first: 1) { edges { node { id } } } }');
    const ticketId = open.boardTickets.edges[0].node.id;
    expect(codeOf(await from(freshAddress(), TICKETS, {}, display))).toBe('FORBIDDEN');
    expect(
      codeOf(await from(freshAddress(), 'query($id: ID!) { ticket(id: $id) { id } }', { id: ticketId }, display)),
    ).toBe('FORBIDDEN');
    expect(codeOf(await from(freshAddress(), '{ presence { __typename } }', {}, display))).toBe('FORBIDDEN');

    // The board page's own documents, as the web app sends them (by id).
    const board = Object.entries(manifest).filter(([, text]) =>
      /\b(query|subscription) (Board\w*|Viewer)\b/.test(text),
    );
    const named = (text: string) => /\b(query|subscription) (\w+)/.exec(text)![2]!;
    expect(board.map(([, text]) => named(text))).toEqual(
      expect.arrayContaining([
        'BoardPlaces',
        'BoardSnapshot',
        'BoardStats',
        'BoardRecent',
        'BoardCursor',
        'BoardAttendance',
        'BoardMeeting',
        'BoardVisits',
        'Viewer',
      ]),
    );
    // Today, for the documents that ask for a period (the day's site visits).
    const today = { from: new Date(Date.now() - 86_400_000), to: new Date(Date.now() + 86_400_000) };
    for (const [id, text] of board.filter(([, t]) => !t.includes('subscription '))) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${display}` },
        body: JSON.stringify({ documentId: id, variables: text.includes('$from') ? today : {} }),
      });
      const answer = (await res.json()) as GqlResult;
      expect([named(text), answer.errors]).toEqual([named(text), undefined]);
    }
    const snapshot = board.find(([, t]) => named(t) === 'BoardSnapshot')!;
    const { boardTickets } = (await ok(url, snapshot[1], {}, display)) as any;
    expect(boardTickets.edges.map((e: any) => e.node.id)).toContain(ticketId);

    const events = board.find(([, t]) => named(t) === 'BoardEvents')![1];
    const { boardCursor } = await ok(url, '{ boardCursor }', {}, display);
    const live = subscribe(server.wsUrl, { token: display }, events, { since: String(Number(boardCursor) - 1) });
    await until(() => live.items.length > 0 || live.errors.length > 0, 'the last event');
    expect([live.errors, live.items[0]?.cursor]).toEqual([[], boardCursor]);
    await live.stop();
  });

  it('paired again, sign out the screen paired before', async () => {
    const pairing = (await as('admin').ok(CREATE, { name: '大屏二' })).createDisplay;
    const first = (await ok(url, PAIR, { code: pairing.code })).pairDisplay.token;
    const again = (
      await as('admin').ok('mutation($id: ID!) { newDisplayPairing(id: $id) { code } }', { id: pairing.apiKey.id })
    ).newDisplayPairing;
    const second = (await ok(url, PAIR, { code: again.code })).pairDisplay.token;
    expect(codeOf(await from(freshAddress(), VIEWER, {}, first))).toBe('UNAUTHENTICATED');
    expect((await ok(url, VIEWER, {}, second)).viewer.kind).toBe('DISPLAY');
    expect(codeOf(await from(freshAddress(), PAIR, { code: 'not a code' }))).toBe('UNAUTHENTICATED');
  });
});

/** Runs the user:create command with `env`, to its end. */
function userCreate(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, [USER_CREATE, ...args], {
      env: { PATH: process.env.PATH, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    proc.stdout.on('data', (d: Buffer) => (output += d.toString()));
    proc.stderr.on('data', (d: Buffer) => (output += d.toString()));
    proc.once('exit', (code) => resolve({ code, output }));
  });
}

describe('the first admin outside the demo', () => {
  it('is created by `pnpm user:create` and signs in; demo passwords do not', async () => {
    const dir = tempDir();
    const env = { HEATLINE_DATA_DIR: dir.dir, HEATLINE_DEMO: '0' };
    const args = ['--username', 'wang', '--display-name', '系统管理员 王', '--role', 'ADMIN'];
    try {
      const noPassword = await userCreate(args, env);
      expect(noPassword.code).toBe(2);
      expect(noPassword.output).toMatch(/HEATLINE_PASSWORD/);
      const weak = await userCreate(args, { ...env, HEATLINE_PASSWORD: 'heatline' });
      expect(weak.code).toBe(1);
      expect(weak.output).toMatch(/password/);
      const badRole = await userCreate(['--username', 'x1', '--display-name', 'x', '--role', 'KING'], {
        ...env,
        HEATLINE_PASSWORD: 'a long enough secret',
      });
      expect(badRole.code).toBe(2);
      const made = await userCreate(args, { ...env, HEATLINE_PASSWORD: 'pingdu winter 2009' });
      expect(made.output).toMatch(/created ADMIN wang/);
      expect(made.code).toBe(0);
      const twice = await userCreate(args, { ...env, HEATLINE_PASSWORD: 'pingdu winter 2009' });
      expect(twice.code).toBe(1);

      const bare = await startServer(env);
      try {
        const token = await login(bare.url, 'wang', 'pingdu winter 2009');
        expect((await ok(bare.url, '{ me { role displayName } }', {}, token)).me).toEqual({
          role: 'ADMIN',
          displayName: '系统管理员 王',
        });
        const demo = await fetch(bare.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: LOGIN, variables: { u: 'admin', p: 'heatline' } }),
        });
        expect(codeOf((await demo.json()) as GqlResult)).toBe('UNAUTHENTICATED');
      } finally {
        await bare.stop();
      }
    } finally {
      dir.remove();
    }
  });
});
