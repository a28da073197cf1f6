import { describe, expect, it } from 'vitest';
import { DomainError } from '../../errors.js';
import { Satisfaction, TicketAction, TicketKind, TicketStatus } from './ticket.enums.js';
import { isOverdue, nextStatus, type TicketState } from './ticket.rules.js';

const A = TicketAction;
const S = TicketStatus;
const alice = { id: '7', name: 'Alice' };

function state(status: TicketStatus, over: Partial<TicketState> = {}): TicketState {
  const held = status === S.CLAIMED || status === S.ON_SITE;
  return { status, kind: TicketKind.COMPLAINT, unitId: 'unit-jinquan', claimedBy: held ? alice : null, ...over };
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof DomainError ? e.code : 'not a DomainError';
  }
  return undefined;
}

// Every (action, from) pair that is allowed, and where it leads; all other pairs must be refused.
const allowed: Array<[TicketAction, TicketStatus, TicketStatus, Satisfaction?]> = [
  [A.TRANSFER, S.REGISTERED, S.TRANSFERRED],
  [A.REJECT_TRANSFER, S.TRANSFERRED, S.REGISTERED],
  [A.CLAIM, S.TRANSFERRED, S.CLAIMED],
  [A.RELEASE, S.CLAIMED, S.TRANSFERRED],
  [A.ASSIGN, S.TRANSFERRED, S.CLAIMED],
  [A.ASSIGN, S.CLAIMED, S.CLAIMED],
  [A.ASSIGN, S.ON_SITE, S.ON_SITE],
  [A.START_ON_SITE, S.CLAIMED, S.ON_SITE],
  [A.RESOLVE, S.CLAIMED, S.RESOLVED],
  [A.RESOLVE, S.ON_SITE, S.RESOLVED],
  [A.CALLBACK, S.RESOLVED, S.REPLIED, Satisfaction.SATISFIED],
  [A.CALLBACK, S.RESOLVED, S.REPLIED, Satisfaction.BASICALLY_SATISFIED],
  [A.CALLBACK, S.RESOLVED, S.TRANSFERRED, Satisfaction.UNSATISFIED],
  [A.REOPEN, S.RESOLVED, S.TRANSFERRED],
  [A.REOPEN, S.REPLIED, S.TRANSFERRED],
  [A.CLOSE, S.REPLIED, S.CLOSED],
  // The ladder's moves keep the status; they are for a ticket a unit is working.
  ...[A.URGE, A.REQUEST_EXTENSION, A.PAUSE].flatMap((a) =>
    [S.TRANSFERRED, S.CLAIMED, S.ON_SITE].map((s): [TicketAction, TicketStatus, TicketStatus] => [a, s, s]),
  ),
];

describe('ticket state machine', () => {
  it.each(allowed)('%s from %s leads to %s', (action, from, to, sat) => {
    expect(nextStatus(action, state(from), sat ?? Satisfaction.SATISFIED)).toBe(to);
  });

  const refused = Object.values(A).flatMap((action) =>
    Object.values(S)
      .filter((from) => !allowed.some(([a, f]) => a === action && f === from))
      .map((from) => [action, from] as const),
  );
  it.each(refused)('refuses %s from %s, naming the state', (action, from) => {
    const t = state(from);
    const expected = action === A.CLAIM && t.claimedBy ? 'ALREADY_CLAIMED' : 'INVALID_TRANSITION';
    expect(codeOf(() => nextStatus(action, t, Satisfaction.SATISFIED))).toBe(expected);
    if (expected === 'INVALID_TRANSITION') expect(() => nextStatus(action, t)).toThrow(from);
  });

  it('tells who holds a ticket when a second claim comes', () => {
    try {
      nextStatus(A.CLAIM, state(S.CLAIMED));
      expect.unreachable();
    } catch (e) {
      expect((e as DomainError).code).toBe('ALREADY_CLAIMED');
      expect((e as DomainError).details).toEqual({ claimedBy: alice });
    }
  });

  it('closes a consultation or a thank-you call the desk answers on the call: no callback is owed', () => {
    expect(nextStatus(A.RESOLVE, state(S.REGISTERED, { kind: TicketKind.CONSULTATION }))).toBe(S.CLOSED);
    expect(nextStatus(A.RESOLVE, state(S.REGISTERED, { kind: TicketKind.THANKS }))).toBe(S.CLOSED);
    expect(codeOf(() => nextStatus(A.RESOLVE, state(S.REGISTERED)))).toBe('INVALID_TRANSITION');
    expect(codeOf(() => nextStatus(A.RESOLVE, state(S.REGISTERED, { kind: TicketKind.SUGGESTION })))).toBe(
      'INVALID_TRANSITION',
    );
  });

  it('sends an unsatisfied callback on a resolved ticket with no unit back to the desk', () => {
    const t = state(S.RESOLVED, { kind: TicketKind.CONSULTATION, unitId: null });
    expect(nextStatus(A.CALLBACK, t, Satisfaction.UNSATISFIED)).toBe(S.REGISTERED);
    expect(nextStatus(A.REOPEN, t)).toBe(S.REGISTERED);
  });
});

