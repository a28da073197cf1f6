/** Pure ticket-screen logic: how an action is offered, and how a refusal reads. */

import type { TicketAction } from '$lib/graphql/generated/graphql.js';
import { isStatus } from './ticket-status.js';
import { t } from '$lib/i18n/i18n.svelte.js';
import type { MessageKey } from '$lib/i18n/messages.js';
import { sayRefusal } from '$lib/i18n/refusal.js';

/** Actions that need a few words or a choice before they are sent; the rest go at one press. */
export const NEEDS_FORM: readonly TicketAction[] = [
  'RESOLVE',
  'REJECT_TRANSFER',
  'ASSIGN',
  'TRANSFER',
  'REOPEN',
  'URGE',
  'REQUEST_EXTENSION',
  'DECIDE_EXTENSION',
  'PAUSE',
];

/** The order buttons appear in: the likely next step first, the side doors after. */
const ORDER: readonly TicketAction[] = [
  'CLAIM',
  'START_ON_SITE',
  'RESOLVE',
  'TRANSFER',
  'CALLBACK',
  'CLOSE',
  'RELEASE',
  'ASSIGN',
  'REJECT_TRANSFER',
  'REOPEN',
  'RESUME',
  'DECIDE_EXTENSION',
  'URGE',
  'REQUEST_EXTENSION',
  'PAUSE',
];

export const LABEL: Record<TicketAction, MessageKey> = {
  CLAIM: 'claim',
  RELEASE: 'release',
  START_ON_SITE: 'onSite',
  RESOLVE: 'resolve',
  REJECT_TRANSFER: 'rejectTransfer',
  ASSIGN: 'assign',
  TRANSFER: 'transfer',
  CALLBACK: 'callback',
  REOPEN: 'reopen',
  CLOSE: 'close',
  URGE: 'urge',
  REQUEST_EXTENSION: 'requestExtension',
  DECIDE_EXTENSION: 'decideExtension',
  PAUSE: 'pause',
  RESUME: 'resume',
};

export function orderActions(actions: readonly TicketAction[]): TicketAction[] {
  return ORDER.filter((a) => actions.includes(a));
}

export interface Refusal {
  code?: string;
  message: string;
  extensions?: Record<string, unknown>;
}

/**
 * What to tell the user when the server refuses, in their language: who got there first, that the
 * ticket moved on; otherwise the server's reason, said from its message key (sayRefusal).
 */
const say = (e: Refusal) => sayRefusal(e, { action: (a) => (a in LABEL ? t(LABEL[a as TicketAction]) : a) });

export function explainRefusal(e: Refusal): { key: MessageKey | null; detail: string } {
  switch (e.code) {
    case 'ALREADY_CLAIMED':
      return {
        key: 'alreadyClaimedBy',
        detail: (e.extensions?.claimedBy as { name?: string } | undefined)?.name ?? '',
      };
    case 'STALE_VERSION':
    case 'INVALID_TRANSITION':
      return { key: 'staleVersion', detail: '' };
    case 'NOT_FOUND':
      return { key: 'notVisible', detail: '' };
    case 'BAD_USER_INPUT':
      return { key: 'checkInput', detail: say(e) };
    default:
      return { key: null, detail: say(e) };
  }
}

/** The status move an audit event made, if it made one ("TRANSFERRED" → "CLAIMED"); null otherwise. */
export function statusMove(changes: ReadonlyArray<{ field: string; from?: string | null; to?: string | null }>) {
  const c = changes.find((x) => x.field === 'status');
  return c && isStatus(c.to) && c.from !== c.to ? { from: isStatus(c.from) ? c.from : null, to: c.to } : null;
}

/** Where in the compound: building-entrance-room ("5-2-301"), then the caller's own words. */
export function addressLine(a: {
  building?: string | null;
  unit?: string | null;
  room?: string | null;
  text?: string | null;
}): string {
  const door = [a.building, a.unit, a.room].filter(Boolean).join('-');
  return [door, a.text].filter(Boolean).join(' ');
}

/** The number a phone dials (for a tel: link), or null when the server masked it (138****5678) or it is not a number. */
export function dialable(phone: string | null | undefined): string | null {
  if (!phone || !/^\+?[\d\s()-]{3,}$/.test(phone)) return null;
  return phone.replace(/[^\d+]/g, '');
}

/** What a page shows of a ticket id that could not be read: nothing there, or not the viewer's to see. */
export function unreadable(code: string | undefined, field?: unknown): 'missing' | 'hidden' | null {
  if (code === 'NOT_FOUND' || (code === 'BAD_USER_INPUT' && field === 'id')) return 'missing';
  if (code === 'FORBIDDEN') return 'hidden';
  return null;
}
