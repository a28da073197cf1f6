import { Ctx, Extensions, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { CurrentViewer } from '../../graphql/current-viewer.js';
import { load } from '../../graphql/load.js';
import { PER_VIEWER } from '../../graphql/per-viewer.js';
import { personal } from '../../graphql/personal-data.js';
import type { Viewer } from '../auth/viewer.js';
import { Category, Channel } from '../places/catalog.entities.js';
import { Compound } from '../places/place.entities.js';
import { Unit } from '../units/unit.entity.js';
import { User } from '../users/user.entity.js';
import { Address, ExtensionRequest, Refusal, Ticket } from './ticket.entity.js';
import { TicketAction } from './ticket.enums.js';
import { allowedActions, ticketAccess } from './ticket-permissions.rules.js';
import { isOverdue } from './ticket.rules.js';

@Resolver(() => Ticket)
export class TicketFieldsResolver {
  @FieldResolver(() => String, { description: 'Masked (张*) for API keys and displays.' })
  @Extensions(personal('name'))
  callerName(@Root() t: Ticket): string {
    return t.callerName;
  }

  @FieldResolver(() => String, { description: 'Masked (138****5678) for API keys and displays.' })
  @Extensions(personal('phone'))
  callerPhone(@Root() t: Ticket): string {
    return t.callerPhone;
  }

  @FieldResolver(() => Address)
  address(@Root() t: Ticket): Address {
    return { building: t.building, unit: t.addressUnit, room: t.room, text: t.addressText };
  }

  @FieldResolver(() => [TicketAction], {
    description:
      'What the signed-in user may do to the ticket now (its status and their role allow); empty for an API key.',
  })
  @Extensions(PER_VIEWER)
  actions(@Root() t: Ticket, @CurrentViewer() viewer: Viewer): TicketAction[] {
    if (viewer.kind !== 'user') return [];
    return allowedActions(viewer, { ...ticketAccess(t), kind: t.kind });
  }

  @FieldResolver(() => ExtensionRequest, {
    nullable: true,
    description: 'The extension (延期) waiting for a decision; null when none is.',
  })
  pendingExtension(@Root() t: Ticket): ExtensionRequest | null {
    if (!t.extensionUntil) return null;
    return {
      until: t.extensionUntil,
      reason: t.extensionReason ?? '',
      requestedAt: t.extensionRequestedAt ?? t.updatedAt,
    };
  }

  @FieldResolver(() => Boolean, { description: 'Open, past its due time and not paused.' })
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

  @FieldResolver(() => Ticket, {
    nullable: true,
    description: 'The earlier ticket this call was linked to at the desk; null when none, or not yours to see.',
  })
  relatedTo(@Root() t: Ticket, @Ctx() ctx: Context): Promise<Ticket | null> {
    return t.relatedTo ? ctx.services.tickets.related(ctx, t.relatedTo.id) : Promise.resolve(null);
  }

  @FieldResolver(() => [Ticket], {
    description: 'Later calls linked to this ticket (the same problem), that you may see: the first 50.',
  })
  linkedCalls(@Root() t: Ticket, @Ctx() ctx: Context): Promise<Ticket[]> {
    return ctx.services.tickets.linkedTo(ctx, t.id);
  }

  @FieldResolver(() => [Unit], { description: 'Units that refused this ticket; they are not proposed again.' })
  async refusedUnits(@Root() t: Ticket, @Ctx() { services }: Context): Promise<Unit[]> {
    const units = await Promise.all(t.refusedUnitIds.map((id) => services.places.unit(id)));
    return units.filter((u): u is Unit => u !== null);
  }
}

@Resolver(() => Refusal)
export class RefusalResolver {
  @FieldResolver(() => Unit, { description: 'The unit that refused.' })
  unit(@Root() r: Refusal, @Ctx() { services }: Context) {
    return services.places.unit(r.unitId);
  }
}
