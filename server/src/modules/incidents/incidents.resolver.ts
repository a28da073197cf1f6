import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Extensions,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../context.js';
import { load } from '../../graphql/load.js';
import { taskFacts } from './incidents.service.js';
import { badInput } from '../../errors.js';
import { BoardEvent, boardEvent } from '../board/board.resolver.js';
import { CurrentViewer } from '../../graphql/current-viewer.js';
import { PER_VIEWER } from '../../graphql/per-viewer.js';
import { ApiScope } from '../auth/auth.entities.js';
import type { Viewer } from '../auth/viewer.js';
import { Compound, Station } from '../places/place.entities.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { Unit } from '../units/unit.entity.js';
import { Role } from '../users/user.entity.js';
import { Incident, Task } from './incident.entities.js';
import { AddTaskInput, DeclareIncidentInput, IncidentsArgs, UpdateIncidentInput } from './incident.inputs.js';
import { TaskAction, taskActions } from './incidents.rules.js';
import type { Proposal } from './incidents.rules.js';

const RUNNERS = [Role.OPERATOR, Role.LEADER, Role.STAFF, Role.HEAD];

@ObjectType({ description: 'Calls behind one station close together, that no open incident covers: declare it?' })
export class ProposedIncident {
  @Field(() => Station)
  station!: Station;

  @Field(() => [Ticket], { description: 'Every unattached call about heat behind the station today, oldest first.' })
  tickets!: Ticket[];

  @Field(() => [Compound])
  compounds!: Compound[];

  @Field(() => Date, { description: 'When the cluster filled up (the Nth call within the window).' })
  since!: Date;
}

@ObjectType({ description: 'What became of one attached call when the incident’s resolution was applied to it.' })
export class AppliedResolution {
  @Field(() => ID)
  id!: string;

  @Field(() => Ticket, { nullable: true, description: 'The resolved call; null when it was refused.' })
  ticket!: Ticket | null;

  @Field(() => String, { nullable: true, description: 'The refusal code, as in `extensions.code`.' })
  code!: string | null;

  @Field(() => String, { nullable: true })
  message!: string | null;
}

// The resolver convention is written down in tickets/ticket-moves.resolver.ts.
@Resolver(() => Incident)
export class IncidentsResolver {
  @Query(() => [Incident], {
    description: 'Incidents, newest first (at most 50). Every reader sees them: they hold no caller data.',
  })
  @Authorized(ApiScope.TICKETS_READ)
  incidents(@Args(() => IncidentsArgs) { status, open }: IncidentsArgs, @Ctx() ctx: Context): Promise<Incident[]> {
    return ctx.services.incidents.list(ctx, status, open);
  }

  @Query(() => Incident)
  @Authorized(ApiScope.TICKETS_READ)
  incident(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Incident> {
    return ctx.services.incidents.get(ctx, id);
  }

  @Query(() => [Incident], {
    description: 'The open incidents whose area holds this compound: what to tell a caller from it.',
  })
  @Authorized(ApiScope.TICKETS_READ)
  incidentsAt(@Arg('compoundId', () => ID) compoundId: string, @Ctx() ctx: Context): Promise<Incident[]> {
    return ctx.services.incidents.openAt(ctx, compoundId);
  }

  @Query(() => [ProposedIncident], {
    description:
      'Stations behind which enough calls about heat came close together (HEATLINE_INCIDENT_CALLS within HEATLINE_INCIDENT_MINUTES), that no open incident covers.',
  })
  @Authorized(ApiScope.TICKETS_READ)
  async proposedIncidents(@Ctx() ctx: Context): Promise<ProposedIncident[]> {
    const found = await ctx.services.incidents.proposed(ctx);
    return Promise.all(found.map((p) => this.proposal(p, ctx)));
  }

  @Mutation(() => Incident, {
    description: 'OPERATOR, LEADER or HEAD. Declares an incident over a station, a heat source or compounds.',
  })
  @Authorized(Role.OPERATOR, Role.LEADER, Role.HEAD)
  declareIncident(@Arg('input', () => DeclareIncidentInput) input: DeclareIncidentInput, @Ctx() ctx: Context) {
    return ctx.services.incidents.declare(ctx, input);
  }

  @Mutation(() => Incident, {
    description:
      'The desk, a leader or the lead unit. Changes an open incident’s summary, public notice or expected restoration.',
  })
  @Authorized(...RUNNERS)
  updateIncident(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateIncidentInput) input: UpdateIncidentInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.incidents.update(ctx, id, input);
  }

