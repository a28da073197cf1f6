import { DomainError } from '../../errors.js';

/** A special-topic meeting's life (专题会议): planned, in session, closed with its minutes. */
export enum MeetingStatus {
  SCHEDULED = 'SCHEDULED',
  IN_SESSION = 'IN_SESSION',
  CLOSED = 'CLOSED',
}

export type MeetingAction = 'ADD_ITEM' | 'MOVE_ITEM' | 'START' | 'FOCUS' | 'DECIDE' | 'CLOSE';

const ALLOWED: Record<MeetingAction, readonly MeetingStatus[]> = {
  ADD_ITEM: [MeetingStatus.SCHEDULED, MeetingStatus.IN_SESSION],
  MOVE_ITEM: [MeetingStatus.SCHEDULED, MeetingStatus.IN_SESSION],
  START: [MeetingStatus.SCHEDULED],
  FOCUS: [MeetingStatus.IN_SESSION],
  DECIDE: [MeetingStatus.IN_SESSION],
  CLOSE: [MeetingStatus.IN_SESSION],
};

/** Refuses an action the meeting's state does not allow, naming the state (INVALID_TRANSITION). */
export function checkMeetingAction(status: MeetingStatus, action: MeetingAction): void {
  if (!ALLOWED[action].includes(status))
    throw new DomainError(
      'INVALID_TRANSITION',
      `a ${status} meeting cannot ${action.toLowerCase().replace('_', ' ')}`,
      {
        status,
        action,
      },
    );
}

/** Why a hard case is offered for the agenda; the weight ranks it. */
export enum AgendaReason {
  /** An open incident (事件): one cause with many callers, worked by several units. */
  INCIDENT = 'INCIDENT',
  /** Tickets bunched behind one heat-exchange station: 3 or more open, received within 24 h. */
  HOT_SPOT = 'HOT_SPOT',
  /** Reopened after an unsatisfied callback (重办). */
  REOPENED = 'REOPENED',
  OVERDUE = 'OVERDUE',
  /** Overdue and urged long enough that the ladder proposed it for a meeting (PROPOSED_FOR_MEETING). */
  ESCALATED = 'ESCALATED',
  /** The same phone has 2 or more open or reopened tickets. */
  REPEAT_CALLER = 'REPEAT_CALLER',
  /** Refused by more than one unit (bounced between them). */
  BOUNCED = 'BOUNCED',
}

const WEIGHT: Record<AgendaReason, number> = {
  INCIDENT: 6,
  HOT_SPOT: 5,
  REOPENED: 4,
  OVERDUE: 3,
  ESCALATED: 3,
  REPEAT_CALLER: 2,
  BOUNCED: 2,
};

/** What the proposal needs of an open ticket; plain values, so the rule stays pure. */
export interface OpenTicketFact {
  id: string;
  receivedAt: Date;
  overdue: boolean;
  /** The urging ladder proposed it for the next meeting. */
  escalated: boolean;
  reopenCount: number;
  refusedBy: number;
  callerPhone: string;
  compoundId: string | null;
  stationId: string | null;
}

/** What the proposal needs of an open incident. */
export interface OpenIncidentFact {
  id: string;
  declaredAt: Date;
  stationIds: string[];
  /** Its attached calls still open. */
  ticketIds: string[];
}

export interface Proposal {
  reasons: AgendaReason[];
  /** The incident it is, for an INCIDENT proposal. */
  incidentId?: string | null;
  ticketIds: string[];
  stationId: string | null;
  compoundId: string | null;
  /** The higher, the earlier on the agenda. */
  weight: number;
}

const HOT_SPOT_TICKETS = 3;
const HOT_SPOT_WINDOW_MS = 24 * 3600_000;

/**
 * The hard cases among the open tickets, ranked: each open incident, each hot spot (a station no
 * incident covers), then each ticket with its reasons, heaviest first, the longest waiting first
 * among equals; at most `limit`.
 */
export function proposeAgenda(
  open: readonly OpenTicketFact[],
  now: Date,
  limit = 20,
  incidents: readonly OpenIncidentFact[] = [],
): Proposal[] {
  const covered = new Set(incidents.flatMap((i) => i.stationIds));
  const byPhone = new Map<string, number>();
  for (const t of open) byPhone.set(t.callerPhone, (byPhone.get(t.callerPhone) ?? 0) + 1);
  const byStation = new Map<string, OpenTicketFact[]>();
  for (const t of open)
    if (t.stationId && now.getTime() - t.receivedAt.getTime() <= HOT_SPOT_WINDOW_MS)
      byStation.set(t.stationId, [...(byStation.get(t.stationId) ?? []), t]);

  const proposals: Array<Proposal & { since: number }> = incidents.map((i) => ({
    reasons: [AgendaReason.INCIDENT],
    incidentId: i.id,
    ticketIds: i.ticketIds,
    stationId: i.stationIds[0] ?? null,
    compoundId: null,
    weight: WEIGHT.INCIDENT + i.ticketIds.length,
    since: i.declaredAt.getTime(),
  }));
  for (const [stationId, ts] of byStation)
    if (ts.length >= HOT_SPOT_TICKETS && !covered.has(stationId))
      proposals.push({
        reasons: [AgendaReason.HOT_SPOT],
        ticketIds: ts.map((t) => t.id),
        stationId,
        compoundId: null,
        weight: WEIGHT.HOT_SPOT + ts.length,
        since: Math.min(...ts.map((t) => t.receivedAt.getTime())),
      });
  for (const t of open) {
    const reasons = [
      t.reopenCount > 0 && AgendaReason.REOPENED,
      t.overdue && AgendaReason.OVERDUE,
      t.escalated && AgendaReason.ESCALATED,
      (byPhone.get(t.callerPhone) ?? 0) >= 2 && AgendaReason.REPEAT_CALLER,
      t.refusedBy > 1 && AgendaReason.BOUNCED,
    ].filter((r): r is AgendaReason => r !== false);
    if (reasons.length === 0) continue;
    proposals.push({
      reasons,
      ticketIds: [t.id],
      stationId: null,
      compoundId: t.compoundId,
      weight: reasons.reduce((w, r) => w + WEIGHT[r], 0),
      since: t.receivedAt.getTime(),
    });
  }
  return proposals
    .sort((a, b) => b.weight - a.weight || a.since - b.since)
    .slice(0, limit)
    .map(({ since: _since, ...p }) => p);
}
