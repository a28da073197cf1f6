import { describe, expect, it } from 'vitest';
import { addressLine, explainRefusal, orderActions, statusMove, dialable, unreadable } from './ticket.rules.js';

describe('ticket actions on screen', () => {
  it('puts the likely next step first and keeps only what the server allows', () => {
    expect(orderActions(['REJECT_TRANSFER', 'CLAIM', 'ASSIGN'])).toEqual(['CLAIM', 'ASSIGN', 'REJECT_TRANSFER']);
    expect(orderActions(['RESOLVE', 'RELEASE', 'START_ON_SITE'])).toEqual(['START_ON_SITE', 'RESOLVE', 'RELEASE']);
    expect(orderActions([])).toEqual([]);
  });

  it('names who claimed first when a claim loses the race', () => {
    expect(
      explainRefusal({
        code: 'ALREADY_CLAIMED',
        message: 'already claimed by 杨磊',
        extensions: { claimedBy: { id: '4', name: '金泉热力 杨磊' } },
      }),
    ).toEqual({ key: 'alreadyClaimedBy', detail: '金泉热力 杨磊' });
  });

  it('says the ticket moved on when the version or status no longer fits', () => {
    expect(explainRefusal({ code: 'STALE_VERSION', message: 'the ticket is at version 4, not 3' }).key).toBe(
      'staleVersion',
    );
    expect(explainRefusal({ code: 'INVALID_TRANSITION', message: 'cannot claim a ticket that is RESOLVED' }).key).toBe(
      'staleVersion',
    );
  });

  it("says in the user's language why an action is not theirs, or that the ticket is gone", () => {
    const forbidden = {
      code: 'FORBIDDEN',
      message: "only staff of the ticket's unit may do this",
      extensions: { messageKey: 'forbidden.unitStaffOnly', params: {} },
    };
    expect(explainRefusal(forbidden)).toEqual({ key: null, detail: '只有承办单位的人员可以执行此操作' });
    expect(explainRefusal({ code: 'NOT_FOUND', message: 'no ticket 12' }).key).toBe('notVisible');
  });

  it('says bad input from its message key, naming the field; the server words only for what it cannot say', () => {
    const input = {
      code: 'BAD_USER_INPUT',
      message: 'resolution: say what was done',
      extensions: { messageKey: 'input.required', params: { field: 'resolution' } },
    };
    expect(explainRefusal(input)).toEqual({ key: 'checkInput', detail: '请填写办理结果' });
    expect(explainRefusal({ message: 'socket closed' })).toEqual({ key: null, detail: 'socket closed' });
  });

  it("reads an audit event's status move, and nothing when the status stayed", () => {
    expect(
      statusMove([
        { field: 'status', from: null, to: 'REGISTERED' },
        { field: 'unitId', from: null, to: null },
      ]),
    ).toEqual({ from: null, to: 'REGISTERED' });
    expect(statusMove([{ field: 'claimedById', from: '4', to: '5' }])).toBeNull();
    expect(statusMove([{ field: 'status', from: 'CLAIMED', to: 'CLAIMED' }])).toBeNull();
  });

  it('writes an address as building-entrance-room, then the words', () => {
    expect(addressLine({ building: '5', unit: '2', room: '301', text: null })).toBe('5-2-301');
    expect(addressLine({ building: '5', unit: null, room: '301', text: '东门' })).toBe('5-301 东门');
    expect(addressLine({})).toBe('');
  });

  it('dials a number the viewer may see, and never a masked one', () => {
    expect(dialable('13812345678')).toBe('13812345678');
    expect(dialable('0532-8836 1234')).toBe('053288361234');
    expect(dialable('+86 138 1234 5678')).toBe('+8613812345678');
    expect(dialable('138****5678')).toBeNull();
    expect(dialable('')).toBeNull();
  });

  it("tells a ticket that does not exist from one that is not the viewer's", () => {
    expect(unreadable('NOT_FOUND')).toBe('missing');
    expect(unreadable('BAD_USER_INPUT', 'id')).toBe('missing');
    expect(unreadable('FORBIDDEN')).toBe('hidden');
    expect(unreadable('BAD_USER_INPUT', 'note')).toBeNull();
    expect(unreadable(undefined)).toBeNull();
  });
});
