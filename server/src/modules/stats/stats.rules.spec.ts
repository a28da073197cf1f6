import { describe, expect, it } from 'vitest';
import { DomainError } from '../../errors.js';
import { resolvePeriod, satisfactionRate, tally } from './stats.rules.js';

const ZONE = 'Asia/Shanghai';

describe('the period of the figures', () => {
  it("is today in the city's zone by default, whatever the server's zone", () => {
    // 17:30 UTC on 16 Nov is already 17 Nov in Shanghai.
    const p = resolvePeriod(null, new Date('2009-11-16T17:30:00Z'), ZONE);
    expect(p).toEqual({ from: new Date('2009-11-16T16:00:00Z'), to: new Date('2009-11-17T16:00:00Z') });
  });

  it('is a named day of the city, or a range', () => {
    expect(resolvePeriod({ day: '2009-11-16' }, new Date(), ZONE)).toEqual({
      from: new Date('2009-11-15T16:00:00Z'),
      to: new Date('2009-11-16T16:00:00Z'),
    });
    const from = new Date('2009-11-16T00:00:00Z');
    const to = new Date('2009-11-23T00:00:00Z');
    expect(resolvePeriod({ from, to }, new Date(), ZONE)).toEqual({ from, to });
  });

  it('refuses what is not a period', () => {
    const code = (q: Parameters<typeof resolvePeriod>[0]) => {
      try {
        resolvePeriod(q, new Date(), ZONE);
        return 'accepted';
      } catch (e) {
        return (e as DomainError).code;
      }
    };
    const d = new Date('2009-11-16T00:00:00Z');
    expect(code({ day: '16/11/2009' })).toBe('BAD_USER_INPUT');
    expect(code({ day: '2009-02-30' })).toBe('BAD_USER_INPUT');
    expect(code({ from: d })).toBe('BAD_USER_INPUT');
    expect(code({ from: d, to: d })).toBe('BAD_USER_INPUT');
    expect(code({ day: '2009-11-16', from: d, to: new Date(d.getTime() + 1) })).toBe('BAD_USER_INPUT');
    expect(code({ from: d, to: new Date(d.getTime() + 201 * 86_400_000) })).toBe('BAD_USER_INPUT');
  });
});

describe('the tally', () => {
  it('adds counts to the room and to each unit, and lists quiet units with zeros', () => {
    const { total, units } = tally(
      [
        { figure: 'calls', unitId: 'u1', n: 2 },
        { figure: 'calls', unitId: null, n: 1 },
        { figure: 'satisfied', unitId: 'u1', n: 3 },
        { figure: 'unsatisfied', unitId: 'u1', n: 1 },
      ],
      ['u1', 'u2'],
    );
    expect(total).toMatchObject({ calls: 3, satisfied: 3, unsatisfied: 1, satisfaction: 0.75 });
    expect(units.get('u1')).toMatchObject({ calls: 2, satisfaction: 0.75 });
    expect(units.get('u2')).toMatchObject({ calls: 0, satisfaction: null });
  });

  it('rates satisfaction as satisfied and basically satisfied over answered callbacks', () => {
    expect(satisfactionRate({ satisfied: 1, basicallySatisfied: 1, unsatisfied: 1 })).toBeCloseTo(2 / 3);
    expect(satisfactionRate({ satisfied: 0, basicallySatisfied: 0, unsatisfied: 0 })).toBeNull();
  });
});
