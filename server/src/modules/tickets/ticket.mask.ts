import { Field, ObjectType } from 'type-graphql';
import { masked, type Personal } from '../privacy/privacy.rules.js';
import { seesCallers, type Viewer } from '../auth/viewer.js';
import type { TicketEvent } from '../audit/ticket-event.entity.js';

@ObjectType({ description: 'One field a change touched, with JSON-encoded values (strings as they are).' })
export class FieldChange {
  @Field(() => String)
  field!: string;

  @Field(() => String, { nullable: true })
  from?: string | null;

  @Field(() => String, { nullable: true })
  to?: string | null;
}

/**
 * How each audited ticket column is shown to a viewer who does not see callers in clear. Every
 * other column is treated as free text (its phone-like numbers masked), so a column added later is
 * masked by default rather than leaked.
 */
const TICKET_COLUMNS: Readonly<Record<string, Personal>> = {
  callerName: 'name',
  callerPhone: 'phone',
  room: 'withheld',
};

const show = (v: unknown): string | null =>
  v === null || v === undefined ? null : typeof v === 'string' ? v : JSON.stringify(v);

/** An event's changed fields as the viewer may see them, by the same mask as the ticket's own fields. */
export function visibleChanges(e: TicketEvent, viewer: Viewer): FieldChange[] {
  const clear = seesCallers(viewer);
  return Object.entries(e.changes).map(([field, { from, to }]) => {
    const kind = TICKET_COLUMNS[field] ?? 'text';
    // Numbers (references such as claimedById) and flags name no one; text and objects may.
    const out = (v: unknown) =>
      clear || typeof v === 'number' || typeof v === 'boolean' ? show(v) : (masked(kind, show(v)) as string | null);
    return { field, from: out(from), to: out(to) };
  });
}
