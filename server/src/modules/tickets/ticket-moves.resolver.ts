import type { ClassType } from 'type-graphql';
import { Arg, Args, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { Role } from '../users/user.entity.js';
import {
  AssignArgs,
  CallbackArgs,
  ExtensionDecisionArgs,
  ExtensionRequestArgs,
  PauseArgs,
  RejectTransferArgs,
  ReopenArgs,
  ResolveArgs,
  StartOnSiteArgs,
  TicketMoveArgs,
  TransferArgs,
  UrgeArgs,
} from './ticket.args.js';
import { Ticket } from './ticket.entity.js';
import { CreateTicketInput } from './ticket.inputs.js';
import { CloseOutcome } from './ticket.types.js';
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

  @Mutation(() => [CloseOutcome], {
    description:
      'OPERATOR. Closes (结案) several replied tickets at once, each on its own: one refusal leaves the others closed.',
  })
  @Authorized(Role.OPERATOR)
  async closeTickets(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: Context): Promise<CloseOutcome[]> {
    const outcomes = await ctx.services.moves.closeMany(ctx, ids);
    return outcomes.map(({ id, ticket, error }) => ({
      id,
      ticket,
      code: error?.code ?? null,
      message: error?.message ?? null,
    }));
  }
}

/** The moves after registration, alike but for their arguments: the mutation, its arguments, the service's method. */
const MOVES: Record<string, [args: ClassType<TicketMoveArgs>, method: keyof TicketMovesService, description: string]> =
  {
    transferTicket: [
      TransferArgs,
      'transfer',
      'OPERATOR. Transfers (转办) to a unit; a note is required when it is not the proposed unit.',
    ],
    rejectTransfer: [
      RejectTransferArgs,
      'rejectTransfer',
      'Unit STAFF or HEAD. Refuses a transfer (退单); the ticket returns to the desk.',
    ],
    claimTicket: [
      TicketMoveArgs,
      'claim',
      "STAFF or HEAD of the ticket's unit. Exactly one of concurrent claims wins.",
    ],
    assignTicket: [
      AssignArgs,
      'assign',
      "HEAD of the ticket's unit. Gives the ticket to a named member of the unit (reassigns it).",
    ],
    releaseTicket: [TicketMoveArgs, 'release', 'The holder or the unit head. Gives the ticket back to the unit queue.'],
    startOnSite: [StartOnSiteArgs, 'startOnSite', 'The holder or the unit head. A crew is on its way or on site.'],
    resolveTicket: [
      ResolveArgs,
      'resolve',
      'The holder or the unit head (办结); or the desk, for a consultation or thank-you call answered on the call, which closes it (no callback owed).',
    ],
    recordCallback: [
      CallbackArgs,
      'recordCallback',
      'OPERATOR. Records the callback (回访); UNSATISFIED needs a note and reopens the ticket to the same unit (重办) with a new deadline.',
    ],
    reopenTicket: [
      ReopenArgs,
      'reopen',
      'OPERATOR. Reopens (重办) a resolved or replied ticket to the same unit, with a reason and a new deadline.',
    ],
    closeTicket: [TicketMoveArgs, 'close', 'OPERATOR. Closes a ticket whose callback is recorded.'],
    urgeTicket: [
      UrgeArgs,
      'urge',
      'OPERATOR, LEADER or ADMIN. Urges (催办) the unit working an open ticket, and its head: counted, the ticket at least on the URGED step.',
    ],
    requestExtension: [
      ExtensionRequestArgs,
      'requestExtension',
      "HEAD of the ticket's unit. Asks for a later deadline (延期), with a reason; one request at a time.",
    ],
    decideExtension: [
      ExtensionDecisionArgs,
      'decideExtension',
      'OPERATOR or LEADER. Approves the pending extension (the deadline moves; both stay in the history) or refuses it, with a note.',
    ],
    pauseTicket: [
      PauseArgs,
      'pause',
      "Staff or HEAD of the ticket's unit, or OPERATOR. Stops the clock while waiting on the caller or a third party: no reminder, urge or overdue meanwhile.",
    ],
    resumeTicket: [
      TicketMoveArgs,
      'resume',
      "Staff or HEAD of the ticket's unit, or OPERATOR. Starts the clock again; the deadline moves by the time paused (working time for a complex issue).",
    ],
  };

// Each move becomes a mutation of the resolver, decorated as the convention above says: any
// signed-in user may call it (the service's rules decide who may make which move).
for (const [name, [args, method, description]] of Object.entries(MOVES)) {
  const proto = TicketMovesResolver.prototype as unknown as Record<string, unknown>;
  const descriptor: PropertyDescriptor = {
    value: (a: TicketMoveArgs, ctx: Context) =>
      (ctx.services.moves[method] as (c: Context, a: TicketMoveArgs) => Promise<Ticket>)(ctx, a),
    writable: true,
    configurable: true,
  };
  Object.defineProperty(proto, name, descriptor);
  Reflect.defineMetadata('design:paramtypes', [args, Object], proto, name);
  Reflect.defineMetadata('design:returntype', Promise, proto, name);
  Args(() => args)(proto, name, 0);
  Ctx()(proto, name, 1);
  Authorized()(proto, name, descriptor);
  Mutation(() => Ticket, { description })(proto, name, descriptor);
}
