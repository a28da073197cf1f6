import type { EntityData, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Caller } from '../../caller.js';
import { badInput, DomainError, notFound, text } from '../../errors.js';
import { parseIntId } from '../../ids.js';
import { roomEvent, type EventLog, type NewEvent } from '../audit/event-log.js';
import { TicketEventType, type FieldChanges } from '../audit/ticket-event.entity.js';
import { ApiScope } from '../auth/auth.entities.js';
import { requireReader, requireUser, type UserViewer } from '../auth/viewer.js';
import { Incident, Task } from '../incidents/incident.entities.js';
import type { PlaceDirectory } from '../places/place-directory.js';
import { canRead, ticketAccess } from '../tickets/ticket-permissions.rules.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { readableUnits, readsUnit } from '../units/unit.rules.js';
import { Unit } from '../units/unit.entity.js';
import { Crew } from './crew.entity.js';
import {
  checkCrewMove,
  checkDispatch,
  checkPosition,
  crewKeeperRefusal,
  crewMoveRefusal,
  CrewStatus,
  dispatchRefusal,
} from './crews.rules.js';

/** A phone sharing its position every few seconds writes the log at most this often per crew. */
const POSITION_EVENT_MS = 10_000;
const MAX_MEMBERS = 20;

export interface NewCrew {
  unitId: string;
  name: string;
  members: readonly string[];
  vehicle?: string | null;
  phone?: string | null;
}

/** Where a crew is sent: exactly one of a call, a task or an incident. */
export interface CrewTarget {
  ticketId?: string | null;
  taskId?: string | null;
  incidentId?: string | null;
}

