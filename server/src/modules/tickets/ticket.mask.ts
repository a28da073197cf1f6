import { Field, ObjectType } from 'type-graphql';
import { maskName, maskPhone } from '../auth/masking.rules.js';
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

const CALLER_FIELDS: Record<string, (s: string) => string> = { callerName: maskName, callerPhone: maskPhone };
const show = (v: unknown): string | null =>
  v === null || v === undefined ? null : typeof v === 'string' ? v : JSON.stringify(v);

/** An event's changed fields as the viewer may see them: callers masked for API keys. */
export function visibleChanges(e: TicketEvent, viewer: Viewer): FieldChange[] {
  const clear = seesCallers(viewer);
  return Object.entries(e.changes).map(([field, { from, to }]) => {
    const mask = clear ? undefined : CALLER_FIELDS[field];
    const out = (v: unknown) => (mask && typeof v === 'string' ? mask(v) : show(v));
    return { field, from: out(from), to: out(to) };
  });
}
