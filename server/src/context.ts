import type { EntityManager } from '@mikro-orm/knex';
import type { Viewer } from './modules/auth/viewer.js';
import type { AuthService } from './modules/auth/auth.service.js';
import type { TicketService } from './modules/tickets/ticket.service.js';
import type { PlaceDirectory } from './modules/places/place-directory.js';
import type { Realtime } from './realtime/realtime.js';
import type { Presence } from './realtime/presence.js';

export interface Services {
  auth: AuthService;
  tickets: TicketService;
  places: PlaceDirectory;
  presence: Presence;
}

/** Per request (or per subscription operation): its own unit of work and who is asking. */
export interface Context {
  em: EntityManager;
  viewer: Viewer;
  services: Services;
  /** Set on WebSocket operations: the live board. */
  realtime?: Realtime;
  /** Set on WebSocket operations: a fresh unit of work for the next event. */
  renew?: () => void;
  /** Set on WebSocket operations: ends the whole connection with a reason. */
  closeConnection?: (code: number, reason: string) => void;
  /** Set on WebSocket operations: presence keys to drop when the connection closes. */
  presenceKeys?: Set<string>;
}
