import { describe, expect, it } from 'vitest';
import { applyPresence } from './presence.rules.js';

const entry = (key: string, displayName: string, activity = 'VIEWING') => ({ key, displayName, activity });
const keys = (present: Array<{ key: string }>) => present.map((e) => e.key);

describe('who is present, from the changes the server sends', () => {
  it('replaces everyone with a snapshot', () => {
    const before = [entry('a', 'Li'), entry('b', 'Wang')];
    expect(applyPresence(before, { entries: [entry('c', 'Zhang')], left: [], snapshot: true })).toEqual([
      entry('c', 'Zhang'),
    ]);
  });

  it('adds who joined, updates who changed and drops who left, keeping the rest in name order', () => {
    const before = [entry('a', 'Li'), entry('b', 'Wang'), entry('c', 'Zhang')];
    const after = applyPresence(before, {
      entries: [entry('b', 'Wang', 'WORKING'), entry('d', 'Ma')],
      left: ['c'],
      snapshot: false,
    });
    expect(after).toEqual([entry('a', 'Li'), entry('d', 'Ma'), entry('b', 'Wang', 'WORKING')]);
  });

  it('keeps one entry per screen: two screens of one person are two keys', () => {
    const after = applyPresence([entry('a', 'Li')], { entries: [entry('a2', 'Li')], left: [], snapshot: false });
    expect(keys(after)).toEqual(['a', 'a2']);
  });

  it('leaves the list it was given as it was', () => {
    const before = [entry('a', 'Li')];
    applyPresence(before, { entries: [], left: ['a'], snapshot: false });
    expect(keys(before)).toEqual(['a']);
  });
});
