import type { EntityManager } from '@mikro-orm/knex';
import pg from 'pg';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Caller } from '../../caller.js';
import type { Database } from '../../config.js';
import { migrate, openOrm, type Orm } from '../../db/orm.js';
import { seedDemo } from '../../db/seed.js';
import { DomainError } from '../../errors.js';
import { TicketEvent } from '../audit/ticket-event.entity.js';
import { shiftedDeadline, workingDaysAfter, workingMsBetween } from './deadline.rules.js';
import { DEFAULT_LADDER, proposeAt } from './ladder.rules.js';
import { OverdueSweeper, SYSTEM_ACTOR } from './overdue.sweeper.js';
import { CALENDAR, complaint, ticketServices } from './ticket-services.fixture.js';
import { Ticket } from './ticket.entity.js';
import { Complexity, Escalation, PauseReason } from './ticket.enums.js';
import type { CreateTicketInput } from './ticket.inputs.js';
import { isOverdue } from './ticket.rules.js';

const HOUR = 3_600_000;

const pgUrl = process.env.DATABASE_URL;
if (!pgUrl) {
  const msg = 'DATABASE_URL is not set: urging, extension and pause on PostgreSQL are SKIPPED.';
  if (process.env.REQUIRE_SERVICES === '1') throw new Error(`REQUIRE_SERVICES=1 but ${msg}`);
  console.warn(`\n!!!!!!!! ${msg} !!!!!!!!\n`);
}

