import { badInput, DomainError, forbidden } from '../../errors.js';
import type { Viewer } from '../auth/viewer.js';
import { Role } from '../users/user.entity.js';

/** What happened: the cause many calls share (事件). */
export enum IncidentKind {
  BURST_MAIN = 'BURST_MAIN',
  STATION_FAULT = 'STATION_FAULT',
  SOURCE_FAULT = 'SOURCE_FAULT',
  WATER_CUT = 'WATER_CUT',
  POWER_CUT = 'POWER_CUT',
  PLANNED_WORK = 'PLANNED_WORK',
  OTHER = 'OTHER',
}

/** OPEN → CONTAINED (the cause is under control) → RESOLVED; OPEN → RESOLVED directly too. */
export enum IncidentStatus {
  OPEN = 'OPEN',
  CONTAINED = 'CONTAINED',
  RESOLVED = 'RESOLVED',
}

export enum IncidentAction {
  CONTAIN = 'CONTAIN',
  RESOLVE = 'RESOLVE',
}

const INCIDENT_MOVES: Record<IncidentAction, { from: readonly IncidentStatus[]; to: IncidentStatus }> = {
  [IncidentAction.CONTAIN]: { from: [IncidentStatus.OPEN], to: IncidentStatus.CONTAINED },
  [IncidentAction.RESOLVE]: { from: [IncidentStatus.OPEN, IncidentStatus.CONTAINED], to: IncidentStatus.RESOLVED },
};

/** The status `action` leads to from `status`; INVALID_TRANSITION (naming the status) otherwise. */
export function nextIncidentStatus(action: IncidentAction, status: IncidentStatus): IncidentStatus {
  const move = INCIDENT_MOVES[action];
  if (!move.from.includes(status))
    throw new DomainError(
      'INVALID_TRANSITION',
      `cannot ${action.toLowerCase()} an incident that is ${status}`,
      { status, action },
      'incident.invalidTransition',
    );
  return move.to;
}

/** An incident still being worked: calls are attached to it, its notice is read to callers. */
export const isIncidentOpen = (status: IncidentStatus): boolean => status !== IncidentStatus.RESOLVED;

/** Who runs an incident: the desk, leaders, and the lead unit's staff and head. */
export function incidentRefusal(v: Viewer, leadUnitId: string | null): DomainError | null {
  if (v.kind !== 'user') return forbidden('an API key is read-only', 'readOnlyKey');
  if (v.role === Role.OPERATOR || v.role === Role.LEADER) return null;
  if ((v.role === Role.STAFF || v.role === Role.HEAD) && leadUnitId !== null && v.unitId === leadUnitId) return null;
  return forbidden('only the desk, a leader or the lead unit may do this', 'incidentRunners');
}

/** Who declares an incident: the desk, a leader, or a unit's head (naming itself or another unit to lead). */
export function declareRefusal(v: Viewer): DomainError | null {
  if (v.kind === 'user' && [Role.OPERATOR, Role.LEADER, Role.HEAD].includes(v.role)) return null;
  return forbidden('only the desk, a leader or a unit head may declare an incident', 'incidentDeclarers');
}

/** What the incident was declared over: exactly one of a station, a heat source, or compounds. */
export interface IncidentScope {
  stationId?: string | null;
  heatSourceId?: string | null;
  compoundIds?: readonly string[] | null;
}

export interface NetworkCompound {
  id: string;
  stationId: string;
  heatSourceId: string;
  households: number;
  residents: number;
}

export interface IncidentArea {
  compoundIds: string[];
  stationIds: string[];
  households: number;
  residents: number;
}

/**
 * The area follows the network: a station's fault covers the compounds it feeds, a heat source's
 * every station behind it and their compounds; compounds named are the area themselves.
 * BAD_USER_INPUT unless exactly one scope is given, and every id is known.
 */
export function incidentArea(scope: IncidentScope, network: readonly NetworkCompound[]): IncidentArea {
  const given = [scope.stationId, scope.heatSourceId, scope.compoundIds?.length ? scope.compoundIds : null].filter(
    (x) => x !== null && x !== undefined && x !== '',
  );
  if (given.length !== 1)
    throw badInput('stationId', 'give exactly one of stationId, heatSourceId or compoundIds', 'required');
  let covered: NetworkCompound[];
  if (scope.stationId) {
    covered = network.filter((c) => c.stationId === scope.stationId);
    if (covered.length === 0) throw unknownPlace('stationId', scope.stationId);
  } else if (scope.heatSourceId) {
    covered = network.filter((c) => c.heatSourceId === scope.heatSourceId);
    if (covered.length === 0) throw unknownPlace('heatSourceId', scope.heatSourceId);
  } else {
    const byId = new Map(network.map((c) => [c.id, c]));
    covered = [...new Set(scope.compoundIds)].map((id) => byId.get(id) ?? throwUnknown('compoundIds', id));
  }
  return {
    compoundIds: covered.map((c) => c.id).sort(),
    stationIds: [...new Set(covered.map((c) => c.stationId))].sort(),
    households: covered.reduce((sum, c) => sum + c.households, 0),
    residents: covered.reduce((sum, c) => sum + c.residents, 0),
  };
}