/** Repair crews (抢修队): kept by their unit, sent by the room, moved through their day from a phone. */
export class CrewsService {
  constructor(
    private readonly events: EventLog,
    private readonly places: PlaceDirectory,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The crews the viewer may see (a unit its own), by unit then name; narrowed by unit and status. */
  async list(
    { em, viewer }: Caller,
    { unitId, status }: { unitId?: string | null; status?: CrewStatus | null } = {},
  ): Promise<Crew[]> {
    requireReader(viewer, ApiScope.TICKETS_READ);
    const units = readableUnits(viewer);
    const where: FilterQuery<Crew> = {};
    if (unitId) {
      if (!readsUnit(units, unitId)) return [];
      where.unit = unitId;
    } else if (units !== null) where.unit = { $in: [...units] };
    if (status) where.status = status;
    return em.find(Crew, where, { orderBy: { unit: 'asc', name: 'asc' } });
  }

  async get({ em, viewer }: Caller, id: string): Promise<Crew> {
    requireReader(viewer, ApiScope.TICKETS_READ);
    return this.load(em, viewer, id);
  }

  /** The crews out on a call (sent, on the way, on site) that the viewer may see. */
  async sentTo({ em, viewer }: Caller, where: { ticket: number } | { incident: number }): Promise<Crew[]> {
    const units = readableUnits(viewer);
    const crews = await em.find(Crew, {
      ...where,
      status: { $in: [CrewStatus.ASSIGNED, CrewStatus.EN_ROUTE, CrewStatus.ON_SITE] },
    });
    return crews.filter((c) => readsUnit(units, c.unit.id));
  }

  async create(caller: Caller, input: NewCrew): Promise<Crew> {
    const v = requireUser(caller.viewer);
    const refusal = crewKeeperRefusal(v, input.unitId);
    if (refusal) throw refusal;
    const unit = await this.places.unit(input.unitId);
    if (!unit) throw badInput('unitId', `no unit ${input.unitId}`, 'unknown');
    const now = this.now();
    const fields = this.checked(input);
    const { crew, seq } = await caller.em.fork().transactional(async (tx) => {
      const crew = tx.create(Crew, {
        unit: tx.getReference(Unit, unit.id),
        ...fields,
        status: CrewStatus.STANDBY,
        statusAt: now,
        updatedAt: now,
      });
      await tx.flush();
      const e = await this.events.append(
        tx,
        this.event(tx, crew, v, TicketEventType.CREW_UPDATED, now, {
          name: { from: null, to: crew.name },
          status: { from: null, to: CrewStatus.STANDBY },
        }),
      );
      return { crew, seq: e.seq };
    });
    this.events.committed(seq);
    return crew;
  }

  /** Its members, vehicle and phone as they are today (a shift changes who rides). */
  async update(caller: Caller, id: string, input: Omit<NewCrew, 'unitId'>): Promise<Crew> {
    const v = requireUser(caller.viewer);
    const crew = await this.load(caller.em, v, id);
    const refusal = crewKeeperRefusal(v, crew.unit.id);
    if (refusal) throw refusal;
    const fields = this.checked(input);
    return this.write(caller, crew, v, crew.status, fields, TicketEventType.CREW_UPDATED, {
      members: { from: crew.members, to: fields.members },
    });
  }

  /** Sends a crew on standby to a call, a task or an incident: ASSIGNED, drawn at the place it is sent to. */
  async dispatch(caller: Caller, id: string, target: CrewTarget): Promise<Crew> {
    const v = requireUser(caller.viewer);
    const crew = await this.load(caller.em, v, id);
    const refusal = dispatchRefusal(v, crew.unit.id);
    if (refusal) throw refusal;
    checkDispatch(crew.status);
    const to = await this.target(caller, v, target);
    return this.write(
      caller,
      crew,
      v,
      CrewStatus.ASSIGNED,
      {
        ticket: to.ticketId,
        task: to.taskId,
        incident: to.incidentId,
        targetLat: to.lat,
        targetLon: to.lon,
      },
      TicketEventType.CREW_DISPATCHED,
      {
        ...(to.ticketId && { ticketId: { from: null, to: String(to.ticketId) } }),
        ...(to.taskId && { taskId: { from: null, to: String(to.taskId) } }),
        ...(to.incidentId && { incidentId: { from: null, to: String(to.incidentId) } }),
      },
    );
  }

  /** The crew's own staff move it through its day; back on standby or off duty it is sent nowhere. */
  async move(caller: Caller, id: string, to: CrewStatus): Promise<Crew> {
    const v = requireUser(caller.viewer);
    const crew = await this.load(caller.em, v, id);
    const refusal = crewMoveRefusal(v, crew.unit.id);
    if (refusal) throw refusal;
    checkCrewMove(crew.status, to);
    const home = to === CrewStatus.STANDBY || to === CrewStatus.OFF_DUTY;
    return this.write(
      caller,
      crew,
      v,
      to,
      home ? { ticket: null, task: null, incident: null, targetLat: null, targetLon: null } : {},
      TicketEventType.CREW_STATUS,
      {},
    );
  }

  /** A crew member's phone shares where the crew is (by choice); the log hears of it every 10 s at most. */
  async sharePosition(caller: Caller, id: string, lat: number, lon: number): Promise<Crew> {
    const v = requireUser(caller.viewer);
    const crew = await this.load(caller.em, v, id);
    const refusal = crewMoveRefusal(v, crew.unit.id) ?? checkPosition(lat, lon, await this.center());
    if (refusal) throw refusal;
    const now = this.now();
    if (crew.positionAt && now.getTime() - crew.positionAt.getTime() < POSITION_EVENT_MS) {
      await caller.em.fork().nativeUpdate(Crew, { id: crew.id }, { lat, lon });
      return caller.em.findOneOrFail(Crew, { id: crew.id }, { refresh: true });
    }
    return this.write(caller, crew, v, crew.status, { lat, lon, positionAt: now }, TicketEventType.CREW_POSITION, {
      lat: { from: crew.lat ?? null, to: lat },
      lon: { from: crew.lon ?? null, to: lon },
    });
  }

  /**
   * Within a ticket's ON_SITE move: the crews sent to it and not there yet are on site too. Appends
   * their events in the ticket's transaction (the ticket's own comes after).
   */
  async arriveWith(tx: EntityManager, ticketId: number, v: UserViewer, now: Date): Promise<void> {
    const crews = await tx.find(Crew, {
      ticket: ticketId,
      status: { $in: [CrewStatus.ASSIGNED, CrewStatus.EN_ROUTE] },
    });
    if (crews.length === 0) return;
    const events: NewEvent[] = [];
    for (const crew of crews) {
      const from = crew.status;
      crew.status = CrewStatus.ON_SITE;
      crew.statusAt = now;
      crew.updatedAt = now;
      events.push(
        this.event(tx, crew, v, TicketEventType.CREW_STATUS, now, {
          status: { from, to: CrewStatus.ON_SITE },
        }),
      );
    }
    await tx.flush();
    await this.events.appendAll(tx, events);
  }

  /** What the crew was sent to, in words (no caller data): see Crew.target. */
  async targetLabel(em: EntityManager, crew: Crew): Promise<string | null> {
    if (crew.ticket) {
      const t = await em.findOne(Ticket, { id: crew.ticket.id });
      const place = t?.compound ? await this.places.compound(t.compound.id) : null;
      return t ? [t.number, place?.name].filter(Boolean).join(' · ') : null;
    }
    if (crew.task) return (await em.findOne(Task, { id: crew.task.id }))?.text ?? null;
    if (crew.incident) return (await em.findOne(Incident, { id: crew.incident.id }))?.summary ?? null;
    return null;
  }

  /** One change of a crew: a conditional update on the status read, and its event, in one transaction. */
  private async write(
    caller: Caller,
    crew: Crew,
    v: UserViewer,
    to: CrewStatus,
    set: EntityData<Crew>,
    type: TicketEventType,
    changes: FieldChanges,
  ): Promise<Crew> {
    const now = this.now();
    const from = crew.status;
    const seq = await caller.em.fork().transactional(async (tx) => {
      const moved = from !== to ? { status: to, statusAt: now } : {};
      const won = await tx.nativeUpdate(Crew, { id: crew.id, status: from }, { ...set, ...moved, updatedAt: now });
      if (won === 0) {
        const current = await tx.findOneOrFail(Crew, { id: crew.id }, { refresh: true });
        throw new DomainError(
          'STALE_VERSION',
          `the crew changed meanwhile; it is now ${current.status}`,
          { status: current.status },
          'crew.stale',
        );
      }
      const e = await this.events.append(
        tx,
        this.event(tx, crew, v, type, now, { ...(from !== to && { status: { from, to } }), ...changes }),
      );
      return e.seq;
    });
    this.events.committed(seq);
    return caller.em.findOneOrFail(Crew, { id: crew.id }, { refresh: true });
  }

  private async target(
    caller: Caller,
    v: UserViewer,
    t: CrewTarget,
  ): Promise<{
    ticketId: number | null;
    taskId: number | null;
    incidentId: number | null;
    lat: number | null;
    lon: number | null;
  }> {
    const given = [t.ticketId, t.taskId, t.incidentId].filter(Boolean);
    if (given.length !== 1)
      throw badInput('ticketId', 'give exactly one of ticketId, taskId or incidentId', 'required');
    const none = { ticketId: null, taskId: null, incidentId: null };
    if (t.ticketId) {
      const ticket = await caller.em.findOne(Ticket, { id: parseIntId(t.ticketId, 'ticketId') });
      if (!ticket || !canRead(v, ticketAccess(ticket))) throw notFound('ticket', t.ticketId);
      return { ...none, ticketId: ticket.id, ...(await this.placeOf(ticket.compound?.id ?? null)) };
    }
    if (t.taskId) {
      const task = await caller.em.findOne(
        Task,
        { id: parseIntId(t.taskId, 'taskId') },
        { populate: ['ticket', 'incident'] },
      );
      if (!task || !readsUnit(readableUnits(v), task.unit.id)) throw notFound('task', t.taskId);
      const at = task.ticket
        ? await this.placeOf(task.ticket.getEntity().compound?.id ?? null)
        : await this.incidentPlace(task.incident?.getEntity() ?? null);
      return { ...none, taskId: task.id, ...at };
    }
    const incident = await caller.em.findOne(Incident, { id: parseIntId(t.incidentId!, 'incidentId') });
    if (!incident) throw notFound('incident', t.incidentId!);
    return { ...none, incidentId: incident.id, ...(await this.incidentPlace(incident)) };
  }

  private async placeOf(compoundId: string | null): Promise<{ lat: number | null; lon: number | null }> {
    const c = compoundId ? await this.places.compound(compoundId) : null;
    return { lat: c?.lat ?? null, lon: c?.lon ?? null };
  }

  /** An incident's place: its station, else its first compound. */
  private async incidentPlace(i: Incident | null): Promise<{ lat: number | null; lon: number | null }> {
    if (!i) return { lat: null, lon: null };
    const station = i.stationId ? await this.places.station(i.stationId) : null;
    if (station) return { lat: station.lat, lon: station.lon };
    return this.placeOf(i.compoundIds[0] ?? null);
  }

  /** The middle of the city's compounds: a shared position far from it is a wrong fix. */
  private async center(): Promise<{ lat: number; lon: number }> {
    const compounds = [...(await this.places.get()).compounds.values()];
    if (compounds.length === 0) return { lat: 0, lon: 0 };
    const sum = compounds.reduce((s, c) => ({ lat: s.lat + c.lat, lon: s.lon + c.lon }), { lat: 0, lon: 0 });
    return { lat: sum.lat / compounds.length, lon: sum.lon / compounds.length };
  }

  private async load(em: EntityManager, viewer: Caller['viewer'], id: string): Promise<Crew> {
    const crew = await em.findOne(Crew, { id: parseIntId(id) });
    // Another unit's crew is not there for this viewer at all.
    if (!crew || !readsUnit(readableUnits(viewer), crew.unit.id)) throw notFound('crew', id);
    return crew;
  }

  private checked(input: Omit<NewCrew, 'unitId'>) {
    const name = text('name', input.name, 100);
    if (!name) throw badInput('name', 'must not be blank', 'required');
    if (input.members.length > MAX_MEMBERS)
      throw badInput('members', `at most ${MAX_MEMBERS}`, 'outOfRange', { max: MAX_MEMBERS });
    const members = input.members.map((m) => text('members', m, 50)).filter((m): m is string => !!m);
    return {
      name,
      members,
      vehicle: text('vehicle', input.vehicle, 50),
      phone: text('phone', input.phone, 32),
    };
  }

  private event(
    tx: EntityManager,
    crew: Crew,
    v: UserViewer,
    type: TicketEventType,
    at: Date,
    changes: FieldChanges,
  ): NewEvent {
    return roomEvent(tx, v, { type, at, unitId: crew.unit.id, subjectId: String(crew.id), changes });
  }
}
