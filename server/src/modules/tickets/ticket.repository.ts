import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Caller } from '../../caller.js';
import { badInput, checkInput, forbidden, notFound } from '../../errors.js';
import { parseIntId } from '../../ids.js';
import { ApiScope } from '../auth/auth.entities.js';
import { requireReader, type Viewer } from '../auth/viewer.js';
import { TicketEvent } from '../audit/ticket-event.entity.js';
import { readableUnits, readsUnit } from '../units/unit.rules.js';
import { Ticket } from './ticket.entity.js';
import { OPEN_STATUSES } from './ticket.enums.js';
import { DEFAULT_PAGE, MAX_PAGE, TicketFilter, TicketOrder } from './ticket.inputs.js';
import { canRead, ticketAccess } from './ticket-permissions.rules.js';

export interface TicketPage {
  tickets: Ticket[];
  cursors: string[];
  hasNextPage: boolean;
  /** Counted only when asked for: on a large table the count costs more than the page. */
  totalCount: () => Promise<number>;
}

export interface TicketListArgs {
  filter?: TicketFilter | null;
  first?: number | null;
  after?: string | null;
  orderBy?: TicketOrder | null;
}

/** How many linked calls a ticket lists (the first ones); a bound the cost limit can count on. */
export const LINKED_CALLS_SHOWN = 50;

/** How many of a ticket's events `Ticket.events` serves unless asked for more (the newest), and at most. */
export const EVENTS_SHOWN = 20;
export const MAX_EVENTS = 200;

/** Reading tickets: one by id, their history, and pages of a filtered list, each by the read rule. */
export class TicketRepository {
  async get({ em, viewer }: Caller, id: string): Promise<Ticket> {
    requireReader(viewer, ApiScope.TICKETS_READ);
    const t = await em.findOne(Ticket, { id: parseIntId(id) }, { populate: ['claimedBy'] });
    if (!t) throw notFound('ticket', id);
    if (!canRead(viewer, ticketAccess(t))) throw forbidden('this ticket belongs to another unit', 'otherUnit');
    return t;
  }

  /** Those of the tickets `ids` the viewer may read, in id order, in one query (a notice's, a meeting item's). */
  async readableAmong({ em, viewer }: Caller, ids: readonly (number | string)[]): Promise<Ticket[]> {
    if (ids.length === 0) return [];
    const rows = await em.find(
      Ticket,
      { id: { $in: ids.map(Number) } },
      { orderBy: { id: 'asc' }, populate: ['claimedBy'] },
    );
    return rows.filter((t) => canRead(viewer, ticketAccess(t)));
  }

  /** A linked ticket, by the same read rule as any other; null rather than a refusal, since the link is incidental. */
  async related({ em, viewer }: Caller, id: number): Promise<Ticket | null> {
    const t = await em.findOne(Ticket, { id }, { populate: ['claimedBy'] });
    return t && canRead(viewer, ticketAccess(t)) ? t : null;
  }

  /** The calls linked to a ticket, that the viewer may see. */
  async linkedTo({ em, viewer }: Caller, id: number): Promise<Ticket[]> {
    const rows = await em.find(
      Ticket,
      { relatedTo: id },
      { orderBy: { id: 'asc' }, limit: LINKED_CALLS_SHOWN, populate: ['claimedBy'] },
    );
    return rows.filter((t) => canRead(viewer, ticketAccess(t)));
  }

  /** The newest `last` events of a ticket's history, oldest first. */
  async events(em: EntityManager, ticketId: number, last = EVENTS_SHOWN): Promise<TicketEvent[]> {
    if (!Number.isInteger(last) || last < 1 || last > MAX_EVENTS)
      throw badInput('last', `must be 1 to ${MAX_EVENTS}`, 'outOfRange', { min: 1, max: MAX_EVENTS });
    const newest = await em.find(TicketEvent, { ticket: ticketId }, { orderBy: { seq: 'desc' }, limit: last });
    return newest.reverse();
  }

