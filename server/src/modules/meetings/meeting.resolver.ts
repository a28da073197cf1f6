import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../context.js';
import { Notice } from '../notices/notice.entity.js';
import { Compound, Station } from '../places/place.entities.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { Unit } from '../units/unit.entity.js';
import { AgendaItem, Decision, Meeting } from './meeting.entities.js';
import { AgendaReason, MeetingStatus, type Proposal } from './meeting.rules.js';

registerEnumType(MeetingStatus, { name: 'MeetingStatus' });
registerEnumType(AgendaReason, { name: 'AgendaReason', description: 'Why a hard case is offered for a meeting.' });

@InputType()
export class AgendaItemInput {
  @Field(() => [ID], { nullable: true })
  ticketIds?: string[] | null;

  @Field(() => ID, { nullable: true })
  compoundId?: string | null;

  @Field(() => ID, { nullable: true })
  stationId?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => [AgendaReason], { nullable: true, description: 'Why it was proposed (from proposedAgenda).' })
  reasons?: AgendaReason[] | null;
}

@InputType()
export class DecisionInput {
  @Field(() => String)
  text!: string;

  @Field(() => ID)
  responsibleUnitId!: string;

  @Field(() => Date)
  dueAt!: Date;

  @Field(() => Boolean, { defaultValue: false, description: 'Issue a supervision notice to the responsible unit.' })
  issueNotice!: boolean;
}

@ObjectType({ description: 'A hard case offered for a meeting’s agenda, with why.' })
export class AgendaProposal {
  @Field(() => [AgendaReason])
  reasons!: AgendaReason[];

  @Field(() => ID, { nullable: true, description: 'The open incident it is (reason INCIDENT).' })
  incidentId!: string | null;

  @Field(() => [ID])
  ticketIds!: string[];

  @Field(() => ID, { nullable: true, description: 'A hot spot’s station.' })
  stationId!: string | null;

  @Field(() => ID, { nullable: true })
  compoundId!: string | null;

  @Field(() => Int, { description: 'Its rank: the higher, the earlier.' })
  weight!: number;
}

const proposalOf = (p: Proposal) => Object.assign(new AgendaProposal(), { incidentId: null, ...p });

@Resolver(() => Meeting)
export class MeetingResolver {
  @Mutation(() => Meeting, { description: 'LEADER: plans a special-topic meeting with the units called to it.' })
  createMeeting(
    @Ctx() ctx: Context,
    @Arg('title', () => String) title: string,
    @Arg('startsAt', () => Date) startsAt: Date,
    @Arg('unitIds', () => [ID]) unitIds: string[],
  ): Promise<Meeting> {
    return ctx.services.meetings.create(ctx, title, startsAt, unitIds);
  }

  @Mutation(() => AgendaItem, { description: 'LEADER: adds tickets, a compound or a station to the agenda.' })
  addAgendaItem(
    @Ctx() ctx: Context,
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('item', () => AgendaItemInput) item: AgendaItemInput,
  ): Promise<AgendaItem> {
    return ctx.services.meetings.addItem(ctx, meetingId, item);
  }

  @Mutation(() => Meeting, { description: 'LEADER: moves an agenda item to a position (1 first).' })
  moveAgendaItem(
    @Ctx() ctx: Context,
    @Arg('agendaItemId', () => ID) itemId: string,
    @Arg('position', () => Int) position: number,
  ): Promise<Meeting> {
    return ctx.services.meetings.moveItem(ctx, itemId, position);
  }

  @Mutation(() => Meeting, { description: 'LEADER: opens the session; the first item is in focus on every board.' })
  startMeeting(@Ctx() ctx: Context, @Arg('meetingId', () => ID) meetingId: string): Promise<Meeting> {
    return ctx.services.meetings.start(ctx, meetingId);
  }

  @Mutation(() => Meeting, { description: 'LEADER: every board in the room shows this item now.' })
  focusAgendaItem(@Ctx() ctx: Context, @Arg('agendaItemId', () => ID) itemId: string): Promise<Meeting> {
    return ctx.services.meetings.focus(ctx, itemId);
  }

  @Mutation(() => Decision, { description: 'LEADER: records who does what by when on an item, in session.' })
  recordDecision(
    @Ctx() ctx: Context,
    @Arg('agendaItemId', () => ID) itemId: string,
    @Arg('decision', () => DecisionInput) decision: DecisionInput,
  ): Promise<Decision> {
    return ctx.services.meetings.decide(ctx, itemId, decision);
  }

