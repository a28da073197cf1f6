import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Extensions, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { personal } from '../../graphql/personal-data.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { User } from '../users/user.entity.js';

export enum TicketEventType {
  TICKET_REGISTERED = 'TICKET_REGISTERED',
  TICKET_TRANSFERRED = 'TICKET_TRANSFERRED',
  TICKET_TRANSFER_REFUSED = 'TICKET_TRANSFER_REFUSED',
  TICKET_CLAIMED = 'TICKET_CLAIMED',
  TICKET_RELEASED = 'TICKET_RELEASED',
  TICKET_ASSIGNED = 'TICKET_ASSIGNED',
  TICKET_ON_SITE = 'TICKET_ON_SITE',
  TICKET_RESOLVED = 'TICKET_RESOLVED',
  TICKET_REPLIED = 'TICKET_REPLIED',
  TICKET_REOPENED = 'TICKET_REOPENED',
  TICKET_CLOSED = 'TICKET_CLOSED',
  /** The desk answered the call itself (a consultation, a thank-you call): closed, no callback owed. */
  TICKET_ANSWERED = 'TICKET_ANSWERED',
  /** Written once, by whichever instance's sweeper sees the due time pass first. */
  TICKET_OVERDUE = 'TICKET_OVERDUE',
  /** A share of the ticket's time has passed (HEATLINE_REMINDER_SHARE): the unit is reminded, once. */
  TICKET_REMINDED = 'TICKET_REMINDED',
  /** 催办: the unit (and its head) urged, by the desk, a leader, or the system when the ticket went overdue. */
  TICKET_URGED = 'TICKET_URGED',
  /** Overdue and urged long enough: proposed for the next meeting and a supervision notice. */
  TICKET_ESCALATED = 'TICKET_ESCALATED',
  /** 延期: the unit head asked for a later deadline. */
  TICKET_EXTENSION_REQUESTED = 'TICKET_EXTENSION_REQUESTED',
  /** The desk or a leader approved (the deadline moved) or refused the extension. */
  TICKET_EXTENSION_DECIDED = 'TICKET_EXTENSION_DECIDED',
  /** The clock stopped: the unit waits on the caller or a third party. */
  TICKET_PAUSED = 'TICKET_PAUSED',
  /** The clock runs again; the deadline moved by the time paused. */
  TICKET_RESUMED = 'TICKET_RESUMED',
  /**
   * Never in the log: what a subscription whose `since` was too far behind receives first. The
   * events before it were skipped; re-read what you show, then carry on (the newest follow).
   */
  GAP = 'GAP',
  /** Events of the room, not of a ticket (`ticket` null, `unitId` the unit): an officer signed in. */
  UNIT_SIGNED_IN = 'UNIT_SIGNED_IN',
  UNIT_SIGNED_OUT = 'UNIT_SIGNED_OUT',
  /** A special-topic meeting's steps (`subjectId` the meeting), followed by every board in the room. */
  MEETING_CREATED = 'MEETING_CREATED',
  AGENDA_ITEM_ADDED = 'AGENDA_ITEM_ADDED',
  AGENDA_REORDERED = 'AGENDA_REORDERED',
  MEETING_STARTED = 'MEETING_STARTED',
  AGENDA_FOCUSED = 'AGENDA_FOCUSED',
  DECISION_RECORDED = 'DECISION_RECORDED',
  MEETING_CLOSED = 'MEETING_CLOSED',
  /** 督办: a leader issued a supervision notice to the unit (`subjectId` the notice). */
  NOTICE_ISSUED = 'NOTICE_ISSUED',
  /** The unit's head acknowledged the notice. */
  NOTICE_ACKNOWLEDGED = 'NOTICE_ACKNOWLEDGED',
  /** The unit's head reported what was done. */
  NOTICE_RECTIFIED = 'NOTICE_RECTIFIED',
  /** A leader or a supervisor found the rectification done: the notice is closed. */
  NOTICE_VERIFIED = 'NOTICE_VERIFIED',
  /** A leader or a supervisor found it not done: back to the unit with a new deadline. */
  NOTICE_RETURNED = 'NOTICE_RETURNED',
  /** Written once per deadline, by whichever instance's sweeper sees it pass first. */
  NOTICE_OVERDUE = 'NOTICE_OVERDUE',
  /** 现场督查 planned (`subjectId` the visit): unannounced, so only readers of every unit see it. */
  VISIT_PLANNED = 'VISIT_PLANNED',
  /** The inspectors are on site: the unit that runs the place sees the visit from now on. */
  VISIT_STARTED = 'VISIT_STARTED',
  /** Findings and temperature readings recorded; the visit is done. */
  VISIT_RECORDED = 'VISIT_RECORDED',
  VISIT_CANCELLED = 'VISIT_CANCELLED',
  /**
   * Calls about heat clustered behind a station (`subjectId` the station, `unitId` its operator): an
   * incident to declare. Written once per cluster, by the registration that completed it; seen by
   * readers of every unit and by the operator.
   */
  INCIDENT_PROPOSED = 'INCIDENT_PROPOSED',
  /** 事件 (`subjectId` the incident, `unitId` its lead unit): every board in the room follows them. */
  INCIDENT_DECLARED = 'INCIDENT_DECLARED',
  /** Its summary, public notice or expected restoration time changed. */
  INCIDENT_UPDATED = 'INCIDENT_UPDATED',
  INCIDENT_CONTAINED = 'INCIDENT_CONTAINED',
  INCIDENT_RESOLVED = 'INCIDENT_RESOLVED',
  /** A call joined an incident (`ticket` the call, `subjectId` the incident), or left it. */
  TICKET_ATTACHED = 'TICKET_ATTACHED',
  TICKET_DETACHED = 'TICKET_DETACHED',
  /** 协办 (`subjectId` the task, `unitId` its unit): a unit was given its part, claimed it, did it. */
  TASK_ADDED = 'TASK_ADDED',
  TASK_CLAIMED = 'TASK_CLAIMED',
  TASK_DONE = 'TASK_DONE',
  /** 抢修队 (`subjectId` the crew, `unitId` its unit): sent to a call, a task or an incident. */
  CREW_DISPATCHED = 'CREW_DISPATCHED',
  /** The crew moved through its day (on the way, on site, returning, standby, off duty). */
  CREW_STATUS = 'CREW_STATUS',
  /** A crew member's phone shared where the crew is (every 10 s at most per crew). */
  CREW_POSITION = 'CREW_POSITION',
  /** A crew was formed, or its members, vehicle or phone changed. */
  CREW_UPDATED = 'CREW_UPDATED',
}

