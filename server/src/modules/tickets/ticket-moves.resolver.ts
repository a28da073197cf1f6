import type { ClassType } from 'type-graphql';
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
import type { TicketMovesService } from './ticket-moves.service.js';

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
}

interface Move<A extends TicketMoveArgs> {
  args: ClassType<A>;
  description: string;
  run: (moves: TicketMovesService, ctx: Context, args: A) => Promise<Ticket>;
}
const move = <A extends TicketMoveArgs>(m: Move<A>) => m as unknown as Move<TicketMoveArgs>;

/** The moves after registration: alike but for their arguments, so declared as a table. */
const MOVES: Record<string, Move<TicketMoveArgs>> = {
  transferTicket: move({
    args: TransferArgs,
    description: 'OPERATOR. Transfers (转办) to a unit; a note is required when it is not the proposed unit.',
    run: (m, ctx, a) => m.transfer(ctx, a),
  }),
  rejectTransfer: move({
    args: RejectTransferArgs,
    description: 'Unit STAFF or HEAD. Refuses a transfer (退单); the ticket returns to the desk.',
    run: (m, ctx, a) => m.rejectTransfer(ctx, a),
  }),
  claimTicket: move({
    args: TicketMoveArgs,
    description: "STAFF or HEAD of the ticket's unit. Exactly one of concurrent claims wins.",
    run: (m, ctx, a) => m.claim(ctx, a),
  }),
  assignTicket: move({
    args: AssignArgs,
    description: "HEAD of the ticket's unit. Gives the ticket to a named member of the unit (reassigns it).",
    run: (m, ctx, a) => m.assign(ctx, a),
  }),
  releaseTicket: move({
    args: TicketMoveArgs,
    description: 'The holder or the unit head. Gives the ticket back to the unit queue.',
    run: (m, ctx, a) => m.release(ctx, a),
  }),
  startOnSite: move({
    args: StartOnSiteArgs,
    description: 'The holder or the unit head. A crew is on its way or on site.',
    run: (m, ctx, a) => m.startOnSite(ctx, a),
  }),
  resolveTicket: move({
    args: ResolveArgs,
    description: 'The holder or the unit head (办结); or the desk, for a consultation answered on the call.',
    run: (m, ctx, a) => m.resolve(ctx, a),
  }),
  recordCallback: move({
    args: CallbackArgs,
    description: 'OPERATOR. Records the callback (回访); UNSATISFIED reopens the ticket to the same unit.',
    run: (m, ctx, a) => m.recordCallback(ctx, a),
  }),
  reopenTicket: move({
    args: ReopenArgs,
    description: 'OPERATOR. Reopens a resolved or replied ticket to the same unit.',
    run: (m, ctx, a) => m.reopen(ctx, a),
  }),
  closeTicket: move({
    args: TicketMoveArgs,
    description: 'OPERATOR. Closes a ticket whose callback is recorded.',
    run: (m, ctx, a) => m.close(ctx, a),
  }),
};

// Each move becomes a mutation of the resolver, decorated as the convention above says: any
// signed-in user may call it (the service's rules decide who may make which move).
for (const [name, m] of Object.entries(MOVES)) {
  const proto = TicketMovesResolver.prototype as unknown as Record<string, unknown>;
  const descriptor: PropertyDescriptor = {
    value: (args: TicketMoveArgs, ctx: Context) => m.run(ctx.services.moves, ctx, args),
    writable: true,
    configurable: true,
  };
  Object.defineProperty(proto, name, descriptor);
  Reflect.defineMetadata('design:paramtypes', [m.args, Object], proto, name);
  Reflect.defineMetadata('design:returntype', Promise, proto, name);
  Args(() => m.args)(proto, name, 0);
  Ctx()(proto, name, 1);
  Authorized()(proto, name, descriptor);
  Mutation(() => Ticket, { description: m.description })(proto, name, descriptor);
}
