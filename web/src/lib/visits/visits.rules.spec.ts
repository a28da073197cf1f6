import { describe, expect, it } from 'vitest';
import { belowStandard, readingsToSend } from './visits.rules.js';

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
