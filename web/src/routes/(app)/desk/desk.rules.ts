/**
 * Pure desk helpers: finding a compound by what an operator types and the compound box's keyboard;
 * what the tray holds; where the server's refusal goes.
 */

import type { AttendanceStatus, TicketStatus } from '$lib/graphql/generated/graphql.js';
import { sayRefusal } from '$lib/i18n/refusal.js';

export interface CompoundOption {
  id: string;
  name: string;
  nameEn: string;
  initials: string;
}

/** Matches Chinese name, English name or pinyin initials (文丰小区 → wfxq); best matches first. */
export function searchCompounds(all: CompoundOption[], typed: string, limit = 8): CompoundOption[] {
  const q = typed.trim().toLowerCase();
  if (!q) return [];
  const score = (c: CompoundOption) => {
    if (c.initials === q || c.name === typed.trim() || c.nameEn.toLowerCase() === q) return 0;
    if (c.initials.startsWith(q) || c.name.startsWith(typed.trim())) return 1;
    if (c.name.includes(typed.trim()) || c.nameEn.toLowerCase().includes(q) || c.initials.includes(q)) return 2;
    return 3;
  };
  return all
    .map((c) => [score(c), c] as const)
    .filter(([s]) => s < 3)
    .sort((a, b) => a[0] - b[0] || (a[1].name < b[1].name ? -1 : a[1].name > b[1].name ? 1 : 0))
    .slice(0, limit)
    .map(([, c]) => c);
}

/**
 * The one compound a typed text names without a choice from the list: its Chinese or English name in
 * full, or pinyin initials no other compound shares. Null when it names none, or several.
 */
export function exactCompound(all: CompoundOption[], typed: string): CompoundOption | null {
  const text = typed.trim();
  if (!text) return null;
  const q = text.toLowerCase();
  const byName = all.find((c) => c.name === text || c.nameEn.toLowerCase() === q);
  if (byName) return byName;
  const byInitials = all.filter((c) => c.initials === q);
  return byInitials.length === 1 ? byInitials[0]! : null;
}

/** The compound box's list: whether it shows, and which option the arrows are on (-1: none). */
export interface ListState {
  open: boolean;
  active: number;
}

/** What a key in the compound box does besides moving in the list. */
export type ListCommand = 'pick' | 'clear' | 'none';

/**
 * The ARIA 1.2 combobox keyboard (list autocomplete, first option highlighted as one types), over
 * `count` options: arrows open the list and move, wrapping; Enter picks the highlighted option;
 * Escape closes the list, or clears the box when it is closed. `handled`: the key is the box's own,
 * and must not also submit the form or move the caret.
 */
export function listKey(
  s: ListState,
  key: string,
  count: number,
  altKey = false,
): { state: ListState; command: ListCommand; handled: boolean } {
  const open = s.open && count > 0;
  switch (key) {
    case 'ArrowDown':
      if (!count) return { state: s, command: 'none', handled: true };
      if (!open) return { state: { open: true, active: altKey ? -1 : 0 }, command: 'none', handled: true };
      if (altKey) return { state: s, command: 'none', handled: true };
      return { state: { open, active: (s.active + 1) % count }, command: 'none', handled: true };
    case 'ArrowUp':
      if (!count) return { state: s, command: 'none', handled: true };
      if (!open) return { state: { open: true, active: count - 1 }, command: 'none', handled: true };
      return { state: { open, active: s.active <= 0 ? count - 1 : s.active - 1 }, command: 'none', handled: true };
    case 'Enter':
      // Enter in the compound box never registers the call: it picks, or it stays to be fixed.
      if (open && s.active >= 0 && s.active < count)
        return { state: { open: false, active: -1 }, command: 'pick', handled: true };
      return { state: { open: false, active: -1 }, command: 'none', handled: true };
    case 'Escape':
      if (open) return { state: { open: false, active: -1 }, command: 'none', handled: true };
      return { state: s, command: 'clear', handled: true };
    default:
      return { state: s, command: 'none', handled: false };
  }
}

