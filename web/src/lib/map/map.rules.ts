/**
 * Pure map logic, in screen pixels at one zoom: how big a compound's symbol is, where its ticket
 * dots sit, how symbols that would overlap are spread apart, which names fit, the outline of the
 * served area, and the order the keyboard walks the ticket dots in.
 */

/** A symbol's footprint on screen: centre and size in pixels. */
export interface Box {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Never moved by `spread` (the heat sources: everything else is placed around them). */
  fixed?: boolean;
}

/**
 * How much smaller symbols are drawn on a small map (a phone) and how much larger on the wall, so a
 * 1080p wall read from 4 m gets at least 16 px figures and a phone is not all symbols.
 */
export function symbolScale(width: number, height: number, wall: boolean): number {
  const fit = Math.min(1, Math.max(0.65, Math.min(width, height) / 700));
  return wall ? fit * 1.2 : fit;
}

/**
 * A compound's symbol by its open tickets: a small dot when quiet; from one ticket on, a disc that
 * grows with the square root of the count (its area with the count) and carries the figure.
 */
export function compoundSymbol(open: number, scale = 1): { size: number; font: number } {
  if (open <= 0) return { size: Math.round(12 * scale), font: 0 };
  const grow = Math.sqrt(open - 1);
  return {
    size: Math.round(Math.min(60, 26 + 7 * grow) * scale),
    font: Math.round(Math.min(26, 16 + 2 * grow) * scale),
  };
}

/** How many of the tickets are at each compound. */
export function ticketsPerCompound(tickets: ReadonlyArray<{ compound?: { id: string } | null }>): Map<string, number> {
  const n = new Map<string, number>();
  for (const t of tickets) if (t.compound) n.set(t.compound.id, (n.get(t.compound.id) ?? 0) + 1);
  return n;
}

/**
 * Where `count` ticket dots of `dot` px sit around a symbol of radius `inner`: on rings that start at
 * the top and go clockwise, each ring as full as fits. `outer` is the radius the rings reach.
 */
export function ticketRing(
  count: number,
  inner: number,
  dot: number,
  gap = 2,
): { offsets: Array<{ dx: number; dy: number }>; outer: number } {
  const offsets: Array<{ dx: number; dy: number }> = [];
  let ring = 0;
  let outer = inner;
  while (offsets.length < count) {
    const r = inner + gap + dot / 2 + ring * (dot + gap);
    const fits = Math.max(1, Math.floor((2 * Math.PI * r) / (dot + gap)));
    const here = Math.min(fits, count - offsets.length);
    for (let i = 0; i < here; i++) {
      const a = -Math.PI / 2 + (2 * Math.PI * i) / fits;
      offsets.push({ dx: r * Math.cos(a), dy: r * Math.sin(a) });
    }
    outer = r + dot / 2;
    ring++;
  }
  return { offsets, outer };
}

/** Whether two boxes overlap once each is grown by `gap` / 2 on every side. */
export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return Math.abs(a.x - b.x) < (a.w + b.w) / 2 + gap && Math.abs(a.y - b.y) < (a.h + b.h) / 2 + gap;
}

/**
 * Moves symbols apart until no two overlap (with `gap` px between them): each overlapping pair is
 * pushed apart along the axis where the overlap is smaller, shared between the two unless one is
 * fixed. Symbols that overlap nothing stay exactly where they are. Returns every centre by id.
 */