const unknownPlace = (field: string, id: string) => badInput(field, `no place ${id}`, 'unknown');
const throwUnknown = (field: string, id: string): never => {
  throw unknownPlace(field, id);
};

/** A call that could belong to an incident: no or low heat, not attached, not yet resolved. */
export interface ClusterCall {
  ticketId: string;
  compoundId: string;
  stationId: string;
  receivedAt: Date;
}

export interface ProposalRules {
  /** Calls behind one station that make a proposal (default 3). */
  calls: number;
  /** Within this many minutes of each other (default 30). */
  minutes: number;
}

export interface Proposal {
  stationId: string;
  /** Every unattached call behind the station, oldest first (the cluster and those around it). */
  ticketIds: string[];
  compoundIds: string[];
  /** When the Nth call of the first cluster came in: since then the room has been offered it. */
  since: Date;
}

/**
 * Stations behind which `rules.calls` calls came within `rules.minutes`, and that no open incident
 * covers: each is offered to the desk and the wall as one proposed incident, with its calls.
 */
export function proposals(
  calls: readonly ClusterCall[],
  coveredStations: ReadonlySet<string>,
  rules: ProposalRules,
): Proposal[] {
  const byStation = new Map<string, ClusterCall[]>();
  for (const c of calls) {
    if (coveredStations.has(c.stationId)) continue;
    byStation.set(c.stationId, [...(byStation.get(c.stationId) ?? []), c]);
  }
  const found: Proposal[] = [];
  for (const [stationId, list] of byStation) {
    const sorted = [...list].sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
    const since = firstCluster(sorted, rules);
    if (!since) continue;
    found.push({
      stationId,
      ticketIds: sorted.map((c) => c.ticketId),
      compoundIds: [...new Set(sorted.map((c) => c.compoundId))].sort(),
      since,
    });
  }
  return found.sort((a, b) => a.since.getTime() - b.since.getTime() || a.stationId.localeCompare(b.stationId));
}

/** When the first window of `minutes` holding `calls` calls filled up, or null if none does. */
function firstCluster(sorted: readonly ClusterCall[], rules: ProposalRules): Date | null {
  const span = rules.minutes * 60_000;
  for (let end = rules.calls - 1; end < sorted.length; end += 1) {
    const start = sorted[end - rules.calls + 1]!;
    if (sorted[end]!.receivedAt.getTime() - start.receivedAt.getTime() <= span) return sorted[end]!.receivedAt;
  }
  return null;
}

/** A co-handling task's life (协办): open for its unit, claimed by one of its staff, done. */
export enum TaskStatus {
  OPEN = 'OPEN',
  CLAIMED = 'CLAIMED',
  DONE = 'DONE',
}

export enum TaskAction {
  CLAIM = 'CLAIM',
  COMPLETE = 'COMPLETE',
}

export interface TaskFacts {
  status: TaskStatus;
  unitId: string;
  claimedById: string | null;
  /** The status of the task it waits for, if any. */
  afterStatus: TaskStatus | null;
}

/**
 * Why `v` may not take `action` on the task now, or null: the task's unit's staff and head claim it
 * once what it waits for is done; the one who claimed it, or the unit's head, completes it.
 */
export function taskRefusal(v: Viewer, action: TaskAction, t: TaskFacts): DomainError | null {
  const own = v.kind === 'user' && (v.role === Role.STAFF || v.role === Role.HEAD) && v.unitId === t.unitId ? v : null;
  if (!own) return forbidden("only the task's unit may do this", 'taskUnitOnly');
  if (action === TaskAction.CLAIM) {
    if (t.status === TaskStatus.CLAIMED)
      return new DomainError('ALREADY_CLAIMED', 'the task is claimed already', {}, 'task.alreadyClaimed');
    if (t.status !== TaskStatus.OPEN) return invalidTask(action, t.status);
    if (t.afterStatus !== null && t.afterStatus !== TaskStatus.DONE)
      return new DomainError(
        'INVALID_TRANSITION',
        'the task it waits for is not done yet',
        { status: t.status, action },
        'task.waiting',
      );
    return null;
  }
  if (t.status !== TaskStatus.CLAIMED) return invalidTask(action, t.status);
  if (own.role !== Role.HEAD && t.claimedById !== String(own.userId))
    return forbidden('only who claimed the task, or the unit head, may complete it', 'taskClaimerOnly');
  return null;
}

const invalidTask = (action: TaskAction, status: TaskStatus) =>
  new DomainError(
    'INVALID_TRANSITION',
    `cannot ${action.toLowerCase()} a task that is ${status}`,
    { status, action },
    'task.invalidTransition',
  );

export const nextTaskStatus = (action: TaskAction): TaskStatus =>
  action === TaskAction.CLAIM ? TaskStatus.CLAIMED : TaskStatus.DONE;

/** What `v` may do to the task now. */
export function taskActions(v: Viewer, t: TaskFacts): TaskAction[] {
  return Object.values(TaskAction).filter((a) => taskRefusal(v, a, t) === null);
}
