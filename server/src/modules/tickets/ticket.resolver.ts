import {
  Arg,
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
import { PER_VIEWER } from '../../graphql/per-viewer.js';
import type { Context } from '../../context.js';
import { load } from '../../graphql/load.js';
import { maskName, maskPhone } from '../auth/masking.rules.js';
import { requireReader, requireUser, seesCallers, type Viewer } from '../auth/viewer.js';
import { ApiScope } from '../auth/auth.entities.js';
import { Compound } from '../places/place.entities.js';
import { Unit } from '../units/unit.entity.js';
import { Role, User } from '../users/user.entity.js';
import { Category, Channel } from './catalog.entities.js';
import { isOverdue } from './ticket.rules.js';
import { RefusalReason, Satisfaction, TicketAction, TicketKind } from './ticket.enums.js';
import { allowedActions } from './ticket-permissions.rules.js';
import { CreateTicketInput, TicketFilter, TicketOrder } from './ticket.inputs.js';
import { Address, Refusal, Ticket } from './ticket.entity.js';
import { TicketEvent } from './ticket-event.entity.js';

@ObjectType()
class TicketEdge {
  @Field(() => Ticket)
  node!: Ticket;

  @Field(() => String)
  cursor!: string;
}

@ObjectType()
class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor?: string | null;

  @Field(() => String, { nullable: true })
  endCursor?: string | null;
}

@ObjectType()
class TicketConnection {
  @Field(() => [TicketEdge])
  edges!: TicketEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many tickets match the filter, over all pages.' })
  totalCount(): Promise<number> {
    return this.count();
  }

  count!: () => Promise<number>;
}

@ObjectType({ description: 'The unit routing proposes, and on what basis.' })
class UnitProposal {
  @Field(() => Unit)
  unit!: Unit;

  @Field(() => String, {
    description: 'PRICE, PROPERTY_SERVICE, STATION_OPERATOR, HEAT_SOURCE_COMPANY or REGULATOR.',
  })
  basis!: string;
}

@ObjectType({ description: 'One field a change touched, with JSON-encoded values (strings as they are).' })
export class FieldChange {
  @Field(() => String)
  field!: string;

  @Field(() => String, { nullable: true })
  from?: string | null;

  @Field(() => String, { nullable: true })
  to?: string | null;
}

const CALLER_FIELDS: Record<string, (s: string) => string> = { callerName: maskName, callerPhone: maskPhone };
const show = (v: unknown): string | null =>
  v === null || v === undefined ? null : typeof v === 'string' ? v : JSON.stringify(v);

/** An event's changed fields as the viewer may see them: callers masked for API keys. */
export function visibleChanges(e: TicketEvent, viewer: Viewer): FieldChange[] {
  const clear = seesCallers(viewer);
  return Object.entries(e.changes).map(([field, { from, to }]) => {
    const mask = clear ? undefined : CALLER_FIELDS[field];
    const out = (v: unknown) => (mask && typeof v === 'string' ? mask(v) : show(v));
    return { field, from: out(from), to: out(to) };
  });
}

@Resolver(() => TicketEvent)
export class TicketEventResolver {
  @FieldResolver(() => User, { nullable: true })
  actor(@Root() e: TicketEvent) {
    return load(e.actor);
  }

  @FieldResolver(() => String)
  actorName(@Root() e: TicketEvent): string {
    return e.actorName;
  }

  @FieldResolver(() => ID)
  ticketId(@Root() e: TicketEvent): string {
    return String(e.ticket.id);
  }

  @FieldResolver(() => [FieldChange])
  changes(@Root() e: TicketEvent, @Ctx() { viewer }: Context): FieldChange[] {
    return visibleChanges(e, viewer);
  }
}

@Resolver(() => Ticket)
export class TicketResolver {
  @Query(() => Ticket)
  ticket(@Arg('id', () => ID) id: string, @Ctx() { em, viewer, services }: Context): Promise<Ticket> {
    return services.tickets.get(em, viewer, id);
  }

