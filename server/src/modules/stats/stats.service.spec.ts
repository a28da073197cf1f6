import type { EntityManager } from '@mikro-orm/knex';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../caller.js';
import type { Database } from '../../config.js';
import { migrate, openOrm, type Orm } from '../../db/orm.js';
import { seedDemo } from '../../db/seed.js';
import type { RegistrationService } from '../tickets/registration.service.js';
import { CALENDAR, complaint, ticketServices } from '../tickets/ticket-services.fixture.js';
import type { TicketMovesService } from '../tickets/ticket-moves.service.js';
import { Complexity, Satisfaction, TicketKind } from '../tickets/ticket.enums.js';
import type { CreateTicketInput } from '../tickets/ticket.inputs.js';
import { EventLog } from '../audit/event-log.js';
import { NoticesService } from '../notices/notices.service.js';
import { MemoryBus } from '../../realtime/bus.js';
import { StatsService } from './stats.service.js';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);

const pgUrl = process.env.DATABASE_URL;
if (!pgUrl) {
  const msg = 'DATABASE_URL is not set: the board figures on PostgreSQL are SKIPPED.';
  if (process.env.REQUIRE_SERVICES === '1') throw new Error(`REQUIRE_SERVICES=1 but ${msg}`);
  console.warn(`\n!!!!!!!! ${msg} !!!!!!!!\n`);
}

/** A scratch database of the dialect, dropped afterwards. */
async function scratch(kind: Database['kind']): Promise<{ db: Database; drop: () => Promise<void> }> {
  if (kind === 'sqlite') return { db: { kind: 'sqlite', file: ':memory:' }, drop: async () => undefined };
  const name = `heatline_stats_${process.pid}`;
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: pgUrl });
    await c.connect();
    await c.query(sql);
    await c.end();
  };
  await admin(`drop database if exists ${name} with (force)`);
  await admin(`create database ${name}`);
  const url = new URL(pgUrl!);
  url.pathname = `/${name}`;
  return {
    db: { kind: 'postgres', url: url.toString() },
    drop: () => admin(`drop database if exists ${name} with (force)`),
  };
}

