import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import type { Context } from '../../context.js';
import { load } from '../../graphql/load.js';
import { costOfOperation } from '../../graphql/cost.js';
import { CurrentViewer } from '../../graphql/current-viewer.js';
import { badInput } from '../../errors.js';
import { ApiScope } from '../auth/auth.entities.js';
import { requireReader, type Viewer } from '../auth/viewer.js';
import { FieldChange, visibleChanges } from '../tickets/ticket.mask.js';
import { TicketEventType } from '../audit/ticket-event.entity.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { User } from '../users/user.entity.js';
import type { FeedEntry } from './event-feed.js';
import { eventView } from './board.rules.js';

@InputType({ description: 'Narrows the board feed; every list given must match (an empty filter passes all).' })
export class BoardEventFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these tickets (a ticket page follows its own).' })
  ticketIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  unitIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  compoundIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  stationIds?: string[] | null;

  @Field(() => [TicketEventType], { nullable: true })
  types?: TicketEventType[] | null;
}

@ObjectType({ description: 'One change on the board, from the audit log, in `seq` order.' })
export class BoardEvent {
  @Field(() => Int)
  seq!: number;

  @Field(() => String, { description: 'Pass as `since` to resume after this event.' })
  cursor!: string;

  @Field(() => TicketEventType)
  type!: TicketEventType;

  @Field(() => Date)
  at!: Date;

  @Field(() => String)
  actorName!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The ticket the event is about; null for an event of the room (a unit signing in or out).',
  })
  ticketId!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The unit a room event is about (UNIT_SIGNED_IN, UNIT_SIGNED_OUT); null for a ticket’s events.',
  })
  roomUnitId!: string | null;

  @Field(() => Ticket, {
    nullable: true,
    description:
      'The ticket as it stands now: at least as new as this event. Null when this event took the ticket out of what you may read (your unit refused it, the desk moved it on): drop it from your view; `changes` and `actor` are then empty too.',
  })
  ticket!: Ticket | null;

  entry!: FeedEntry;
  whole!: boolean;
}

function parseCursor(since: string | null | undefined): number | null {
  if (since === null || since === undefined) return null;
  if (!/^\d{1,15}$/.test(since)) throw badInput('since', 'is not a board cursor');
  return Number(since);
}

/** The event as the viewer sees it: whole, or only that the ticket left them (see eventView). */
export function boardEvent(entry: FeedEntry, viewer: Viewer): BoardEvent {
  const e = entry.event;
  const whole = eventView(viewer, entry) === 'full';
  return Object.assign(new BoardEvent(), {
    seq: e.seq,
    cursor: String(e.seq),
    type: e.type,
    at: e.at,
    actorName: e.actorName,
    ticketId: entry.ticketId,
    roomUnitId: entry.ticketId === null ? entry.unitId : null,
    ticket: whole ? entry.ticket : null,
    whole,
    entry,
  });
}

@Resolver(() => BoardEvent)
export class BoardResolver {
  @Query(() => String, {
    description:
      'The cursor of the newest event. Read it before loading a snapshot, then subscribe with it as `since`.',
  })
  @Authorized(ApiScope.TICKETS_READ)
  async boardCursor(@Ctx() { em, services }: Context): Promise<string> {
    return String(await services.events.head(em));
  }

  @Query(() => [BoardEvent], {
    description:
      'The last events (at most 100) you may see, at or before the cursor `before` (default: the newest), newest first. A screen shows them, then subscribes with `since: before`.',
  })
  @Authorized(ApiScope.TICKETS_READ)
  async recentBoardEvents(
    @Ctx() ctx: Context,
    @Arg('before', () => String, { nullable: true }) before?: string | null,
    @Arg('last', () => Int, { defaultValue: 50 }) last = 50,
  ): Promise<BoardEvent[]> {
    if (!Number.isInteger(last) || last < 1 || last > 100)
      throw badInput('last', 'must be 1 to 100', 'outOfRange', { min: 1, max: 100 });
    const from = parseCursor(before) ?? (await ctx.services.events.head(ctx.em));
    const entries = await ctx.services.board.recent(ctx.em, ctx.viewer, from, last);
    return entries.map((e) => boardEvent(e, ctx.viewer));
  }

  @Subscription(() => BoardEvent, {
    description:
      'Every board change. With `since`, first every event after that cursor from the audit log, then live: no gap, no duplicate. A cursor too far behind (more than 1,000 events by default) is not replayed: the first event is a GAP (re-read what you show), then the newest 50 (what a feed shows), then live. Each event read back from the log is charged to your rate limit at this document’s cost (a replay pauses, never fails, once the budget is spent); live events cost nothing.',
    subscribe: ({ args, context, info }) => {
      const ctx = context as Context;
      requireReader(ctx.viewer, ApiScope.TICKETS_READ);
      const cursor = parseCursor(args.since as string | null);
      if (ctx.transport !== 'socket') throw badInput('boardEvents', 'subscribe over WebSocket');
      // A client far behind re-reads the board rather than have the whole log replayed to it (a
      // replay is paid by everyone on the instance): it gets a GAP, then the newest window only.
      const filter = (args.filter as BoardEventFilter | null) ?? null;
      // Each event read back costs what the document costs, as if each were asked for by a query.
      const replayer = { viewer: ctx.viewer, address: ctx.socket.address, perEvent: costOfOperation(info) };
      return ctx.services.board.subscribe(cursor, replayer, filter, (code, reason) => ctx.socket.close(code, reason));
    },
  })
  boardEvents(
    @Root() entry: FeedEntry,
    @Ctx() ctx: Context,
    @Arg('since', () => String, { nullable: true }) _since?: string | null,
    @Arg('filter', () => BoardEventFilter, { nullable: true }) _filter?: BoardEventFilter | null,
  ): BoardEvent {
    // A subscription lives long: each event gets a fresh unit of work, not an ever-growing one.
    if (ctx.transport === 'socket') ctx.renew();
    return boardEvent(entry, ctx.viewer);
  }

  @FieldResolver(() => User, { nullable: true })
  actor(@Root() b: BoardEvent) {
    return b.whole ? load(b.entry.event.actor) : null;
  }

  @FieldResolver(() => [FieldChange])
  changes(@Root() b: BoardEvent, @CurrentViewer() viewer: Viewer): FieldChange[] {
    return b.whole ? visibleChanges(b.entry.event, viewer) : [];
  }
}
