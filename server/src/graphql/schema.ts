import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import {
  CompoundResolver,
  HeatSourceResolver,
  StationResolver,
  UnitResolver,
} from '../modules/places/places.resolver.js';
import { BoardResolver } from '../realtime/board.resolver.js';
import { PresenceResolver } from '../realtime/presence.resolver.js';
import { UnitMembersResolver } from '../modules/users/user.resolver.js';
import { RefusalResolver, TicketEventResolver, TicketResolver } from '../modules/tickets/ticket.resolver.js';

export function buildHeatlineSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [
      AuthResolver,
      HeatSourceResolver,
      StationResolver,
      CompoundResolver,
      UnitResolver,
      UnitMembersResolver,
      TicketResolver,
      TicketEventResolver,
      RefusalResolver,
      BoardResolver,
      PresenceResolver,
    ],
    validate: { forbidUnknownValues: false },
    // type-graphql insists on a pub/sub whenever a subscription exists, though ours use `subscribe`
    // (realtime/board.resolver.ts): the audit log, not topics, is what feeds them.
    pubSub: {
      publish: () => undefined,
      subscribe: () => {
        throw new Error('topic subscriptions are not used: subscribe through realtime/');
      },
    },
  });
}

/** The public contract as committed in schema.graphql: sorted, so diffs show real changes only. */
export function printContract(schema: GraphQLSchema): string {
  return `# Generated from the server code by \`pnpm schema\`. Do not edit by hand.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
