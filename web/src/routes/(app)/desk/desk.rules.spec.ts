import { describe, expect, it } from 'vitest';
import { fieldErrors, searchCompounds } from './desk.rules.js';

const all = [
  { id: '1', name: '文丰小区', nameEn: 'Wenfeng Compound', initials: 'wfxq' },
  { id: '2', name: '文丰花园', nameEn: 'Wenfeng Garden', initials: 'wfhy' },
  { id: '3', name: '金河小区', nameEn: 'Jinhe Compound', initials: 'jhxq' },
];

describe('finding a compound at the desk', () => {
  it('finds by pinyin initials, exact first', () => {
    expect(searchCompounds(all, 'wfxq').map((c) => c.id)).toEqual(['1']);
    expect(searchCompounds(all, 'wf').map((c) => c.id)).toEqual(['1', '2']);
  });

  it('finds by Chinese or English name', () => {
    expect(searchCompounds(all, '金河').map((c) => c.id)).toEqual(['3']);
    expect(searchCompounds(all, 'garden').map((c) => c.id)).toEqual(['2']);
    expect(searchCompounds(all, '  ')).toEqual([]);
  });
});

describe("the server's refusal of a call", () => {
  it('lands next to each field it names', () => {
    const fields = [
      { field: 'input.callerPhone', message: 'not a phone number' },
      { field: 'input.address.room', message: 'too long' },
    ];
    expect(fieldErrors('BAD_USER_INPUT', 'invalid', { fields })).toEqual({
      callerPhone: 'not a phone number',
      room: 'too long',
    });
    expect(fieldErrors('BAD_USER_INPUT', 'needs a compound', { field: 'input.compoundId' })).toEqual({
      compoundId: 'needs a compound',
    });
  });

  it('goes to the whole form when it is not about a field', () => {
    expect(fieldErrors('FORBIDDEN', 'only the desk', {})).toEqual({ form: 'only the desk' });
  });
});
