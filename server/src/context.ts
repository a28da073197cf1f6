import type { Caller } from './caller.js';
import type { AttendanceService } from './modules/attendance/attendance.service.js';
import type { CrewsService } from './modules/crews/crews.service.js';
import type { IncidentsService } from './modules/incidents/incidents.service.js';
import type { MeetingService } from './modules/meetings/meeting.service.js';
import type { SocketSession } from './realtime/ws-server.js';
import type { AuthService } from './modules/auth/auth.service.js';
import type { NoticesService } from './modules/notices/notices.service.js';
import type { VisitsService } from './modules/visits/visits.service.js';
import type { Viewer } from './modules/auth/viewer.js';
import type { EventLog } from './modules/audit/event-log.js';
import type { BoardFeed } from './modules/board/board-feed.js';
import type { PlaceDirectory } from './modules/places/place-directory.js';
import type { Presence } from './modules/presence/presence.js';
import type { StatsService } from './modules/stats/stats.service.js';
import type { RegistrationService } from './modules/tickets/registration.service.js';
import type { TicketMovesService } from './modules/tickets/ticket-moves.service.js';
import type { TicketRepository } from './modules/tickets/ticket.repository.js';
import type { UnitService } from './modules/units/unit.service.js';
import type { SessionCookie } from './modules/auth/credentials.js';
import type { SocketIdempotency } from './graphql/idempotency.js';
import type { ApiKeyService } from './modules/auth/api-key.service.js';
import type { UserAdminService } from './modules/users/user-admin.service.js';

export interface Services {
  attendance: AttendanceService;
  meetings: MeetingService;
  incidents: IncidentsService;
  crews: CrewsService;
  auth: AuthService;
  apiKeys: ApiKeyService;
  users: UserAdminService;
  registration: RegistrationService;
  moves: TicketMovesService;
  tickets: TicketRepository;
  events: EventLog;
  places: PlaceDirectory;
  units: UnitService;
  presence: Presence;
  board: BoardFeed;
  stats: StatsService;
  notices: NoticesService;
  visits: VisitsService;
}

/** One HTTP request. */
export interface HttpContext extends Caller {
  transport: 'http';
  services: Services;
  /** The client's address (behind trusted proxies, the one they name): sign-in attempts are counted by it. */
  address?: string | null;
  /** The browser's session cookie on this answer (set at sign-in and pairing, cleared at sign-out). */
  cookie?: SessionCookie;
}

/** One operation on a WebSocket connection. */
export interface SocketContext extends Caller {
  transport: 'socket';
  services: Services;
  socket: SocketSession<Viewer>;
  /** The operation's `extensions.idempotencyKey`, with who sent what (graphql/idempotency.ts). */
  idempotency?: SocketIdempotency;
  /** A fresh unit of work for the next event of a long-lived subscription. */
  renew(): void;
}

export type Context = HttpContext | SocketContext;