export function spread(items: readonly Box[], gap = 2, rounds = 200): Map<string, { x: number; y: number }> {
  const pos = items.map((b) => ({ ...b }));
  const reach = Math.max(0, ...pos.map((b) => b.w)) / 2;
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    // Sweep from west to east: a pair further apart in x than their half widths cannot overlap.
    const order = [...pos].sort((a, b) => a.x - b.x);
    for (let i = 0; i < order.length; i++) {
      const a = order[i]!;
      for (let j = i + 1; j < order.length; j++) {
        const b = order[j]!;
        if (b.x - a.x >= a.w / 2 + reach + gap) break;
        if ((a.fixed && b.fixed) || !overlaps(a, b, gap)) continue;
        moved = true;
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        // A little more than the overlap, so the pair is clear of each other and rounding.
        const ox = (a.w + b.w) / 2 + gap - Math.abs(dx) + 0.5;
        const oy = (a.h + b.h) / 2 + gap - Math.abs(dy) + 0.5;
        const shareA = a.fixed ? 0 : b.fixed ? 1 : 0.5;
        const shareB = 1 - shareA;
        if (ox < oy) {
          const s = dx === 0 ? 1 : Math.sign(dx);
          a.x -= s * ox * shareA;
          b.x += s * ox * shareB;
        } else {
          const s = dy === 0 ? (a.id < b.id ? 1 : -1) : Math.sign(dy);
          a.y -= s * oy * shareA;
          b.y += s * oy * shareB;
        }
      }
    }
    if (!moved) break;
  }
  return new Map(pos.map((b) => [b.id, { x: b.x, y: b.y }]));
}

/** A name's width in px at `font` px: CJK characters are square, Latin ones about half as wide. */
export function labelWidth(text: string, font: number): number {
  let em = 0;
  for (const ch of text) em += ch.codePointAt(0)! >= 0x2e80 ? 1 : ch === ' ' ? 0.3 : 0.58;
  return Math.ceil(em * font) + 8;
}

export type LabelSide =
  'right' | 'left' | 'below' | 'above' | 'upper-right' | 'lower-right' | 'upper-left' | 'lower-left';
const SIDES: readonly LabelSide[] = [
  'right',
  'left',
  'upper-right',
  'lower-right',
  'upper-left',
  'lower-left',
  'below',
  'above',
];

export interface LabelRequest {
  id: string;
  /** The symbol's centre and the radius its footprint reaches (ticket dots included). */
  x: number;
  y: number;
  r: number;
  w: number;
  h: number;
  /** Higher first. Above 0 (a compound with open tickets) the name may cover minor symbols, and is shown even where it fits nowhere. */
  priority: number;
  /** Placed first, whatever it covers (the heat sources). */
  always?: boolean;
}

/** The box a label would take on `side` of its symbol, `gap` px away. */
export function labelBox(l: LabelRequest, side: LabelSide, gap = 3): Box {
  const off = l.r + gap;
  // Corners sit on the diagonal, just clear of a round symbol.
  const d = off * Math.SQRT1_2;
  const box = (x: number, y: number): Box => ({ id: l.id, x, y, w: l.w, h: l.h });
  switch (side) {
    case 'right':
      return box(l.x + off + l.w / 2, l.y);
    case 'left':
      return box(l.x - off - l.w / 2, l.y);
    case 'below':
      return box(l.x, l.y + off + l.h / 2);
    case 'above':
      return box(l.x, l.y - off - l.h / 2);
    case 'upper-right':
      return box(l.x + d + l.w / 2, l.y - d - l.h / 2);
    case 'lower-right':
      return box(l.x + d + l.w / 2, l.y + d + l.h / 2);
    case 'upper-left':
      return box(l.x - d - l.w / 2, l.y - d - l.h / 2);
    case 'lower-left':
      return box(l.x - d - l.w / 2, l.y + d + l.h / 2);
  }
}

/**
 * Which names fit at this zoom, and on which side of their symbol: the most important first, each on
 * the first side where it covers no symbol (but its own) and no name already placed. Symbols marked
 * `minor` (stations) may be covered by the name of a compound with open tickets; a name that must
 * show and fits nowhere goes where it covers least.
 */