  @Query(() => TicketConnection, { description: 'Tickets, newest first by default; up to 200 a page.' })
  async tickets(
    @Ctx() { em, viewer, services }: Context,
    @Arg('filter', () => TicketFilter, { nullable: true }) filter?: TicketFilter | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('orderBy', () => TicketOrder, { nullable: true }) orderBy?: TicketOrder | null,
  ): Promise<TicketConnection> {
    const page = await services.tickets.list(em, viewer, filter, first, after, orderBy ?? TicketOrder.NEWEST);
    const edges = page.tickets.map((node, i) => ({ node, cursor: page.cursors[i]! }));
    return Object.assign(new TicketConnection(), {
      edges,
      count: page.totalCount,
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: Boolean(after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    });
  }

  @Query(() => UnitProposal, {
    nullable: true,
    description: 'What routing would propose for a call, before it is registered.',
  })
  async proposeUnit(
    @Arg('kind', () => TicketKind) kind: TicketKind,
    @Arg('category', () => String) category: string,
    @Arg('compoundId', () => ID, { nullable: true }) compoundId: string | null,
    @Ctx() { viewer, services }: Context,
  ): Promise<UnitProposal | null> {
    requireUser(viewer, Role.OPERATOR, Role.LEADER);
    const p = await services.tickets.propose({ kind, category, compoundId, excludedUnitIds: [] });
    const unit = p && (await services.places.unit(p.unitId));
    return p && unit ? { unit, basis: p.basis } : null;
  }

  @Query(() => [Category])
  async categories(@Ctx() { viewer, services }: Context): Promise<Category[]> {
    requireReader(viewer, ApiScope.PLACES_READ);
    return [...(await services.places.get()).categories.values()];
  }

  @Query(() => [Channel], { description: 'The hotlines merged into the desk.' })
  async channels(@Ctx() { viewer, services }: Context): Promise<Channel[]> {
    requireReader(viewer, ApiScope.PLACES_READ);
    return [...(await services.places.get()).channels.values()];
  }

  @Mutation(() => Ticket, {
    description: 'OPERATOR. Registers a call (受理); the unit is proposed, not yet transferred.',
  })
  createTicket(@Arg('input', () => CreateTicketInput) input: CreateTicketInput, @Ctx() { viewer, services }: Context) {
    return services.tickets.create(viewer, input);
  }

  @Mutation(() => Ticket, {
    description: 'OPERATOR. Transfers (转办) to a unit; a note is required when it is not the proposed unit.',
  })
  transferTicket(
    @Arg('id', () => ID) id: string,
    @Arg('unitId', () => ID) unitId: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() { em, viewer, services }: Context,
  ) {
    return services.tickets.transfer(em, viewer, id, unitId, note, expectedVersion);
  }

  @Mutation(() => Ticket, {
    description: 'Unit STAFF or HEAD. Refuses a transfer (退单); the ticket returns to the desk.',
  })
  rejectTransfer(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => RefusalReason) reason: RefusalReason,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() { em, viewer, services }: Context,
  ) {
    return services.tickets.rejectTransfer(em, viewer, id, reason, note, expectedVersion);
  }

  @Mutation(() => Ticket, { description: "STAFF or HEAD of the ticket's unit. Exactly one of concurrent claims wins." })
  claimTicket(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() { em, viewer, services }: Context,
  ) {
    return services.tickets.claim(em, viewer, id, expectedVersion);
  }

  @Mutation(() => Ticket, {
    description: "HEAD of the ticket's unit. Gives the ticket to a named member of the unit (reassigns it).",
  })
  assignTicket(
    @Arg('id', () => ID) id: string,
    @Arg('userId', () => ID) userId: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() { em, viewer, services }: Context,
  ) {
    return services.tickets.assign(em, viewer, id, userId, expectedVersion);
  }

  @Mutation(() => Ticket, { description: 'The holder or the unit head. Gives the ticket back to the unit queue.' })
  releaseTicket(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() { em, viewer, services }: Context,
  ) {
    return services.tickets.release(em, viewer, id, expectedVersion);
  }

  @Mutation(() => Ticket, { description: 'The holder or the unit head. A crew is on its way or on site.' })
  startOnSite(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() { em, viewer, services }: Context,
  ) {
    return services.tickets.startOnSite(em, viewer, id, note, expectedVersion);
  }

  @Mutation(() => Ticket, {
    description: 'The holder or the unit head (办结); or the desk, for a consultation answered on the call.',
  })
  resolveTicket(
    @Arg('id', () => ID) id: string,
    @Arg('resolution', () => String) resolution: string,
    @Arg('onSite', () => Boolean) onSite: boolean,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() { em, viewer, services }: Context,
  ) {
    return services.tickets.resolve(em, viewer, id, resolution, onSite, expectedVersion);
  }

  @Mutation(() => Ticket, {
    description: 'OPERATOR. Records the callback (回访); UNSATISFIED reopens the ticket to the same unit.',
  })
  recordCallback(
    @Arg('id', () => ID) id: string,
    @Arg('satisfaction', () => Satisfaction) satisfaction: Satisfaction,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() { em, viewer, services }: Context,
  ) {
    return services.tickets.recordCallback(em, viewer, id, satisfaction, note, expectedVersion);
  }

