import type { EntityManager } from '@mikro-orm/knex';
import type { Logger } from 'pino';
import type { EventLog } from '../audit/event-log.js';
import { OPEN_STATUSES } from './ticket.enums.js';
import { TicketEventType } from '../audit/ticket-event.entity.js';
import { Ticket } from './ticket.entity.js';

const BATCH = 200;
export const SYSTEM_ACTOR = '系统 System';

/**
 * Writes TICKET_OVERDUE once per ticket when its due time passes. Every instance sweeps; the
 * conditional update (`overdue_at is null`) lets exactly one of them win each ticket.
 */
export class OverdueSweeper {
  private timer: NodeJS.Timeout | null = null;
  private sweeping = false;

  constructor(
    private readonly fork: () => EntityManager,
    private readonly events: EventLog,
    private readonly log: Logger,
    private readonly intervalMs: number,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.tick(), this.intervalMs);
    this.timer.unref();
    void this.tick();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private async tick(): Promise<void> {
    if (this.sweeping) return;
    this.sweeping = true;
    try {
      await this.sweep(new Date());
    } catch (e) {
      this.log.error({ err: e }, 'overdue sweep failed; trying again on the next tick');
    } finally {
      this.sweeping = false;
    }
  }

  /** Marks what is overdue at `now`; returns how many events this instance wrote. */
  async sweep(now: Date): Promise<number> {
    const due = await this.fork().find(
      Ticket,
      { dueAt: { $lt: now }, status: { $in: [...OPEN_STATUSES] }, overdueAt: null },
      { fields: ['id', 'dueAt'], limit: BATCH, orderBy: { dueAt: 'asc' } },
    );
    let written = 0;
    for (const { id, dueAt } of due) {
      const seq = await this.fork().transactional(async (tx) => {
        const won = await tx.nativeUpdate(
          Ticket,
          { id, overdueAt: null, status: { $in: [...OPEN_STATUSES] } },
          { overdueAt: now },
        );
        if (won === 0) return null;
        const e = await this.events.append(tx, {
          ticket: tx.getReference(Ticket, id),
          type: TicketEventType.TICKET_OVERDUE,
          actor: null,
          actorName: SYSTEM_ACTOR,
          at: now,
          changes: { overdue: { from: false, to: true } },
          note: `due ${dueAt.toISOString()}`,
        });
        return e.seq;
      });
      if (seq !== null) {
        this.events.committed(seq);
        written += 1;
      }
    }
    return written;
  }
}
