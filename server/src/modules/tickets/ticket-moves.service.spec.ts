import type { EntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Caller } from '../../caller.js';
import { migrate, openOrm, type Orm } from '../../db/orm.js';
import { seedDemo } from '../../db/seed.js';
import { DomainError } from '../../errors.js';
import { TicketEvent } from '../audit/ticket-event.entity.js';
import type { UserViewer, Viewer } from '../auth/viewer.js';
import type { RegistrationService } from './registration.service.js';
import { complaint, ticketServices } from './ticket-services.fixture.js';
import type { TicketMovesService } from './ticket-moves.service.js';
import { TicketRepository } from './ticket.repository.js';
import { Complexity, RefusalReason, Satisfaction, TicketKind, TicketStatus } from './ticket.enums.js';
import type { CreateTicketInput } from './ticket.inputs.js';

describe('the ticket services, against SQLite in memory', () => {
  let orm: Orm;
  let services: Awaited<ReturnType<typeof ticketServices>>;
  let registration: RegistrationService;
  let moves: TicketMovesService;
  let viewers: Record<string, UserViewer>;
  const repo = new TicketRepository();
  const fork = () => services.fork();
  const as = (username: string): Caller => services.as(username);
  const key: Caller['viewer'] = { kind: 'apiKey', keyId: 1, scopes: ['tickets:read'] };

  beforeAll(async () => {
    orm = await openOrm({ kind: 'sqlite', file: ':memory:' });
    await migrate(orm, () => seedDemo(orm.em.fork() as EntityManager));
    services = await ticketServices(orm);
    ({ registration, moves, viewers } = services);
  });
  afterAll(() => orm?.close());

  const call = complaint;
  const register = (over: Partial<CreateTicketInput> = {}) => registration.create(as('desk'), call(over));
  const transferred = async () => {
    const t = await register();
    return moves.transfer(as('desk'), { id: String(t.id), unitId: 'unit-jinquan' });
  };
  const claimed = async (by = 'jinquan1') => {
    const t = await transferred();
    return moves.claim(as(by), { id: String(t.id) });
  };
  const resolved = async () => {
    const t = await claimed();
    return moves.resolve(as('jinquan1'), { id: String(t.id), resolution: '调整阀门', onSite: false });
  };
  const replied = async () => {
    const t = await resolved();
    return moves.recordCallback(as('desk'), { id: String(t.id), satisfaction: Satisfaction.SATISFIED });
  };
  /** The refusal's stable code, or a failure if the call went through. */
  const code = async (p: Promise<unknown>): Promise<string> => {
    try {
      await p;
    } catch (e) {
      if (e instanceof DomainError) return e.code;
      throw e;
    }
    throw new Error('expected a refusal');
  };
  const history = async (id: number) =>
    (await fork().find(TicketEvent, { ticket: id }, { orderBy: { seq: 'asc' } })).map((e) => ({
      type: e.type,
      changes: e.changes,
    }));

  describe('registration', () => {
    it('registers the calls that arrive with one the database refuses: that one fails alone (finding 11)', async () => {
      const build = (registration as unknown as { build: (...a: unknown[]) => unknown }).build;
      const spy = vi
        .spyOn(registration as unknown as { build: (...a: unknown[]) => unknown }, 'build')
        .mockImplementation(function (this: unknown, ...args: unknown[]) {
          const r = args[1] as { input: CreateTicketInput };
          if (r.input.callerName === '坏数据') throw new Error('the database refused this row');
          return build.apply(this, args);
        });
      try {
        const results = await Promise.allSettled(
          Array.from({ length: 8 }, (_, i) => register({ callerName: i === 3 ? '坏数据' : `来电${i}` })),
        );
        expect(results.map((r) => r.status)).toEqual([
          ...Array(3).fill('fulfilled'),
          'rejected',
          ...Array(4).fill('fulfilled'),
        ]);
        const numbers = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value.number] : []));
        expect(new Set(numbers).size).toBe(7);
      } finally {
        spy.mockRestore();
      }
    });

    it('links a call to an earlier ticket about the same problem, seen from both sides', async () => {
      const first = await register();
      const second = await register({ relatedTicketId: String(first.id), callerPhone: '13712345679' });
      expect(second.relatedTo?.id).toBe(first.id);
      expect((await repo.linkedTo(as('desk'), first.id)).map((t) => t.id)).toEqual([second.id]);
      expect(await code(register({ relatedTicketId: '99999999' }))).toBe('BAD_USER_INPUT');
      expect(await code(register({ relatedTicketId: 'abc' }))).toBe('BAD_USER_INPUT');
    });

    it('registers a call with a day number, the proposed unit and the whole call in its first event', async () => {
      const t = await register();
      expect(t.status).toBe(TicketStatus.REGISTERED);
      expect(t.number).toMatch(/^\d{8}-\d{4}$/);
      expect(t.proposedUnit?.id).toBe('unit-jinquan');
      const [first] = await history(t.id);
      expect(first!.type).toBe('TICKET_REGISTERED');
      expect(first!.changes).toMatchObject({
        status: { from: null, to: 'REGISTERED' },
        callerPhone: { from: null, to: '13712345678' },
        category: { from: null, to: 'NO_HEAT' },
        compoundId: { from: null, to: 'cp-001' },
        proposedUnitId: { from: null, to: 'unit-jinquan' },
      });
      // What the event itself records (its time, its actor) and the bookkeeping are not repeated.
      expect(Object.keys(first!.changes)).not.toEqual(expect.arrayContaining(['version']));
      expect(Object.keys(first!.changes)).not.toContain('updatedAt');
      expect(Object.keys(first!.changes)).not.toContain('createdById');
    });

    it('refuses a caller other than the desk, unknown codes and times in the future', async () => {
      expect(await code(registration.create(as('jinquan1'), call()))).toBe('FORBIDDEN');
      expect(await code(registration.create({ em: fork(), viewer: key }, call()))).toBe('FORBIDDEN');
      // Plain objects, as any edge would pass them: the service itself holds them to the declared rules.
      expect(await code(register({ callerPhone: 'call me' }))).toBe('BAD_USER_INPUT');
      expect(await code(register({ address: { building: 'b'.repeat(51) } }))).toBe('BAD_USER_INPUT');
      expect(await code(register({ description: 'x'.repeat(4001) }))).toBe('BAD_USER_INPUT');
      expect(await code(register({ category: 'NOPE' }))).toBe('BAD_USER_INPUT');
      expect(await code(register({ compoundId: 'cp-nope' }))).toBe('BAD_USER_INPUT');
      expect(await code(register({ receivedAt: new Date(Date.now() + 3_600_000) }))).toBe('BAD_USER_INPUT');
    });
  });

  describe('each move', () => {
    it('transfers to the proposed unit, or to another with a reason; never to the desk', async () => {
      const t = await transferred();
      expect(t.status).toBe(TicketStatus.TRANSFERRED);
      expect(t.unit?.id).toBe('unit-jinquan');
      const other = await register();
      const id = String(other.id);
      expect(await code(moves.transfer(as('desk'), { id, unitId: 'unit-xingping' }))).toBe('BAD_USER_INPUT');
      expect(await code(moves.transfer(as('desk'), { id, unitId: 'unit-hotline', note: 'x' }))).toBe('BAD_USER_INPUT');
      expect(await code(moves.transfer(as('jinquan1'), { id, unitId: 'unit-jinquan' }))).toBe('FORBIDDEN');
      const overridden = await moves.transfer(as('desk'), { id, unitId: 'unit-xingping', note: '住户说是兴平供热' });
      expect(overridden.overrideReason).toBe('住户说是兴平供热');
    });

    it('lets the unit refuse (退单) with a reason; the desk gets it back and the unit is never proposed again', async () => {
      const t = await transferred();
      const id = String(t.id);
      expect(await code(moves.rejectTransfer(as('xingping1'), { id, reason: RefusalReason.NOT_OUR_AREA }))).toBe(
        'FORBIDDEN',
      );
      expect(await code(moves.rejectTransfer(as('jinquan1'), { id, reason: RefusalReason.OTHER }))).toBe(
        'BAD_USER_INPUT',
      );
      const back = await moves.rejectTransfer(as('jinquan1'), { id, reason: RefusalReason.NOT_OUR_AREA, note: '邻区' });
      expect(back.status).toBe(TicketStatus.REGISTERED);
      expect(back.unit).toBeNull();
      expect(back.refusedUnitIds).toEqual(['unit-jinquan']);
      expect(back.proposedUnit?.id).not.toBe('unit-jinquan');
      expect(await code(moves.transfer(as('desk'), { id, unitId: 'unit-jinquan', note: 'x' }))).toBe('BAD_USER_INPUT');
    });

    it('lets one staff member claim, tells a second who holds it, and records only what changed', async () => {
      const t = await claimed('jinquan1');
      expect(t.status).toBe(TicketStatus.CLAIMED);
      expect(await code(moves.claim(as('jinquan2'), { id: String(t.id) }))).toBe('ALREADY_CLAIMED');
      expect(await code(moves.claim(as('xingping1'), { id: String(t.id) }))).toBe('FORBIDDEN');
      const claim = (await history(t.id)).at(-1)!;
      expect(claim).toEqual({
        type: 'TICKET_CLAIMED',
        changes: {
          status: { from: 'TRANSFERRED', to: 'CLAIMED' },
          claimedById: { from: null, to: viewers.jinquan1!.userId },
        },
      });
    });

    it('lets the head reassign to a member of the unit only', async () => {
      const t = await claimed('jinquan1');
      const id = String(t.id);
      const to = String(viewers.jinquan2!.userId);
      expect(await code(moves.assign(as('jinquan1'), { id, userId: to }))).toBe('FORBIDDEN');
      const outsider = String(viewers.xingping1!.userId);
      expect(await code(moves.assign(as('jinquan-head'), { id, userId: outsider }))).toBe('BAD_USER_INPUT');
      const given = await moves.assign(as('jinquan-head'), { id, userId: to });
      expect(given.claimedBy?.id).toBe(viewers.jinquan2!.userId);
    });

    it('lets the holder release, go on site and resolve; others may not', async () => {
      const released = await moves.release(as('jinquan1'), { id: String((await claimed()).id) });
      expect(released.status).toBe(TicketStatus.TRANSFERRED);
      expect(released.claimedBy).toBeNull();
      const t = await claimed('jinquan1');
      const id = String(t.id);
      expect(await code(moves.startOnSite(as('jinquan2'), { id }))).toBe('FORBIDDEN');
      expect((await moves.startOnSite(as('jinquan1'), { id, note: '抢修队出发' })).status).toBe(TicketStatus.ON_SITE);
      expect(await code(moves.resolve(as('jinquan1'), { id, resolution: '  ', onSite: true }))).toBe('BAD_USER_INPUT');
      const done = await moves.resolve(as('jinquan1'), { id, resolution: '更换阀门', onSite: true });
      expect(done).toMatchObject({ status: TicketStatus.RESOLVED, resolution: '更换阀门', resolvedOnSite: true });
    });

    it('records the callback: satisfied replies; unsatisfied reopens to the same unit, unclaimed', async () => {
      expect((await replied()).status).toBe(TicketStatus.REPLIED);
      const t = await resolved();
      const id = String(t.id);
      expect(await code(moves.recordCallback(as('desk'), { id, satisfaction: Satisfaction.UNSATISFIED }))).toBe(
        'BAD_USER_INPUT',
      );
      const reopened = await moves.recordCallback(as('desk'), {
        id,
        satisfaction: Satisfaction.UNSATISFIED,
        note: '仍然不热',
      });
      expect(reopened).toMatchObject({ status: TicketStatus.TRANSFERRED, resolution: null, claimedBy: null });
      expect(reopened.unit?.id).toBe('unit-jinquan');
      expect((await history(t.id)).at(-1)!.type).toBe('TICKET_REOPENED');
    });

    it('counts the rounds of a reopened ticket, keeps the reason and gives it a new deadline', async () => {
      const t = await resolved();
      expect(t.reopenCount).toBe(0);
      const firstDue = t.dueAt.getTime();
      const id = String(t.id);
      const once = await moves.recordCallback(as('desk'), {
        id,
        satisfaction: Satisfaction.UNSATISFIED,
        note: '仍然不热',
      });
      expect(once).toMatchObject({ reopenCount: 1, reopenReason: '仍然不热', overdueAt: null });
      expect(once.dueAt.getTime()).toBe(registration.deadline(Complexity.GENERAL, once.updatedAt).getTime());
      expect(once.dueAt.getTime()).toBeGreaterThanOrEqual(firstDue);
      await moves.claim(as('jinquan1'), { id });
      await moves.resolve(as('jinquan1'), { id, resolution: '再次调整', onSite: true });
      const twice = await moves.reopen(as('desk'), { id, reason: '住户第三次来电' });
      expect(twice).toMatchObject({ reopenCount: 2, reopenReason: '住户第三次来电' });
      expect((await history(t.id)).at(-1)!.changes).toMatchObject({
        reopenCount: { from: 1, to: 2 },
        reopenReason: { from: '仍然不热', to: '住户第三次来电' },
      });
    });

    it('reopens a replied ticket on request, with a reason', async () => {
      const t = await replied();
      const id = String(t.id);
      expect(await code(moves.reopen(as('desk'), { id, reason: '' }))).toBe('BAD_USER_INPUT');
      expect((await moves.reopen(as('desk'), { id, reason: '住户再次来电' })).status).toBe(TicketStatus.TRANSFERRED);
    });

    it('closes a replied ticket, and only that', async () => {
      const open = await resolved();
      expect(await code(moves.close(as('desk'), { id: String(open.id) }))).toBe('INVALID_TRANSITION');
      const t = await replied();
      expect(await code(moves.close(as('jinquan1'), { id: String(t.id) }))).toBe('FORBIDDEN');
      const closed = await moves.close(as('desk'), { id: String(t.id) });
      expect(closed.status).toBe(TicketStatus.CLOSED);
      expect(closed.closedAt).toBeInstanceOf(Date);
      expect(await code(moves.reopen(as('desk'), { id: String(t.id), reason: 'x' }))).toBe('INVALID_TRANSITION');
    });

    it('closes in bulk, each on its own: a ticket not yet replied is refused, the others closed', async () => {
      const a = await replied();
      const b = await replied();
      const notYet = await resolved();
      const outcomes = await moves.closeMany(as('desk'), [String(a.id), String(notYet.id), String(b.id)]);
      expect(outcomes.map((o) => [o.id, o.ticket?.status ?? null, o.error?.code ?? null])).toEqual([
        [String(a.id), TicketStatus.CLOSED, null],
        [String(notYet.id), null, 'INVALID_TRANSITION'],
        [String(b.id), TicketStatus.CLOSED, null],
      ]);
      expect(await code(moves.closeMany(as('jinquan1'), [String(a.id)]))).toBe('FORBIDDEN');
      expect(await code(moves.closeMany(as('desk'), []))).toBe('BAD_USER_INPUT');
    });

    it('closes a consultation the desk answers on the call: no callback is owed', async () => {
      const t = await register({ kind: TicketKind.CONSULTATION, category: 'BILLING_OR_PRICE' });
      const answered = await moves.resolve(as('desk'), {
        id: String(t.id),
        resolution: '收费标准已告知',
        onSite: false,
      });
      expect(answered).toMatchObject({ status: TicketStatus.CLOSED, answeredOnCall: true });
      expect(answered.closedAt).toBeInstanceOf(Date);
      expect((await history(t.id)).at(-1)!.type).toBe('TICKET_ANSWERED');
      expect(
        await code(moves.recordCallback(as('desk'), { id: String(t.id), satisfaction: Satisfaction.SATISFIED })),
      ).toBe('INVALID_TRANSITION');
      const complaint = await register();
      expect(await code(moves.resolve(as('desk'), { id: String(complaint.id), resolution: 'x', onSite: false }))).toBe(
        'INVALID_TRANSITION',
      );
    });
  });

  describe('every move', () => {
    it('refuses a stale version, an unknown ticket and an API key', async () => {
      const t = await transferred();
      expect(await code(moves.claim(as('jinquan1'), { id: String(t.id), expectedVersion: t.version - 1 }))).toBe(
        'STALE_VERSION',
      );
      expect(await code(moves.claim(as('jinquan1'), { id: '99999999' }))).toBe('NOT_FOUND');
      expect(await code(moves.claim({ em: fork(), viewer: key }, { id: String(t.id) }))).toBe('FORBIDDEN');
      const anonymous: Viewer = { kind: 'anonymous' };
      expect(await code(moves.claim({ em: fork(), viewer: anonymous }, { id: String(t.id) }))).toBe('UNAUTHENTICATED');
    });
  });

  describe('reading', () => {
    it('shows a unit only its own tickets, and a key every ticket', async () => {
      const t = await transferred();
      expect((await repo.get(as('jinquan1'), String(t.id))).id).toBe(t.id);
      expect(await code(repo.get(as('xingping1'), String(t.id)))).toBe('FORBIDDEN');
      expect((await repo.get({ em: fork(), viewer: key }, String(t.id))).id).toBe(t.id);
      await moves.transfer(as('desk'), { id: String((await register()).id), unitId: 'unit-xingping', note: '兴平' });
      const page = await repo.list(as('xingping1'), { first: 200 });
      expect(page.tickets.length).toBeGreaterThan(0);
      expect(page.tickets.every((x) => x.unit?.id === 'unit-xingping')).toBe(true);
      expect(await code(repo.list(as('xingping1'), { filter: { unitId: 'unit-jinquan' } }))).toBe('FORBIDDEN');
    });

    it('serves the newest events of a long history, oldest first: 20 unless more are asked for, 200 at most', async () => {
      const t = await transferred();
      for (let i = 0; i < 12; i++) {
        await moves.claim(as('jinquan1'), { id: String(t.id) });
        await moves.release(as('jinquan1'), { id: String(t.id) });
      }
      const all = await fork().find(TicketEvent, { ticket: t.id }, { orderBy: { seq: 'asc' } });
      expect(all).toHaveLength(26);
      const seqs = (events: TicketEvent[]) => events.map((e) => e.seq);
      expect(seqs(await repo.events(fork(), t.id))).toEqual(seqs(all.slice(-20)));
      expect(seqs(await repo.events(fork(), t.id, 5))).toEqual(seqs(all.slice(-5)));
      expect(seqs(await repo.events(fork(), t.id, 200))).toEqual(seqs(all));
      expect(await code(repo.events(fork(), t.id, 201))).toBe('BAD_USER_INPUT');
      expect(await code(repo.events(fork(), t.id, 0))).toBe('BAD_USER_INPUT');
    });
  });
});