  @Mutation(() => Ticket, { description: 'OPERATOR. Reopens a resolved or replied ticket to the same unit.' })
  reopenTicket(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() { em, viewer, services }: Context,
  ) {
    return services.tickets.reopen(em, viewer, id, reason, expectedVersion);
  }

  @Mutation(() => Ticket, { description: 'OPERATOR. Closes a ticket whose callback is recorded.' })
  closeTicket(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() { em, viewer, services }: Context,
  ) {
    return services.tickets.close(em, viewer, id, expectedVersion);
  }

  @FieldResolver(() => String, { description: 'Masked (张*) for API keys.' })
  callerName(@Root() t: Ticket, @Ctx() { viewer }: Context): string {
    return seesCallers(viewer) ? t.callerName : maskName(t.callerName);
  }

  @FieldResolver(() => String, { description: 'Masked (138****5678) for API keys.' })
  callerPhone(@Root() t: Ticket, @Ctx() { viewer }: Context): string {
    return seesCallers(viewer) ? t.callerPhone : maskPhone(t.callerPhone);
  }

  @FieldResolver(() => Address, { description: 'The room is withheld from API keys.' })
  address(@Root() t: Ticket, @Ctx() { viewer }: Context): Address {
    return {
      building: t.building,
      unit: t.addressUnit,
      room: seesCallers(viewer) ? t.room : null,
      text: t.addressText,
    };
  }

  @FieldResolver(() => [TicketAction], {
    description:
      'What the signed-in user may do to the ticket now (its status and their role allow); empty for an API key.',
  })
  @Extensions(PER_VIEWER)
  actions(@Root() t: Ticket, @Ctx() { viewer }: Context): TicketAction[] {
    if (viewer.kind !== 'user') return [];
    return allowedActions(viewer, {
      status: t.status,
      kind: t.kind,
      unitId: t.unit?.id ?? null,
      claimedById: t.claimedBy?.id ?? null,
    });
  }

  @FieldResolver(() => Boolean, { description: 'Open and past its due time.' })
  overdue(@Root() t: Ticket): boolean {
    return isOverdue(t, new Date());
  }

  @FieldResolver(() => Category)
  category(@Root() t: Ticket, @Ctx() { services }: Context) {
    return services.places.category(t.category.unwrap().code);
  }

  @FieldResolver(() => Channel)
  channel(@Root() t: Ticket, @Ctx() { services }: Context) {
    return services.places.channel(t.channel.unwrap().code);
  }

  @FieldResolver(() => Compound, { nullable: true })
  compound(@Root() t: Ticket, @Ctx() { services }: Context) {
    return t.compound ? services.places.compound(t.compound.id) : null;
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'The unit that owns the problem; null while at the desk.' })
  unit(@Root() t: Ticket, @Ctx() { services }: Context) {
    return t.unit ? services.places.unit(t.unit.id) : null;
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'The unit routing proposes, skipping units that refused.' })
  proposedUnit(@Root() t: Ticket, @Ctx() { services }: Context) {
    return t.proposedUnit ? services.places.unit(t.proposedUnit.id) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  claimedBy(@Root() t: Ticket) {
    return load(t.claimedBy);
  }

  @FieldResolver(() => Refusal, { nullable: true, description: 'The last refusal (退单), shown to the desk.' })
  lastRefusal(@Root() t: Ticket) {
    return t.lastRefusal ?? null;
  }

  @FieldResolver(() => [Unit], { description: 'Units that refused this ticket; they are not proposed again.' })
  async refusedUnits(@Root() t: Ticket, @Ctx() { services }: Context): Promise<Unit[]> {
    const units = await Promise.all(t.refusedUnitIds.map((id) => services.places.unit(id)));
    return units.filter((u): u is Unit => u !== null);
  }

  @FieldResolver(() => [TicketEvent], { description: 'The history, from the audit log, oldest first.' })
  events(@Root() t: Ticket, @Ctx() { em, services }: Context): Promise<TicketEvent[]> {
    return services.tickets.events(em, t.id);
  }
}

@Resolver(() => Refusal)
export class RefusalResolver {
  @FieldResolver(() => Unit, { description: 'The unit that refused.' })
  unit(@Root() r: Refusal, @Ctx() { services }: Context) {
    return services.places.unit(r.unitId);
  }
}
