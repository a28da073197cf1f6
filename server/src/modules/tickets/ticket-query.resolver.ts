import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { ApiScope } from '../auth/auth.entities.js';
import { Role } from '../users/user.entity.js';
import { Ticket } from './ticket.entity.js';
import { OPEN_STATUSES, TicketKind } from './ticket.enums.js';
import type { TicketPage } from './ticket.repository.js';
import { TicketFilter, TicketOrder } from './ticket.inputs.js';
import { TicketConnection, UnitProposal } from './ticket.types.js';

@ArgsType()
class TicketsArgs {
  @Field(() => TicketFilter, { nullable: true })
  filter?: TicketFilter | null;

  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => TicketOrder, { nullable: true })
  orderBy?: TicketOrder | null;
}

@ArgsType()
class BoardTicketsArgs {
  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ArgsType()
class ProposeUnitArgs {
  @Field(() => TicketKind)
  kind!: TicketKind;

  @Field(() => String)
  category!: string;

  @Field(() => ID, { nullable: true })
  compoundId?: string | null;
}

// The resolver convention is written down in ticket-moves.resolver.ts.
@Resolver(() => Ticket)
export class TicketQueryResolver {
  @Query(() => Ticket)
  @Authorized(ApiScope.TICKETS_READ)
  ticket(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Ticket> {
    return ctx.services.tickets.get(ctx, id);
  }

  @Query(() => TicketConnection, { description: 'Tickets, newest first by default; up to 200 a page.' })
  @Authorized(ApiScope.TICKETS_READ)
  async tickets(@Args(() => TicketsArgs) args: TicketsArgs, @Ctx() ctx: Context): Promise<TicketConnection> {
    return connection(await ctx.services.tickets.list(ctx, args), args.after);
  }

  @Query(() => TicketConnection, {
    description:
      'The open tickets, newest first, up to 200 a page: what the board shows. The one ticket list a wall display reads.',
  })
  @Authorized(ApiScope.TICKETS_READ)
  async boardTickets(
    @Args(() => BoardTicketsArgs) { first, after }: BoardTicketsArgs,
    @Ctx() ctx: Context,
  ): Promise<TicketConnection> {
    const page = await ctx.services.tickets.list(ctx, { filter: { status: [...OPEN_STATUSES] }, first, after });
    return connection(page, after);
  }

  @Query(() => UnitProposal, {
    nullable: true,
    description: 'What routing would propose for a call, before it is registered.',
  })
  @Authorized(Role.OPERATOR, Role.LEADER)
  async proposeUnit(
    @Args(() => ProposeUnitArgs) { kind, category, compoundId }: ProposeUnitArgs,
    @Ctx() { services }: Context,
  ): Promise<UnitProposal | null> {
    const p = await services.registration.propose({
      kind,
      category,
      compoundId: compoundId ?? null,
      excludedUnitIds: [],
    });
    const unit = p && (await services.places.unit(p.unitId));
    return p && unit ? { unit, basis: p.basis } : null;
  }
}

function connection(page: TicketPage, after: string | null | undefined): TicketConnection {
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
