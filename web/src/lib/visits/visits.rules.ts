import { cityInstant } from '$lib/i18n/city-time.js';

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
