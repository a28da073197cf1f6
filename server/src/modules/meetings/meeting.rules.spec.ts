import { describe, expect, it } from 'vitest';
import {
  AgendaReason,
  checkMeetingAction,
  MeetingStatus,
  proposeAgenda,
  type OpenTicketFact,
} from './meeting.rules.js';

const now = new Date('2026-11-30T10:00:00+08:00');
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3600_000);
let n = 0;
const open = (over: Partial<OpenTicketFact> = {}): OpenTicketFact => ({
  id: String(++n),
  receivedAt: hoursAgo(2),
  overdue: false,
  escalated: false,
  reopenCount: 0,
  refusedBy: 0,
  callerPhone: `1380000${String(n).padStart(4, '0')}`,
  compoundId: 'cp-001',
  stationId: null,
  ...over,
});

describe('the proposed agenda', () => {
  it('offers each hard case with why, heaviest first, and leaves ordinary tickets out', () => {
    const reopened = open({ reopenCount: 1 });
    const overdue = open({ overdue: true, receivedAt: hoursAgo(30) });
    const bounced = open({ refusedBy: 2 });
    const [a, b] = [open({ callerPhone: '13812345678' }), open({ callerPhone: '13812345678' })];
    const ordinary = open();
    const agenda = proposeAgenda([ordinary, bounced, a, overdue, b, reopened], now);
    expect(agenda.map((p) => [p.ticketIds, p.reasons])).toEqual([
      [[reopened.id], [AgendaReason.REOPENED]],
      [[overdue.id], [AgendaReason.OVERDUE]],
      // Equal weights: the one waiting longest first (here, registered first).
      [[bounced.id], [AgendaReason.BOUNCED]],
      [[a.id], [AgendaReason.REPEAT_CALLER]],
      [[b.id], [AgendaReason.REPEAT_CALLER]],
    ]);
  });

  it('finds a hot spot: three open tickets behind one station within a day, not older ones', () => {
    const near = [1, 2, 3].map(() => open({ stationId: 'st-007' }));
    const old = open({ stationId: 'st-009', receivedAt: hoursAgo(30) });
    const twoOnly = [open({ stationId: 'st-009' }), open({ stationId: 'st-009' })];
    const agenda = proposeAgenda([...near, old, ...twoOnly], now);
    expect(agenda).toEqual([
      {
        reasons: [AgendaReason.HOT_SPOT],
        ticketIds: near.map((t) => t.id),
        stationId: 'st-007',
        compoundId: null,
        weight: 8,
      },
    ]);
  });

  it('ranks a ticket the urging ladder proposed above one only overdue', () => {
    const overdue = open({ overdue: true, receivedAt: hoursAgo(40) });
    const escalated = open({ overdue: true, escalated: true, receivedAt: hoursAgo(30) });
    expect(proposeAgenda([overdue, escalated], now).map((p) => [p.ticketIds[0], p.reasons])).toEqual([
      [escalated.id, [AgendaReason.OVERDUE, AgendaReason.ESCALATED]],
      [overdue.id, [AgendaReason.OVERDUE]],
    ]);
  });

  it('puts an open incident first, and no hot spot behind a station it covers', () => {
    const behind = [1, 2, 3].map(() => open({ stationId: 'st-002' }));
    const elsewhere = [1, 2, 3].map(() => open({ stationId: 'st-007' }));
    const reopened = open({ reopenCount: 1 });
    const incident = { id: '9', declaredAt: hoursAgo(1), stationIds: ['st-002'], ticketIds: behind.map((t) => t.id) };
    const agenda = proposeAgenda([...behind, ...elsewhere, reopened], now, 20, [incident]);
    expect(agenda.map((p) => [p.reasons, p.incidentId ?? null, p.stationId])).toEqual([
      [[AgendaReason.INCIDENT], '9', 'st-002'],
      [[AgendaReason.HOT_SPOT], null, 'st-007'],
      [[AgendaReason.REOPENED], null, null],
    ]);
    expect(agenda[0]!.ticketIds).toEqual(behind.map((t) => t.id));
  });

  it('stops at the limit', () => {
    const many = Array.from({ length: 30 }, () => open({ overdue: true }));
    expect(proposeAgenda(many, now, 20)).toHaveLength(20);
  });
});

describe('a meeting’s life', () => {
  it('starts once, is focused and decided in session only, and closes from session', () => {
    expect(() => checkMeetingAction(MeetingStatus.SCHEDULED, 'START')).not.toThrow();
    expect(() => checkMeetingAction(MeetingStatus.SCHEDULED, 'FOCUS')).toThrow(/SCHEDULED/);
    expect(() => checkMeetingAction(MeetingStatus.IN_SESSION, 'START')).toThrow(/IN_SESSION/);
    expect(() => checkMeetingAction(MeetingStatus.IN_SESSION, 'DECIDE')).not.toThrow();
    expect(() => checkMeetingAction(MeetingStatus.CLOSED, 'ADD_ITEM')).toThrow(/CLOSED/);
    expect(() => checkMeetingAction(MeetingStatus.SCHEDULED, 'CLOSE')).toThrow();
  });
});
