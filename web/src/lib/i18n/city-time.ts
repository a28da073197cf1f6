/**
 * Times in the city: a wall-clock time typed in a form means the city's time (HEATLINE_TIME_ZONE,
 * served in /config.json), whatever zone the browser is set to; and back, for a form's boxes.
 */

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
