import { describe, expect, it } from 'vitest';
import type { AttendanceStatus } from '$lib/graphql/generated/graphql.js';
import {
  age,
  closeReport,
  exactCompound,
  fieldErrors,
  listKey,
  onTray,
  sentToAbsentUnits,
  searchCompounds,
  typedListState,
} from './desk.rules.js';

const all = [
  { id: '1', name: '文丰小区', nameEn: 'Wenfeng Compound', initials: 'wfxq' },
  { id: '2', name: '文丰花园', nameEn: 'Wenfeng Garden', initials: 'wfhy' },
  { id: '3', name: '金河小区', nameEn: 'Jinhe Compound', initials: 'jhxq' },
  { id: '4', name: '金河新村', nameEn: 'Jinhe New Village', initials: 'jhxc' },
  { id: '5', name: '金华新村', nameEn: 'Jinhua New Village', initials: 'jhxc' },
];

describe('finding a compound at the desk', () => {
  it('finds by pinyin initials, exact first', () => {
    expect(searchCompounds(all, 'wfxq').map((c) => c.id)).toEqual(['1']);
    expect(searchCompounds(all, 'wf').map((c) => c.id)).toEqual(['1', '2']);
  });

  it('finds by Chinese or English name', () => {
    expect(searchCompounds(all, '金河').map((c) => c.id)).toEqual(['3', '4']);
    expect(searchCompounds(all, 'garden').map((c) => c.id)).toEqual(['2']);
    expect(searchCompounds(all, '  ')).toEqual([]);
  });

  it('takes a name typed in full, or initials only one compound has, without a choice from the list', () => {
    expect(exactCompound(all, ' 金河新村 ')?.id).toBe('4');
    expect(exactCompound(all, 'jinhe new village')?.id).toBe('4');
    expect(exactCompound(all, 'WFXQ')?.id).toBe('1');
  });

  it('takes nothing from a text that names no compound, or several', () => {
    expect(exactCompound(all, '金河')).toBeNull();
    expect(exactCompound(all, 'jhxc')).toBeNull();
    expect(exactCompound(all, '不存在小区')).toBeNull();
    expect(exactCompound(all, '')).toBeNull();
  });
});

describe('the compound box by keyboard', () => {
  it('highlights the first match as one types, so Enter takes it', () => {
    const s = typedListState(2);
    expect(s).toEqual({ open: true, active: 0 });
    expect(listKey(s, 'Enter', 2)).toEqual({ state: { open: false, active: -1 }, command: 'pick', handled: true });
    expect(typedListState(0)).toEqual({ open: false, active: -1 });
  });

  it('moves with the arrows, wrapping at both ends', () => {
    let s = typedListState(3);
    s = listKey(s, 'ArrowDown', 3).state;
    expect(s.active).toBe(1);
    s = listKey(listKey(s, 'ArrowDown', 3).state, 'ArrowDown', 3).state;
    expect(s.active).toBe(0);
    s = listKey(s, 'ArrowUp', 3).state;
    expect(s.active).toBe(2);
  });

  it('opens a closed list with the arrows: down on the first option, up on the last, Alt+Down on none', () => {
    const closed = { open: false, active: -1 };
    expect(listKey(closed, 'ArrowDown', 3).state).toEqual({ open: true, active: 0 });
    expect(listKey(closed, 'ArrowUp', 3).state).toEqual({ open: true, active: 2 });
    expect(listKey(closed, 'ArrowDown', 3, true).state).toEqual({ open: true, active: -1 });
  });

  it('never lets Enter submit the call from the box, even with nothing to pick', () => {
    expect(listKey({ open: false, active: -1 }, 'Enter', 0)).toMatchObject({ command: 'none', handled: true });
    expect(listKey({ open: true, active: -1 }, 'Enter', 3)).toMatchObject({ command: 'none', handled: true });
  });

  it('closes the list with Escape, then clears the box', () => {
    const open = typedListState(2);
    expect(listKey(open, 'Escape', 2)).toMatchObject({ state: { open: false }, command: 'none' });
    expect(listKey({ open: false, active: -1 }, 'Escape', 2).command).toBe('clear');
  });

  it('leaves other keys to the text box', () => {
    expect(listKey(typedListState(2), 'a', 2).handled).toBe(false);
    expect(listKey(typedListState(2), 'Tab', 2).handled).toBe(false);
  });
});

