import { describe, expect, it } from 'vitest';
import { belowStandard, cityDay, cityInstant, cityLocal, readingsToSend } from './visits.rules.js';

describe('a reading as it is typed', () => {
  it('is flagged below 18 °C, with a point or a comma', () => {
    expect(belowStandard('16')).toBe(true);
    expect(belowStandard('17,9')).toBe(true);
    expect(belowStandard(17.99)).toBe(true);
    expect(belowStandard('18')).toBe(false);
    expect(belowStandard('19.5')).toBe(false);
  });

  it('is not flagged while the box is empty or holds no number', () => {
    expect(belowStandard('')).toBe(false);
    expect(belowStandard(null)).toBe(false);
    expect(belowStandard('-')).toBe(false);
  });
});

describe('times in the city, whatever the browser’s zone', () => {
  it('reads a wall-clock time in Shanghai as its instant, and back', () => {
    expect(cityInstant('2026-11-30T09:30', 'Asia/Shanghai')).toBe('2026-11-30T01:30:00.000Z');
    expect(cityLocal('2026-11-30T01:30:00.000Z', 'Asia/Shanghai')).toBe('2026-11-30T09:30');
    expect(cityInstant('2026-11-30', 'Asia/Shanghai')).toBe('2026-11-29T16:00:00.000Z');
    expect(cityInstant('tomorrow', 'Asia/Shanghai')).toBeNull();
  });

  it('crosses a change of clocks (New York, the first Sunday of November)', () => {
    expect(cityInstant('2026-11-01T12:00', 'America/New_York')).toBe('2026-11-01T17:00:00.000Z');
    expect(cityInstant('2026-10-31T12:00', 'America/New_York')).toBe('2026-10-31T16:00:00.000Z');
  });

  it('gives the city’s day around an instant', () => {
    expect(cityDay('2026-11-30T17:00:00.000Z', 'Asia/Shanghai')).toEqual({
      from: '2026-11-30T16:00:00.000Z',
      to: '2026-12-01T16:00:00.000Z',
    });
  });
});

describe('the readings a form sends', () => {
  it('sends each row with a figure, on the visit’s day in the city, and leaves empty rows out', () => {
    expect(
      readingsToSend(
        [
          { place: ' 3号楼 501 客厅 ', celsius: '16', time: '10:05' },
          { place: '', celsius: '', time: '10:10' },
          { place: '3号楼 302 客厅', celsius: 19, time: '10:20' },
        ],
        '2026-11-30',
        'Asia/Shanghai',
      ),
    ).toEqual([
      { place: '3号楼 501 客厅', celsius: 16, at: '2026-11-30T02:05:00.000Z' },
      { place: '3号楼 302 客厅', celsius: 19, at: '2026-11-30T02:20:00.000Z' },
    ]);
  });
});
