/** Pure board state: what the wall shows, derived from events. No I/O, unit-tested. */

export type TicketStatus = 'REGISTERED' | 'TRANSFERRED' | 'CLAIMED' | 'ON_SITE' | 'RESOLVED' | 'REPLIED' | 'CLOSED';

export interface BoardTicket {
  id: string;
  number: string;
  status: TicketStatus;
  overdue: boolean;
  receivedAt: string;
  satisfaction?: string | null;
  compound?: { id: string } | null;
  unit?: { id: string } | null;
  claimedBy?: { displayName: string } | null;
}

export interface FeedItem {
  seq: number;
  type: string;
  at: string;
  actorName: string;
  ticket: BoardTicket;
}

export interface BoardState {
  /** Open tickets by id: what the map places. */
  open: Map<string, BoardTicket>;
  /** Newest first, bounded. */
  feed: FeedItem[];
  lastSeq: number;
  /** Tickets seen today (any state), for the KPI strip. */
  today: Map<string, BoardTicket>;
}

export const OPEN: readonly TicketStatus[] = ['REGISTERED', 'TRANSFERRED', 'CLAIMED', 'ON_SITE'];
export const FEED_MAX = 50;

export function emptyBoard(): BoardState {
  return { open: new Map(), feed: [], lastSeq: 0, today: new Map() };
}

const isToday = (iso: string, now: Date) => new Date(iso).toDateString() === now.toDateString();

/** Applies one event; a replayed or duplicate one (seq already seen) changes nothing. */
export function applyEvent(state: BoardState, e: FeedItem, now = new Date()): boolean {
  if (e.seq <= state.lastSeq) return false;
  state.lastSeq = e.seq;
  const t = e.ticket;
  if (OPEN.includes(t.status)) state.open.set(t.id, t);
  else state.open.delete(t.id);
  if (isToday(t.receivedAt, now)) state.today.set(t.id, t);
  state.feed.unshift(e);
  if (state.feed.length > FEED_MAX) state.feed.length = FEED_MAX;
  return true;
}

export interface Kpis {
  todayCalls: number;
  open: number;
  claimed: number;
  overdue: number;
  resolved: number;
  replied: number;
  /** Satisfied or basically satisfied, of today's callbacks; null before the first. */
  satisfaction: number | null;
}

export function kpis(state: BoardState): Kpis {
  const today = [...state.today.values()];
  const open = [...state.open.values()];
  const rated = today.filter((t) => t.satisfaction);
  return {
    todayCalls: today.length,
    open: open.length,
    claimed: open.filter((t) => t.status === 'CLAIMED' || t.status === 'ON_SITE').length,
    overdue: open.filter((t) => t.overdue).length,
    resolved: today.filter((t) => t.status === 'RESOLVED').length,
    replied: today.filter((t) => t.status === 'REPLIED' || t.status === 'CLOSED').length,
    satisfaction: rated.length ? rated.filter((t) => t.satisfaction !== 'UNSATISFIED').length / rated.length : null,
  };
}

/** Open tickets per compound, for sizing the compound symbols. */
export function openByCompound(state: BoardState): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of state.open.values()) if (t.compound) counts.set(t.compound.id, (counts.get(t.compound.id) ?? 0) + 1);
  return counts;
}

/** A unit's row on the wall: its open, claimed and overdue tickets. */
export function unitLoad(state: BoardState): Map<string, { open: number; claimed: number; overdue: number }> {
  const rows = new Map<string, { open: number; claimed: number; overdue: number }>();
  for (const t of state.open.values()) {
    if (!t.unit) continue;
    const r = rows.get(t.unit.id) ?? { open: 0, claimed: 0, overdue: 0 };
    r.open += 1;
    if (t.status === 'CLAIMED' || t.status === 'ON_SITE') r.claimed += 1;
    if (t.overdue) r.overdue += 1;
    rows.set(t.unit.id, r);
  }
  return rows;
}

export const STATUS_COLOURS: Record<TicketStatus, string> = {
  REGISTERED: '#d62728',
  TRANSFERRED: '#ff7f0e',
  CLAIMED: '#1f77b4',
  ON_SITE: '#9467bd',
  RESOLVED: '#2ca02c',
  REPLIED: '#17becf',
  CLOSED: '#7f7f7f',
};

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