describe.each([
  ['SQLite', 'sqlite' as const, true],
  ['PostgreSQL', 'postgres' as const, !!pgUrl],
])('the board figures on %s', (_name, kind, runs) => {
  let orm: Orm;
  let drop: () => Promise<void>;
  let stats: StatsService;
  let registration: RegistrationService;
  let moves: TicketMovesService;
  let as: (username: string) => Caller;
  let period: { from: Date; to: Date };
  // Complex: due days from now, so only the old ticket below is overdue whenever this runs.
  const call = (over: Partial<CreateTicketInput> = {}) => complaint({ complexity: Complexity.COMPLEX, ...over });

  beforeAll(async () => {
    if (!runs) return;
    const s = await scratch(kind);
    drop = s.drop;
    orm = await openOrm(s.db);
    await migrate(orm, () => seedDemo(orm.em.fork() as EntityManager));
    const services = await ticketServices(orm);
    ({ registration, moves, as } = services);
    stats = new StatsService(CALENDAR.timeZone, services.places);

    const start = new Date();
    const register = async (over: Partial<CreateTicketInput> = {}) =>
      String((await registration.create(as('desk'), call(over))).id);
    const toJinquan = async (id: string) => moves.transfer(as('desk'), { id, unitId: 'unit-jinquan' });
    const resolvedAtJinquan = async () => {
      const id = await register();
      await toJinquan(id);
      await moves.claim(as('jinquan1'), { id });
      await moves.resolve(as('jinquan1'), { id, resolution: '调整阀门', onSite: false });
      return id;
    };
    // A: claimed. B: still at the desk. C: satisfied and closed. D: basically satisfied.
    // E: unsatisfied, so reopened (it was resolved in the period all the same).
    // F: a consultation answered on the call. G: received three days ago, overdue now.
    const a = await register();
    await toJinquan(a);
    await moves.claim(as('jinquan2'), { id: a });
    await register();
    const c = await resolvedAtJinquan();
    await moves.recordCallback(as('desk'), { id: c, satisfaction: Satisfaction.SATISFIED });
    await moves.close(as('desk'), { id: c });
    const d = await resolvedAtJinquan();
    await moves.recordCallback(as('desk'), { id: d, satisfaction: Satisfaction.BASICALLY_SATISFIED });
    const e = await resolvedAtJinquan();
    await moves.recordCallback(as('desk'), { id: e, satisfaction: Satisfaction.UNSATISFIED, note: '仍然不热' });
    const f = await register({ kind: TicketKind.CONSULTATION, category: 'BILLING_OR_PRICE' });
    await moves.resolve(as('desk'), { id: f, resolution: '收费标准已告知', onSite: false });
    const g = await register({
      complexity: Complexity.GENERAL,
      receivedAt: new Date(start.getTime() - 3 * 86_400_000),
    });
    await toJinquan(g);
    // Two supervision notices to Jinquan, issued two days ago: one was due yesterday (owed, overdue),
    // one is due tomorrow. One more overdue, but done (rectified): no longer owed.
    const notices = new NoticesService(new EventLog(orm, new MemoryBus()), CALENDAR.timeZone, () => daysAgo(2));
    const issue = (dueAt: Date) =>
      notices.issue(as('leader'), {
        unitId: 'unit-jinquan',
        subject: '督办',
        requirement: '整改',
        dueAt,
        ticketIds: [],
      });
    await issue(daysAgo(1));
    await issue(daysAgo(-1));
    const done = await issue(daysAgo(1));
    await notices.acknowledge(as('jinquan-head'), String(done.id));
    await notices.reportRectification(as('jinquan-head'), String(done.id), '已整改');
    period = { from: new Date(start.getTime() - 60_000), to: new Date(Date.now() + 60_000) };
  });
  afterAll(async () => {
    await orm?.close();
    await drop?.();
  });

  it.runIf(runs)('counts what happened in the period and how things stand now', async () => {
    const { total, units } = await stats.figures(as('leader'), period);
    expect(total).toEqual({
      calls: 6,
      open: 4,
      claimed: 1,
      overdue: 1,
      overdueNotices: 1,
      resolved: 3,
      replied: 3,
      closed: 1,
      answeredOnCall: 1,
      satisfied: 1,
      basicallySatisfied: 1,
      unsatisfied: 1,
      satisfaction: 2 / 3,
    });
    const jinquan = units.find((u) => u.unit.id === 'unit-jinquan')!.figures;
    expect(jinquan).toMatchObject({ calls: 4, open: 3, claimed: 1, overdue: 1, overdueNotices: 1, resolved: 3 });
    expect(units.find((u) => u.unit.id === 'unit-xingping')!.figures).toMatchObject({ calls: 0, open: 0 });
    expect(units.some((u) => u.unit.kind === 'DESK')).toBe(false);
  });

  it.runIf(runs)("gives a unit's staff their unit's figures only", async () => {
    const mine = await stats.figures(as('jinquan1'), period);
    expect(mine.units.map((u) => u.unit.id)).toEqual(['unit-jinquan']);
    expect(mine.total).toEqual(mine.units[0]!.figures);
    const other = await stats.figures(as('xingping1'), period);
    expect(other.total).toMatchObject({ calls: 0, open: 0, resolved: 0, satisfaction: null });
  });

  it.runIf(runs)('counts nothing in a period before the calls, but what stands now', async () => {
    const before = { from: new Date(period.from.getTime() - 4 * 86_400_000), to: period.from };
    const { total } = await stats.figures(as('leader'), before);
    expect(total).toMatchObject({ calls: 1, resolved: 0, replied: 0, closed: 0, open: 4, overdue: 1 });
  });
});
