import type { EntityManager } from '@mikro-orm/core';
import { snapshotter, type AuditShape, type Snapshot } from '../audit/snapshot.js';
import { Ticket } from './ticket.entity.js';

/**
 * What the audit log records of a ticket: every column but these. The event carries its own time
 * and actor (so claimedAt, resolvedAt, repliedAt, closedAt and createdBy would repeat it); the version and
 * update time change with every move; overdueAt and remindedAt are recorded as the TICKET_OVERDUE and
 * TICKET_REMINDED events themselves; remindAt follows the deadline, which is recorded.
 */
const TICKET_AUDIT: AuditShape<Ticket> = {
  skip: [
    'version',
    'updatedAt',
    'createdBy',
    'claimedAt',
    'resolvedAt',
    'repliedAt',
    'closedAt',
    'overdueAt',
    'remindAt',
    'remindedAt',
    'extensionRequestedAt',
  ],
  // Catalog entries keep the names the log has recorded them under from the start.
  names: { category: 'category', channel: 'channel' },
};

let cached: ((t: Ticket) => Snapshot) | null = null;

/** The ticket's audited fields as plain values, for a diff before and after a change. */
export function ticketSnapshot(em: EntityManager, t: Ticket): Snapshot {
  cached ??= snapshotter(em.getMetadata().get<Ticket>(Ticket.name), TICKET_AUDIT);
  return cached(t);
}
