import type { EntityData, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Logger } from 'pino';
import type { Caller } from '../../caller.js';
import { badInput, DomainError, notFound, text } from '../../errors.js';
import { parseIntId } from '../../ids.js';
import { roomEvent, type EventLog, type NewEvent } from '../audit/event-log.js';
import { TicketEvent, TicketEventType, type FieldChanges } from '../audit/ticket-event.entity.js';
import { SYSTEM_ACTOR } from '../tickets/overdue.sweeper.js';
import { readTicketChangesWhere, type TicketChanged } from '../tickets/ticket-changed.js';
import { eventView } from '../board/board.rules.js';
import { ApiScope } from '../auth/auth.entities.js';
import { requireReader, requireUser, type UserViewer } from '../auth/viewer.js';
import type { PlaceDirectory } from '../places/place-directory.js';
import { canRead, ticketAccess } from '../tickets/ticket-permissions.rules.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { TicketStatus } from '../tickets/ticket.enums.js';
import type { TicketMovesService } from '../tickets/ticket-moves.service.js';
import { readableUnits, readsUnit } from '../units/unit.rules.js';
import { Unit } from '../units/unit.entity.js';
import { User } from '../users/user.entity.js';
import { Incident, IncidentTicket, Task } from './incident.entities.js';
import {
  declareRefusal,
  incidentArea,
  IncidentAction,
  incidentRefusal,
  IncidentStatus,
  isIncidentOpen,
  nextIncidentStatus,
  nextTaskStatus,
  proposals,
  TaskAction,
  taskRefusal,
  TaskStatus,
  type IncidentKind,
  type IncidentScope,
  type NetworkCompound,
  type Proposal,
  type ProposalRules,
  type TaskFacts,
} from './incidents.rules.js';

/** How many incidents a list holds at most, the newest first. */
export const INCIDENTS_SHOWN = 50;
/** How far back calls are looked at for a proposal: a cluster older than a day is history, not news. */
const PROPOSAL_LOOKBACK_MS = 24 * 3600_000;
/** Calls about heat that a cause behind the station would explain. */
const HEAT_CATEGORIES = ['NO_HEAT', 'LOW_TEMPERATURE'];
const DONE_STATUSES = [TicketStatus.RESOLVED, TicketStatus.REPLIED, TicketStatus.CLOSED];
const TEXT_MAX = 1000;
/** The most events an incident's timeline shows (the oldest first). */
const TIMELINE_MAX = 500;
const INCIDENT_TIMELINE = [
  TicketEventType.INCIDENT_DECLARED,
  TicketEventType.INCIDENT_UPDATED,
  TicketEventType.INCIDENT_CONTAINED,
  TicketEventType.INCIDENT_RESOLVED,
  TicketEventType.TICKET_ATTACHED,
  TicketEventType.TICKET_DETACHED,
];
const TASK_TIMELINE = [TicketEventType.TASK_ADDED, TicketEventType.TASK_CLAIMED, TicketEventType.TASK_DONE];

export interface DeclareIncident extends IncidentScope {
  kind: IncidentKind;
  summary: string;
  publicNotice?: string | null;
  expectedRestoreAt?: Date | null;
  leadUnitId: string;
  /** Calls to attach at once (a proposal's). */
  ticketIds?: readonly string[] | null;
}

export interface IncidentChange {
  summary?: string | null;
  publicNotice?: string | null;
  expectedRestoreAt?: Date | null;
}

export interface NewTask {
  incidentId?: string | null;
  ticketId?: string | null;
  unitId: string;
  text: string;
  dueAt: Date;
  afterTaskId?: string | null;
}

/** What became of one attached call when the incident's resolution was applied to it. */
export interface AppliedResolution {
  id: string;
  ticket: Ticket | null;
  error: DomainError | null;
}

/**
 * Incidents (事件) and co-handling tasks (协办): one cause worked as one thing by everyone in the room,
 * its calls attached (each keeps its caller, deadline and callback), each unit's part a task.
 * Every change commits with its audit event.
 */
