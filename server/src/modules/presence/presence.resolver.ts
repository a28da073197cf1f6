import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import type { Context } from '../../context.js';
import { text } from '../../errors.js';
import { parseIntId } from '../../ids.js';
import { requireUser } from '../auth/viewer.js';
import { Unit } from '../units/unit.entity.js';
import type { PresenceWire } from '../../realtime/bus.js';
import { PRESENCE_PUSH_MS, PresenceActivity } from './presence.js';
import { visiblePresence, type PresenceDiff } from './presence.rules.js';

registerEnumType(PresenceActivity, { name: 'PresenceActivity' });

@ObjectType({ description: 'Someone on the board, and the ticket they are looking at or working on.' })
export class PresenceEntry {
  @Field(() => ID, {
    description: 'One screen of one user, the same while it stays on the board: what `PresenceChange.left` names.',
  })
  key!: string;

  @Field(() => ID)
  userId!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => ID, { nullable: true })
  ticketId!: string | null;

  @Field(() => PresenceActivity)
  activity!: PresenceActivity;

  @Field(() => Date, { description: 'Since when on this ticket with this activity.' })
  since!: Date;

  @Field(() => Date, {
    description:
      'The last heartbeat. In the subscription, as of the message that last carried this entry: a heartbeat that changes nothing else is not sent.',
  })
  lastSeen!: Date;

  unitId!: string | null;
}

@ObjectType({
  description:
    'One message of the presence subscription: the list once, then only what changed, as seen by this subscriber.',
})
export class PresenceChange {
  @Field(() => [PresenceEntry], {
    description: 'Joined or changed since the last message; in the first message, everyone visible.',
  })
  entries!: PresenceEntry[];

  @Field(() => [ID], { description: 'Keys of entries gone, or no longer visible to this subscriber.' })
  left!: string[];

  @Field(() => Boolean, {
    description: 'True on the first message (and after a reconnect): replace what you had with `entries`.',
  })
  snapshot!: boolean;
}

const toEntry = (w: PresenceWire): PresenceEntry =>
  Object.assign(new PresenceEntry(), {
    key: w.screenKey,
    userId: String(w.userId),
    displayName: w.displayName,
    ticketId: w.ticketId,
    activity: w.activity as PresenceActivity,
    since: new Date(w.since),
    lastSeen: new Date(w.lastSeen),
    unitId: w.unitId,
  });

@Resolver(() => PresenceEntry)
export class PresenceResolver {
  @Mutation(() => Boolean, {
    description: 'Says the caller is on the board (every 10 s or so); without one for 30 s they drop off.',
  })
  async heartbeat(
    @Ctx() ctx: Context,
    @Arg('ticketId', () => ID, { nullable: true }) ticketId?: string | null,
    @Arg('activity', () => PresenceActivity, { defaultValue: PresenceActivity.VIEWING }) activity?: PresenceActivity,
    @Arg('clientId', () => String, { nullable: true, description: 'Tells apart two screens of one user.' })
    clientId?: string | null,
  ): Promise<boolean> {
    const v = requireUser(ctx.viewer);
    const key = `${v.userId}:${text('clientId', clientId, 64) ?? `s${v.sessionId}`}`;
    // On a ticket that exists and the caller may read (NOT_FOUND, FORBIDDEN otherwise).
    if (ticketId) await ctx.services.tickets.get(ctx, ticketId);
    ctx.services.presence.heartbeat(key, {
      userId: v.userId,
      displayName: v.displayName,
      unitId: v.unitId,
      ticketId: ticketId ? String(parseIntId(ticketId, 'ticketId')) : null,
      activity: activity ?? PresenceActivity.VIEWING,
    });
    // Over a socket, the presence ends with the connection.
    if (ctx.transport === 'socket') ctx.socket.onClose(`presence:${key}`, () => ctx.services.presence.leave(key));
    return true;
  }

  @Mutation(() => Boolean, { description: 'Leaves the board at once (a closed screen).' })
  leaveBoard(
    @Ctx() ctx: Context,
    @Arg('clientId', () => String, { nullable: true }) clientId?: string | null,
  ): boolean {
    const v = requireUser(ctx.viewer);
    ctx.services.presence.leave(`${v.userId}:${text('clientId', clientId, 64) ?? `s${v.sessionId}`}`);
    return true;
  }

  @Query(() => [PresenceEntry], { name: 'presence', description: 'Who is on the board now, or on one ticket.' })
  async presenceNow(
    @Ctx() ctx: Context,
    @Arg('ticketId', () => ID, { nullable: true }) ticketId?: string | null,
  ): Promise<PresenceEntry[]> {
    requireUser(ctx.viewer);
    // One ticket: only one the caller may read (NOT_FOUND, FORBIDDEN otherwise), and then all on it.
    if (ticketId) await ctx.services.tickets.get(ctx, ticketId);
    return visiblePresence(ctx.viewer, ctx.services.presence.list(ticketId ?? null), !!ticketId).map(toEntry);
  }

  @Subscription(() => PresenceChange, {
    name: 'presence',
    description: `Who is on the board (or one ticket): everyone first (\`snapshot\`), then only who joined, changed or left, at most every ${PRESENCE_PUSH_MS} ms and only when what the caller may see changed.`,
    subscribe: async ({ args, context }) => {
      const ctx = context as Context;
      requireUser(ctx.viewer);
      const ticketId = (args.ticketId as string | null) ?? null;
      if (ticketId) await ctx.services.tickets.get(ctx, ticketId);
      return ctx.services.presence.watch(ticketId, async (list) => {
        // Still the caller's to read? A ticket that left their unit shows them only their own people.
        if (ctx.transport === 'socket') ctx.renew();
        // A read that fails shows no more than that either; the next change reads again.
        const readable = ticketId
          ? (await ctx.services.tickets.related(ctx, parseIntId(ticketId)).catch(() => null)) !== null
          : false;
        return visiblePresence(ctx.viewer, list, readable);
      });
    },
  })
  presenceLive(
    @Root() change: PresenceDiff<PresenceWire>,
    // Read by `subscribe`; declared here for the schema.
    @Arg('ticketId', () => ID, { nullable: true }) _ticketId?: string | null,
  ): PresenceChange {
    return Object.assign(new PresenceChange(), {
      entries: change.entries.map(toEntry),
      left: change.left,
      snapshot: change.snapshot,
    });
  }

  @FieldResolver(() => Unit, { nullable: true })
  unit(@Root() e: PresenceEntry, @Ctx() { services }: Context) {
    return e.unitId ? services.places.unit(e.unitId) : null;
  }
}