export function fitLabels(
  labels: readonly LabelRequest[],
  symbols: ReadonlyArray<Box & { minor?: boolean }>,
  gap = 3,
): Map<string, LabelSide> {
  const placed: Box[] = [];
  const sides = new Map<string, LabelSide>();
  const order = [...labels].sort((a, b) => Number(!!b.always) - Number(!!a.always) || b.priority - a.priority);
  for (const l of order) {
    const important = l.always || l.priority > 0;
    // Only what lies within a label's length of the symbol can be in the way.
    const near = (b: Box) =>
      Math.abs(b.x - l.x) < l.r + gap + l.w + b.w / 2 + 2 && Math.abs(b.y - l.y) < l.r + gap + l.h + b.h / 2 + 2;
    const inWay = symbols.filter((sym) => sym.id !== l.id && !(important && sym.minor) && near(sym));
    const labelsInWay = placed.filter(near);
    const covered = (s: LabelSide) => {
      const box = labelBox(l, s, gap);
      return inWay.filter((b) => overlaps(box, b, 1)).length + labelsInWay.filter((b) => overlaps(box, b, 1)).length;
    };
    const free = SIDES.find((s) => covered(s) === 0);
    const fewest = () => SIDES.map((s) => [s, covered(s)] as const).sort((a, b) => a[1] - b[1])[0]![0];
    const chosen = free ?? (important ? fewest() : undefined);
    if (!chosen) continue;
    sides.set(l.id, chosen);
    placed.push(labelBox(l, chosen, gap));
  }
  return sides;
}

/**
 * The outline of the served area: the convex hull of every place, pushed out from its centre by
 * `pad` (a fraction). Not the city's administrative boundary, which the data does not hold.
 */
export function outline(points: ReadonlyArray<{ lat: number; lon: number }>, pad = 0.08): Array<[number, number]> {
  const pts = [...new Map(points.map((p) => [`${p.lat},${p.lon}`, p])).values()].sort(
    (a, b) => a.lon - b.lon || a.lat - b.lat,
  );
  if (pts.length < 3) return pts.map((p) => [p.lat, p.lon]);
  const cross = (o: (typeof pts)[0], a: (typeof pts)[0], b: (typeof pts)[0]) =>
    (a.lon - o.lon) * (b.lat - o.lat) - (a.lat - o.lat) * (b.lon - o.lon);
  // Andrew's monotone chain: the lower then the upper hull, counter-clockwise.
  const half = (list: typeof pts) => {
    const h: typeof pts = [];
    for (const p of list) {
      while (h.length >= 2 && cross(h[h.length - 2]!, h[h.length - 1]!, p) <= 0) h.pop();
      h.push(p);
    }
    h.pop();
    return h;
  };
  const hull = [...half(pts), ...half([...pts].reverse())];
  const cLat = hull.reduce((s, p) => s + p.lat, 0) / hull.length;
  const cLon = hull.reduce((s, p) => s + p.lon, 0) / hull.length;
  return hull.map((p) => [cLat + (p.lat - cLat) * (1 + pad), cLon + (p.lon - cLon) * (1 + pad)]);
}

/**
 * The order the keyboard walks the ticket dots in: as one reads a map, north to south, then west to
 * east, tickets of one compound by number. The layer is one tab stop; arrow keys move within it.
 */
export function keyboardOrder(
  tickets: ReadonlyArray<{ id: string; number: string; compound?: { id: string } | null }>,
  positionOf: (compoundId: string) => { lat: number; lon: number } | undefined,
): string[] {
  const placed = tickets.flatMap((t) => {
    const p = t.compound ? positionOf(t.compound.id) : undefined;
    return p ? [{ id: t.id, number: t.number, lat: p.lat, lon: p.lon }] : [];
  });
  placed.sort((a, b) => b.lat - a.lat || a.lon - b.lon || a.number.localeCompare(b.number));
  return placed.map((t) => t.id);
}

/** Where a key moves the keyboard from dot `from` in `order`; null for a key that does not move. */
export function stepFrom(order: readonly string[], from: string, key: string): string | null {
  const i = order.indexOf(from);
  if (i < 0 || order.length === 0) return null;
  const n = order.length;
  if (key === 'ArrowRight' || key === 'ArrowDown') return order[(i + 1) % n]!;
  if (key === 'ArrowLeft' || key === 'ArrowUp') return order[(i - 1 + n) % n]!;
  if (key === 'Home') return order[0]!;
  if (key === 'End') return order[n - 1]!;
  return null;
}
