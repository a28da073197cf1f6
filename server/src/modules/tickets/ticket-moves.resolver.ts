import { Arg, Args, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { Role } from '../users/user.entity.js';
import {
  AssignArgs,
  CallbackArgs,
  RejectTransferArgs,
  ReopenArgs,
  ResolveArgs,
  StartOnSiteArgs,
  TicketMoveArgs,
  TransferArgs,
} from './ticket.args.js';
import { Ticket } from './ticket.entity.js';
import { CreateTicketInput } from './ticket.inputs.js';

/*
 * The resolver convention, followed by every resolver:
 * - Arguments come as one @ArgsType per operation; the moves of a ticket build on TicketMoveArgs
 *   ({ id, expectedVersion }).
 * - Who may call at all is declared with @Authorized(...) (graphql/auth-checker.ts: roles, or a
 *   key scope); the viewer comes from @CurrentViewer() or the context.
 * - A resolver calls one service as (ctx, args) and returns; it makes no ORM call and checks no
 *   rule. The service checks every rule itself (the ticket's unit, its state, the input), so an
 *   HTTP edge calling the same service cannot skip one.
 */
@Resolver(() => Ticket)
export class TicketMovesResolver {
  @Mutation(() => Ticket, {
    description: 'OPERATOR. Registers a call (受理); the unit is proposed, not yet transferred.',
  })
  @Authorized(Role.OPERATOR)
  createTicket(@Arg('input', () => CreateTicketInput) input: CreateTicketInput, @Ctx() ctx: Context) {
    return ctx.services.registration.create(ctx, input);
  }

  @Mutation(() => Ticket, {
    description: 'OPERATOR. Transfers (转办) to a unit; a note is required when it is not the proposed unit.',
  })
  @Authorized()
  transferTicket(@Args(() => TransferArgs) args: TransferArgs, @Ctx() ctx: Context) {
    return ctx.services.moves.transfer(ctx, args);
  }

  @Mutation(() => Ticket, {
    description: 'Unit STAFF or HEAD. Refuses a transfer (退单); the ticket returns to the desk.',
  })
  @Authorized()
  rejectTransfer(@Args(() => RejectTransferArgs) args: RejectTransferArgs, @Ctx() ctx: Context) {
    return ctx.services.moves.rejectTransfer(ctx, args);
  }

  @Mutation(() => Ticket, { description: "STAFF or HEAD of the ticket's unit. Exactly one of concurrent claims wins." })
  @Authorized()
  claimTicket(@Args(() => TicketMoveArgs) args: TicketMoveArgs, @Ctx() ctx: Context) {
    return ctx.services.moves.claim(ctx, args);
  }

  @Mutation(() => Ticket, {
    description: "HEAD of the ticket's unit. Gives the ticket to a named member of the unit (reassigns it).",
  })
  @Authorized()
  assignTicket(@Args(() => AssignArgs) args: AssignArgs, @Ctx() ctx: Context) {
    return ctx.services.moves.assign(ctx, args);
  }

  @Mutation(() => Ticket, { description: 'The holder or the unit head. Gives the ticket back to the unit queue.' })
  @Authorized()
  releaseTicket(@Args(() => TicketMoveArgs) args: TicketMoveArgs, @Ctx() ctx: Context) {
    return ctx.services.moves.release(ctx, args);
  }

  @Mutation(() => Ticket, { description: 'The holder or the unit head. A crew is on its way or on site.' })
  @Authorized()
  startOnSite(@Args(() => StartOnSiteArgs) args: StartOnSiteArgs, @Ctx() ctx: Context) {
    return ctx.services.moves.startOnSite(ctx, args);
  }

  @Mutation(() => Ticket, {
    description: 'The holder or the unit head (办结); or the desk, for a consultation answered on the call.',
  })
  @Authorized()
  resolveTicket(@Args(() => ResolveArgs) args: ResolveArgs, @Ctx() ctx: Context) {
    return ctx.services.moves.resolve(ctx, args);
  }

  @Mutation(() => Ticket, {
    description: 'OPERATOR. Records the callback (回访); UNSATISFIED reopens the ticket to the same unit.',
  })
  @Authorized()
  recordCallback(@Args(() => CallbackArgs) args: CallbackArgs, @Ctx() ctx: Context) {
    return ctx.services.moves.recordCallback(ctx, args);
  }

  @Mutation(() => Ticket, { description: 'OPERATOR. Reopens a resolved or replied ticket to the same unit.' })
  @Authorized()
  reopenTicket(@Args(() => ReopenArgs) args: ReopenArgs, @Ctx() ctx: Context) {
    return ctx.services.moves.reopen(ctx, args);
  }

  @Mutation(() => Ticket, { description: 'OPERATOR. Closes a ticket whose callback is recorded.' })
  @Authorized()
  closeTicket(@Args(() => TicketMoveArgs) args: TicketMoveArgs, @Ctx() ctx: Context) {
    return ctx.services.moves.close(ctx, args);
  }
}
