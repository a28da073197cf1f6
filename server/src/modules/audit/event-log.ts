import type { EntityManager } from '@mikro-orm/knex';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { Orm } from '../../db/orm.js';
import { currentRequestId } from '../../observability/request-context.js';
import { TicketEvent, type FieldChanges, type TicketEventType } from './ticket-event.entity.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { User } from '../users/user.entity.js';
import type { Bus } from '../../realtime/bus.js';

// Arbitrary constant naming the lock that orders event commits among PostgreSQL advisory locks.
const COMMIT_ORDER_LOCK = 0x4845_4556;

export type NewEvent = Omit<TicketEvent, 'seq' | 'ticket' | 'actor'> &
  Pick<Partial<TicketEvent>, 'actor'> & { ticket: TicketEvent['ticket'] | object };

/** Who made a change, as the log keeps them: a signed-in user, by id and as named then. */
export interface Actor {
  userId: number;
  displayName: string;
}

/**
 * An event of the room's objects (an incident, a task, a crew): not of a ticket unless `ticket` says
 * so, about `unitId`'s part, `subjectId` the object, with who did it and what changed.
 */
export function roomEvent(
  tx: EntityManager,
  actor: Actor,
  e: {
    type: TicketEventType;
    at: Date;
    unitId: string | null;
    subjectId: string;
    changes: FieldChanges;
    note?: string | null;
    ticketId?: number | null;
  },
): NewEvent {
  return {
    ticket: e.ticketId ? tx.getReference(Ticket, e.ticketId, { wrapped: true }) : null,
    unitId: e.unitId,
    subjectId: e.subjectId,
    type: e.type,
    actor: tx.getReference(User, actor.userId, { wrapped: true }),
    actorName: actor.displayName,
    at: e.at,
    changes: e.changes,
    note: e.note ?? null,
  };
}

/**
 * Appends audit events so that they become visible in `seq` order.
 *
 * On PostgreSQL a sequence value is taken before commit, so with several writers a later number
 * can commit first, and a reader that moved its cursor past it would skip the earlier one for
 * good. Each appending transaction therefore takes a transaction-scoped advisory lock just before
 * it draws its number and keeps it until it commits or rolls back: commit order equals `seq`
 * order, so once a reader sees `seq` n, every smaller number is either visible or never will be.
 * The lock is held only for the event insert and the commit. SQLite has one writer at a time.
 */
export class EventLog {
  private readonly postgres: boolean;

  constructor(
    orm: Orm,
    private readonly bus: Bus,
  ) {
    this.postgres = orm.config.get('driver') === PostgreSqlDriver;
  }

  /** Call last in the transaction, after the change's own rows. */
  async append(tx: EntityManager, event: NewEvent): Promise<TicketEvent> {
    const [e] = await this.appendAll(tx, [event]);
    return e!;
  }

  /** Each event names the request that made it: its own `requestId`, else the one being served. */
  async appendAll(tx: EntityManager, events: NewEvent[]): Promise<TicketEvent[]> {
    await tx.flush();
    if (this.postgres) await tx.execute('select pg_advisory_xact_lock(?)', [COMMIT_ORDER_LOCK]);
    const requestId = currentRequestId();
    const created = events.map((e) =>
      tx.create(TicketEvent, { ...e, requestId: e.requestId ?? requestId } as never, { persist: false }),
    );
    await tx.insertMany(created);
    return created;
  }

  /** The newest event's seq (0 for an empty log): a cursor to follow the log from. */
  async head(em: EntityManager): Promise<number> {
    const [row] = await em.execute<Array<{ max: number | string | null }>>('select max(seq) as max from ticket_event');
    return Number(row?.max ?? 0);
  }

  /** Call after the transaction committed: wakes every instance's feed. */
  committed(seq: number): void {
    this.bus.publish('events.committed', { seq });
  }
}