describe("the ladder's moves", () => {
  const atUnit = [S.TRANSFERRED, S.CLAIMED, S.ON_SITE];
  const keyOf = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      return `${(e as DomainError).code} ${(e as DomainError).key}`;
    }
    return 'allowed';
  };

  it('decides an extension only while one is pending, and asks for one only when none is', () => {
    for (const s of atUnit) {
      expect(nextStatus(A.DECIDE_EXTENSION, state(s, { extensionPending: true }))).toBe(s);
      expect(keyOf(() => nextStatus(A.DECIDE_EXTENSION, state(s)))).toBe(
        'INVALID_TRANSITION ticket.noExtensionPending',
      );
      expect(keyOf(() => nextStatus(A.REQUEST_EXTENSION, state(s, { extensionPending: true })))).toBe(
        'INVALID_TRANSITION ticket.extensionPending',
      );
    }
    expect(keyOf(() => nextStatus(A.DECIDE_EXTENSION, state(S.RESOLVED, { extensionPending: true })))).toBe(
      'INVALID_TRANSITION ticket.noExtensionPending',
    );
  });

  it('resumes only a paused ticket, and a paused one is neither paused, urged, extended, resolved nor refused', () => {
    for (const s of atUnit) {
      const paused = state(s, { paused: true });
      expect(nextStatus(A.RESUME, paused)).toBe(s);
      expect(keyOf(() => nextStatus(A.RESUME, state(s)))).toBe('INVALID_TRANSITION ticket.notPaused');
      for (const a of [A.PAUSE, A.URGE, A.REQUEST_EXTENSION, A.RESOLVE, A.REJECT_TRANSFER])
        expect(
          keyOf(() => nextStatus(a, paused)),
          a,
        ).toMatch(/^INVALID_TRANSITION /);
    }
    expect(keyOf(() => nextStatus(A.RESOLVE, state(S.CLAIMED, { paused: true })))).toBe(
      'INVALID_TRANSITION ticket.paused',
    );
    // Who holds it may still change while the clock is stopped.
    expect(nextStatus(A.RELEASE, state(S.CLAIMED, { paused: true }))).toBe(S.TRANSFERRED);
    expect(nextStatus(A.ASSIGN, state(S.CLAIMED, { paused: true }))).toBe(S.CLAIMED);
  });
});

describe('overdue', () => {
  const due = new Date('2009-11-16T15:59:59.999Z');
  it('is true only for an open ticket past its due time', () => {
    const after = new Date(due.getTime() + 1);
    expect(isOverdue({ status: S.CLAIMED, dueAt: due }, after)).toBe(true);
    expect(isOverdue({ status: S.CLAIMED, dueAt: due }, due)).toBe(false);
    for (const status of [S.RESOLVED, S.REPLIED, S.CLOSED])
      expect(isOverdue({ status, dueAt: due }, after)).toBe(false);
  });

  it('is false while the clock is stopped', () => {
    const after = new Date(due.getTime() + 1);
    expect(isOverdue({ status: S.CLAIMED, dueAt: due, pausedAt: due }, after)).toBe(false);
  });
});