  async list({ em, viewer }: Caller, { filter, first, after, orderBy }: TicketListArgs): Promise<TicketPage> {
    requireReader(viewer, ApiScope.TICKETS_READ);
    const order = orderBy ?? TicketOrder.NEWEST;
    const limit = first ?? DEFAULT_PAGE;
    if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE)
      throw badInput('first', `must be 0 to ${MAX_PAGE}`, 'outOfRange', { min: 0, max: MAX_PAGE });
    const where = filterQuery(viewer, await checkInput(Object.assign(new TicketFilter(), filter)));
    const cursorWhere = after ? afterCursor(after, order) : {};
    const sort: QueryOrderMap<Ticket>[] =
      order === TicketOrder.NEWEST ? [{ id: 'desc' }] : [{ dueAt: 'asc' }, { id: 'asc' }];
    const rows = await em.find(
      Ticket,
      { $and: [where, cursorWhere] },
      { orderBy: sort, limit: limit + 1, populate: ['claimedBy'] },
    );
    const tickets = rows.slice(0, limit);
    return {
      tickets,
      cursors: tickets.map((t) => cursorOf(t, order)),
      hasNextPage: rows.length > limit,
      totalCount: () => em.fork().count(Ticket, where),
    };
  }
}

function filterQuery(viewer: Viewer, f: TicketFilter): FilterQuery<Ticket> {
  const where: Record<string, unknown> = {};
  const units = readableUnits(viewer);
  if (f.unitId && !readsUnit(units, f.unitId)) throw forbidden('you see only your own unit’s tickets', 'otherUnit');
  if (f.unitId) where.unit = f.unitId;
  else if (units !== null) where.unit = { $in: [...units] };
  if (f.status?.length) where.status = { $in: f.status };
  if (f.compoundId) where.compound = f.compoundId;
  if (f.stationId) where.compound = { station: f.stationId };
  if (f.kind) where.kind = f.kind;
  if (f.category) where.category = f.category;
  if (f.complexity) where.complexity = f.complexity;
  if (f.claimedById) where.claimedBy = parseIntId(f.claimedById, 'claimedById');
  if (f.callerPhone) {
    if (viewer.kind !== 'user') throw forbidden('API keys cannot search by caller', 'callerSearch');
    where.callerPhone = f.callerPhone.trim();
  }
  if (f.receivedFrom || f.receivedTo)
    where.receivedAt = {
      ...(f.receivedFrom && { $gte: f.receivedFrom }),
      ...(f.receivedTo && { $lt: f.receivedTo }),
    };
  const now = new Date();
  // A paused ticket's clock is stopped: it is not overdue (isOverdue).
  if (f.overdue === true) {
    where.dueAt = { $lt: now };
    where.pausedAt = null;
    where.status = { $in: (f.status?.length ? f.status : OPEN_STATUSES).filter((s) => OPEN_STATUSES.includes(s)) };
  } else if (f.overdue === false) {
    return {
      $and: [
        where,
        { $or: [{ dueAt: { $gte: now } }, { status: { $nin: [...OPEN_STATUSES] } }, { pausedAt: { $ne: null } }] },
      ],
    } as FilterQuery<Ticket>;
  }
  return where as FilterQuery<Ticket>;
}

function cursorOf(t: Ticket, order: TicketOrder): string {
  const key = order === TicketOrder.NEWEST ? [order, t.id] : [order, t.dueAt.getTime(), t.id];
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

function afterCursor(cursor: string, order: TicketOrder): FilterQuery<Ticket> {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = null;
  }
  const length = order === TicketOrder.NEWEST ? 2 : 3;
  if (
    !Array.isArray(key) ||
    key.length !== length ||
    key[0] !== order ||
    !key.slice(1).every((n) => Number.isSafeInteger(n))
  )
    throw badInput('after', 'is not a cursor from this list and order');
  if (order === TicketOrder.NEWEST) return { id: { $lt: key[1] as number } };
  const due = new Date(key[1] as number);
  return { $or: [{ dueAt: { $gt: due } }, { dueAt: due, id: { $gt: key[2] as number } }] };
}
