/** Pure ticket-screen logic: how an action is offered, and how a refusal reads. */

import type { TicketAction } from '$lib/graphql/generated/graphql.js';
import type { MessageKey } from '$lib/i18n/messages.js';

/** Actions that need a few words or a choice before they are sent; the rest go at one press. */
export const NEEDS_FORM: readonly TicketAction[] = ['RESOLVE', 'REJECT_TRANSFER', 'ASSIGN', 'TRANSFER', 'REOPEN'];

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
 * What to tell the user when the server refuses: who got there first, that the ticket moved on,
 * or the server's own words (they name the field or the rule).
 */
export function explainRefusal(e: Refusal): { key: MessageKey; detail: string } | { key: null; detail: string } {
  if (e.code === 'ALREADY_CLAIMED') {
    const holder = (e.extensions?.claimedBy as { name?: string } | undefined)?.name ?? '';
    return { key: 'alreadyClaimedBy', detail: holder };
  }
  if (e.code === 'STALE_VERSION' || e.code === 'INVALID_TRANSITION') return { key: 'staleVersion', detail: '' };
  return { key: null, detail: e.message };
}

/** The status move an audit event made, if it made one ("TRANSFERRED" → "CLAIMED"); null otherwise. */
export function statusMove(changes: ReadonlyArray<{ field: string; from?: string | null; to?: string | null }>) {
  const c = changes.find((x) => x.field === 'status');
  return c?.to && c.from !== c.to ? { from: c.from ?? null, to: c.to } : null;
}