describe('the tray', () => {
  it('holds what waits for the desk: a transfer, a claim, a callback, a close', () => {
    expect(['REGISTERED', 'TRANSFERRED', 'RESOLVED', 'REPLIED'].map((status) => onTray({ status } as never))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['CLAIMED', 'ON_SITE', 'CLOSED'].some((status) => onTray({ status } as never))).toBe(false);
  });

  it('marks what was sent to a unit not in the room, and nothing else', () => {
    const sent = (id: string, unit: string, status = 'TRANSFERRED') => ({ id, status, unit: { id: unit } }) as never;
    const inRoom = new Map<string, AttendanceStatus>([
      ['unit-jinquan', 'ABSENT'],
      ['unit-xingping', 'PRESENT'],
      ['unit-price', 'LEFT'],
      ['unit-water', 'EXPECTED'],
    ]);
    const tickets = [
      sent('1', 'unit-jinquan'),
      sent('2', 'unit-xingping'),
      sent('3', 'unit-price'),
      sent('4', 'unit-water'),
      sent('5', 'unit-jinquan', 'RESOLVED'),
      sent('6', 'unit-off-roster'),
    ];
    expect(sentToAbsentUnits(tickets, inRoom).map((t: { id: string }) => t.id)).toEqual(['1', '3']);
  });

  it('reports a bulk close per ticket: the closed, and each refusal by number', () => {
    const numbers: Record<string, { number: string }> = { '1': { number: 'A-1' }, '2': { number: 'A-2' } };
    const report = closeReport(
      [
        { id: '1', ticket: { id: '1' }, code: null, message: null },
        { id: '2', ticket: null, code: 'STALE_VERSION', message: 'moved on' },
      ],
      (id) => numbers[id],
    );
    expect(report).toEqual({
      closed: ['1'],
      refused: [{ id: '2', number: 'A-2', code: 'STALE_VERSION', message: 'moved on' }],
    });
  });

  it("tells a call's age in its largest whole unit", () => {
    const t0 = Date.parse('2009-11-17T10:00:00Z');
    expect(age('2009-11-17T09:58:30Z', t0)).toEqual({ n: 1, unit: 'minutes' });
    expect(age('2009-11-17T07:00:00Z', t0)).toEqual({ n: 3, unit: 'hours' });
    expect(age('2009-11-15T09:00:00Z', t0)).toEqual({ n: 2, unit: 'days' });
    expect(age('2009-11-17T10:05:00Z', t0)).toEqual({ n: 0, unit: 'minutes' });
  });
});

describe("the server's refusal of a call", () => {
  it('lands next to each field it names, said in the user’s language from its message key', () => {
    const fields = [
      { field: 'callerPhone', message: 'callerPhone must be a phone number', messageKey: 'input.format' },
      { field: 'address.room', message: 'room must be at most 50 characters', messageKey: 'input.tooLong' },
    ];
    expect(fieldErrors('BAD_USER_INPUT', 'invalid', { fields, field: 'callerPhone' })).toEqual({
      callerPhone: '来电电话格式不正确',
      room: '房号太长',
    });
    expect(
      fieldErrors('BAD_USER_INPUT', 'category: unknown category NOPE', {
        field: 'category',
        messageKey: 'input.unknown',
        params: { field: 'category', value: 'NOPE' },
      }),
    ).toEqual({ category: '问题类别“NOPE”不存在' });
    // A server newer than this page: its words rather than nothing.
    expect(fieldErrors('BAD_USER_INPUT', 'needs a compound', { field: 'compoundId' })).toEqual({
      compoundId: 'needs a compound',
    });
  });

  it('goes to the whole form when it is not about a field', () => {
    const ext = { messageKey: 'forbidden.role', params: { roles: ['OPERATOR'], role: 'LEADER' } };
    expect(fieldErrors('FORBIDDEN', 'this needs the role OPERATOR; you are LEADER', ext)).toEqual({
      form: '此操作仅限受理员，您的角色是领导',
    });
  });
});
