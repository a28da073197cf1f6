import { describe, expect, it } from 'vitest';
import { searchCompounds } from './desk.rules.js';

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
