import {
  getNullableType,
  GraphQLError,
  isListType,
  Kind,
  type DocumentNode,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
// The CommonJS build: its ES build imports graphql/index.mjs, a second copy of graphql beside the
// one the server loads, whose schema objects it would not accept ("from another realm").
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity/cjs';

/**
 * What a document costs: each field 1, and what a list holds counted as many times as the list is
 * long: `first`/`last` when given (a page of 200 tickets costs 200 tickets), else the list's usual
 * size below. A document over COST.max is refused before it runs; the rest is charged to the
 * caller's budget (rate-limit.ts).
 */
export const COST = {
  /** The most one document may cost; the web app's heaviest (the board's snapshot) is far below. */
  max: 25_000,
  /** A list of unknown length, when neither `first`/`last` nor LIST_SIZES says. */
  defaultList: 10,
  /** A page whose size is not asked for (the server's default page). */
  defaultPage: 50,
  /**
   * The largest page any field serves: a larger `first` is priced as this, so that the field itself
   * refuses it, naming the argument (BAD_USER_INPUT), rather than the cost.
   */
  largestPage: 200,
} as const;

/**
 * Lists whose length is known to be other than COST.defaultList: the catalog (113 compounds, 91
 * stations, with room to grow), and a connection's edges, already counted by its `first`.
 */
const LIST_SIZES: Readonly<Record<string, number>> = {
  'Query.compounds': 200,
  'Query.stations': 150,
  'Query.heatSources': 10,
  'Query.units': 50,
  'Query.categories': 50,
  'Query.channels': 20,
  'Query.presence': 50,
  'Query.apiKeys': 50,
  'PresenceChange.entries': 50,
  'BoardStats.units': 50,
  'Ticket.linkedCalls': 50,
  'Ticket.refusedUnits': 20,
  'Unit.members': 50,
  'TicketEvent.changes': 10,
  'BoardEvent.changes': 10,
  'TicketConnection.edges': 1,
  'Query.attendance': 50,
  'Query.dutyRoster': 50,
  'Query.proposedAgenda': 20,
  'Meeting.items': 30,
  'Meeting.units': 20,
  'AgendaItem.tickets': 50,
  'Query.incidents': 50,
  'Query.incidentsAt': 5,
  'Incident.tickets': 50,
  'Incident.compounds': 20,
  'Incident.stations': 10,
  'ProposedIncident.tickets': 20,
  'Query.crews': 50,
  // A call has a crew or two and a task or two; an incident a handful of each.
  'Ticket.crews': 3,
  'Ticket.tasks': 3,
  'Incident.crews': 10,
  'Incident.tasks': 10,
  'Incident.timeline': 100,
};

const PAGED = new Set(['first', 'last']);

const estimate: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const paged = field.args.find((a) => PAGED.has(a.name));
  let size = 1;
  if (paged) {
    const asked = args[paged.name] as unknown;
    size = typeof asked === 'number' && asked >= 0 ? Math.min(asked, COST.largestPage) : COST.defaultPage;
  } else if (Array.isArray(args.ids)) size = args.ids.length;
  else if (isListType(getNullableType(field.type))) size = LIST_SIZES[`${type.name}.${field.name}`] ?? COST.defaultList;
  return 1 + size * childComplexity;
};

/** The cost of the operation `operationName` of `document` with these variables. */
export function costOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
  operationName?: string | null,
): number {
  try {
    return getComplexity({
      schema,
      query: document,
      variables: variables ?? {},
      operationName: operationName ?? undefined,
      estimators: [estimate],
    });
  } catch (e) {
    // Variables that do not fit the document: execution refuses them with BAD_USER_INPUT itself.
    if (e instanceof GraphQLError && e.message.startsWith('Variable "')) return 0;
    // Anything else (more nodes than can be counted: fragments spread again and again) is not priced
    // as free: it is refused as too costly.
    return Number.POSITIVE_INFINITY;
  }
}

/** What the operation being resolved costs (its document as cost.ts prices it, with its variables). */
export function costOfOperation(info: GraphQLResolveInfo): number {
  const document: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [info.operation, ...Object.values(info.fragments)],
  };
  return costOf(info.schema, document, info.variableValues, info.operation.name?.value);
}

/** The refusal of a document that costs more than COST.max, as a validation error like the other limits. */
export function tooCostly(cost: number): GraphQLError {
  const priced = Number.isFinite(cost);
  return new GraphQLError(
    priced
      ? `this document costs ${cost}, more than ${COST.max}: ask for smaller pages (first) or fewer fields`
      : 'this document has more fields than can be priced (fragments spread again and again): ask for fewer',
    {
      extensions: {
        code: 'GRAPHQL_VALIDATION_FAILED',
        cost: priced ? cost : null,
        maximumCost: COST.max,
        http: { status: 400 },
      },
    },
  );
}