  @Mutation(() => Incident, {
    description: 'The desk, a leader or the lead unit. OPEN → CONTAINED: the cause is under control.',
  })
  @Authorized(...RUNNERS)
  containIncident(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.incidents.contain(ctx, id, note);
  }

  @Mutation(() => Incident, {
    description:
      'The desk, a leader or the lead unit. → RESOLVED, with how: offered as each attached call’s resolution.',
  })
  @Authorized(...RUNNERS)
  resolveIncident(
    @Arg('id', () => ID) id: string,
    @Arg('resolution', () => String) resolution: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.incidents.resolve(ctx, id, resolution);
  }

  @Mutation(() => Incident, {
    description:
      'The desk, a leader or the lead unit. Attaches a call to the open incident; it keeps its own caller, deadline and callback.',
  })
  @Authorized(...RUNNERS)
  attachTicket(
    @Arg('incidentId', () => ID) incidentId: string,
    @Arg('ticketId', () => ID) ticketId: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.incidents.attach(ctx, incidentId, ticketId);
  }

  @Mutation(() => Ticket, { description: 'The desk, a leader or the lead unit. The call leaves its incident.' })
  @Authorized(...RUNNERS)
  detachTicket(@Arg('ticketId', () => ID) ticketId: string, @Ctx() ctx: Context) {
    return ctx.services.incidents.detach(ctx, ticketId);
  }

  @Mutation(() => [AppliedResolution], {
    description:
      'STAFF or HEAD. Resolves your unit’s open calls attached to the resolved incident with its resolution (claiming those nobody holds); each still awaits its callback.',
  })
  @Authorized(Role.STAFF, Role.HEAD)
  async resolveAttachedTickets(
    @Arg('incidentId', () => ID) incidentId: string,
    @Arg('onSite', () => Boolean, { defaultValue: true }) onSite: boolean,
    @Ctx() ctx: Context,
  ): Promise<AppliedResolution[]> {
    const outcomes = await ctx.services.incidents.resolveAttached(ctx, incidentId, onSite);
    return outcomes.map(({ id, ticket, error }) => ({
      id,
      ticket,
      code: error?.code ?? null,
      message: error?.message ?? null,
    }));
  }

  @FieldResolver(() => Unit, { description: 'The unit that leads the work.' })
  leadUnit(@Root() i: Incident, @Ctx() { services }: Context) {
    return services.places.unit(i.leadUnit.id);
  }

  @FieldResolver(() => [Compound], { description: 'The area: the compounds affected.' })
  compounds(@Root() i: Incident, @Ctx() { services }: Context) {
    return Promise.all(i.compoundIds.map((id) => services.places.compound(id)));
  }

  @FieldResolver(() => [Station], { description: 'The stations feeding the area.' })
  stations(@Root() i: Incident, @Ctx() { services }: Context) {
    return Promise.all(i.stationIds.map((id) => services.places.station(id)));
  }

  @FieldResolver(() => [Ticket], { description: 'The attached calls you may read, oldest first.' })
  tickets(@Root() i: Incident, @Ctx() ctx: Context): Promise<Ticket[]> {
    return ctx.services.incidents.tickets(ctx, i.id);
  }

  @FieldResolver(() => Int, { description: 'How many calls are attached, whoever may read them.' })
  ticketCount(@Root() i: Incident, @Ctx() ctx: Context): Promise<number> {
    return ctx.services.incidents.ticketCount(ctx.em, i.id);
  }

  @FieldResolver(() => [BoardEvent], {
    description:
      'Its story, oldest first (at most 500): declared, calls attached and detached, tasks given, claimed and done, crews sent, updates, contained, resolved; each as you may see it.',
  })
  async timeline(
    @Root() i: Incident,
    @Ctx() ctx: Context,
    @Arg('last', () => Int, {
      nullable: true,
      description: 'Only the newest this many (1 to 500), still oldest first.',
    })
    last?: number | null,
  ): Promise<BoardEvent[]> {
    if (last != null && (!Number.isInteger(last) || last < 1 || last > 500))
      throw badInput('last', 'must be 1 to 500', 'outOfRange', { min: 1, max: 500 });
    return (await ctx.services.incidents.timeline(ctx, i.id, last ?? undefined)).map((e) => boardEvent(e, ctx.viewer));
  }

