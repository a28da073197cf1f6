import type { EntityManager } from '@mikro-orm/knex';
import type { Viewer } from './modules/auth/viewer.js';
import type { AuthService } from './modules/auth/auth.service.js';
import type { TicketService } from './modules/tickets/ticket.service.js';

export interface Services {
  auth: AuthService;
  tickets: TicketService;
}

/** Per request (or per subscription operation): its own unit of work and who is asking. */
export interface Context {
  em: EntityManager;
  viewer: Viewer;
  services: Services;
}
