import { ConnectionException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import type { Caller } from '../../caller.js';
import { badInput, checkInput } from '../../errors.js';
import { parseIntId } from '../../ids.js';
import { currentRequestId } from '../../observability/request-context.js';
import { requireUser, type UserViewer } from '../auth/viewer.js';
import type { EventLog } from '../audit/event-log.js';
import { diff } from '../audit/snapshot.js';
import { TicketEventType } from '../audit/ticket-event.entity.js';
import { Category, Channel } from '../places/catalog.entities.js';
import type { PlaceDirectory } from '../places/place-directory.js';
import { Compound } from '../places/place.entities.js';
import { Unit } from '../units/unit.entity.js';
import { Role, User } from '../users/user.entity.js';
import { dueAt, localDayKey, type WorkCalendar } from './deadline.rules.js';
import { DEFAULT_LADDER, remindAt, type LadderSettings } from './ladder.rules.js';
import { proposeUnit, type RoutingProposal } from './routing.rules.js';
import { ticketSnapshot } from './ticket.audit.js';
import { Ticket } from './ticket.entity.js';
import { Complexity, Escalation, TicketStatus } from './ticket.enums.js';
import { AddressInput, CreateTicketInput } from './ticket.inputs.js';

/** A call may be registered after it was taken, but not dated in the future or long ago. */
const MAX_BACKDATE_DAYS = 30;
const MAX_CLOCK_SKEW_MS = 5 * 60_000;

/** A call checked and routed, waiting for its batch's transaction. */
interface Registration {
  actor: UserViewer;
  now: Date;
  receivedAt: Date;
  dueAt: Date;
  input: CreateTicketInput;
  categoryCode: string;
  channelCode: string;
  compoundId: string | null;
  proposedUnitId: string | null;
  relatedTicketId: number | null;
  /** The request the call came in (a batch holds several). */
  requestId: string | null;
}

/** Registering calls (受理): checks, routing, day numbering, and the group commit. */
export class RegistrationService {
  constructor(
    readonly calendar: WorkCalendar,
    private readonly places: PlaceDirectory,
    private readonly log: EventLog,
    private readonly fork: () => EntityManager,
    readonly ladder: LadderSettings = DEFAULT_LADDER,
  ) {}

  /**
   * Runs after a registration commits (an incident proposal may follow from it); it must not throw:
   * its failure is its own to log, never the caller's. Set once at start-up by the feature that listens.
   */
  onRegistered: (t: Ticket) => Promise<void> = async () => {};

  /** When a ticket of this complexity, (re)started at `from`, falls due: the deployment's calendar. */
  deadline(complexity: Complexity, from: Date): Date {
    return dueAt(complexity, from, this.calendar);
  }

  /** When the unit is reminded of a deadline counted from `from`: the configured share of the time. */
  reminder(from: Date, due: Date): Date {
    return remindAt(from, due, this.ladder.reminderShare);
  }

  /** The unit routing proposes for a call, skipping units that refused it. */
  async propose(q: {
    kind: Ticket['kind'];
    category: string;
    compoundId: string | null;
    excludedUnitIds: readonly string[];
  }): Promise<RoutingProposal | null> {
    const compound = q.compoundId ? await this.places.routingCompound(q.compoundId) : null;
    if (q.compoundId && !compound)
      throw badInput('compoundId', `unknown compound ${q.compoundId}`, 'unknown', { value: q.compoundId });
    return proposeUnit(
      {
        kind: q.kind,
        category: q.category,
        compound,
        excludedUnitIds: [...q.excludedUnitIds, ...(await this.places.inactiveUnitIds())],
      },
      await this.places.routingDirectory(),
    );
  }

  async create({ viewer }: Caller, raw: CreateTicketInput): Promise<Ticket> {
    const v = requireUser(viewer, Role.OPERATOR);
    // Plain objects (from any edge) become the class whose decorators declare the rules.
    const input = await checkInput(
      Object.assign(new CreateTicketInput(), raw, {
        address: raw.address && Object.assign(new AddressInput(), raw.address),
      }),
    );
    const now = new Date();
    const receivedAt = input.receivedAt ?? now;
    if (Number.isNaN(receivedAt.getTime())) throw badInput('receivedAt', 'is not a valid time');
    if (receivedAt.getTime() > now.getTime() + MAX_CLOCK_SKEW_MS)
      throw badInput('receivedAt', 'is in the future', 'future');
    if (receivedAt.getTime() < now.getTime() - MAX_BACKDATE_DAYS * 86_400_000)
      throw badInput('receivedAt', `is more than ${MAX_BACKDATE_DAYS} days ago`, 'tooOld', { days: MAX_BACKDATE_DAYS });
    const [category, channel] = await Promise.all([
      this.places.category(input.category),
      this.places.channel(input.channel),
    ]);
    if (!category)
      throw badInput('category', `unknown category ${input.category}`, 'unknown', { value: input.category });
    if (!channel) throw badInput('channel', `unknown channel ${input.channel}`, 'unknown', { value: input.channel });
    const compoundId = input.compoundId ?? null;
    const proposal = await this.propose({ kind: input.kind, category: category.code, compoundId, excludedUnitIds: [] });
    const relatedTicketId = input.relatedTicketId ? parseIntId(input.relatedTicketId, 'relatedTicketId') : null;
    if (relatedTicketId !== null && !(await this.fork().count(Ticket, { id: relatedTicketId })))
      throw badInput('relatedTicketId', `unknown ticket ${input.relatedTicketId}`, 'unknown', {
        value: input.relatedTicketId,
      });

    const ticket = await this.registrations.load({
      actor: v,
      now,
      receivedAt,
      dueAt: dueAt(input.complexity, receivedAt, this.calendar),
      input,
      categoryCode: category.code,
      channelCode: channel.code,
      compoundId,
      proposedUnitId: proposal?.unitId ?? null,
      relatedTicketId,
      requestId: currentRequestId(),
    });
    await this.onRegistered(ticket);
    return ticket;
  }

  /**
   * Group commit: calls that arrive while a registration transaction is in flight wait for it and
   * then go together, in one transaction with one multi-row insert per table and one commit (one
   * fsync), each with its own number. Alone, a call goes at once.
   */
  private readonly registrations = new DataLoader<Registration, Ticket>((batch) => this.registerBatch(batch), {
    cache: false,
    maxBatchSize: 128,
    batchScheduleFn: (dispatch) => (this.inFlight ? void this.inFlight.finally(dispatch) : setImmediate(dispatch)),
  });

  private inFlight: Promise<unknown> | null = null;

  private registerBatch(batch: readonly Registration[]): Promise<Array<Ticket | Error>> {
    const run = this.writeBatch(batch).finally(() => {
      if (this.inFlight === run) this.inFlight = null;
    });
    this.inFlight = run;
    return run;
  }

  /**
   * A batch that fails is tried again one call at a time, so that a call the database refuses
   * fails alone and its neighbours, who share nothing with it but the moment, are registered.
   */
  private async writeBatch(batch: readonly Registration[]): Promise<Array<Ticket | Error>> {
    const together = await this.writeTogether(batch);
    // A lost connection may have lost the answer to a COMMIT that happened: the calls are not sent
    // again, lest they be registered twice; each caller gets the error and may retry with its key.
    if (batch.length === 1 || !(together[0] instanceof Error) || together[0] instanceof ConnectionException)
      return together;
    const alone: Array<Ticket | Error> = [];
    for (const r of batch) alone.push((await this.writeTogether([r]))[0]!);
    return alone;
  }

  private async writeTogether(batch: readonly Registration[]): Promise<Array<Ticket | Error>> {
    let written: { tickets: Ticket[]; lastSeq: number };
    try {
      written = await this.fork().transactional(async (tx) => {
        const numbers = await this.nextNumbers(
          tx,
          batch.map((r) => r.receivedAt),
        );
        // Built without the unit of work and inserted as one statement: a batch is only inserts.
        const tickets = batch.map((r, i) => this.build(tx, r, numbers[i]!));
        await tx.insertMany(tickets);
        const events = await this.log.appendAll(
          tx,
          tickets.map((t, i) => ({
            ticket: t,
            type: TicketEventType.TICKET_REGISTERED,
            actor: tx.getReference(User, batch[i]!.actor.userId, { wrapped: true }),
            actorName: batch[i]!.actor.displayName,
            at: batch[i]!.now,
            changes: diff({}, ticketSnapshot(tx, t)),
            note: null,
            requestId: batch[i]!.requestId,
          })),
        );
        return { tickets, lastSeq: Math.max(...events.map((e) => e.seq)) };
      });
    } catch (e) {
      return batch.map(() => (e instanceof Error ? e : new Error(String(e))));
    }
    // Outside the try: the batch is committed whatever a listener of the wake-up does.
    this.log.committed(written.lastSeq);
    return written.tickets;
  }

  private build(tx: EntityManager, r: Registration, number: string): Ticket {
    return tx.create(
      Ticket,
      {
        number,
        kind: r.input.kind,
        category: tx.getReference(Category, r.categoryCode),
        channel: tx.getReference(Channel, r.channelCode),
        complexity: r.input.complexity,
        callerName: r.input.callerName.trim(),
        callerPhone: r.input.callerPhone.trim(),
        compound: r.compoundId ? tx.getReference(Compound, r.compoundId) : null,
        building: r.input.address?.building ?? null,
        addressUnit: r.input.address?.unit ?? null,
        room: r.input.address?.room ?? null,
        addressText: r.input.address?.text ?? null,
        description: r.input.description.trim(),
        receivedAt: r.receivedAt,
        dueAt: r.dueAt,
        remindAt: this.reminder(r.receivedAt, r.dueAt),
        status: TicketStatus.REGISTERED,
        proposedUnit: r.proposedUnitId ? tx.getReference(Unit, r.proposedUnitId) : null,
        refusedUnitIds: [],
        answeredOnCall: false,
        reopenCount: 0,
        escalation: Escalation.NONE,
        urgedCount: 0,
        extensionCount: 0,
        relatedTo: r.relatedTicketId ? tx.getReference(Ticket, r.relatedTicketId) : null,
        createdBy: tx.getReference(User, r.actor.userId),
        updatedAt: r.now,
        version: 1,
      },
      { persist: false },
    );
  }

  /** The next number of each call's day; a day's counter row is bumped once for the whole batch. */
  private async nextNumbers(tx: EntityManager, received: Date[]): Promise<string[]> {
    const days = received.map((r) => localDayKey(r, this.calendar.timeZone));
    const counts = new Map<string, number>();
    for (const d of days) counts.set(d, (counts.get(d) ?? 0) + 1);
    const next = new Map<string, number>();
    for (const [day, n] of counts) {
      const rows = await tx.execute<Array<{ last: number }>>(
        'insert into ticket_day_counter (day, last) values (?, ?) on conflict (day) do update set last = ticket_day_counter.last + excluded.last returning last',
        [day, n],
      );
      next.set(day, Number(rows[0]!.last) - n + 1);
    }
    return days.map((day) => {
      const n = next.get(day)!;
      next.set(day, n + 1);
      return `${day}-${String(n).padStart(4, '0')}`;
    });
  }
}
