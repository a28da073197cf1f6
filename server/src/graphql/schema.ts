import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AttendanceResolver, DutyShiftResolver } from '../modules/attendance/attendance.resolver.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { CrewsResolver, IncidentCrewsResolver, TicketCrewsResolver } from '../modules/crews/crews.resolver.js';
import { IncidentsResolver, TasksResolver, TicketIncidentResolver } from '../modules/incidents/incidents.resolver.js';
import { NoticesResolver } from '../modules/notices/notices.resolver.js';
import { VisitsResolver } from '../modules/visits/visits.resolver.js';
import { AgendaItemResolver, DecisionResolver, MeetingResolver } from '../modules/meetings/meeting.resolver.js';
import { BoardResolver } from '../modules/board/board.resolver.js';
import { StatsResolver } from '../modules/stats/stats.resolver.js';
import { CatalogResolver } from '../modules/places/catalog.resolver.js';
import { CompoundResolver, HeatSourceResolver, StationResolver } from '../modules/places/places.resolver.js';
import { PresenceResolver } from '../modules/presence/presence.resolver.js';
import { RefusalResolver, TicketFieldsResolver } from '../modules/tickets/ticket-fields.resolver.js';
import { TicketEventResolver, TicketHistoryResolver } from '../modules/tickets/ticket-history.resolver.js';
import { TicketMovesResolver } from '../modules/tickets/ticket-moves.resolver.js';
import { TicketQueryResolver } from '../modules/tickets/ticket-query.resolver.js';
import { UnitResolver } from '../modules/units/unit.resolver.js';
import { UserResolver } from '../modules/users/user.resolver.js';
import { authChecker } from './auth-checker.js';
import { withDeadline } from './deadline.js';
import { boardOnlyForDisplays } from './display-fields.js';
import { maskPersonalData } from './personal-data.js';
import { RateLimitResolver } from './rate-limit.resolver.js';

export async function buildHeatlineSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [
      AuthResolver,
      HeatSourceResolver,
      StationResolver,
      CompoundResolver,
      CatalogResolver,
      UnitResolver,
      UserResolver,
      TicketQueryResolver,
      TicketMovesResolver,
      TicketFieldsResolver,
      TicketHistoryResolver,
      TicketEventResolver,
      RefusalResolver,
      BoardResolver,
      StatsResolver,
      PresenceResolver,
      RateLimitResolver,
      AttendanceResolver,
      DutyShiftResolver,
      NoticesResolver,
      IncidentsResolver,
      TasksResolver,
      TicketIncidentResolver,
      CrewsResolver,
      TicketCrewsResolver,
      IncidentCrewsResolver,
      VisitsResolver,
      MeetingResolver,
      AgendaItemResolver,
      DecisionResolver,
    ],
    authChecker,
    // Inputs are checked by the services (errors.ts checkInput), whichever edge calls them.
    validate: false,
    // type-graphql insists on a pub/sub whenever a subscription exists, though ours use `subscribe`
    // (modules/board/board.resolver.ts): the audit log, not topics, is what feeds them.
    pubSub: {
      publish: () => undefined,
      subscribe: () => {
        throw new Error('topic subscriptions are not used: subscribe through the board feed');
      },
    },
  });
  return withDeadline(boardOnlyForDisplays(maskPersonalData(schema)));
}

/** The public contract as committed in schema.graphql: sorted, so diffs show real changes only. */
export function printContract(schema: GraphQLSchema): string {
  return `# Generated from the server code by \`pnpm schema\`. Do not edit by hand.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
