import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Extensions,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../context.js';
import { CurrentViewer } from '../../graphql/current-viewer.js';
import { PER_VIEWER } from '../../graphql/per-viewer.js';
import { ApiScope } from '../auth/auth.entities.js';
import type { Viewer } from '../auth/viewer.js';
import { Notice } from '../notices/notice.entity.js';
import { Compound, Station } from '../places/place.entities.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { Unit } from '../units/unit.entity.js';
import { Role, User } from '../users/user.entity.js';
import { Reading, Visit } from './visit.entity.js';
import {
  CancelVisitArgs,
  PlanVisitInput,
  RecordVisitArgs,
  VisitArgs,
  VisitRangeArgs,
  VisitsArgs,
} from './visit.inputs.js';
import { belowStandard, VisitAction, visitActions } from './visits.rules.js';

// The resolver convention is written down in tickets/ticket-moves.resolver.ts.
@Resolver(() => Visit)
export class VisitsResolver {
  @Query(() => [Visit], {
    description:
      'Site visits planned in [from, to), by time (at most 500). Readers of every unit see them from the plan; a unit sees those to the places it runs once the inspectors are there.',
  })
  @Authorized(ApiScope.TICKETS_READ)
  visits(@Args(() => VisitsArgs) args: VisitsArgs, @Ctx() ctx: Context): Promise<Visit[]> {
    return ctx.services.visits.list(ctx, args);
  }

  @Query(() => Visit, { description: 'One visit; NOT_FOUND for one you may not see yet.' })
  @Authorized(ApiScope.TICKETS_READ)
  visit(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Visit> {
    return ctx.services.visits.get(ctx, id);
  }

  @Query(() => Int, {
    description: 'Visits done (recorded) in [from, to), of the places you read: the assessment’s count.',
  })
  @Authorized(ApiScope.TICKETS_READ)
  visitsDone(@Args(() => VisitRangeArgs) { from, to }: VisitRangeArgs, @Ctx() ctx: Context): Promise<number> {
    return ctx.services.visits.doneBetween(ctx, from, to);
  }

  @Query(() => [User], {
    description: 'SUPERVISOR or LEADER: who may be sent on a visit, the active supervisors and leaders, by name.',
  })
  @Authorized(Role.SUPERVISOR, Role.LEADER)
  visitInspectors(@Ctx() ctx: Context): Promise<User[]> {
    return ctx.services.visits.inspectorsToPick(ctx);
  }

  @Mutation(() => Visit, { description: 'SUPERVISOR or LEADER. Plans a visit to a compound or a station (现场督查).' })
  @Authorized(Role.SUPERVISOR, Role.LEADER)
  planVisit(@Arg('input', () => PlanVisitInput) input: PlanVisitInput, @Ctx() ctx: Context): Promise<Visit> {
    return ctx.services.visits.plan(ctx, input);
  }

  @Mutation(() => Visit, { description: 'One of its inspectors. PLANNED → UNDER_WAY.' })
  @Authorized(Role.SUPERVISOR, Role.LEADER)
  startVisit(@Args(() => VisitArgs) { id }: VisitArgs, @Ctx() ctx: Context): Promise<Visit> {
    return ctx.services.visits.start(ctx, id);
  }

  @Mutation(() => Visit, {
    description:
      'One of its inspectors. UNDER_WAY → DONE with findings and readings; RECTIFY issues a notice to the unit that runs the place.',
  })
  @Authorized(Role.SUPERVISOR, Role.LEADER)
  recordVisit(@Args(() => RecordVisitArgs) { id, input }: RecordVisitArgs, @Ctx() ctx: Context): Promise<Visit> {
    return ctx.services.visits.record(ctx, id, input);
  }

  @Mutation(() => Visit, { description: 'SUPERVISOR or LEADER. PLANNED or UNDER_WAY → CANCELLED, with the reason.' })
  @Authorized(Role.SUPERVISOR, Role.LEADER)
  cancelVisit(@Args(() => CancelVisitArgs) { id, reason }: CancelVisitArgs, @Ctx() ctx: Context): Promise<Visit> {
    return ctx.services.visits.cancel(ctx, id, reason);
  }

  @FieldResolver(() => Compound, { nullable: true })
  compound(@Root() v: Visit, @Ctx() { services }: Context) {
    return v.compound ? services.places.compound(v.compound.id) : null;
  }

  @FieldResolver(() => Station, { nullable: true })
  station(@Root() v: Visit, @Ctx() { services }: Context) {
    return v.station ? services.places.station(v.station.id) : null;
  }

  @FieldResolver(() => Unit, { description: 'The unit that runs the place: a RECTIFY outcome’s notice goes to it.' })
  unit(@Root() v: Visit, @Ctx() { services }: Context) {
    return services.places.unit(v.unit.id);
  }

  @FieldResolver(() => [Ticket], { description: 'The tickets it is about that you may read.' })
  tickets(@Root() v: Visit, @Ctx() ctx: Context): Promise<Ticket[]> {
    return ctx.services.tickets.readableAmong(ctx, v.ticketIds);
  }

  @FieldResolver(() => [User])
  inspectors(@Root() v: Visit, @Ctx() { em }: Context): Promise<User[]> {
    return em.find(User, { id: { $in: v.inspectorIds } }, { orderBy: { id: 'asc' } });
  }

  @FieldResolver(() => [Reading])
  readings(@Root() v: Visit): Reading[] {
    return (v.readings ?? []).map((r) =>
      Object.assign(new Reading(), {
        place: r.place,
        celsius: r.celsius,
        at: new Date(r.at),
        belowStandard: belowStandard(r.celsius),
      }),
    );
  }

  @FieldResolver(() => Notice, { nullable: true, description: 'The notice a RECTIFY outcome issued, if you read it.' })
  notice(@Root() v: Visit, @Ctx() ctx: Context): Promise<Notice | null> {
    return ctx.services.visits.noticeOf(ctx, v);
  }

  @FieldResolver(() => [VisitAction], { description: 'What you may do to it now (its status and your part allow).' })
  @Extensions(PER_VIEWER)
  actions(@Root() v: Visit, @CurrentViewer() viewer: Viewer): VisitAction[] {
    return visitActions(viewer, v);
  }
}