/** A scratch database of the dialect, dropped afterwards. */
async function scratch(kind: Database['kind']): Promise<{ db: Database; drop: () => Promise<void> }> {
  if (kind === 'sqlite') return { db: { kind: 'sqlite', file: ':memory:' }, drop: async () => undefined };
  const name = `heatline_ladder_${process.pid}`;
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
])('urging, extension and pause on %s, on a clock the spec turns', (_name, kind, runs) => {
  let orm: Orm;
  let drop: () => Promise<void> = async () => undefined;
  let services: Awaited<ReturnType<typeof ticketServices>>;
  let sweeper: OverdueSweeper;
  /** What time the moves think it is; the sweeps are given their time. */
  let now = new Date();
  const as = (username: string): Caller => services.as(username);
  const key: Caller['viewer'] = { kind: 'apiKey', keyId: 1, scopes: ['tickets:read'] };

  beforeAll(async () => {
    if (!runs) return;
    const s = await scratch(kind);
    drop = s.drop;
    orm = await openOrm(s.db);
    await migrate(orm, () => seedDemo(orm.em.fork() as EntityManager));
    services = await ticketServices(orm, () => now);
    sweeper = sweeperOn(orm);
  });
  afterAll(async () => {
    await orm?.close();
    await drop();
  });
  beforeEach(() => {
    now = new Date();
  });

  const sweeperOn = (o: Orm) =>
    new OverdueSweeper(() => o.em.fork() as EntityManager, services.log, pino({ level: 'silent' }), 60_000, {
      calendar: CALENDAR,
      ladder: DEFAULT_LADDER,
    });
  const moves = () => services.moves;
  const reread = (id: number) => services.fork().findOneOrFail(Ticket, { id });
  const register = (over: Partial<CreateTicketInput> = {}) => services.registration.create(as('desk'), complaint(over));
  const claimed = async (over: Partial<CreateTicketInput> = {}) => {
    const t = await register(over);
    await moves().transfer(as('desk'), { id: String(t.id), unitId: 'unit-jinquan' });
    return moves().claim(as('jinquan1'), { id: String(t.id) });
  };
  const history = async (id: number) =>
    (await services.fork().find(TicketEvent, { ticket: id }, { orderBy: { seq: 'asc' } })).map((e) => ({
      type: e.type,
      actorName: e.actorName,
      changes: e.changes,
      note: e.note ?? null,
    }));
  const types = async (id: number) => (await history(id)).map((e) => e.type);
  /** The refusal's code and field, or a failure if the call went through. */
  const refusal = async (p: Promise<unknown>): Promise<string> => {
    try {
      await p;
    } catch (e) {
      if (e instanceof DomainError) return [e.code, e.details.field].filter(Boolean).join(' ');
      throw e;
    }
    throw new Error('expected a refusal');
  };
  const head = () => services.viewers['jinquan-head']!.userId;

  describe('the ladder, by the clock', () => {
    it.runIf(runs)('reminds the unit once, when three quarters of its time have passed', async () => {
      const t = await claimed();
      const remind = new Date(t.receivedAt.getTime() + 0.75 * (t.dueAt.getTime() - t.receivedAt.getTime()));
      await sweeper.sweep(new Date(remind.getTime() - 1_000));
      expect(await types(t.id)).not.toContain('TICKET_REMINDED');
      // Two instances sweep at the same moment: one of them writes the reminder.
      await Promise.all([sweeper.sweep(remind), sweeperOn(orm).sweep(remind), sweeper.sweep(remind)]);
      await sweeper.sweep(new Date(remind.getTime() + 1_000));
      const reminded = (await history(t.id)).filter((e) => e.type === 'TICKET_REMINDED');
      expect(reminded).toEqual([
        {
          type: 'TICKET_REMINDED',
          actorName: SYSTEM_ACTOR,
          changes: { escalation: { from: 'NONE', to: 'REMINDED' } },
          note: `due ${t.dueAt.toISOString()}`,
        },
      ]);
      expect((await reread(t.id)).escalation).toBe(Escalation.REMINDED);
    });

    it.runIf(runs)(
      'marks a ticket overdue and urges its unit and head at once, then proposes it for a meeting a working day later',
      async () => {
        const t = await claimed();
        const late = new Date(t.dueAt.getTime() + 1);
        await Promise.all([sweeper.sweep(late), sweeperOn(orm).sweep(late)]);
        const events = await history(t.id);
        expect(events.slice(-2)).toEqual([
          {
            type: 'TICKET_OVERDUE',
            actorName: SYSTEM_ACTOR,
            changes: { overdue: { from: false, to: true } },
            note: `due ${t.dueAt.toISOString()}`,
          },
          {
            type: 'TICKET_URGED',
            actorName: SYSTEM_ACTOR,
            changes: {
              escalation: { from: 'NONE', to: 'URGED' },
              urgedCount: { from: 0, to: 1 },
              urgedUnitId: { from: null, to: 'unit-jinquan' },
              urgedHeadId: { from: null, to: head() },
            },
            note: null,
          },
        ]);
        expect(await reread(t.id)).toMatchObject({ escalation: Escalation.URGED, urgedCount: 1, overdueAt: late });

        const meeting = proposeAt(late, DEFAULT_LADDER, CALENDAR);
        await sweeper.sweep(new Date(meeting.getTime() - 1));
        expect(await types(t.id)).not.toContain('TICKET_ESCALATED');
        await Promise.all([sweeper.sweep(meeting), sweeperOn(orm).sweep(meeting)]);
        await sweeper.sweep(new Date(meeting.getTime() + HOUR));
        const escalated = (await history(t.id)).filter((e) => e.type === 'TICKET_ESCALATED');
        expect(escalated).toEqual([
          {
            type: 'TICKET_ESCALATED',
            actorName: SYSTEM_ACTOR,
            changes: { escalation: { from: 'URGED', to: 'PROPOSED_FOR_MEETING' } },
            note: null,
          },
        ]);
        expect((await reread(t.id)).escalation).toBe(Escalation.PROPOSED_FOR_MEETING);
        expect((await types(t.id)).filter((x) => x === 'TICKET_OVERDUE' || x === 'TICKET_URGED')).toHaveLength(2);
      },
    );

    it.runIf(runs)('marks a ticket still at the desk overdue without urging anyone', async () => {
      const t = await register();
      await sweeper.sweep(new Date(t.dueAt.getTime() + 1));
      expect((await types(t.id)).slice(1)).toEqual(['TICKET_OVERDUE']);
      expect((await reread(t.id)).escalation).toBe(Escalation.NONE);
    });
  });

  describe('urging (催办)', () => {
    it.runIf(runs)('lets the desk, a leader or an admin urge: counted, naming the unit and its head', async () => {
      const t = await claimed();
      const id = String(t.id);
      const urged = await moves().urge(as('desk'), { id, note: '请尽快上门' });
      expect(urged).toMatchObject({ escalation: Escalation.URGED, urgedCount: 1 });
      expect((await history(t.id)).at(-1)).toEqual({
        type: 'TICKET_URGED',
        actorName: services.viewers.desk!.displayName,
        changes: {
          escalation: { from: 'NONE', to: 'URGED' },
          urgedCount: { from: 0, to: 1 },
          urgedUnitId: { from: null, to: 'unit-jinquan' },
          urgedHeadId: { from: null, to: head() },
        },
        note: '请尽快上门',
      });
      await moves().urge(as('leader'), { id });
      expect((await moves().urge(as('admin'), { id })).urgedCount).toBe(3);
      expect((await history(t.id)).at(-1)!.changes).not.toHaveProperty('escalation');
    });

    it.runIf(runs)(
      'refuses the unit itself, another unit, a key, a ticket at the desk or paused, bad notes and unknown tickets',
      async () => {
        const t = await claimed();
        const id = String(t.id);
        expect(await refusal(moves().urge(as('jinquan1'), { id }))).toBe('FORBIDDEN');
        expect(await refusal(moves().urge(as('jinquan-head'), { id }))).toBe('FORBIDDEN');
        expect(await refusal(moves().urge({ em: services.fork(), viewer: key }, { id }))).toBe('FORBIDDEN');
        expect(await refusal(moves().urge(as('desk'), { id, note: 'x\u0000y' }))).toBe('BAD_USER_INPUT note');
        expect(await refusal(moves().urge(as('desk'), { id: '99999999' }))).toBe('NOT_FOUND');
        const atDesk = await register();
        expect(await refusal(moves().urge(as('desk'), { id: String(atDesk.id) }))).toBe('INVALID_TRANSITION');
        await moves().pause(as('jinquan1'), { id, reason: PauseReason.WAITING_FOR_CALLER });
        expect(await refusal(moves().urge(as('desk'), { id }))).toBe('INVALID_TRANSITION');
      },
    );
  });

  describe('extension (延期)', () => {
    it.runIf(runs)(
      'moves an overdue ticket to the date approved: both deadlines in the history, counted, the ladder started again',
      async () => {
        const t = await claimed();
        const id = String(t.id);
        const firstDue = t.dueAt;
        await sweeper.sweep(new Date(firstDue.getTime() + 1));
        now = new Date(firstDue.getTime() + HOUR);
        const until = workingDaysAfter(firstDue, 2, CALENDAR);

        expect(await refusal(moves().requestExtension(as('jinquan1'), { id, until, reason: '等待配件' }))).toBe(
          'FORBIDDEN',
        );
        expect(await refusal(moves().requestExtension(as('xingping-head'), { id, until, reason: '等待配件' }))).toBe(
          'FORBIDDEN',
        );
        const tooFar = new Date(workingDaysAfter(firstDue, 10, CALENDAR).getTime() + 60_000);
        expect(
          await refusal(moves().requestExtension(as('jinquan-head'), { id, until: tooFar, reason: '等待配件' })),
        ).toBe('BAD_USER_INPUT until');
        expect(await refusal(moves().requestExtension(as('jinquan-head'), { id, until: firstDue, reason: 'x' }))).toBe(
          'BAD_USER_INPUT until',
        );
        expect(await refusal(moves().requestExtension(as('jinquan-head'), { id, until, reason: '  ' }))).toBe(
          'BAD_USER_INPUT reason',
        );
        expect(await refusal(moves().requestExtension(as('jinquan-head'), { id, until, reason: 'a\u0007b' }))).toBe(
          'BAD_USER_INPUT reason',
        );
        expect(await refusal(moves().decideExtension(as('desk'), { id, approve: true }))).toBe('INVALID_TRANSITION');

        const asked = await moves().requestExtension(as('jinquan-head'), { id, until, reason: '等待换热站配件' });
        expect(asked).toMatchObject({ extensionUntil: until, extensionReason: '等待换热站配件', dueAt: firstDue });
        expect(await refusal(moves().requestExtension(as('jinquan-head'), { id, until, reason: '再等' }))).toBe(
          'INVALID_TRANSITION',
        );
        expect(await refusal(moves().decideExtension(as('jinquan-head'), { id, approve: true }))).toBe('FORBIDDEN');
        expect(await refusal(moves().decideExtension(as('admin'), { id, approve: true }))).toBe('FORBIDDEN');
        expect(await refusal(moves().decideExtension(as('desk'), { id, approve: false }))).toBe('BAD_USER_INPUT note');

        const approved = await moves().decideExtension(as('leader'), { id, approve: true, note: '同意' });
        expect(approved).toMatchObject({
          dueAt: until,
          extensionCount: 1,
          extensionUntil: null,
          overdueAt: null,
          escalation: Escalation.NONE,
        });
        expect(isOverdue(approved, now)).toBe(false);
        const [requested, decided] = (await history(t.id)).slice(-2);
        expect(requested).toMatchObject({
          type: 'TICKET_EXTENSION_REQUESTED',
          changes: { extensionUntil: { from: null, to: until.toISOString() } },
          note: '等待换热站配件',
        });
        expect(decided).toMatchObject({
          type: 'TICKET_EXTENSION_DECIDED',
          changes: {
            dueAt: { from: firstDue.toISOString(), to: until.toISOString() },
            extensionCount: { from: 0, to: 1 },
            escalation: { from: 'URGED', to: 'NONE' },
            extensionApproved: { from: null, to: true },
          },
          note: '同意',
        });
        expect(await refusal(moves().decideExtension(as('desk'), { id, approve: true }))).toBe('INVALID_TRANSITION');

        // The new deadline climbs the ladder again: reminded, then overdue and urged.
        await sweeper.sweep(new Date(until.getTime() - 1));
        await sweeper.sweep(new Date(until.getTime() + 1));
        expect((await types(t.id)).slice(-3)).toEqual(['TICKET_REMINDED', 'TICKET_OVERDUE', 'TICKET_URGED']);
      },
    );

    it.runIf(runs)(
      'keeps the deadline when the extension is refused, and lets a pending one lapse when the ticket is resolved',
      async () => {
        const t = await claimed();
        const id = String(t.id);
        const until = workingDaysAfter(t.dueAt, 1, CALENDAR);
        await moves().requestExtension(as('jinquan-head'), { id, until, reason: '等待配件' });
        const refused = await moves().decideExtension(as('desk'), { id, approve: false, note: '今日必须处理' });
        expect(refused).toMatchObject({ dueAt: t.dueAt, extensionCount: 0, extensionUntil: null });
        expect((await history(t.id)).at(-1)!.changes).toEqual({
          extensionUntil: { from: until.toISOString(), to: null },
          extensionReason: { from: '等待配件', to: null },
          extensionApproved: { from: null, to: false },
        });

        await moves().requestExtension(as('jinquan-head'), { id, until, reason: '再等一天' });
        await moves().resolve(as('jinquan1'), { id, resolution: '已修复', onSite: true });
        expect(await refusal(moves().decideExtension(as('desk'), { id, approve: true }))).toBe('INVALID_TRANSITION');
        expect((await reread(t.id)).extensionUntil).toBeNull();
      },
    );
  });

  describe('pause and resume', () => {
    it.runIf(runs)(
      'stops the clock of a general issue: not reminded nor overdue while paused; resumed, due later by the time paused',
      async () => {
        const t = await claimed();
        const id = String(t.id);
        const pausedAt = now;
        expect(await refusal(moves().pause(as('xingping1'), { id, reason: PauseReason.WAITING_FOR_CALLER }))).toBe(
          'FORBIDDEN',
        );
        expect(await refusal(moves().pause(as('leader'), { id, reason: PauseReason.WAITING_FOR_CALLER }))).toBe(
          'FORBIDDEN',
        );
        expect(await refusal(moves().pause(as('jinquan2'), { id, reason: PauseReason.OTHER }))).toBe(
          'BAD_USER_INPUT note',
        );
        expect(await refusal(moves().resume(as('jinquan2'), { id }))).toBe('INVALID_TRANSITION');
        const paused = await moves().pause(as('jinquan2'), {
          id,
          reason: PauseReason.WAITING_FOR_CALLER,
          note: '住户出差',
        });
        expect(paused).toMatchObject({ pausedAt, pauseReason: PauseReason.WAITING_FOR_CALLER });
        expect(await refusal(moves().pause(as('desk'), { id, reason: PauseReason.WAITING_FOR_CALLER }))).toBe(
          'INVALID_TRANSITION',
        );
        expect(await refusal(moves().resolve(as('jinquan1'), { id, resolution: '已修复', onSite: false }))).toBe(
          'INVALID_TRANSITION',
        );
        const until = workingDaysAfter(t.dueAt, 1, CALENDAR);
        expect(await refusal(moves().requestExtension(as('jinquan-head'), { id, until, reason: 'x' }))).toBe(
          'INVALID_TRANSITION',
        );

        const wellPast = new Date(t.dueAt.getTime() + 2 * HOUR);
        await sweeper.sweep(wellPast);
        expect(await types(t.id)).not.toContain('TICKET_OVERDUE');
        expect(await types(t.id)).not.toContain('TICKET_REMINDED');
        expect(isOverdue(await reread(t.id), wellPast)).toBe(false);

        now = new Date(pausedAt.getTime() + 3 * HOUR);
        const resumed = await moves().resume(as('desk'), { id });
        const due = new Date(t.dueAt.getTime() + 3 * HOUR);
        expect(resumed).toMatchObject({ dueAt: due, pausedAt: null, pauseReason: null });
        expect((await history(t.id)).slice(-2)).toEqual([
          {
            type: 'TICKET_PAUSED',
            actorName: services.viewers.jinquan2!.displayName,
            changes: {
              pausedAt: { from: null, to: pausedAt.toISOString() },
              pauseReason: { from: null, to: 'WAITING_FOR_CALLER' },
            },
            note: '住户出差',
          },
          {
            type: 'TICKET_RESUMED',
            actorName: services.viewers.desk!.displayName,
            changes: {
              dueAt: { from: t.dueAt.toISOString(), to: due.toISOString() },
              pausedAt: { from: pausedAt.toISOString(), to: null },
              pauseReason: { from: 'WAITING_FOR_CALLER', to: null },
            },
            note: null,
          },
        ]);
        expect(await refusal(moves().resume(as('desk'), { id }))).toBe('INVALID_TRANSITION');
        // The clock runs again: past the moved deadline it is overdue.
        await sweeper.sweep(new Date(due.getTime() + 1));
        expect(await types(t.id)).toContain('TICKET_OVERDUE');
      },
    );

    it.runIf(runs)('moves a complex issue by the working time paused only', async () => {
      const t = await claimed({ complexity: Complexity.COMPLEX });
      const id = String(t.id);
      const pausedAt = now;
      await moves().pause(as('jinquan-head'), { id, reason: PauseReason.WAITING_FOR_THIRD_PARTY });
      now = new Date(pausedAt.getTime() + 50 * HOUR);
      const resumed = await moves().resume(as('jinquan1'), { id });
      expect(resumed.dueAt.toISOString()).toBe(
        shiftedDeadline(Complexity.COMPLEX, t.dueAt, pausedAt, now, CALENDAR).toISOString(),
      );
      // As much working time is added to the deadline as passed while paused (a weekend counts nothing).
      expect(workingMsBetween(t.dueAt, resumed.dueAt, CALENDAR)).toBe(workingMsBetween(pausedAt, now, CALENDAR));
      expect(resumed.dueAt.getTime()).toBeGreaterThan(t.dueAt.getTime());
    });
  });
});
