import { describe, expect, it } from 'vitest';
import { cityDay, cityInstant, cityLocal } from './city-time.js';

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