export class IncidentsService {
  constructor(
    private readonly events: EventLog,
    private readonly places: PlaceDirectory,
    private readonly moves: TicketMovesService,
    private readonly rules: ProposalRules,
    private readonly fork: () => EntityManager,
    private readonly log: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async declare({ em, viewer }: Caller, input: DeclareIncident): Promise<Incident> {
    const v = requireUser(viewer);
    const refusal = declareRefusal(v);
    if (refusal) throw refusal;
    const summary = required('summary', input.summary, 500);
    const publicNotice = text('publicNotice', input.publicNotice, TEXT_MAX);
    const area = incidentArea(input, await this.network());
    const lead = await this.places.unit(input.leadUnitId);
    if (!lead) throw badInput('leadUnitId', `no unit ${input.leadUnitId}`, 'unknown');
    if (!lead.active) throw badInput('leadUnitId', `unit ${input.leadUnitId} is deactivated`, 'inactiveUnit');
    const ticketIds = [...new Set((input.ticketIds ?? []).map((id) => parseIntId(id, 'ticketIds')))];
    const now = this.now();
    const { incident, seq } = await em.fork().transactional(async (tx) => {
      const incident = tx.create(Incident, {
        kind: input.kind,
        status: IncidentStatus.OPEN,
        summary,
        publicNotice,
        expectedRestoreAt: input.expectedRestoreAt ?? null,
        leadUnit: tx.getReference(Unit, lead.id),
        stationId: input.stationId || null,
        heatSourceId: input.heatSourceId || null,
        compoundIds: area.compoundIds,
        stationIds: area.stationIds,
        households: area.households,
        residents: area.residents,
        declaredAt: now,
        declaredBy: tx.getReference(User, v.userId),
        declaredByName: v.displayName,
        updatedAt: now,
      });
      await tx.flush();
      const attached = await this.attachIn(tx, incident, ticketIds, now);
      const events = [
        this.incidentEvent(tx, incident, v, TicketEventType.INCIDENT_DECLARED, now, {
          status: { from: null, to: IncidentStatus.OPEN },
          kind: { from: null, to: incident.kind },
          households: { from: null, to: incident.households },
        }),
        ...attached.map((t) => this.attachedEvent(tx, t, incident, v, TicketEventType.TICKET_ATTACHED, now)),
      ];
      const written = await this.events.appendAll(tx, events);
      return { incident, seq: written.at(-1)!.seq };
    });
    this.events.committed(seq);
    return incident;
  }

  async update(caller: Caller, id: string, change: IncidentChange): Promise<Incident> {
    return this.step(caller, id, null, (i) => {
      const set: Partial<Incident> = {};
      const changes: FieldChanges = {};
      if (change.summary !== undefined && change.summary !== null) {
        set.summary = required('summary', change.summary, 500);
        changes.summary = { from: i.summary, to: set.summary };
      }
      if (change.publicNotice !== undefined) {
        set.publicNotice = text('publicNotice', change.publicNotice, TEXT_MAX);
        changes.publicNotice = { from: i.publicNotice ?? null, to: set.publicNotice };
      }
      if (change.expectedRestoreAt !== undefined) {
        set.expectedRestoreAt = change.expectedRestoreAt;
        changes.expectedRestoreAt = {
          from: i.expectedRestoreAt?.toISOString() ?? null,
          to: change.expectedRestoreAt?.toISOString() ?? null,
        };
      }
      if (Object.keys(set).length === 0) throw badInput('summary', 'nothing to change', 'required');
      return { set, changes, type: TicketEventType.INCIDENT_UPDATED };
    });
  }

  contain(caller: Caller, id: string, note?: string | null): Promise<Incident> {
    const said = text('note', note, TEXT_MAX);
    return this.step(caller, id, IncidentAction.CONTAIN, (_i, now) => ({
      set: { containedAt: now },
      type: TicketEventType.INCIDENT_CONTAINED,
      note: said,
    }));
  }

  /** RESOLVED, with how: offered as each attached call's resolution (each still gets its own callback). */
  resolve(caller: Caller, id: string, resolution: string): Promise<Incident> {
    const how = required('resolution', resolution, TEXT_MAX);
    return this.step(caller, id, IncidentAction.RESOLVE, (_i, now) => ({
      set: { resolvedAt: now, resolution: how },
      type: TicketEventType.INCIDENT_RESOLVED,
      note: how,
    }));
  }

  async attach(caller: Caller, incidentId: string, ticketId: string): Promise<Incident> {
    const v = requireUser(caller.viewer);
    const incident = await this.load(caller.em, incidentId);
    this.mayRun(v, incident);
    if (!isIncidentOpen(incident.status))
      throw new DomainError(
        'INVALID_TRANSITION',
        'the incident is resolved: calls are no longer attached to it',
        { status: incident.status },
        'incident.invalidTransition',
      );
    const id = parseIntId(ticketId, 'ticketId');
    const now = this.now();
    const seq = await caller.em.fork().transactional(async (tx) => {
      const [t] = await this.attachIn(tx, incident, [id], now);
      if (!t) return null;
      const [e] = await this.events.appendAll(tx, [
        this.attachedEvent(tx, t, incident, v, TicketEventType.TICKET_ATTACHED, now),
      ]);
      return e!.seq;
    });
    if (seq !== null) this.events.committed(seq);
    return incident;
  }

  /** The call leaves its incident (attached by mistake); it is worked on its own again. */
  async detach(caller: Caller, ticketId: string): Promise<Ticket> {
    const v = requireUser(caller.viewer);
    const id = parseIntId(ticketId, 'ticketId');
    const link = await caller.em.findOne(IncidentTicket, { ticket: id }, { populate: ['incident', 'ticket'] });
    if (!link) throw badInput('ticketId', `ticket ${ticketId} is not attached to an incident`, 'invalid');
    const incident = link.incident.getEntity();
    this.mayRun(v, incident);
    const now = this.now();
    const seq = await caller.em.fork().transactional(async (tx) => {
      const removed = await tx.nativeDelete(IncidentTicket, { id: link.id });
      if (removed === 0) return null;
      const t = link.ticket.getEntity();
      const [e] = await this.events.appendAll(tx, [
        this.attachedEvent(tx, t, incident, v, TicketEventType.TICKET_DETACHED, now),
      ]);
      return e!.seq;
    });
    if (seq !== null) this.events.committed(seq);
    return link.ticket.getEntity();
  }

  /**
   * The incident's resolution applied to the viewer's unit's attached calls that are still open:
   * each claimed if nobody holds it, then resolved, in its own transaction (one refusal leaves the
   * others done). Each still awaits its callback.
   */
  async resolveAttached(caller: Caller, incidentId: string, onSite: boolean): Promise<AppliedResolution[]> {
    const v = requireUser(caller.viewer);
    const incident = await this.load(caller.em, incidentId);
    if (incident.status !== IncidentStatus.RESOLVED || !incident.resolution)
      throw new DomainError(
        'INVALID_TRANSITION',
        'resolve the incident first: its resolution is what the calls are resolved with',
        { status: incident.status },
        'incident.notResolved',
      );
    const links = await caller.em.find(IncidentTicket, { incident: incident.id }, { populate: ['ticket'] });
    const mine = links
      .map((l) => l.ticket.getEntity())
      .filter((t) => t.unit?.id === v.unitId && !DONE_STATUSES.includes(t.status))
      .sort((a, b) => a.id - b.id);
    const outcomes: AppliedResolution[] = [];
    for (const t of mine) {
      const ctx = { ...caller, em: caller.em.fork() };
      const id = String(t.id);
      try {
        if (t.status === TicketStatus.TRANSFERRED) await this.moves.claim(ctx, { id });
        const done = await this.moves.resolve(
          { ...caller, em: caller.em.fork() },
          { id, resolution: incident.resolution, onSite },
        );
        outcomes.push({ id, ticket: done, error: null });
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        outcomes.push({ id, ticket: null, error: e });
      }
    }
    return outcomes;
  }

  /** A unit's part of an incident's or a ticket's work, possibly after another task of the same. */
  async addTask(caller: Caller, input: NewTask): Promise<Task> {
    const v = requireUser(caller.viewer);
    if (!input.incidentId === !input.ticketId)
      throw badInput('incidentId', 'give exactly one of incidentId or ticketId', 'required');
    const what = required('text', input.text, TEXT_MAX);
    const now = this.now();
    if (!(input.dueAt instanceof Date) || Number.isNaN(input.dueAt.getTime()) || input.dueAt <= now)
      throw badInput('dueAt', 'must be later than now', 'outOfRange');
    const unit = await this.places.unit(input.unitId);
    if (!unit) throw badInput('unitId', `no unit ${input.unitId}`, 'unknown');
    if (!unit.active) throw badInput('unitId', `unit ${input.unitId} is deactivated`, 'inactiveUnit');
    let incident: Incident | null = null;
    let ticket: Ticket | null = null;
    if (input.incidentId) {
      incident = await this.load(caller.em, input.incidentId);
      this.mayRun(v, incident);
      if (!isIncidentOpen(incident.status))
        throw new DomainError('INVALID_TRANSITION', 'the incident is resolved', { status: incident.status });
    } else {
      ticket = await caller.em.findOne(Ticket, { id: parseIntId(input.ticketId!, 'ticketId') });
      if (!ticket) throw notFound('ticket', input.ticketId!);
      if (!canRead(v, ticketAccess(ticket))) throw notFound('ticket', input.ticketId!);
      const refusal = incidentRefusal(v, ticket.unit?.id ?? null);
      if (refusal) throw refusal;
      if (DONE_STATUSES.includes(ticket.status))
        throw new DomainError('INVALID_TRANSITION', 'the ticket is resolved', { status: ticket.status });
    }
    let after: Task | null = null;
    if (input.afterTaskId) {
      after = await caller.em.findOne(Task, { id: parseIntId(input.afterTaskId, 'afterTaskId') });
      const sameParent = after && (incident ? after.incident?.id === incident.id : after.ticket?.id === ticket!.id);
      if (!after || !sameParent)
        throw badInput('afterTaskId', `no task ${input.afterTaskId} of the same incident or ticket`, 'unknown');
    }
    const { task, seq } = await caller.em.fork().transactional(async (tx) => {
      const task = tx.create(Task, {
        incident: incident ? tx.getReference(Incident, incident.id) : null,
        ticket: ticket ? tx.getReference(Ticket, ticket.id) : null,
        unit: tx.getReference(Unit, unit.id),
        text: what,
        dueAt: input.dueAt,
        after: after ? tx.getReference(Task, after.id) : null,
        status: TaskStatus.OPEN,
        createdAt: now,
        createdByName: v.displayName,
      });
      await tx.flush();
      const e = await this.events.append(
        tx,
        this.taskEvent(tx, task, v, TicketEventType.TASK_ADDED, now, {
          status: { from: null, to: TaskStatus.OPEN },
          text: { from: null, to: what },
          dueAt: { from: null, to: input.dueAt.toISOString() },
          ...(incident && { incidentId: { from: null, to: String(incident.id) } }),
          ...(ticket && { ticketId: { from: null, to: String(ticket.id) } }),
        }),
      );
      return { task, seq: e.seq };
    });
    this.events.committed(seq);
    return task;
  }

  claimTask(caller: Caller, id: string): Promise<Task> {
    return this.taskStep(caller, id, TaskAction.CLAIM, (v, now) => ({
      claimedBy: v.userId,
      claimedByName: v.displayName,
      claimedAt: now,
    }));
  }

  completeTask(caller: Caller, id: string, note?: string | null): Promise<Task> {
    const said = text('note', note, TEXT_MAX);
    return this.taskStep(caller, id, TaskAction.COMPLETE, (_v, now) => ({ doneAt: now, doneNote: said }), said);
  }

  async list({ em, viewer }: Caller, status?: IncidentStatus | null, open?: boolean | null): Promise<Incident[]> {
    requireReader(viewer, ApiScope.TICKETS_READ);
    const where: FilterQuery<Incident> = {};
    if (status) where.status = status;
    else if (open) where.status = { $ne: IncidentStatus.RESOLVED };
    return em.find(Incident, where, { orderBy: { id: 'desc' }, limit: INCIDENTS_SHOWN });
  }

  async get({ em, viewer }: Caller, id: string): Promise<Incident> {
    requireReader(viewer, ApiScope.TICKETS_READ);
    return this.load(em, id);
  }

  /** The open incidents whose area holds the compound: what the desk tells a caller from there. */
  async openAt({ em, viewer }: Caller, compoundId: string): Promise<Incident[]> {
    requireReader(viewer, ApiScope.TICKETS_READ);
    const open = await em.find(Incident, { status: { $ne: IncidentStatus.RESOLVED } }, { orderBy: { id: 'desc' } });
    return open.filter((i) => i.compoundIds.includes(compoundId));
  }

  /** The incident a call is attached to, if any. */
  async incidentOf(em: EntityManager, ticketId: number): Promise<Incident | null> {
    const link = await em.findOne(IncidentTicket, { ticket: ticketId }, { populate: ['incident'] });
    return link?.incident.getEntity() ?? null;
  }

  /** The calls attached to an incident that the viewer may read, oldest first. */
  async tickets({ em, viewer }: Caller, incidentId: number): Promise<Ticket[]> {
    const links = await em.find(IncidentTicket, { incident: incidentId }, { populate: ['ticket'] });
    return links
      .map((l) => l.ticket.getEntity())
      .filter((t) => canRead(viewer, ticketAccess(t)))
      .sort((a, b) => a.id - b.id);
  }

  /**
   * The incident's story, oldest first: declared, calls attached and detached, its tasks given,
   * claimed and done, updated, contained, resolved; each as the viewer may see it (the one read rule).
   */
  async timeline({ em, viewer }: Caller, incidentId: number, last = TIMELINE_MAX): Promise<TicketChanged[]> {
    const taskIds = (await em.find(Task, { incident: incidentId }, { fields: ['id'] })).map((t) => String(t.id));
    const entries = await readTicketChangesWhere(
      em,
      {
        $or: [
          { subjectId: String(incidentId), type: { $in: INCIDENT_TIMELINE } },
          // Crews sent to it, or to one of its tasks.
          { type: TicketEventType.CREW_DISPATCHED, changes: { incidentId: { to: String(incidentId) } } },
          ...(taskIds.length
            ? [
                { subjectId: { $in: taskIds }, type: { $in: TASK_TIMELINE } },
                { type: TicketEventType.CREW_DISPATCHED, changes: { taskId: { to: { $in: taskIds } } } },
              ]
            : []),
        ],
      },
      TIMELINE_MAX,
    );
    return entries.filter((e) => eventView(viewer, e) !== null).slice(-Math.max(1, last));
  }

  /** Every call attached (what the room counts), whoever may read them. */
  async ticketCount(em: EntityManager, incidentId: number): Promise<number> {
    return em.count(IncidentTicket, { incident: incidentId });
  }

  /**
   * The tasks of an incident or a ticket the viewer may see: readers of every unit all of them, the
   * unit that owns the work (the incident's lead, the ticket's unit) all of them too, another unit its own.
   */
  async tasksOf(
    { em, viewer }: Caller,
    parent: { incident: number } | { ticket: number },
    ownerUnitId: string | null,
  ): Promise<Task[]> {
    const units = readableUnits(viewer);
    const tasks = await em.find(Task, parent, { orderBy: { id: 'asc' } });
    if (readsUnit(units, ownerUnitId)) return tasks;
    return tasks.filter((t) => readsUnit(units, t.unit.id));
  }

  /** The open tasks of the viewer's unit (its queue's co-handling list), oldest first. */
  async myTasks({ em, viewer }: Caller): Promise<Task[]> {
    const v = requireUser(viewer);
    if (!v.unitId) return [];
    return em.find(
      Task,
      { unit: v.unitId, status: { $ne: TaskStatus.DONE } },
      { orderBy: { dueAt: 'asc', id: 'asc' }, limit: INCIDENTS_SHOWN },
    );
  }

  /**
   * The stations behind which enough calls about heat came close together, that no open incident
   * covers: offered to the desk and the wall as incidents to declare. A fact of the room, counted
   * over every call; each viewer is shown only the calls it may read (the resolver's).
   */
  async proposed({ em, viewer }: Caller): Promise<Proposal[]> {
    requireReader(viewer, ApiScope.TICKETS_READ);
    return this.clusters(em);
  }

  /**
   * After a call is registered: when it completes a cluster behind its station (a new proposal),
   * writes INCIDENT_PROPOSED once for that cluster, so every board and integrator hears of it.
   */
  async watchCluster(t: Ticket): Promise<void> {
    try {
      await this.proposeFor(t);
    } catch (err) {
      this.log.warn({ err, ticketId: t.id }, 'looking for an incident behind a new call failed');
    }
  }

  private async proposeFor(t: Ticket): Promise<void> {
    if (!HEAT_CATEGORIES.includes(t.category.code) || !t.compound) return;
    await this.places.get();
    const stationId = this.places.stationOf(t.compound.id);
    if (!stationId) return;
    const em = this.fork();
    const p = (await this.clusters(em, stationId)).find((x) => x.stationId === stationId);
    if (!p?.ticketIds.includes(String(t.id))) return;
    const first = await em.findOne(Ticket, { id: Number(p.ticketIds[0]) });
    const told = await em.count(TicketEvent, {
      type: TicketEventType.INCIDENT_PROPOSED,
      subjectId: stationId,
      at: { $gte: first?.receivedAt ?? p.since },
    });
    if (told > 0) return;
    const station = await this.places.station(stationId);
    const seq = await em.transactional(async (tx) => {
      const e = await this.events.append(tx, {
        ticket: null,
        unitId: station?.operatorUnit.id ?? null,
        subjectId: stationId,
        type: TicketEventType.INCIDENT_PROPOSED,
        actor: null,
        actorName: SYSTEM_ACTOR,
        at: this.now(),
        changes: { ticketIds: { from: null, to: p.ticketIds }, compoundIds: { from: null, to: p.compoundIds } },
        note: null,
      });
      return e.seq;
    });
    this.events.committed(seq);
  }

  /** The proposals now: of every station, or (after a registration) of one station's calls only. */
  private async clusters(em: EntityManager, stationId?: string): Promise<Proposal[]> {
    const since = new Date(this.now().getTime() - PROPOSAL_LOOKBACK_MS);
    const snap = await this.places.get();
    const behind = stationId
      ? [...snap.compounds.values()].filter((c) => c.station.id === stationId).map((c) => c.id)
      : null;
    const candidates = await em.find(
      Ticket,
      {
        category: { $in: HEAT_CATEGORIES },
        status: { $nin: DONE_STATUSES },
        receivedAt: { $gte: since },
        compound: behind ? { $in: behind } : { $ne: null },
      },
      { orderBy: { receivedAt: 'asc' } },
    );
    const attached = new Set(
      (await em.find(IncidentTicket, { ticket: { $in: candidates.map((t) => t.id) } }, { fields: ['ticket'] })).map(
        (l) => l.ticket.id,
      ),
    );
    const open = await em.find(Incident, { status: { $ne: IncidentStatus.RESOLVED } }, { fields: ['stationIds'] });
    const covered = new Set(open.flatMap((i) => i.stationIds));
    await this.places.get();
    const calls = candidates
      .filter((t) => !attached.has(t.id))
      .flatMap((t) => {
        const stationId = this.places.stationOf(t.compound!.id);
        return stationId
          ? [{ ticketId: String(t.id), compoundId: t.compound!.id, stationId, receivedAt: t.receivedAt }]
          : [];
      });
    return proposals(calls, covered, this.rules);
  }

  private async network(): Promise<NetworkCompound[]> {
    const snap = await this.places.get();
    return [...snap.compounds.values()].map((c) => ({
      id: c.id,
      stationId: c.station.id,
      heatSourceId: snap.stations.get(c.station.id)?.heatSource.id ?? '',
      households: c.households,
      residents: c.residents,
    }));
  }

  private async load(em: EntityManager, id: string): Promise<Incident> {
    const incident = await em.findOne(Incident, { id: parseIntId(id) });
    if (!incident) throw notFound('incident', id);
    return incident;
  }

  private mayRun(v: UserViewer, incident: Incident): void {
    const refusal = incidentRefusal(v, incident.leadUnit.id);
    if (refusal) throw refusal;
  }

  /**
   * Attaches the calls not attached yet (a call already in this incident is skipped; one in another
   * is refused): returns those attached now.
   */
  private async attachIn(tx: EntityManager, incident: Incident, ids: readonly number[], now: Date): Promise<Ticket[]> {
    if (ids.length === 0) return [];
    const tickets = await tx.find(Ticket, { id: { $in: [...ids] } });
    const missing = ids.find((id) => !tickets.some((t) => t.id === id));
    if (missing !== undefined) throw badInput('ticketIds', `no ticket ${missing}`, 'unknown');
    const links = await tx.find(IncidentTicket, { ticket: { $in: [...ids] } });
    const elsewhere = links.find((l) => l.incident.id !== incident.id);
    if (elsewhere)
      throw badInput(
        'ticketIds',
        `ticket ${elsewhere.ticket.id} is attached to incident ${elsewhere.incident.id}`,
        'taken',
      );
    const already = new Set(links.map((l) => l.ticket.id));
    const fresh = tickets.filter((t) => !already.has(t.id)).sort((a, b) => a.id - b.id);
    for (const t of fresh)
      tx.create(IncidentTicket, {
        incident: tx.getReference(Incident, incident.id),
        ticket: tx.getReference(Ticket, t.id),
        attachedAt: now,
      });
    await tx.flush();
    return fresh;
  }

  /** One step of an incident: the rules, a conditional update on the status read, and its event. */
  private async step(
    caller: Caller,
    id: string,
    action: IncidentAction | null,
    make: (
      i: Incident,
      now: Date,
    ) => { set: Partial<Incident>; type: TicketEventType; changes?: FieldChanges; note?: string | null },
  ): Promise<Incident> {
    const v = requireUser(caller.viewer);
    const incident = await this.load(caller.em, id);
    this.mayRun(v, incident);
    const from = incident.status;
    const to = action ? nextIncidentStatus(action, from) : from;
    if (!action && !isIncidentOpen(from))
      throw new DomainError(
        'INVALID_TRANSITION',
        'the incident is resolved',
        { status: from },
        'incident.invalidTransition',
      );
    const now = this.now();
    const { set, type, changes, note } = make(incident, now);
    const seq = await caller.em.fork().transactional(async (tx) => {
      const won = await tx.nativeUpdate(
        Incident,
        { id: incident.id, status: from },
        { ...set, status: to, updatedAt: now },
      );
      if (won === 0) {
        const current = await tx.findOneOrFail(Incident, { id: incident.id }, { refresh: true });
        if (action) nextIncidentStatus(action, current.status);
        throw new DomainError('STALE_VERSION', 'the incident changed meanwhile', { status: current.status });
      }
      const e = await this.events.append(
        tx,
        this.incidentEvent(
          tx,
          incident,
          v,
          type,
          now,
          { ...(from !== to && { status: { from, to } }), ...changes },
          note,
        ),
      );
      return e.seq;
    });
    this.events.committed(seq);
    return caller.em.findOneOrFail(Incident, { id: incident.id }, { refresh: true });
  }

  private async taskStep(
    caller: Caller,
    id: string,
    action: TaskAction,
    set: (v: UserViewer, now: Date) => EntityData<Task>,
    note: string | null = null,
  ): Promise<Task> {
    const v = requireUser(caller.viewer);
    const task = await caller.em.findOne(Task, { id: parseIntId(id) }, { populate: ['after'] });
    if (!task || !readsUnit(readableUnits(v), task.unit.id)) throw notFound('task', id);
    const facts = taskFacts(task, task.after?.getEntity() ?? null);
    const refusal = taskRefusal(v, action, facts);
    if (refusal) throw refusal;
    const to = nextTaskStatus(action);
    const now = this.now();
    const seq = await caller.em.fork().transactional(async (tx) => {
      const won = await tx.nativeUpdate(Task, { id: task.id, status: task.status }, { ...set(v, now), status: to });
      if (won === 0) {
        const current = await tx.findOneOrFail(Task, { id: task.id }, { refresh: true, populate: ['after'] });
        throw (
          taskRefusal(v, action, taskFacts(current, current.after?.getEntity() ?? null)) ??
          new DomainError('STALE_VERSION', 'the task changed meanwhile', { status: current.status })
        );
      }
      const type = action === TaskAction.CLAIM ? TicketEventType.TASK_CLAIMED : TicketEventType.TASK_DONE;
      const e = await this.events.append(
        tx,
        this.taskEvent(tx, task, v, type, now, { status: { from: task.status, to } }, note),
      );
      return e.seq;
    });
    this.events.committed(seq);
    return caller.em.findOneOrFail(Task, { id: task.id }, { refresh: true });
  }

  private incidentEvent(
    tx: EntityManager,
    i: Incident,
    v: UserViewer,
    type: TicketEventType,
    at: Date,
    changes: FieldChanges,
    note: string | null = null,
  ): NewEvent {
    return roomEvent(tx, v, { type, at, unitId: i.leadUnit.id, subjectId: String(i.id), changes, note });
  }

  /** A call joining or leaving the incident: the ticket's event (its read rule), naming the incident. */
  private attachedEvent(tx: EntityManager, t: Ticket, i: Incident, v: UserViewer, type: TicketEventType, at: Date) {
    const id = String(i.id);
    const linked = type === TicketEventType.TICKET_ATTACHED;
    const changes = { incidentId: { from: linked ? null : id, to: linked ? id : null } };
    return roomEvent(tx, v, { type, at, unitId: null, subjectId: id, changes, ticketId: t.id });
  }

  private taskEvent(
    tx: EntityManager,
    t: Task,
    v: UserViewer,
    type: TicketEventType,
    at: Date,
    changes: FieldChanges,
    note: string | null = null,
  ): NewEvent {
    return roomEvent(tx, v, { type, at, unitId: t.unit.id, subjectId: String(t.id), changes, note });
  }
}

/** What the task rules need of a task: its state, its unit, who holds it, and how the task it waits for stands. */
export function taskFacts(t: Task, after: Task | null): TaskFacts {
  return {
    status: t.status,
    unitId: t.unit.id,
    claimedById: t.claimedBy ? String(t.claimedBy.id) : null,
    afterStatus: after?.status ?? null,
  };
}

/** A text that must be there: present, plain, within bounds. */
function required(field: string, value: string | null | undefined, max: number): string {
  const t = text(field, value, max);
  if (!t) throw badInput(field, 'must not be blank', 'required');
  return t;
}
