import type { EntityManager } from '@mikro-orm/knex';
import type { Caller } from '../../caller.js';
import { badInput, notFound, text } from '../../errors.js';
import { parseIntId } from '../../ids.js';
import type { EventLog } from '../audit/event-log.js';
import { TicketEventType, type FieldChanges } from '../audit/ticket-event.entity.js';
import { ApiScope } from '../auth/auth.entities.js';
import { requireReader, requireUser, type UserViewer } from '../auth/viewer.js';
import type { PlaceDirectory } from '../places/place-directory.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { Escalation, OPEN_STATUSES } from '../tickets/ticket.enums.js';
import { Role, User } from '../users/user.entity.js';
import type { NoticesService } from '../notices/notices.service.js';
import { AgendaItem, Decision, Meeting } from './meeting.entities.js';
import {
  checkMeetingAction,
  MeetingStatus,
  proposeAgenda,
  type MeetingAction,
  type OpenIncidentFact,
  type Proposal,
} from './meeting.rules.js';
import { Incident, IncidentTicket } from '../incidents/incident.entities.js';
import { IncidentStatus } from '../incidents/incidents.rules.js';

export interface NewAgendaItem {
  ticketIds?: string[] | null;
  compoundId?: string | null;
  stationId?: string | null;
  note?: string | null;
  reasons?: string[] | null;
}

export interface NewDecision {
  text: string;
  responsibleUnitId: string;
  dueAt: Date;
  issueNotice: boolean;
}

const MAX_TICKETS_PER_ITEM = 50;
/** A meeting's agenda, at most; what a reader of a meeting is priced for (graphql/cost.ts). */
export const MAX_AGENDA_ITEMS = 30;

/**
 * Special-topic meetings (专题会议): a leader plans one from the hard cases, runs it with every board
 * in the room following the item in focus, records decisions, and closes it into minutes. Each
 * step is an event of the room (subjectId: the meeting).
 */
