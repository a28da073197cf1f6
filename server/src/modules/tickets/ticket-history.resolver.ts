import { Arg, Ctx, FieldResolver, ID, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { CurrentViewer } from '../../graphql/current-viewer.js';
import { load } from '../../graphql/load.js';
import type { Viewer } from '../auth/viewer.js';
import { TicketEvent } from '../audit/ticket-event.entity.js';
import { User } from '../users/user.entity.js';
import { Ticket } from './ticket.entity.js';
import { FieldChange, visibleChanges } from './ticket.mask.js';
import { EVENTS_SHOWN, MAX_EVENTS } from './ticket.repository.js';

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
    return String(e.ticket!.id);
  }

  @FieldResolver(() => [FieldChange])
  changes(@Root() e: TicketEvent, @CurrentViewer() viewer: Viewer): FieldChange[] {
    return visibleChanges(e, viewer);
  }
}

@Resolver(() => Ticket)
export class TicketHistoryResolver {
  @FieldResolver(() => [TicketEvent], {
    description: `The history, from the audit log, oldest first: its newest \`last\` events (${EVENTS_SHOWN} unless asked, up to ${MAX_EVENTS}).`,
  })
  events(
    @Root() t: Ticket,
    @Ctx() { em, services }: Context,
    @Arg('last', () => Int, { defaultValue: EVENTS_SHOWN }) last: number = EVENTS_SHOWN,
  ): Promise<TicketEvent[]> {
    return services.tickets.events(em, t.id, last);
  }
}
