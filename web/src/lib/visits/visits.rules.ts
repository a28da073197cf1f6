/** The living-room heating standard: a reading below it is flagged (the server's Reading.belowStandard). */
export const LIVING_ROOM_STANDARD_CELSIUS = 18;

/** The steps of a visit: each one makes a screen showing visits read them again. */
export const VISIT_EVENTS: ReadonlySet<string> = new Set([
  'VISIT_PLANNED',
  'VISIT_STARTED',
  'VISIT_RECORDED',
  'VISIT_CANCELLED',
]);

/** A reading as typed: flagged once it is a number below the standard, before anything is sent. */
export function belowStandard(celsius: string | number | null | undefined): boolean {
  if (celsius === null || celsius === undefined || celsius === '') return false;
  const n = typeof celsius === 'number' ? celsius : Number(String(celsius).replace(',', '.'));
  return Number.isFinite(n) && n < LIVING_ROOM_STANDARD_CELSIUS;
}

/** A number typed with a comma or a point; null for an empty or unreadable box. */
export function celsiusOf(typed: string | number | null | undefined): number | null {
  if (typed === null || typed === undefined || typed === '') return null;
  const n = typeof typed === 'number' ? typed : Number(String(typed).replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The wall-clock fields of an instant in a zone. */
function fieldsIn(instant: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { y: n('year'), mo: n('month'), d: n('day'), h: n('hour'), mi: n('minute'), s: n('second') };
}

/** How far the zone's clock is ahead of UTC at an instant, in ms. */
function offsetAt(instant: number, timeZone: string): number {
  const f = fieldsIn(instant, timeZone);
  return Date.UTC(f.y, f.mo - 1, f.d, f.h, f.mi, f.s) - Math.floor(instant / 1000) * 1000;
}

/**
 * A wall-clock time typed in the city (`2026-11-30T09:30`, or a date alone for its midnight) as the
 * instant it names: the city's zone, whatever the browser's. Null for text that names no time.
 */
export function cityInstant(local: string, timeZone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(local);
  if (!m) return null;
  const [y, mo, d, h, mi] = [1, 2, 3, 4, 5].map((i) => Number(m[i] ?? 0)) as [number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  if (Number.isNaN(wall)) return null;
  // Twice: the offset at the guess may differ from the offset at the answer across a change of time.
  let t = wall - offsetAt(wall, timeZone);
  t = wall - offsetAt(t, timeZone);
  return new Date(t).toISOString();
}

/** An instant as the city's wall clock reads it, for a datetime-local box (`2026-11-30T09:30`). */
export function cityLocal(instant: string | number | Date, timeZone: string): string {
  const f = fieldsIn(new Date(instant).getTime(), timeZone);
  return `${f.y}-${pad(f.mo)}-${pad(f.d)}T${pad(f.h)}:${pad(f.mi)}`;
}

/** The city's day around an instant: [its midnight, the next midnight). */
export function cityDay(instant: string | number | Date, timeZone: string): { from: string; to: string } {
  const day = cityLocal(instant, timeZone).slice(0, 10);
  const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, mo - 1, d + 1));
  const nextDay = `${next.getUTCFullYear()}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}`;
  return { from: cityInstant(day, timeZone)!, to: cityInstant(nextDay, timeZone)! };
}

/** A reading row as the form holds it. */
export interface ReadingRow {
  place: string;
  celsius: string | number | null;
  /** The time it was taken, `HH:MM` on the visit's day in the city. */
  time: string;
}

/**
 * The rows worth sending, as the API takes them: a row is a reading once it has a figure (the form
 * requires the place and the figure of every row, so a half-typed row never gets this far).
 */
export function readingsToSend(
  rows: readonly ReadingRow[],
  day: string,
  timeZone: string,
): Array<{ place: string; celsius: number; at: string }> {
  return rows.flatMap((r) => {
    const celsius = celsiusOf(r.celsius);
    const at = cityInstant(`${day}T${r.time || '00:00'}`, timeZone);
    return celsius === null || at === null ? [] : [{ place: r.place.trim(), celsius, at }];
  });
}
