import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { SHARE_KEY, type Shareable } from '../../realtime/shared-execution.js';
import { TicketEvent, type TicketEventType } from '../audit/ticket-event.entity.js';
import { Ticket } from './ticket.entity.js';

/**
 * A change to a ticket, as other features learn of it (the board today; webhooks and Open311
 * later): the audit event, the ticket as it stands when read, and the facts they decide on, typed.
 * An event of the room rather than of a ticket (a unit signing in) comes with `ticket` null and
 * `unitId` the unit it is about.
 */
export interface TicketChanged extends Shareable {
  seq: number;
  type: TicketEventType;
  ticketId: string | null;
  unitId: string | null;
  /** The unit the change moved the ticket away from (a refusal, a transfer), if it did. */
  previousUnitId: string | null;
  compoundId: string | null;
  event: TicketEvent;
  ticket: Ticket | null;
}

function ticketChanged(event: TicketEvent, ticket: Ticket | null): TicketChanged {
  const from = event.changes.unitId?.from;
  return {
    [SHARE_KEY]: String(event.seq),
    seq: event.seq,
    type: event.type,
    ticketId: ticket ? String(ticket.id) : null,
    unitId: ticket ? (ticket.unit?.id ?? null) : (event.unitId ?? null),
    previousUnitId: typeof from === 'string' ? from : null,
    compoundId: ticket?.compound?.id ?? null,
    event,
    ticket,
  };
}

/** Up to `limit` changes after `seq`, in order, each with its ticket as it stands now. */
export function readTicketChanges(em: EntityManager, after: number, limit: number): Promise<TicketChanged[]> {
  return read(em, { seq: { $gt: after } }, 'asc', limit);
}

/** Up to `limit` changes at or before `seq`, newest first, each with its ticket as it stands now. */
export function readTicketChangesBefore(
  em: EntityManager,
  atOrBefore: number,
  limit: number,
): Promise<TicketChanged[]> {
  return read(em, { seq: { $lte: atOrBefore } }, 'desc', limit);
}

/** The changes matching `where` (an incident's timeline), oldest first, each with its ticket as it stands now. */
export function readTicketChangesWhere(
  em: EntityManager,
  where: FilterQuery<TicketEvent>,
  limit: number,
): Promise<TicketChanged[]> {
  return read(em, where, 'asc', limit);
}

async function read(
  em: EntityManager,
  where: FilterQuery<TicketEvent>,
  order: 'asc' | 'desc',
  limit: number,
): Promise<TicketChanged[]> {
  const events = await em.find(TicketEvent, where, { orderBy: { seq: order }, limit, populate: ['actor'] });
  if (events.length === 0) return [];
  const ids = [...new Set(events.flatMap((e) => (e.ticket ? [e.ticket.id] : [])))];
  const tickets = new Map(
    (await em.find(Ticket, { id: { $in: ids } }, { populate: ['claimedBy'] })).map((t) => [t.id, t]),
  );
  return events.map((event) => ticketChanged(event, event.ticket ? tickets.get(event.ticket.id)! : null));
}
