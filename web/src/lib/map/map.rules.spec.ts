import { describe, expect, it } from 'vitest';
import { keyboardOrder, stepFrom } from './map.rules.js';

describe('walking the ticket dots by keyboard', () => {
  const at: Record<string, { lat: number; lon: number }> = {
    north: { lat: 36.9, lon: 119.9 },
    southWest: { lat: 36.7, lon: 119.8 },
    southEast: { lat: 36.7, lon: 120.0 },
  };
  const tk = (id: string, number: string, compound: string | null) => ({
    id,
    number,
    compound: compound ? { id: compound } : null,
  });

  it("reads the map north to south, west to east, a compound's tickets by number, and skips unplaced ones", () => {
    const order = keyboardOrder(
      [
        tk('a', '0003', 'southEast'),
        tk('b', '0002', 'north'),
        tk('c', '0005', 'southWest'),
        tk('d', '0001', 'north'),
        tk('e', '0004', null),
      ],
      (id) => at[id],
    );
    expect(order).toEqual(['d', 'b', 'c', 'a']);
  });

  it('moves with the arrows, wrapping round, jumps with Home and End, and ignores other keys', () => {
    const order = ['d', 'b', 'c', 'a'];
    expect(stepFrom(order, 'b', 'ArrowRight')).toBe('c');
    expect(stepFrom(order, 'a', 'ArrowDown')).toBe('d');
    expect(stepFrom(order, 'd', 'ArrowLeft')).toBe('a');
    expect(stepFrom(order, 'c', 'ArrowUp')).toBe('b');
    expect(stepFrom(order, 'c', 'Home')).toBe('d');
    expect(stepFrom(order, 'b', 'End')).toBe('a');
    expect(stepFrom(order, 'b', 'Enter')).toBeNull();
    expect(stepFrom(order, 'gone', 'ArrowRight')).toBeNull();
  });
});