  @Mutation(() => Meeting, { description: 'LEADER: closes the session; its minutes are the meeting as it stands.' })
  closeMeeting(@Ctx() ctx: Context, @Arg('meetingId', () => ID) meetingId: string): Promise<Meeting> {
    return ctx.services.meetings.close(ctx, meetingId);
  }

  @Query(() => [Meeting], { description: 'The newest `last` meetings (1 to 100), by when they start.' })
  meetings(
    @Ctx() ctx: Context,
    @Arg('status', () => MeetingStatus, { nullable: true }) status?: MeetingStatus | null,
    @Arg('last', () => Int, { defaultValue: 20 }) last = 20,
  ): Promise<Meeting[]> {
    return ctx.services.meetings.list(ctx, status, last);
  }

  @Query(() => Meeting)
  meeting(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Meeting> {
    return ctx.services.meetings.get(ctx, id);
  }

  @Query(() => Meeting, { nullable: true, description: 'The meeting in session in the room: what every board shows.' })
  currentMeeting(@Ctx() ctx: Context): Promise<Meeting | null> {
    return ctx.services.meetings.current(ctx);
  }

  @Query(() => [AgendaProposal], {
    description:
      'LEADER: the hard cases among open tickets, ranked: open incidents, hot spots (3+ open behind a station within 24 h that no incident covers), reopened, overdue, repeat callers, bounced between units.',
  })
  async proposedAgenda(@Ctx() ctx: Context): Promise<AgendaProposal[]> {
    return (await ctx.services.meetings.proposed(ctx)).map(proposalOf);
  }

  @FieldResolver(() => [AgendaItem])
  async items(@Root() m: Meeting): Promise<AgendaItem[]> {
    return (await m.items.loadItems()).slice().sort((a, b) => a.position - b.position);
  }

  @FieldResolver(() => AgendaItem, { nullable: true, description: 'The item in focus while in session.' })
  async focus(@Root() m: Meeting): Promise<AgendaItem | null> {
    if (!m.focusItemId) return null;
    return (await m.items.loadItems()).find((i) => i.id === m.focusItemId) ?? null;
  }

  @FieldResolver(() => [Unit])
  async units(@Root() m: Meeting, @Ctx() { services }: Context): Promise<Unit[]> {
    const units = await Promise.all(m.unitIds.map((id) => services.places.unit(id)));
    return units.filter((u): u is Unit => u !== null);
  }
}

@Resolver(() => AgendaItem)
export class AgendaItemResolver {
  @FieldResolver(() => [Ticket], { description: 'Its tickets that you may read (the same read rule as ticket(id)).' })
  async tickets(@Root() i: AgendaItem, @Ctx() ctx: Context): Promise<Ticket[]> {
    return ctx.services.tickets.readableAmong(ctx, i.ticketIds);
  }

  @FieldResolver(() => [AgendaReason])
  reasons(@Root() i: AgendaItem): AgendaReason[] {
    return i.reasons as AgendaReason[];
  }

  @FieldResolver(() => Compound, { nullable: true })
  compound(@Root() i: AgendaItem, @Ctx() { services }: Context) {
    return i.compoundId ? services.places.compound(i.compoundId) : null;
  }

  @FieldResolver(() => Station, { nullable: true })
  station(@Root() i: AgendaItem, @Ctx() { services }: Context) {
    return i.stationId ? services.places.station(i.stationId) : null;
  }

  @FieldResolver(() => [Decision])
  async decisions(@Root() i: AgendaItem): Promise<Decision[]> {
    return i.decisions.loadItems();
  }
}

@Resolver(() => Decision)
export class DecisionResolver {
  @FieldResolver(() => Unit, { nullable: true })
  responsibleUnit(@Root() d: Decision, @Ctx() { services }: Context) {
    return services.places.unit(d.responsibleUnitId);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The number of the notice it issued (督〔2026〕017).' })
  async noticeNumber(@Root() d: Decision, @Ctx() { em }: Context): Promise<string | null> {
    if (!d.issueNotice) return null;
    return (await em.findOne(Notice, { decisionId: String(d.id) }, { fields: ['number'] }))?.number ?? null;
  }
}