registerEnumType(TicketEventType, { name: 'TicketEventType' });

export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

/**
 * The audit log: one immutable row per change, written in the change's transaction.
 * `seq` comes from the database so it orders events across server instances.
 */
@Entity({ tableName: 'ticket_event' })
@Index({ properties: ['ticket', 'seq'] })
@ObjectType({
  description: 'One entry of the audit log. Nothing is ever changed or deleted; a correction is a new event.',
})
export class TicketEvent {
  [OptionalProps]?: 'seq';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  @Field(() => Int, { description: 'Global order of all events, from the database.' })
  seq!: number;

  /** Null for an event of the room rather than of a ticket (a unit signing in). */
  @ManyToOne(() => Ticket, { ref: true, nullable: true })
  ticket?: Ref<Ticket> | null;

  /** The unit a room event is about; null for a ticket's events (their unit is the ticket's). */
  @Property({ type: 'string', length: 64, nullable: true })
  unitId?: string | null;

  /**
   * The room's object a room event is about (a meeting, a notice, a visit: which, the event type
   * says), by its id; null for a ticket's events and for a unit signing in.
   */
  @Property({ type: 'string', length: 64, nullable: true })
  subjectId?: string | null;

  @Property({ type: 'string', length: 40 })
  @Field(() => TicketEventType)
  type!: TicketEventType;

  @ManyToOne(() => User, { ref: true, nullable: true })
  actor?: Ref<User> | null;

  /** The actor's name when it happened, so history reads right after a rename. */
  @Property({ type: 'string', length: 100 })
  actorName!: string;

  @Property({ type: 'datetime' })
  @Field(() => Date)
  at!: Date;

  @Property({ type: 'json' })
  changes!: FieldChanges;

  @Property({ type: 'text', nullable: true })
  @Extensions(personal('text'))
  @Field(() => String, { nullable: true })
  note?: string | null;

  /**
   * The request that made the change (its X-Request-Id), to find its log lines; null for the
   * sweeper. Indexed: a retried write finds by it what its first attempt committed.
   */
  @Property({ type: 'string', length: 128, nullable: true })
  @Index()
  requestId?: string | null;
}