  @FieldResolver(() => [Task], {
    description: 'Its co-handling tasks you may see (the lead unit all, a helper unit its own), in the order given.',
  })
  tasks(@Root() i: Incident, @Ctx() ctx: Context): Promise<Task[]> {
    return ctx.services.incidents.tasksOf(ctx, { incident: i.id }, i.leadUnit.id);
  }

  private async proposal(p: Proposal, ctx: Context): Promise<ProposedIncident> {
    const [station, compounds, tickets] = await Promise.all([
      ctx.services.places.station(p.stationId),
      Promise.all(p.compoundIds.map((id) => ctx.services.places.compound(id))),
      ctx.services.tickets.readableAmong(ctx, p.ticketIds),
    ]);
    return {
      station: station!,
      compounds: compounds.filter((c): c is Compound => c !== null),
      tickets,
      since: p.since,
    };
  }
}

@Resolver(() => Task)
export class TasksResolver {
  @Query(() => [Task], {
    description: 'STAFF or HEAD. Your unit’s co-handling tasks not done yet, the soonest due first.',
  })
  @Authorized(Role.STAFF, Role.HEAD)
  myTasks(@Ctx() ctx: Context): Promise<Task[]> {
    return ctx.services.incidents.myTasks(ctx);
  }

  @Mutation(() => Task, {
    description:
      'The desk, a leader, or the lead unit (an incident’s) or the ticket’s unit. Gives a unit its part of the work.',
  })
  @Authorized(...RUNNERS)
  addTask(@Arg('input', () => AddTaskInput) input: AddTaskInput, @Ctx() ctx: Context): Promise<Task> {
    return ctx.services.incidents.addTask(ctx, input);
  }

  @Mutation(() => Task, {
    description: 'STAFF or HEAD of the task’s unit. OPEN → CLAIMED, once the task it waits for is done.',
  })
  @Authorized(Role.STAFF, Role.HEAD)
  claimTask(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Task> {
    return ctx.services.incidents.claimTask(ctx, id);
  }

  @Mutation(() => Task, { description: 'Who claimed it, or the unit’s head. CLAIMED → DONE, with what was done.' })
  @Authorized(Role.STAFF, Role.HEAD)
  completeTask(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: Context,
  ): Promise<Task> {
    return ctx.services.incidents.completeTask(ctx, id, note);
  }

  @FieldResolver(() => Unit)
  unit(@Root() t: Task, @Ctx() { services }: Context) {
    return services.places.unit(t.unit.id);
  }

  @FieldResolver(() => ID, { nullable: true })
  incidentId(@Root() t: Task): string | null {
    return t.incident ? String(t.incident.id) : null;
  }

  @FieldResolver(() => ID, { nullable: true })
  ticketId(@Root() t: Task): string | null {
    return t.ticket ? String(t.ticket.id) : null;
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: 'The task that must be done before this one may be claimed.',
  })
  afterTaskId(@Root() t: Task): string | null {
    return t.after ? String(t.after.id) : null;
  }

  @FieldResolver(() => [TaskAction], { description: 'What you may do to it now.' })
  @Extensions(PER_VIEWER)
  async actions(@Root() t: Task, @CurrentViewer() viewer: Viewer): Promise<TaskAction[]> {
    // The task it waits for is usually in the same list, so already in the unit of work.
    return taskActions(viewer, taskFacts(t, await load(t.after)));
  }
}

/** What a ticket says of its incident and its co-handling tasks. */
@Resolver(() => Ticket)
export class TicketIncidentResolver {
  @FieldResolver(() => Incident, { nullable: true, description: 'The incident this call is attached to, if any.' })
  incident(@Root() t: Ticket, @Ctx() ctx: Context): Promise<Incident | null> {
    return ctx.services.incidents.incidentOf(ctx.em, t.id);
  }

  @FieldResolver(() => [Task], {
    description: 'Its co-handling tasks you may see (the ticket’s unit all, a helper unit its own).',
  })
  tasks(@Root() t: Ticket, @Ctx() ctx: Context): Promise<Task[]> {
    return ctx.services.incidents.tasksOf(ctx, { ticket: t.id }, t.unit?.id ?? null);
  }
}
