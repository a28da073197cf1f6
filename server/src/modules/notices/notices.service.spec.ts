import type { EntityManager } from '@mikro-orm/knex';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, openOrm, type Orm } from '../../db/orm.js';
import { seedDemo } from '../../db/seed.js';
import { DomainError } from '../../errors.js';
import { TicketEvent } from '../audit/ticket-event.entity.js';
import { SYSTEM_ACTOR } from '../tickets/overdue.sweeper.js';
import { ticketServices } from '../tickets/ticket-services.fixture.js';
import { Role, User } from '../users/user.entity.js';
import { NoticeSweeper } from './notice.sweeper.js';
import { NoticesService } from './notices.service.js';
import { NoticeStatus } from './notices.rules.js';

const HOUR = 3_600_000;

describe('supervision notices, against SQLite in memory, on a clock the spec turns', () => {
  let orm: Orm;
  let services: Awaited<ReturnType<typeof ticketServices>>;
  let notices: NoticesService;
  let now = new Date('2026-11-30T02:00:00Z');
  const sweeperOn = (o: Orm) =>
    new NoticeSweeper(() => o.em.fork() as EntityManager, services.log, pino({ level: 'silent' }), 60_000);

  beforeAll(async () => {
    orm = await openOrm({ kind: 'sqlite', file: ':memory:' });
    await migrate(orm, () => seedDemo(orm.em.fork() as EntityManager));
    services = await ticketServices(orm, () => now);
    notices = new NoticesService(services.log, 'Asia/Shanghai', () => now);
  });
  afterAll(() => orm?.close());

  const issue = (over: Record<string, unknown> = {}) =>
    notices.issue(services.as('leader'), {
      unitId: 'unit-jinquan',
      subject: '文丰小区室温不达标',
      requirement: '立即排查并提高供水温度',
      dueAt: new Date(now.getTime() + 24 * HOUR),
      ticketIds: [],
      ...over,
    });
  const eventsOf = async (id: number) =>
    (await services.fork().find(TicketEvent, { subjectId: String(id) }, { orderBy: { seq: 'asc' } })).map((e) => ({
      type: e.type,
      actorName: e.actorName,
      unitId: e.unitId,
      ticket: e.ticket ?? null,
    }));

  it('has a demo supervisor, whose role the database accepts', async () => {
    const supervisor = await services.fork().findOneOrFail(User, { username: 'supervisor' });
    expect(supervisor).toMatchObject({ role: Role.SUPERVISOR, unit: null });
  });

  it('numbers notices per year in the city’s zone: 001, 002, then 001 again in the new year', async () => {
    const [a, b] = [await issue(), await issue()];
    expect([a.number, b.number]).toEqual(['督〔2026〕001', '督〔2026〕002']);
    now = new Date('2026-12-31T16:30:00Z'); // 00:30 on 1 January 2027 in Shanghai
    expect((await issue()).number).toBe('督〔2027〕001');
    now = new Date('2026-11-30T02:00:00Z');
    expect((await issue()).number).toBe('督〔2026〕003');
  });

  it('gives concurrent issues distinct numbers', async () => {
    const issued = await Promise.all(Array.from({ length: 8 }, () => issue()));
    const numbers = issued.map((n) => n.number);
    expect(new Set(numbers).size).toBe(8);
  });

  it('marks a notice overdue once, when the clock passes its deadline, and again after a return', async () => {
    const n = await issue();
    await sweeperOn(orm).sweep(new Date(n.dueAt.getTime() - 1));
    expect((await eventsOf(n.id)).map((e) => e.type)).toEqual(['NOTICE_ISSUED']);

    const late = new Date(n.dueAt.getTime() + 1);
    // Two instances sweep at the same moment: one of them writes the event.
    await Promise.all([sweeperOn(orm).sweep(late), sweeperOn(orm).sweep(late)]);
    await sweeperOn(orm).sweep(new Date(late.getTime() + HOUR));
    expect(await eventsOf(n.id)).toEqual([
      { type: 'NOTICE_ISSUED', actorName: '市领导 李建国', unitId: 'unit-jinquan', ticket: null },
      { type: 'NOTICE_OVERDUE', actorName: SYSTEM_ACTOR, unitId: 'unit-jinquan', ticket: null },
    ]);

    now = new Date(late.getTime() + 2 * HOUR);
    await notices.acknowledge(services.as('jinquan-head'), String(n.id));
    await notices.reportRectification(services.as('jinquan-head'), String(n.id), '已提高供水温度');
    const returned = await notices.returnNotice(
      services.as('supervisor'),
      String(n.id),
      '复查仍不达标',
      new Date(now.getTime() + 24 * HOUR),
    );
    expect(returned).toMatchObject({ status: NoticeStatus.ACKNOWLEDGED, returnCount: 1, overdueAt: null });
    await sweeperOn(orm).sweep(new Date(returned.dueAt.getTime() + 1));
    expect((await eventsOf(n.id)).map((e) => e.type)).toEqual([
      'NOTICE_ISSUED',
      'NOTICE_OVERDUE',
      'NOTICE_ACKNOWLEDGED',
      'NOTICE_RECTIFIED',
      'NOTICE_RETURNED',
      'NOTICE_OVERDUE',
    ]);
    now = new Date('2026-11-30T02:00:00Z');
  });

  it('lets one of two concurrent acknowledgements through', async () => {
    const n = await issue();
    const results = await Promise.allSettled([
      notices.acknowledge(services.as('jinquan-head'), String(n.id)),
      notices.acknowledge(services.as('jinquan-head'), String(n.id)),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(DomainError);
    expect((refused.reason as DomainError).code).toBe('INVALID_TRANSITION');
    expect((refused.reason as DomainError).details.status).toBe('ACKNOWLEDGED');
  });
});
