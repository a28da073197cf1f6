import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Logger } from 'pino';
import { Periodic } from '../../periodic.js';
import type { EventLog, NewEvent } from '../audit/event-log.js';
import { TicketEventType } from '../audit/ticket-event.entity.js';
import type { WorkCalendar } from './deadline.rules.js';
import { dueForProposal, dueForReminder, urgedStep, type LadderSettings } from './ladder.rules.js';
import { Ticket } from './ticket.entity.js';
import { AT_UNIT_STATUSES, Escalation, OPEN_STATUSES } from './ticket.enums.js';
import { urgedRecipients } from './ticket-moves.service.js';

const BATCH = 200;

/** An event a step writes; the ticket, actor and time are the step's. */
type StepEvent = Pick<NewEvent, 'type' | 'changes' | 'note'>;
export const SYSTEM_ACTOR = '系统 System';

/**
 * The ladder, by the clock: TICKET_REMINDED when a share of a ticket's time has passed,
 * TICKET_OVERDUE (and the system's TICKET_URGED, for a ticket at a unit) when its due time passes,
 * TICKET_ESCALATED when it has stayed overdue and urged long enough. A paused ticket climbs no step.
 * Every instance sweeps; each step is a conditional update on the ticket's own columns (the step it
 * is on, its deadline), so exactly one instance wins it and writes its events, once.
 */
export class OverdueSweeper {
  private readonly ticks: Periodic;

  constructor(
    private readonly fork: () => EntityManager,
    private readonly events: EventLog,
    log: Logger,
    intervalMs: number,
    private readonly sla: { calendar: WorkCalendar; ladder: LadderSettings },
    /** What time it is: the specs drive the ladder with their own clock. */
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.ticks = new Periodic(() => this.sweep(this.clock()), intervalMs, log, 'overdue sweep');
  }

  start(): void {
    this.ticks.start();
  }

  stop(): void {
    this.ticks.stop();
  }

  /** Moves every ticket up the steps it has reached at `now`; returns how many events this instance wrote. */
  async sweep(now: Date): Promise<number> {
    return (await this.remind(now)) + (await this.overdue(now)) + (await this.propose(now));
  }

  private async remind(now: Date): Promise<number> {
    const due = await this.fork().find(
      Ticket,
      {
        status: { $in: [...AT_UNIT_STATUSES] },
        escalation: Escalation.NONE,
        remindAt: { $lte: now },
        remindedAt: null,
        pausedAt: null,
        dueAt: { $gt: now },
      },
      { fields: ['id', 'status', 'escalation', 'dueAt', 'remindAt', 'overdueAt', 'pausedAt'], limit: BATCH },
    );
    let written = 0;
    for (const t of due) {
      if (!dueForReminder(t, now)) continue;
      const won = await this.step(
        { id: t.id, escalation: Escalation.NONE, remindedAt: null, pausedAt: null, dueAt: t.dueAt },
        { remindedAt: now, escalation: Escalation.REMINDED },
        () => [
          {
            type: TicketEventType.TICKET_REMINDED,
            changes: { escalation: { from: Escalation.NONE, to: Escalation.REMINDED } },
            note: `due ${t.dueAt.toISOString()}`,
          },
        ],
        t.id,
        now,
      );
      written += won;
    }
    return written;
  }

  private async overdue(now: Date): Promise<number> {
    const due = await this.fork().find(
      Ticket,
      { dueAt: { $lt: now }, status: { $in: [...OPEN_STATUSES] }, overdueAt: null, pausedAt: null },
      {
        fields: ['id', 'dueAt', 'status', 'unit', 'escalation', 'urgedCount'],
        limit: BATCH,
        orderBy: { dueAt: 'asc' },
      },
    );
    let written = 0;
    for (const { id, dueAt, status, unit, escalation, urgedCount } of due) {
      // The ladder starts here for a ticket at a unit; one still at the desk is only marked overdue.
      const urges = AT_UNIT_STATUSES.includes(status) && unit;
      const to = urges ? urgedStep(escalation) : escalation;
      written += await this.step(
        { id, overdueAt: null, pausedAt: null, status, escalation, urgedCount },
        urges ? { overdueAt: now, escalation: to, urgedCount: urgedCount + 1 } : { overdueAt: now },
        async (tx): Promise<StepEvent[]> => [
          {
            type: TicketEventType.TICKET_OVERDUE,
            changes: { overdue: { from: false, to: true } },
            note: `due ${dueAt.toISOString()}`,
          },
          ...(urges
            ? [
                {
                  type: TicketEventType.TICKET_URGED,
                  changes: {
                    ...(to !== escalation ? { escalation: { from: escalation, to } } : {}),
                    urgedCount: { from: urgedCount, to: urgedCount + 1 },
                    ...(await urgedRecipients(tx, unit.id)),
                  },
                  note: null,
                },
              ]
            : []),
        ],
        id,
        now,
      );
    }
    return written;
  }

  private async propose(now: Date): Promise<number> {
    const urged = await this.fork().find(
      Ticket,
      {
        status: { $in: [...AT_UNIT_STATUSES] },
        escalation: Escalation.URGED,
        overdueAt: { $ne: null },
        pausedAt: null,
      },
      {
        fields: ['id', 'status', 'escalation', 'dueAt', 'remindAt', 'overdueAt', 'pausedAt'],
        limit: BATCH,
        orderBy: { overdueAt: 'asc' },
      },
    );
    let written = 0;
    for (const t of urged) {
      // In the order they went overdue: the first not yet due for a meeting ends the pass.
      if (!dueForProposal(t, now, this.sla.ladder, this.sla.calendar)) break;
      written += await this.step(
        { id: t.id, escalation: Escalation.URGED, overdueAt: t.overdueAt, pausedAt: null },
        { escalation: Escalation.PROPOSED_FOR_MEETING },
        () => [
          {
            type: TicketEventType.TICKET_ESCALATED,
            changes: { escalation: { from: Escalation.URGED, to: Escalation.PROPOSED_FOR_MEETING } },
            note: null,
          },
        ],
        t.id,
        now,
      );
    }
    return written;
  }

  /**
   * One step of one ticket: the conditional update (still on the step read, still open), then its
   * events, in one transaction; returns how many events were written (0: another instance won).
   */
  private async step(
    where: Record<string, unknown> & { id: number },
    set: Partial<Ticket>,
    events: (tx: EntityManager) => StepEvent[] | Promise<StepEvent[]>,
    id: number,
    now: Date,
  ): Promise<number> {
    const seq = await this.fork().transactional(async (tx) => {
      const won = await tx.nativeUpdate(
        Ticket,
        { status: { $in: [...OPEN_STATUSES] }, ...where } as FilterQuery<Ticket>,
        set,
      );
      if (won === 0) return null;
      const written = await this.events.appendAll(
        tx,
        (await events(tx)).map((e) => ({
          ...e,
          ticket: tx.getReference(Ticket, id),
          actor: null,
          actorName: SYSTEM_ACTOR,
          at: now,
        })),
      );
      return { seq: written.at(-1)!.seq, count: written.length };
    });
    if (seq === null) return 0;
    this.events.committed(seq.seq);
    return seq.count;
  }
}
