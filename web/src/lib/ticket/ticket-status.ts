import type { TicketStatus } from '$lib/graphql/generated/graphql.js';

interface Facts {
  /** Not yet resolved: the board places it. */
  open: boolean;
  /** Whose move it is. */
  waitsOn: 'desk' | 'unit' | null;
  /** A person of the unit holds it. */
  held: boolean;
  /** The caller has had the answer. */
  replied: boolean;
}

/**
 * Every status, keyed by the schema's enum in the order a ticket moves through them: a status the API
 * adds does not compile until it is described here, and every status set below follows.
 */
const STATUS = {
  REGISTERED: { open: true, waitsOn: 'desk', held: false, replied: false },
  TRANSFERRED: { open: true, waitsOn: 'unit', held: false, replied: false },
  CLAIMED: { open: true, waitsOn: 'unit', held: true, replied: false },
  ON_SITE: { open: true, waitsOn: 'unit', held: true, replied: false },
  RESOLVED: { open: false, waitsOn: 'desk', held: false, replied: false },
  REPLIED: { open: false, waitsOn: null, held: false, replied: true },
  CLOSED: { open: false, waitsOn: null, held: false, replied: true },
} as const satisfies Record<TicketStatus, Facts>;

/** Whether a string from the audit log (a change's JSON value) names a status. */
export const isStatus = (s: string | null | undefined): s is TicketStatus => !!s && Object.hasOwn(STATUS, s);

const where = (test: (f: Facts) => boolean) =>
  (Object.keys(STATUS) as TicketStatus[]).filter((s) => test(STATUS[s])) as readonly TicketStatus[];

/** What the board places on the map. */
export const OPEN_STATUSES = where((f) => f.open);
/** A unit's queue: from transfer until resolved. */
export const UNIT_STATUSES = where((f) => f.waitsOn === 'unit');
/** The desk's tray: waiting for a transfer (new or refused) or for the callback. */
export const DESK_STATUSES = where((f) => f.waitsOn === 'desk');
export const HELD_STATUSES = where((f) => f.held);
export const REPLIED_STATUSES = where((f) => f.replied);