/** After typing: the list opens on its matches, the first highlighted (Enter takes it). */
export const typedListState = (count: number): ListState => ({ open: count > 0, active: count > 0 ? 0 : -1 });

/** The open statuses: tickets a new call about the same place may be the same problem as. */
export const OPEN_AT_PLACE: TicketStatus[] = ['REGISTERED', 'TRANSFERRED', 'CLAIMED', 'ON_SITE'];

/** The tray: waiting for a transfer (new or refused), for the callback, and replied, for closing (结案). */
/** Waiting for the desk (a transfer, a callback, a close), or for a unit to claim what it was sent. */
export const TRAY_STATUSES: readonly TicketStatus[] = ['REGISTERED', 'TRANSFERRED', 'RESOLVED', 'REPLIED'];
export const onTray = (t: { status: TicketStatus }) => TRAY_STATUSES.includes(t.status);

/** How each unit stands in the room today, by unit id. */
export type InRoom = ReadonlyMap<string, AttendanceStatus>;

/**
 * Transferred tickets whose unit is not in the room (its officer absent, or gone for the day): the
 * desk chases them by phone rather than wait for a claim. A unit with no shift today is not absent.
 */
export function sentToAbsentUnits<T extends { status: TicketStatus; unit?: { id: string } | null }>(
  tickets: readonly T[],
  inRoom: InRoom,
): T[] {
  return tickets.filter(
    (t) => t.status === 'TRANSFERRED' && !!t.unit && ['ABSENT', 'LEFT'].includes(inRoom.get(t.unit.id) ?? 'EXPECTED'),
  );
}

/** How long ago a call came in, in the largest whole unit, for a glance (never negative). */
export function age(receivedAt: string, now: number): { n: number; unit: 'minutes' | 'hours' | 'days' } {
  const minutes = Math.max(0, Math.floor((now - Date.parse(receivedAt)) / 60_000));
  if (minutes < 60) return { n: minutes, unit: 'minutes' };
  if (minutes < 24 * 60) return { n: Math.floor(minutes / 60), unit: 'hours' };
  return { n: Math.floor(minutes / (24 * 60)), unit: 'days' };
}

/** What a bulk close did: the numbers closed and, per ticket, the refusals with their code. */
export function closeReport<T extends { number: string }>(
  outcomes: ReadonlyArray<{
    id: string;
    ticket?: unknown;
    code?: string | null;
    message?: string | null;
  }>,
  byId: (id: string) => T | undefined,
) {
  const closed = outcomes.filter((o) => o.ticket).map((o) => o.id);
  const refused = outcomes
    .filter((o) => !o.ticket)
    .map((o) => ({
      id: o.id,
      number: byId(o.id)?.number ?? o.id,
      code: o.code ?? undefined,
      message: o.message ?? '',
    }));
  return { closed, refused };
}

/**
 * The server's refusal of a call, by form field, in the user's language: a BAD_USER_INPUT names its
 * fields (`callerPhone`, `address.room`) with a message key each; anything else belongs to the
 * whole form.
 */
export function fieldErrors(code: string | undefined, message: string, extensions: Record<string, unknown>) {
  if (code !== 'BAD_USER_INPUT') return { form: sayRefusal({ code, message, extensions }) };
  const params = (extensions.params ?? {}) as Record<string, unknown>;
  const fields = (extensions.fields as Array<{ field: string; message: string; messageKey?: string }> | undefined) ?? [
    { field: String(extensions.field ?? 'form'), message, messageKey: extensions.messageKey as string | undefined },
  ];
  return Object.fromEntries(
    fields.map((f) => {
      const field = f.field.replace(/^input\./, '');
      const said = sayRefusal({
        message: f.message,
        extensions: f.messageKey ? { messageKey: f.messageKey, params: { ...params, field } } : undefined,
      });
      return [field.replace(/^address\./, ''), said];
    }),
  );
}