export class MeetingService {
  constructor(
    private readonly events: EventLog,
    private readonly places: PlaceDirectory,
    private readonly notices: NoticesService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async create({ em, viewer }: Caller, title: string, startsAt: Date, unitIds: string[]): Promise<Meeting> {
    const v = requireUser(viewer, Role.LEADER);
    const name = text('title', title, 200);
    if (!name) throw badInput('title', 'is required', 'required');
    if (Number.isNaN(startsAt.getTime())) throw badInput('startsAt', 'must be a time', 'format');
    const units = [...new Set(unitIds)];
    for (const id of units)
      if (!(await this.places.unit(id))) throw badInput('unitIds', `${id} is not a unit`, 'unknown');
    return this.change(em, v, TicketEventType.MEETING_CREATED, async (tx) =>
      tx.create(Meeting, {
        title: name,
        startsAt,
        status: MeetingStatus.SCHEDULED,
        unitIds: units,
        chair: tx.getReference(User, v.userId),
        chairName: v.displayName,
      }),
    );
  }

  async addItem({ em, viewer }: Caller, meetingId: string, item: NewAgendaItem): Promise<AgendaItem> {
    const v = requireUser(viewer, Role.LEADER);
    const ticketIds = [...new Set(item.ticketIds ?? [])];
    if (ticketIds.length > MAX_TICKETS_PER_ITEM)
      throw badInput('ticketIds', `at most ${MAX_TICKETS_PER_ITEM}`, 'outOfRange', { max: MAX_TICKETS_PER_ITEM });
    for (const id of ticketIds) parseIntId(id, 'ticketIds');
    if (item.compoundId && !(await this.places.compound(item.compoundId)))
      throw badInput('compoundId', `${item.compoundId} is not a compound`, 'unknown');
    if (item.stationId && !(await this.places.station(item.stationId)))
      throw badInput('stationId', `${item.stationId} is not a station`, 'unknown');
    if (ticketIds.length === 0 && !item.compoundId && !item.stationId)
      throw badInput('ticketIds', 'name tickets, a compound or a station', 'required');
    const note = text('note', item.note, 1000);
    let added!: AgendaItem;
    await this.change(em, v, TicketEventType.AGENDA_ITEM_ADDED, async (tx) => {
      const meeting = await this.meetingFor(tx, meetingId, 'ADD_ITEM');
      if (ticketIds.length) {
        const found = await tx.count(Ticket, { id: { $in: ticketIds.map(Number) } });
        if (found !== ticketIds.length) throw badInput('ticketIds', 'names a ticket that does not exist', 'unknown');
      }
      await meeting.items.init();
      if (meeting.items.length >= MAX_AGENDA_ITEMS)
        throw badInput('meetingId', `a meeting holds at most ${MAX_AGENDA_ITEMS} items`, 'outOfRange', {
          max: MAX_AGENDA_ITEMS,
        });
      added = tx.create(AgendaItem, {
        meeting,
        position: meeting.items.length + 1,
        ticketIds,
        compoundId: item.compoundId ?? null,
        stationId: item.stationId ?? null,
        note,
        reasons: item.reasons ?? [],
      });
      return meeting;
    });
    return added;
  }

  /** Moves an item to `position` (1 first), the others closing up around it. */
  async moveItem({ em, viewer }: Caller, itemId: string, position: number): Promise<Meeting> {
    const v = requireUser(viewer, Role.LEADER);
    return this.change(em, v, TicketEventType.AGENDA_REORDERED, async (tx) => {
      const item = await this.itemFor(tx, itemId);
      const meeting = await this.meetingFor(tx, String(item.meeting.id), 'MOVE_ITEM');
      const items = (await meeting.items.loadItems()).filter((i) => i.id !== item.id);
      if (!Number.isInteger(position) || position < 1 || position > items.length + 1)
        throw badInput('position', `must be 1 to ${items.length + 1}`, 'outOfRange', { min: 1, max: items.length + 1 });
      items.splice(position - 1, 0, item);
      items.forEach((i, n) => (i.position = n + 1));
      return meeting;
    });
  }

  start(caller: Caller, meetingId: string): Promise<Meeting> {
    return this.step(caller, meetingId, 'START', TicketEventType.MEETING_STARTED, (m, now) => {
      m.status = MeetingStatus.IN_SESSION;
      m.startedAt = now;
      m.focusItemId = m.items.getItems()[0]?.id ?? null;
    });
  }

  close(caller: Caller, meetingId: string): Promise<Meeting> {
    return this.step(caller, meetingId, 'CLOSE', TicketEventType.MEETING_CLOSED, (m, now) => {
      m.status = MeetingStatus.CLOSED;
      m.closedAt = now;
      m.focusItemId = null;
    });
  }

  /** Every board in the room shows this item now. */
  async focus({ em, viewer }: Caller, itemId: string): Promise<Meeting> {
    const v = requireUser(viewer, Role.LEADER);
    return this.change(em, v, TicketEventType.AGENDA_FOCUSED, async (tx, changes) => {
      const item = await this.itemFor(tx, itemId);
      const meeting = await this.meetingFor(tx, String(item.meeting.id), 'FOCUS');
      // In the event itself, so a board moves its highlight before it has re-read the meeting.
      changes.focusItemId = { from: meeting.focusItemId ?? null, to: item.id };
      meeting.focusItemId = item.id;
      return meeting;
    });
  }

  async decide({ em, viewer }: Caller, itemId: string, d: NewDecision): Promise<Decision> {
    const v = requireUser(viewer, Role.LEADER);
    const words = text('text', d.text, 2000);
    if (!words) throw badInput('text', 'is required', 'required');
    if (!(await this.places.unit(d.responsibleUnitId)))
      throw badInput('responsibleUnitId', `${d.responsibleUnitId} is not a unit`, 'unknown');
    if (Number.isNaN(d.dueAt.getTime()) || d.dueAt <= this.now())
      throw badInput('dueAt', 'must be a time to come', 'future');
    let decision!: Decision;
    await this.change(em, v, TicketEventType.DECISION_RECORDED, async (tx) => {
      const item = await this.itemFor(tx, itemId);
      const meeting = await this.meetingFor(tx, String(item.meeting.id), 'DECIDE');
      decision = tx.create(Decision, {
        item,
        text: words,
        responsibleUnitId: d.responsibleUnitId,
        dueAt: d.dueAt,
        issueNotice: d.issueNotice,
        recordedAt: this.now(),
      });
      await tx.flush();
      // The decision and its supervision notice stand or fall together.
      if (d.issueNotice) {
        const notice = await this.notices.checked({
          unitId: d.responsibleUnitId,
          subject: `${meeting.title.slice(0, 190)}：议题${item.position}`,
          requirement: words,
          dueAt: d.dueAt,
          ticketIds: item.ticketIds,
          compoundId: item.compoundId ?? null,
        });
        await this.notices.issueIn(tx, v, notice, { decisionId: String(decision.id) });
      }
      return meeting;
    });
    return decision;
  }

  /** The newest `last` meetings (1 to 100), by when they start. */
  async list({ em, viewer }: Caller, status: MeetingStatus | null | undefined, last: number): Promise<Meeting[]> {
    requireReader(viewer, ApiScope.TICKETS_READ);
    if (!Number.isInteger(last) || last < 1 || last > 100)
      throw badInput('last', 'must be 1 to 100', 'outOfRange', { min: 1, max: 100 });
    return em.find(Meeting, status ? { status } : {}, { orderBy: { startsAt: 'desc' }, limit: last });
  }

  async get({ em, viewer }: Caller, id: string): Promise<Meeting> {
    requireReader(viewer, ApiScope.TICKETS_READ);
    const m = await em.findOne(Meeting, { id: parseIntId(id) });
    if (!m) throw notFound('meeting', id);
    return m;
  }

  /** The meeting in session in the room, if one is: what every board shows. */
  current({ em, viewer }: Caller): Promise<Meeting | null> {
    requireReader(viewer, ApiScope.TICKETS_READ);
    return em.findOne(Meeting, { status: MeetingStatus.IN_SESSION }, { orderBy: { startedAt: 'desc' } });
  }

  /** The hard cases among the open tickets, ranked with why (meeting.rules.ts proposeAgenda). */
  async proposed({ em, viewer }: Caller): Promise<Proposal[]> {
    requireUser(viewer, Role.LEADER);
    const open = await em.find(
      Ticket,
      { status: { $in: [...OPEN_STATUSES] } },
      {
        fields: [
          'id',
          'receivedAt',
          'overdueAt',
          'escalation',
          'reopenCount',
          'refusedUnitIds',
          'callerPhone',
          'compound',
        ],
      },
    );
    return proposeAgenda(
      open.map((t) => ({
        id: String(t.id),
        receivedAt: t.receivedAt,
        overdue: !!t.overdueAt,
        escalated: t.escalation === Escalation.PROPOSED_FOR_MEETING,
        reopenCount: t.reopenCount,
        refusedBy: t.refusedUnitIds.length,
        callerPhone: t.callerPhone,
        compoundId: t.compound?.id ?? null,
        stationId: t.compound ? this.places.stationOf(t.compound.id) : null,
      })),
      this.now(),
      20,
      await this.openIncidents(em),
    );
  }

  /** The open incidents with their attached calls still open: each is offered for the agenda. */
  private async openIncidents(em: EntityManager): Promise<OpenIncidentFact[]> {
    const incidents = await em.find(Incident, { status: { $ne: IncidentStatus.RESOLVED } });
    if (incidents.length === 0) return [];
    const links = await em.find(
      IncidentTicket,
      { incident: { $in: incidents.map((i) => i.id) }, ticket: { status: { $in: [...OPEN_STATUSES] } } },
      { fields: ['incident', 'ticket'], orderBy: { ticket: 'asc' } },
    );
    return incidents.map((i) => ({
      id: String(i.id),
      declaredAt: i.declaredAt,
      stationIds: i.stationIds,
      ticketIds: links
        .filter((l) => l.incident.id === i.id)
        .map((l) => String(l.ticket.id))
        .slice(0, MAX_TICKETS_PER_ITEM),
    }));
  }

  private async step(
    { em, viewer }: Caller,
    meetingId: string,
    action: MeetingAction,
    type: TicketEventType,
    apply: (m: Meeting, now: Date) => void,
  ): Promise<Meeting> {
    const v = requireUser(viewer, Role.LEADER);
    return this.change(em, v, type, async (tx) => {
      const meeting = await this.meetingFor(tx, meetingId, action);
      await meeting.items.init();
      apply(meeting, this.now());
      return meeting;
    });
  }

  private async meetingFor(tx: EntityManager, id: string, action: MeetingAction): Promise<Meeting> {
    const meeting = await tx.findOne(Meeting, { id: parseIntId(id, 'meetingId') });
    if (!meeting) throw notFound('meeting', id);
    checkMeetingAction(meeting.status, action);
    return meeting;
  }

  private async itemFor(tx: EntityManager, id: string): Promise<AgendaItem> {
    const item = await tx.findOne(AgendaItem, { id: parseIntId(id, 'agendaItemId') });
    if (!item) throw notFound('agenda item', id);
    return item;
  }

  /** The change and its event of the room in one transaction; the board hears of it once committed. */
  private async change(
    em: EntityManager,
    v: UserViewer,
    type: TicketEventType,
    apply: (tx: EntityManager, changes: FieldChanges) => Promise<Meeting>,
  ): Promise<Meeting> {
    const changes: FieldChanges = {};
    const { meeting, seq } = await em.transactional(async (tx) => {
      const meeting = await apply(tx, changes);
      await tx.flush();
      const e = await this.events.append(tx, {
        ticket: null,
        unitId: null,
        subjectId: String(meeting.id),
        type,
        actor: tx.getReference(User, v.userId, { wrapped: true }),
        actorName: v.displayName,
        at: this.now(),
        changes,
        note: null,
      });
      return { meeting, seq: e.seq };
    });
    this.events.committed(seq);
    return meeting;
  }
}
