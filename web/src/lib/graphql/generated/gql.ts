/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Places {\n    heatSources { id name nameEn lat lon }\n    stations { id name nameEn lat lon operatorUnit { id name nameEn kind } }\n    compounds { id name nameEn lat lon heating households station { id name nameEn } operatorUnit { id name nameEn } }\n    units { id name nameEn kind }\n  }\n": typeof types.PlacesDocument,
    "\n  fragment BoardTicket on Ticket {\n    id number status overdue receivedAt satisfaction kind description\n    compound { id } unit { id } claimedBy { displayName }\n  }\n": typeof types.BoardTicketFragmentDoc,
    "\n  query BoardSnapshot($after: String, $status: [TicketStatus!]) {\n    tickets(filter: { status: $status }, first: 200, after: $after) {\n      edges { node { ...BoardTicket } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.BoardSnapshotDocument,
    "\n  query BoardCursor { boardCursor }\n": typeof types.BoardCursorDocument,
    "\n  subscription BoardEvents($since: String) {\n    boardEvents(since: $since) { seq cursor type at actorName ticket { ...BoardTicket } }\n  }\n": typeof types.BoardEventsDocument,
    "\n  query DeskOptions {\n    compounds { id name nameEn initials }\n    units { id name nameEn kind }\n    channels { code name nameEn }\n    categories { code name nameEn }\n  }\n": typeof types.DeskOptionsDocument,
    "\n  query Propose($kind: TicketKind!, $category: String!, $compoundId: ID) {\n    proposeUnit(kind: $kind, category: $category, compoundId: $compoundId) { basis unit { id name nameEn } }\n  }\n": typeof types.ProposeDocument,
    "\n  query CallerHistory($phone: String!) {\n    tickets(filter: { callerPhone: $phone }, first: 10) {\n      totalCount\n      edges { node { id number status receivedAt description } }\n    }\n  }\n": typeof types.CallerHistoryDocument,
    "\n  mutation Register($input: CreateTicketInput!) { createTicket(input: $input) { id number version } }\n": typeof types.RegisterDocument,
    "\n  mutation Transfer($id: ID!, $unitId: ID!, $note: String) { transferTicket(id: $id, unitId: $unitId, note: $note) { id status } }\n": typeof types.TransferDocument,
    "\n  mutation Answer($id: ID!, $resolution: String!) { resolveTicket(id: $id, resolution: $resolution, onSite: false) { id status } }\n": typeof types.AnswerDocument,
    "\n  query AwaitingCallback {\n    tickets(filter: { status: [RESOLVED] }, orderBy: DUE_SOONEST, first: 50) {\n      edges { node { id number callerName callerPhone resolution resolvedOnSite unit { name nameEn } } }\n    }\n  }\n": typeof types.AwaitingCallbackDocument,
    "\n  mutation DeskCallback($id: ID!, $satisfaction: Satisfaction!) { recordCallback(id: $id, satisfaction: $satisfaction) { id status } }\n": typeof types.DeskCallbackDocument,
    "\n  query Me { me { id username displayName role unit { id name nameEn } } }\n": typeof types.MeDocument,
    "\n  fragment QueueTicket on Ticket {\n    id number status dueAt overdue version description\n    unit { id } claimedBy { id displayName } compound { name nameEn }\n  }\n": typeof types.QueueTicketFragmentDoc,
    "\n  query Queue($unitId: ID!, $status: [TicketStatus!]) {\n    tickets(filter: { unitId: $unitId, status: $status }, orderBy: DUE_SOONEST, first: 200) { edges { node { ...QueueTicket } } }\n  }\n": typeof types.QueueDocument,
    "\n  subscription QueueEvents($since: String, $unitId: ID!) {\n    boardEvents(since: $since, filter: { unitIds: [$unitId] }) { cursor ticket { ...QueueTicket } }\n  }\n": typeof types.QueueEventsDocument,
    "\n  query QueueCursor { boardCursor }\n": typeof types.QueueCursorDocument,
    "\n  mutation Claim($id: ID!) { claimTicket(id: $id) { ...QueueTicket } }\n": typeof types.ClaimDocument,
    "\n  mutation Release($id: ID!) { releaseTicket(id: $id) { ...QueueTicket } }\n": typeof types.ReleaseDocument,
    "\n  mutation OnSite($id: ID!) { startOnSite(id: $id) { ...QueueTicket } }\n": typeof types.OnSiteDocument,
    "\n  mutation Resolve($id: ID!, $resolution: String!, $onSite: Boolean!) {\n    resolveTicket(id: $id, resolution: $resolution, onSite: $onSite) { ...QueueTicket }\n  }\n": typeof types.ResolveDocument,
    "\n  query TicketPage($id: ID!) {\n    ticket(id: $id) {\n      id number status kind complexity overdue receivedAt dueAt version description\n      callerName callerPhone resolution resolvedOnSite satisfaction overrideReason\n      address { building unit room text }\n      category { code name nameEn } channel { code name nameEn }\n      compound { id name nameEn } unit { id name nameEn } proposedUnit { id name nameEn }\n      claimedBy { id displayName }\n      lastRefusal { reason note unit { name nameEn } }\n      events { seq type at actorName note changes { field from to } }\n    }\n  }\n": typeof types.TicketPageDocument,
    "\n  subscription TicketPresence($ticketId: ID) { presence(ticketId: $ticketId) { userId displayName activity } }\n": typeof types.TicketPresenceDocument,
    "\n  mutation Heartbeat($ticketId: ID, $clientId: String) { heartbeat(ticketId: $ticketId, activity: VIEWING, clientId: $clientId) }\n": typeof types.HeartbeatDocument,
    "\n  mutation Callback($id: ID!, $satisfaction: Satisfaction!, $note: String) {\n    recordCallback(id: $id, satisfaction: $satisfaction, note: $note) { id status }\n  }\n": typeof types.CallbackDocument,
    "\n  mutation Close($id: ID!) { closeTicket(id: $id) { id status } }\n": typeof types.CloseDocument,
};
const documents: Documents = {
    "\n  query Places {\n    heatSources { id name nameEn lat lon }\n    stations { id name nameEn lat lon operatorUnit { id name nameEn kind } }\n    compounds { id name nameEn lat lon heating households station { id name nameEn } operatorUnit { id name nameEn } }\n    units { id name nameEn kind }\n  }\n": types.PlacesDocument,
    "\n  fragment BoardTicket on Ticket {\n    id number status overdue receivedAt satisfaction kind description\n    compound { id } unit { id } claimedBy { displayName }\n  }\n": types.BoardTicketFragmentDoc,
    "\n  query BoardSnapshot($after: String, $status: [TicketStatus!]) {\n    tickets(filter: { status: $status }, first: 200, after: $after) {\n      edges { node { ...BoardTicket } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.BoardSnapshotDocument,
    "\n  query BoardCursor { boardCursor }\n": types.BoardCursorDocument,
    "\n  subscription BoardEvents($since: String) {\n    boardEvents(since: $since) { seq cursor type at actorName ticket { ...BoardTicket } }\n  }\n": types.BoardEventsDocument,
    "\n  query DeskOptions {\n    compounds { id name nameEn initials }\n    units { id name nameEn kind }\n    channels { code name nameEn }\n    categories { code name nameEn }\n  }\n": types.DeskOptionsDocument,
    "\n  query Propose($kind: TicketKind!, $category: String!, $compoundId: ID) {\n    proposeUnit(kind: $kind, category: $category, compoundId: $compoundId) { basis unit { id name nameEn } }\n  }\n": types.ProposeDocument,
    "\n  query CallerHistory($phone: String!) {\n    tickets(filter: { callerPhone: $phone }, first: 10) {\n      totalCount\n      edges { node { id number status receivedAt description } }\n    }\n  }\n": types.CallerHistoryDocument,
    "\n  mutation Register($input: CreateTicketInput!) { createTicket(input: $input) { id number version } }\n": types.RegisterDocument,
    "\n  mutation Transfer($id: ID!, $unitId: ID!, $note: String) { transferTicket(id: $id, unitId: $unitId, note: $note) { id status } }\n": types.TransferDocument,
    "\n  mutation Answer($id: ID!, $resolution: String!) { resolveTicket(id: $id, resolution: $resolution, onSite: false) { id status } }\n": types.AnswerDocument,
    "\n  query AwaitingCallback {\n    tickets(filter: { status: [RESOLVED] }, orderBy: DUE_SOONEST, first: 50) {\n      edges { node { id number callerName callerPhone resolution resolvedOnSite unit { name nameEn } } }\n    }\n  }\n": types.AwaitingCallbackDocument,
    "\n  mutation DeskCallback($id: ID!, $satisfaction: Satisfaction!) { recordCallback(id: $id, satisfaction: $satisfaction) { id status } }\n": types.DeskCallbackDocument,
    "\n  query Me { me { id username displayName role unit { id name nameEn } } }\n": types.MeDocument,
    "\n  fragment QueueTicket on Ticket {\n    id number status dueAt overdue version description\n    unit { id } claimedBy { id displayName } compound { name nameEn }\n  }\n": types.QueueTicketFragmentDoc,
    "\n  query Queue($unitId: ID!, $status: [TicketStatus!]) {\n    tickets(filter: { unitId: $unitId, status: $status }, orderBy: DUE_SOONEST, first: 200) { edges { node { ...QueueTicket } } }\n  }\n": types.QueueDocument,
    "\n  subscription QueueEvents($since: String, $unitId: ID!) {\n    boardEvents(since: $since, filter: { unitIds: [$unitId] }) { cursor ticket { ...QueueTicket } }\n  }\n": types.QueueEventsDocument,
    "\n  query QueueCursor { boardCursor }\n": types.QueueCursorDocument,
    "\n  mutation Claim($id: ID!) { claimTicket(id: $id) { ...QueueTicket } }\n": types.ClaimDocument,
    "\n  mutation Release($id: ID!) { releaseTicket(id: $id) { ...QueueTicket } }\n": types.ReleaseDocument,
    "\n  mutation OnSite($id: ID!) { startOnSite(id: $id) { ...QueueTicket } }\n": types.OnSiteDocument,
    "\n  mutation Resolve($id: ID!, $resolution: String!, $onSite: Boolean!) {\n    resolveTicket(id: $id, resolution: $resolution, onSite: $onSite) { ...QueueTicket }\n  }\n": types.ResolveDocument,
    "\n  query TicketPage($id: ID!) {\n    ticket(id: $id) {\n      id number status kind complexity overdue receivedAt dueAt version description\n      callerName callerPhone resolution resolvedOnSite satisfaction overrideReason\n      address { building unit room text }\n      category { code name nameEn } channel { code name nameEn }\n      compound { id name nameEn } unit { id name nameEn } proposedUnit { id name nameEn }\n      claimedBy { id displayName }\n      lastRefusal { reason note unit { name nameEn } }\n      events { seq type at actorName note changes { field from to } }\n    }\n  }\n": types.TicketPageDocument,
    "\n  subscription TicketPresence($ticketId: ID) { presence(ticketId: $ticketId) { userId displayName activity } }\n": types.TicketPresenceDocument,
    "\n  mutation Heartbeat($ticketId: ID, $clientId: String) { heartbeat(ticketId: $ticketId, activity: VIEWING, clientId: $clientId) }\n": types.HeartbeatDocument,
    "\n  mutation Callback($id: ID!, $satisfaction: Satisfaction!, $note: String) {\n    recordCallback(id: $id, satisfaction: $satisfaction, note: $note) { id status }\n  }\n": types.CallbackDocument,
    "\n  mutation Close($id: ID!) { closeTicket(id: $id) { id status } }\n": types.CloseDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Places {\n    heatSources { id name nameEn lat lon }\n    stations { id name nameEn lat lon operatorUnit { id name nameEn kind } }\n    compounds { id name nameEn lat lon heating households station { id name nameEn } operatorUnit { id name nameEn } }\n    units { id name nameEn kind }\n  }\n"): (typeof documents)["\n  query Places {\n    heatSources { id name nameEn lat lon }\n    stations { id name nameEn lat lon operatorUnit { id name nameEn kind } }\n    compounds { id name nameEn lat lon heating households station { id name nameEn } operatorUnit { id name nameEn } }\n    units { id name nameEn kind }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BoardTicket on Ticket {\n    id number status overdue receivedAt satisfaction kind description\n    compound { id } unit { id } claimedBy { displayName }\n  }\n"): (typeof documents)["\n  fragment BoardTicket on Ticket {\n    id number status overdue receivedAt satisfaction kind description\n    compound { id } unit { id } claimedBy { displayName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardSnapshot($after: String, $status: [TicketStatus!]) {\n    tickets(filter: { status: $status }, first: 200, after: $after) {\n      edges { node { ...BoardTicket } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query BoardSnapshot($after: String, $status: [TicketStatus!]) {\n    tickets(filter: { status: $status }, first: 200, after: $after) {\n      edges { node { ...BoardTicket } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardCursor { boardCursor }\n"): (typeof documents)["\n  query BoardCursor { boardCursor }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BoardEvents($since: String) {\n    boardEvents(since: $since) { seq cursor type at actorName ticket { ...BoardTicket } }\n  }\n"): (typeof documents)["\n  subscription BoardEvents($since: String) {\n    boardEvents(since: $since) { seq cursor type at actorName ticket { ...BoardTicket } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskOptions {\n    compounds { id name nameEn initials }\n    units { id name nameEn kind }\n    channels { code name nameEn }\n    categories { code name nameEn }\n  }\n"): (typeof documents)["\n  query DeskOptions {\n    compounds { id name nameEn initials }\n    units { id name nameEn kind }\n    channels { code name nameEn }\n    categories { code name nameEn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Propose($kind: TicketKind!, $category: String!, $compoundId: ID) {\n    proposeUnit(kind: $kind, category: $category, compoundId: $compoundId) { basis unit { id name nameEn } }\n  }\n"): (typeof documents)["\n  query Propose($kind: TicketKind!, $category: String!, $compoundId: ID) {\n    proposeUnit(kind: $kind, category: $category, compoundId: $compoundId) { basis unit { id name nameEn } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallerHistory($phone: String!) {\n    tickets(filter: { callerPhone: $phone }, first: 10) {\n      totalCount\n      edges { node { id number status receivedAt description } }\n    }\n  }\n"): (typeof documents)["\n  query CallerHistory($phone: String!) {\n    tickets(filter: { callerPhone: $phone }, first: 10) {\n      totalCount\n      edges { node { id number status receivedAt description } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: CreateTicketInput!) { createTicket(input: $input) { id number version } }\n"): (typeof documents)["\n  mutation Register($input: CreateTicketInput!) { createTicket(input: $input) { id number version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Transfer($id: ID!, $unitId: ID!, $note: String) { transferTicket(id: $id, unitId: $unitId, note: $note) { id status } }\n"): (typeof documents)["\n  mutation Transfer($id: ID!, $unitId: ID!, $note: String) { transferTicket(id: $id, unitId: $unitId, note: $note) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Answer($id: ID!, $resolution: String!) { resolveTicket(id: $id, resolution: $resolution, onSite: false) { id status } }\n"): (typeof documents)["\n  mutation Answer($id: ID!, $resolution: String!) { resolveTicket(id: $id, resolution: $resolution, onSite: false) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwaitingCallback {\n    tickets(filter: { status: [RESOLVED] }, orderBy: DUE_SOONEST, first: 50) {\n      edges { node { id number callerName callerPhone resolution resolvedOnSite unit { name nameEn } } }\n    }\n  }\n"): (typeof documents)["\n  query AwaitingCallback {\n    tickets(filter: { status: [RESOLVED] }, orderBy: DUE_SOONEST, first: 50) {\n      edges { node { id number callerName callerPhone resolution resolvedOnSite unit { name nameEn } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeskCallback($id: ID!, $satisfaction: Satisfaction!) { recordCallback(id: $id, satisfaction: $satisfaction) { id status } }\n"): (typeof documents)["\n  mutation DeskCallback($id: ID!, $satisfaction: Satisfaction!) { recordCallback(id: $id, satisfaction: $satisfaction) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me { me { id username displayName role unit { id name nameEn } } }\n"): (typeof documents)["\n  query Me { me { id username displayName role unit { id name nameEn } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QueueTicket on Ticket {\n    id number status dueAt overdue version description\n    unit { id } claimedBy { id displayName } compound { name nameEn }\n  }\n"): (typeof documents)["\n  fragment QueueTicket on Ticket {\n    id number status dueAt overdue version description\n    unit { id } claimedBy { id displayName } compound { name nameEn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Queue($unitId: ID!, $status: [TicketStatus!]) {\n    tickets(filter: { unitId: $unitId, status: $status }, orderBy: DUE_SOONEST, first: 200) { edges { node { ...QueueTicket } } }\n  }\n"): (typeof documents)["\n  query Queue($unitId: ID!, $status: [TicketStatus!]) {\n    tickets(filter: { unitId: $unitId, status: $status }, orderBy: DUE_SOONEST, first: 200) { edges { node { ...QueueTicket } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription QueueEvents($since: String, $unitId: ID!) {\n    boardEvents(since: $since, filter: { unitIds: [$unitId] }) { cursor ticket { ...QueueTicket } }\n  }\n"): (typeof documents)["\n  subscription QueueEvents($since: String, $unitId: ID!) {\n    boardEvents(since: $since, filter: { unitIds: [$unitId] }) { cursor ticket { ...QueueTicket } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueCursor { boardCursor }\n"): (typeof documents)["\n  query QueueCursor { boardCursor }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Claim($id: ID!) { claimTicket(id: $id) { ...QueueTicket } }\n"): (typeof documents)["\n  mutation Claim($id: ID!) { claimTicket(id: $id) { ...QueueTicket } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Release($id: ID!) { releaseTicket(id: $id) { ...QueueTicket } }\n"): (typeof documents)["\n  mutation Release($id: ID!) { releaseTicket(id: $id) { ...QueueTicket } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OnSite($id: ID!) { startOnSite(id: $id) { ...QueueTicket } }\n"): (typeof documents)["\n  mutation OnSite($id: ID!) { startOnSite(id: $id) { ...QueueTicket } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Resolve($id: ID!, $resolution: String!, $onSite: Boolean!) {\n    resolveTicket(id: $id, resolution: $resolution, onSite: $onSite) { ...QueueTicket }\n  }\n"): (typeof documents)["\n  mutation Resolve($id: ID!, $resolution: String!, $onSite: Boolean!) {\n    resolveTicket(id: $id, resolution: $resolution, onSite: $onSite) { ...QueueTicket }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketPage($id: ID!) {\n    ticket(id: $id) {\n      id number status kind complexity overdue receivedAt dueAt version description\n      callerName callerPhone resolution resolvedOnSite satisfaction overrideReason\n      address { building unit room text }\n      category { code name nameEn } channel { code name nameEn }\n      compound { id name nameEn } unit { id name nameEn } proposedUnit { id name nameEn }\n      claimedBy { id displayName }\n      lastRefusal { reason note unit { name nameEn } }\n      events { seq type at actorName note changes { field from to } }\n    }\n  }\n"): (typeof documents)["\n  query TicketPage($id: ID!) {\n    ticket(id: $id) {\n      id number status kind complexity overdue receivedAt dueAt version description\n      callerName callerPhone resolution resolvedOnSite satisfaction overrideReason\n      address { building unit room text }\n      category { code name nameEn } channel { code name nameEn }\n      compound { id name nameEn } unit { id name nameEn } proposedUnit { id name nameEn }\n      claimedBy { id displayName }\n      lastRefusal { reason note unit { name nameEn } }\n      events { seq type at actorName note changes { field from to } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TicketPresence($ticketId: ID) { presence(ticketId: $ticketId) { userId displayName activity } }\n"): (typeof documents)["\n  subscription TicketPresence($ticketId: ID) { presence(ticketId: $ticketId) { userId displayName activity } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Heartbeat($ticketId: ID, $clientId: String) { heartbeat(ticketId: $ticketId, activity: VIEWING, clientId: $clientId) }\n"): (typeof documents)["\n  mutation Heartbeat($ticketId: ID, $clientId: String) { heartbeat(ticketId: $ticketId, activity: VIEWING, clientId: $clientId) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Callback($id: ID!, $satisfaction: Satisfaction!, $note: String) {\n    recordCallback(id: $id, satisfaction: $satisfaction, note: $note) { id status }\n  }\n"): (typeof documents)["\n  mutation Callback($id: ID!, $satisfaction: Satisfaction!, $note: String) {\n    recordCallback(id: $id, satisfaction: $satisfaction, note: $note) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Close($id: ID!) { closeTicket(id: $id) { id status } }\n"): (typeof documents)["\n  mutation Close($id: ID!) { closeTicket(id: $id) { id status } }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;