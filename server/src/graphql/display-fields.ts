import {
  defaultFieldResolver,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLFieldResolver,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionNode,
} from 'graphql';
import type { Context } from '../context.js';
import { forbidden } from '../errors.js';
import type { Viewer } from '../modules/auth/viewer.js';

/**
 * All a wall display may ask for: what the board page shows, field by field (`'*'`: every field of
 * the type), and signing its screen out. No ticket list or ticket by id, no history, callers, notes,
 * presence or other writes. A spec checks that every document of the board page passes, so this
 * list moves with the board.
 */
export const DISPLAY_FIELDS: Readonly<Record<string, '*' | readonly string[]>> = {
  Query: [
    'viewer',
    'me',
    'boardCursor',
    'boardStats',
    'recentBoardEvents',
    'boardTickets',
    'heatSources',
    'stations',
    'compounds',
    'units',
    'attendance',
    'currentMeeting',
    'visits',
    'incidents',
    'proposedIncidents',
    'crews',
  ],
  Subscription: ['boardEvents'],
  // The screen forgets its credential; the display itself stays paired until revoked.
  Mutation: ['logout'],
  ViewerInfo: '*',
  // `me` is null for a display; the board's first query asks for it whoever the viewer is.
  User: ['id', 'displayName', 'role', 'unit'],
  BoardStats: '*',
  UnitFigures: '*',
  BoardFigures: '*',
  BoardEvent: ['seq', 'cursor', 'type', 'at', 'actorName', 'actor', 'ticketId', 'roomUnitId', 'ticket', 'changes'],
  FieldChange: '*',
  UnitAttendance: '*',
  Meeting: '*',
  AgendaItem: '*',
  Decision: '*',
  // Today's visits on the map: where and how far along, not who went or what they found.
  Visit: ['id', 'status', 'compound', 'station'],
  TicketConnection: '*',
  TicketEdge: '*',
  PageInfo: '*',
  Ticket: ['id', 'number', 'status', 'overdue', 'receivedAt', 'satisfaction', 'compound', 'unit'],
  // The room's incidents as the wall shows them: what happened, its notice, tasks, crews and steps;
  // not which calls (the tickets' own list is the board's).
  Incident: [
    'id',
    'kind',
    'status',
    'summary',
    'publicNotice',
    'expectedRestoreAt',
    'households',
    'residents',
    'ticketCount',
    'declaredAt',
    'leadUnit',
    'stations',
    'compounds',
    'tasks',
    'crews',
    'timeline',
  ],
  ProposedIncident: ['station', 'tickets', 'compounds', 'since'],
  Task: ['id', 'text', 'status', 'unit'],
  // Where crews are and how they stand; not who is in them or their phone.
  Crew: ['id', 'name', 'status', 'unit', 'targetLat', 'targetLon', 'lat', 'lon'],
  Unit: ['id', 'name', 'nameEn', 'kind'],
  HeatSource: '*',
  Station: '*',
  Compound: '*',
};

const isDisplay = (v: Viewer) => v.kind === 'apiKey' && v.display === true;

/** The first field (`Type.field`) of these selections that a display may not read; null when none. */
export function outsideDisplayFields(
  schema: GraphQLSchema,
  type: GraphQLNamedType,
  selections: readonly SelectionNode[],
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
): string | null {
  for (const s of selections) {
    let found: string | null = null;
    if (s.kind === Kind.FIELD) {
      const name = s.name.value;
      if (name === '__typename') continue;
      const allowed = DISPLAY_FIELDS[type.name];
      if (allowed !== '*' && !allowed?.includes(name)) return `${type.name}.${name}`;
      const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
      if (field && s.selectionSet)
        found = outsideDisplayFields(schema, getNamedType(field.type), s.selectionSet.selections, fragments);
    } else {
      const fragment = s.kind === Kind.FRAGMENT_SPREAD ? fragments[s.name.value] : s;
      const on = fragment?.typeCondition ? schema.getType(fragment.typeCondition.name.value) : type;
      if (fragment && on) found = outsideDisplayFields(schema, on, fragment.selectionSet.selections, fragments);
    }
    if (found) return found;
  }
  return null;
}

function refuseBeyondTheBoard(ctx: Context, info: GraphQLResolveInfo): void {
  if (!isDisplay(ctx.viewer)) return;
  const field = outsideDisplayFields(info.schema, info.parentType, info.fieldNodes, info.fragments);
  if (field)
    throw forbidden(`a wall display reads only what the board shows, not ${field}`, 'displayBoardOnly', { field });
}

/**
 * Holds wall displays to DISPLAY_FIELDS: each root field, before it runs, checks what is asked of
 * it, on HTTP and the WebSocket alike (a subscription when it starts). Returns the schema.
 */
export function boardOnlyForDisplays(schema: GraphQLSchema): GraphQLSchema {
  for (const [type, fields] of Object.entries(DISPLAY_FIELDS)) {
    const t = schema.getType(type);
    const missing = fields === '*' ? [] : fields.filter((f) => !isObjectType(t) || !t.getFields()[f]);
    if (!t || missing.length > 0) throw new Error(`DISPLAY_FIELDS names what the schema lacks: ${type} ${missing}`);
  }
  for (const root of [schema.getQueryType(), schema.getMutationType()])
    for (const field of Object.values(root?.getFields() ?? {})) {
      const resolve: GraphQLFieldResolver<unknown, Context> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, ctx: Context, info) => {
        refuseBeyondTheBoard(ctx, info);
        return resolve(source, args, ctx, info);
      };
    }
  for (const field of Object.values(schema.getSubscriptionType()?.getFields() ?? {})) {
    const subscribe = field.subscribe;
    if (!subscribe) continue;
    field.subscribe = (source, args, ctx: Context, info) => {
      refuseBeyondTheBoard(ctx, info);
      return subscribe(source, args, ctx, info);
    };
  }
  return schema;
}
