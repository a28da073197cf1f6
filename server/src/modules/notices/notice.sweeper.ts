import type { EntityManager } from '@mikro-orm/knex';
import type { Logger } from 'pino';
import { Periodic } from '../../periodic.js';
import type { EventLog } from '../audit/event-log.js';
import { TicketEventType } from '../audit/ticket-event.entity.js';
import { SYSTEM_ACTOR } from '../tickets/overdue.sweeper.js';
import { Notice } from './notice.entity.js';
import { OWED_STATUSES } from './notices.rules.js';

const BATCH = 200;

/**
 * Writes NOTICE_OVERDUE once per deadline, when a notice the unit still owes passes it. Every
 * instance sweeps; a conditional update on the notice's own columns (still owed, still that
 * deadline, not yet marked) lets exactly one instance win and write the event.
 */
export class NoticeSweeper {
  private readonly ticks: Periodic;

  constructor(
    private readonly fork: () => EntityManager,
    private readonly events: EventLog,
    log: Logger,
    intervalMs: number,
    /** What time it is: the specs turn their own clock. */
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.ticks = new Periodic(() => this.sweep(this.clock()), intervalMs, log, 'notice sweep');
  }

  start(): void {
    this.ticks.start();
  }

  stop(): void {
    this.ticks.stop();
  }

  /** Marks every notice overdue whose deadline passed before `now`; returns how many this instance marked. */
  async sweep(now: Date): Promise<number> {
    const due = await this.fork().find(
      Notice,
      { status: { $in: [...OWED_STATUSES] }, dueAt: { $lt: now }, overdueAt: null },
      { fields: ['id', 'status', 'dueAt', 'unit'], orderBy: { dueAt: 'asc' }, limit: BATCH },
    );
    let marked = 0;
    for (const n of due) {
      const seq = await this.fork().transactional(async (tx) => {
        const won = await tx.nativeUpdate(
          Notice,
          { id: n.id, status: n.status, dueAt: n.dueAt, overdueAt: null },
          { overdueAt: now },
        );
        if (won === 0) return null;
        const e = await this.events.append(tx, {
          ticket: null,
          unitId: n.unit.id,
          subjectId: String(n.id),
          type: TicketEventType.NOTICE_OVERDUE,
          actor: null,
          actorName: SYSTEM_ACTOR,
          at: now,
          changes: { overdue: { from: false, to: true } },
          note: `due ${n.dueAt.toISOString()}`,
          requestId: null,
        });
        return e.seq;
      });
      if (seq === null) continue;
      this.events.committed(seq);
      marked += 1;
    }
    return marked;
  }
}
