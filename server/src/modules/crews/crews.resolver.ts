import { ArrayMaxSize, IsOptional, Length, MaxLength } from 'class-validator';
import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Extensions,
  Field,
  FieldResolver,
  Float,
  ID,
  InputType,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../context.js';
import { CurrentViewer } from '../../graphql/current-viewer.js';
import { PER_VIEWER } from '../../graphql/per-viewer.js';
import { NotBlank, PlainText } from '../../validation.js';
import { ApiScope } from '../auth/auth.entities.js';
import type { Viewer } from '../auth/viewer.js';
import { Incident } from '../incidents/incident.entities.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { Unit } from '../units/unit.entity.js';
import { Role } from '../users/user.entity.js';
import { Crew } from './crew.entity.js';
import { crewMoveRefusal, crewMoves, CrewStatus } from './crews.rules.js';

@InputType({ description: 'A crew as its unit keeps it: name, members, vehicle, phone.' })
export class CrewInput {
  @Field(() => String)
  @Length(1, 100)
  @NotBlank()
  @PlainText()
  name!: string;

  @Field(() => [String], { description: 'Who is in it, by name (at most 20).' })
  @ArrayMaxSize(20)
  members!: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(50)
  @PlainText()
  vehicle?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(32)
  @PlainText()
  phone?: string | null;
}

@ArgsType()
export class CrewsArgs {
  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => CrewStatus, { nullable: true })
  status?: CrewStatus | null;
}

@InputType({ description: 'Where a crew is sent: exactly one of a call, a co-handling task, or an incident.' })
export class CrewTargetInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(20)
  ticketId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(20)
  taskId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(20)
  incidentId?: string | null;
}

// The resolver convention is written down in tickets/ticket-moves.resolver.ts.
@Resolver(() => Crew)
export class CrewsResolver {
  @Query(() => [Crew], { description: 'Repair crews you may see (a unit its own), by unit and name.' })
  @Authorized(ApiScope.TICKETS_READ)
  crews(@Args(() => CrewsArgs) args: CrewsArgs, @Ctx() ctx: Context): Promise<Crew[]> {
    return ctx.services.crews.list(ctx, args);
  }

  @Query(() => Crew)
  @Authorized(ApiScope.TICKETS_READ)
  crew(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Crew> {
    return ctx.services.crews.get(ctx, id);
  }

  @Mutation(() => Crew, { description: 'HEAD of the unit, or ADMIN. Forms a crew, on standby.' })
  @Authorized(Role.HEAD, Role.ADMIN)
  createCrew(
    @Arg('unitId', () => ID) unitId: string,
    @Arg('input', () => CrewInput) input: CrewInput,
    @Ctx() ctx: Context,
  ): Promise<Crew> {
    return ctx.services.crews.create(ctx, { ...input, unitId });
  }

  @Mutation(() => Crew, {
    description: 'HEAD of the unit, or ADMIN. Its members, vehicle and phone as they are today.',
  })
  @Authorized(Role.HEAD, Role.ADMIN)
  setCrewMembers(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => CrewInput) input: CrewInput,
    @Ctx() ctx: Context,
  ): Promise<Crew> {
    return ctx.services.crews.update(ctx, id, input);
  }

  @Mutation(() => Crew, {
    description: 'OPERATOR, LEADER, or the crew’s unit. STANDBY → ASSIGNED: sent to a call, a task or an incident.',
  })
  @Authorized(Role.OPERATOR, Role.LEADER, Role.STAFF, Role.HEAD)
  dispatchCrew(
    @Arg('crewId', () => ID) crewId: string,
    @Arg('target', () => CrewTargetInput) target: CrewTargetInput,
    @Ctx() ctx: Context,
  ): Promise<Crew> {
    return ctx.services.crews.dispatch(ctx, crewId, target);
  }

  @Mutation(() => Crew, {
    description:
      'STAFF or HEAD of the crew’s unit. Moves it through its day: ASSIGNED → EN_ROUTE → ON_SITE → RETURNING → STANDBY, STANDBY ↔ OFF_DUTY (ASSIGNED → STANDBY calls it back).',
  })
  @Authorized(Role.STAFF, Role.HEAD)
  moveCrew(@Arg('id', () => ID) id: string, @Arg('to', () => CrewStatus) to: CrewStatus, @Ctx() ctx: Context) {
    return ctx.services.crews.move(ctx, id, to);
  }

  @Mutation(() => Crew, {
    description: 'STAFF or HEAD of the crew’s unit. Where the crew is now, from a phone (opt-in).',
  })
  @Authorized(Role.STAFF, Role.HEAD)
  shareCrewPosition(
    @Arg('id', () => ID) id: string,
    @Arg('lat', () => Float) lat: number,
    @Arg('lon', () => Float) lon: number,
    @Ctx() ctx: Context,
  ): Promise<Crew> {
    return ctx.services.crews.sharePosition(ctx, id, lat, lon);
  }

  @FieldResolver(() => Unit)
  unit(@Root() c: Crew, @Ctx() { services }: Context) {
    return services.places.unit(c.unit.id);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The call it was sent to, while it is out.' })
  ticketId(@Root() c: Crew): string | null {
    return c.ticket ? String(c.ticket.id) : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The co-handling task it was sent to, while it is out.' })
  taskId(@Root() c: Crew): string | null {
    return c.task ? String(c.task.id) : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The incident it was sent to, while it is out.' })
  incidentId(@Root() c: Crew): string | null {
    return c.incident ? String(c.incident.id) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'What it was sent to, in words, while it is out: the call’s number and compound, the task, or the incident — for its own people, who may not read another unit’s call (no caller data).',
  })
  target(@Root() c: Crew, @Ctx() ctx: Context): Promise<string | null> {
    return ctx.services.crews.targetLabel(ctx.em, c);
  }

  @FieldResolver(() => [CrewStatus], { description: 'Where you may move it now (its unit’s staff only).' })
  @Extensions(PER_VIEWER)
  moves(@Root() c: Crew, @CurrentViewer() viewer: Viewer): CrewStatus[] {
    return crewMoveRefusal(viewer, c.unit.id) ? [] : crewMoves(c.status);
  }
}

/** The crews out on a call or an incident. */
@Resolver(() => Ticket)
export class TicketCrewsResolver {
  @FieldResolver(() => [Crew], { description: 'The crews sent to this call and not back yet, that you may see.' })
  crews(@Root() t: Ticket, @Ctx() ctx: Context): Promise<Crew[]> {
    return ctx.services.crews.sentTo(ctx, { ticket: t.id });
  }
}

@Resolver(() => Incident)
export class IncidentCrewsResolver {
  @FieldResolver(() => [Crew], { description: 'The crews sent to this incident and not back yet, that you may see.' })
  crews(@Root() i: Incident, @Ctx() ctx: Context): Promise<Crew[]> {
    return ctx.services.crews.sentTo(ctx, { incident: i.id });
  }
}
