import { describe, expect, it } from 'vitest';
import {
  compoundSymbol,
  fitLabels,
  keyboardOrder,
  labelBox,
  labelWidth,
  outline,
  overlaps,
  spread,
  stepFrom,
  symbolScale,
  ticketRing,
  type Box,
} from './map.rules.js';

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

describe("a compound's symbol", () => {
  it('is a small dot with no figure when quiet, and grows with its open tickets', () => {
    expect(compoundSymbol(0)).toEqual({ size: 12, font: 0 });
    const sizes = [1, 2, 4, 8, 16].map((n) => compoundSymbol(n).size);
    expect([...sizes].sort((a, b) => a - b)).toEqual(sizes);
    expect(new Set(sizes).size).toBe(sizes.length);
    expect(compoundSymbol(8).size).toBeGreaterThanOrEqual(1.5 * compoundSymbol(1).size);
    expect(compoundSymbol(1000).size).toBe(60);
  });

  it('carries a figure of at least 16 px at full scale, smaller on a phone, larger on the wall', () => {
    for (const n of [1, 8, 99]) expect(compoundSymbol(n).font).toBeGreaterThanOrEqual(16);
    expect(symbolScale(1568, 930, false)).toBe(1);
    expect(symbolScale(1344, 1000, true)).toBeCloseTo(1.2);
    expect(symbolScale(390, 500, false)).toBe(0.65);
  });
});

describe('ticket dots around a compound', () => {
  it('sit outside the symbol, none on another, starting at the top', () => {
    const { offsets, outer } = ticketRing(30, 20, 12, 2);
    expect(offsets).toHaveLength(30);
    expect(offsets[0]!.dx).toBeCloseTo(0);
    expect(offsets[0]!.dy).toBeLessThan(0);
    for (const o of offsets) expect(Math.hypot(o.dx, o.dy) - 6).toBeGreaterThanOrEqual(20);
    for (let i = 0; i < offsets.length; i++)
      for (let j = i + 1; j < offsets.length; j++)
        expect(Math.hypot(offsets[i]!.dx - offsets[j]!.dx, offsets[i]!.dy - offsets[j]!.dy)).toBeGreaterThanOrEqual(12);
    expect(outer).toBeGreaterThan(20 + 12);
    expect(ticketRing(0, 20, 12)).toEqual({ offsets: [], outer: 20 });
  });
});

describe('spreading symbols that would overlap', () => {
  it('leaves no two overlapping, moves nothing that overlaps nothing, and never moves a fixed one', () => {
    // A crowded town centre: 120 symbols of 12 to 60 px within 300 px, a fixed one among them.
    let seed = 7;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const crowd: Box[] = Array.from({ length: 120 }, (_, i) => {
      const size = 12 + Math.round(rand() * 48);
      return { id: `c${i}`, x: 500 + rand() * 300, y: 500 + rand() * 300, w: size, h: size };
    });
    crowd.push({ id: 'source', x: 650, y: 650, w: 34, h: 34, fixed: true });
    const alone: Box = { id: 'alone', x: 0, y: 0, w: 20, h: 20 };
    const at = spread([...crowd, alone], 2);
    const moved = [...crowd, alone].map((b) => ({ ...b, ...at.get(b.id)! }));
    for (let i = 0; i < moved.length; i++)
      for (let j = i + 1; j < moved.length; j++) expect(overlaps(moved[i]!, moved[j]!), `${i} ${j}`).toBe(false);
    expect(at.get('source')).toEqual({ x: 650, y: 650 });
    expect(at.get('alone')).toEqual({ x: 0, y: 0 });
  });
});

describe('names on the map', () => {
  const sym = (id: string, x: number, y: number, size = 20): Box => ({ id, x, y, w: size, h: size });
  const req = (id: string, x: number, y: number, priority: number, always = false) => ({
    id,
    x,
    y,
    r: 10,
    w: labelWidth('文丰小区', 16),
    h: 20,
    priority,
    always,
  });

  it('measures Chinese characters as square and Latin letters as about half as wide', () => {
    expect(labelWidth('文丰小区', 16)).toBe(64 + 8);
    expect(labelWidth('Wenfeng', 16)).toBeLessThan(labelWidth('文丰小区文丰小', 16));
  });

  it('puts each name on the first side where it covers nothing, the most important first', () => {
    const symbols = [sym('a', 0, 0), sym('b', 60, 0)];
    const sides = fitLabels([req('a', 0, 0, 1), req('b', 60, 0, 5)], symbols);
    expect(sides.get('b')).toBe('right');
    // Right of a is b's symbol; left is free.
    expect(sides.get('a')).toBe('left');
  });

  it('tries the corners before going below or above', () => {
    const sides = fitLabels([req('x', 0, 0, 0)], [sym('x', 0, 0), sym('e', 60, 15, 10), sym('w', -60, 15, 10)]);
    expect(sides.get('x')).toBe('upper-right');
    expect(labelBox(req('x', 0, 0, 1), 'below').y).toBeGreaterThan(10);
  });

  it('leaves out a quiet name that fits nowhere at this zoom, but always shows a heat source and a busy compound', () => {
    const around = [-1, 0, 1].flatMap((i) => [-1, 0, 1].map((j) => sym(`${i}${j}`, i * 50, j * 30)));
    const boxed = [sym('x', 0, 0), ...around.filter((b) => b.id !== '00')];
    expect(fitLabels([req('x', 0, 0, 0)], boxed).has('x')).toBe(false);
    expect(fitLabels([req('x', 0, 0, 0, true)], boxed).has('x')).toBe(true);
    expect(fitLabels([req('x', 0, 0, 3)], boxed).has('x')).toBe(true);
  });

  it("lets a busy compound's name cover a station, never a quiet one's", () => {
    const boxed = [sym('x', 0, 0), { ...sym('st', 50, 0), minor: true }];
    const around = [sym('n', 0, -30), sym('s', 0, 30), sym('w', -60, 0), sym('ne', 50, -30), sym('se', 50, 30)];
    const all = [...boxed, ...around, sym('nw', -50, -30), sym('sw', -50, 30)];
    expect(fitLabels([req('x', 0, 0, 2)], all).get('x')).toBe('right');
    expect(fitLabels([req('x', 0, 0, 0)], all).has('x')).toBe(false);
  });
});

describe("the served area's outline", () => {
  it('is the convex hull of the places, a little larger, without the places inside it', () => {
    const pts = [
      { lat: 0, lon: 0 },
      { lat: 0, lon: 2 },
      { lat: 2, lon: 2 },
      { lat: 2, lon: 0 },
      { lat: 1, lon: 1 },
      { lat: 0.5, lon: 1.5 },
    ];
    const hull = outline(pts, 0.1).map(([lat, lon]) => [+lat.toFixed(6), +lon.toFixed(6)]);
    expect(hull).toHaveLength(4);
    expect(hull).toContainEqual([-0.1, -0.1]);
    expect(hull).toContainEqual([2.1, 2.1]);
  });
});
