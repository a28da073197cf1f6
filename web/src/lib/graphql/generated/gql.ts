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
    "\n  subscription BoardEvents($since: String) {\n    boardEvents(since: $since) { seq cursor type at actorName ticket { ...BoardTicket } }\n  }\n": typeof types.BoardEventsDocument,
    "\n  query DeskOptions {\n    compounds { id name nameEn initials }\n    units { id name nameEn kind }\n    channels { code name nameEn }\n    categories { code name nameEn }\n  }\n": typeof types.DeskOptionsDocument,
    "\n  query Propose($kind: TicketKind!, $category: String!, $compoundId: ID) {\n    proposeUnit(kind: $kind, category: $category, compoundId: $compoundId) { basis unit { id name nameEn } }\n  }\n": typeof types.ProposeDocument,
    "\n  query CallerHistory($phone: String!) {\n    tickets(filter: { callerPhone: $phone }, first: 10) {\n      totalCount\n      edges { node { id number status receivedAt description } }\n    }\n  }\n": typeof types.CallerHistoryDocument,
    "\n  mutation Register($input: CreateTicketInput!) { createTicket(input: $input) { id number version } }\n": typeof types.RegisterDocument,
    "\n  mutation Transfer($id: ID!, $unitId: ID!, $note: String) { transferTicket(id: $id, unitId: $unitId, note: $note) { id status } }\n": typeof types.TransferDocument,
    "\n  mutation Answer($id: ID!, $resolution: String!) { resolveTicket(id: $id, resolution: $resolution, onSite: false) { id status } }\n": typeof types.AnswerDocument,
    "\n  fragment DeskTrayTicket on Ticket {\n    ...TicketActions_Ticket\n    callerName callerPhone description resolution compound { name nameEn }\n    lastRefusal { reason note unit { name nameEn } }\n  }\n": typeof types.DeskTrayTicketFragmentDoc,
    "\n  query DeskTray {\n    tickets(filter: { status: [REGISTERED, RESOLVED] }, orderBy: DUE_SOONEST, first: 200) { edges { node { ...DeskTrayTicket } } }\n  }\n": typeof types.DeskTrayDocument,
    "\n  subscription DeskTrayEvents($since: String) {\n    boardEvents(\n      since: $since\n      filter: { types: [TICKET_REGISTERED, TICKET_TRANSFERRED, TICKET_TRANSFER_REFUSED, TICKET_RESOLVED, TICKET_REPLIED, TICKET_REOPENED] }\n    ) { cursor ticket { ...DeskTrayTicket } }\n  }\n": typeof types.DeskTrayEventsDocument,
    "\n  query BoardCursor { boardCursor }\n": typeof types.BoardCursorDocument,
    "\n  query Me { me { id username displayName role unit { id name nameEn } } }\n": typeof types.MeDocument,
    "\n  fragment QueueTicket on Ticket {\n    ...TicketActions_Ticket\n    description compound { name nameEn }\n  }\n": typeof types.QueueTicketFragmentDoc,
    "\n  query Queue($unitId: ID!) {\n    tickets(filter: { unitId: $unitId, status: [TRANSFERRED, CLAIMED, ON_SITE] }, orderBy: DUE_SOONEST, first: 200) {\n      edges { node { ...QueueTicket } }\n    }\n  }\n": typeof types.QueueDocument,
    "\n  subscription QueueEvents($since: String, $unitId: ID!) {\n    boardEvents(since: $since, filter: { unitIds: [$unitId] }) { cursor ticket { ...QueueTicket } }\n  }\n": typeof types.QueueEventsDocument,
    "\n  fragment TicketActions_Ticket on Ticket {\n    id number status kind version overdue dueAt actions\n    unit { id name nameEn } proposedUnit { id name nameEn } claimedBy { id displayName }\n  }\n": typeof types.TicketActions_TicketFragmentDoc,
    "\n  mutation ClaimTicket($id: ID!, $v: Int) { claimTicket(id: $id, expectedVersion: $v) { ...TicketActions_Ticket } }\n": typeof types.ClaimTicketDocument,
    "\n  mutation ReleaseTicket($id: ID!, $v: Int) { releaseTicket(id: $id, expectedVersion: $v) { ...TicketActions_Ticket } }\n": typeof types.ReleaseTicketDocument,
    "\n  mutation StartOnSite($id: ID!, $v: Int) { startOnSite(id: $id, expectedVersion: $v) { ...TicketActions_Ticket } }\n": typeof types.StartOnSiteDocument,
    "\n  mutation ResolveTicket($id: ID!, $v: Int, $resolution: String!, $onSite: Boolean!) {\n    resolveTicket(id: $id, expectedVersion: $v, resolution: $resolution, onSite: $onSite) { ...TicketActions_Ticket }\n  }\n": typeof types.ResolveTicketDocument,
    "\n  mutation RejectTransfer($id: ID!, $v: Int, $reason: RefusalReason!, $note: String) {\n    rejectTransfer(id: $id, expectedVersion: $v, reason: $reason, note: $note) { ...TicketActions_Ticket }\n  }\n": typeof types.RejectTransferDocument,
    "\n  mutation AssignTicket($id: ID!, $v: Int, $userId: ID!) { assignTicket(id: $id, expectedVersion: $v, userId: $userId) { ...TicketActions_Ticket } }\n": typeof types.AssignTicketDocument,
    "\n  mutation TransferTicket($id: ID!, $v: Int, $unitId: ID!, $note: String) {\n    transferTicket(id: $id, expectedVersion: $v, unitId: $unitId, note: $note) { ...TicketActions_Ticket }\n  }\n": typeof types.TransferTicketDocument,
    "\n  mutation RecordCallback($id: ID!, $v: Int, $satisfaction: Satisfaction!) {\n    recordCallback(id: $id, expectedVersion: $v, satisfaction: $satisfaction) { ...TicketActions_Ticket }\n  }\n": typeof types.RecordCallbackDocument,
    "\n  mutation ReopenTicket($id: ID!, $v: Int, $reason: String!) { reopenTicket(id: $id, expectedVersion: $v, reason: $reason) { ...TicketActions_Ticket } }\n": typeof types.ReopenTicketDocument,
    "\n  mutation CloseTicket($id: ID!, $v: Int) { closeTicket(id: $id, expectedVersion: $v) { ...TicketActions_Ticket } }\n": typeof types.CloseTicketDocument,
    "\n  query ActionOptions($members: Boolean!) {\n    units { id name nameEn kind }\n    me { id unit { id members @include(if: $members) { id displayName role } } }\n  }\n": typeof types.ActionOptionsDocument,
    "\n  query TicketPage($id: ID!) {\n    ticket(id: $id) {\n      ...TicketActions_Ticket\n      complexity receivedAt description callerName callerPhone resolution resolvedOnSite satisfaction overrideReason\n      address { building unit room text }\n      category { code name nameEn } channel { code name nameEn } compound { id name nameEn }\n      lastRefusal { reason note unit { name nameEn } }\n      events { seq type at actorName note changes { field from to } }\n    }\n  }\n": typeof types.TicketPageDocument,
    "\n  subscription TicketEvents($since: String, $filter: BoardEventFilter) { boardEvents(since: $since, filter: $filter) { cursor type } }\n": typeof types.TicketEventsDocument,
    "\n  subscription TicketPresence($ticketId: ID) { presence(ticketId: $ticketId) { userId displayName activity } }\n": typeof types.TicketPresenceDocument,
    "\n  mutation Heartbeat($ticketId: ID, $clientId: String) { heartbeat(ticketId: $ticketId, activity: VIEWING, clientId: $clientId) }\n": typeof types.HeartbeatDocument,
};
const documents: Documents = {
    "\n  query Places {\n    heatSources { id name nameEn lat lon }\n    stations { id name nameEn lat lon operatorUnit { id name nameEn kind } }\n    compounds { id name nameEn lat lon heating households station { id name nameEn } operatorUnit { id name nameEn } }\n    units { id name nameEn kind }\n  }\n": types.PlacesDocument,
    "\n  fragment BoardTicket on Ticket {\n    id number status overdue receivedAt satisfaction kind description\n    compound { id } unit { id } claimedBy { displayName }\n  }\n": types.BoardTicketFragmentDoc,
    "\n  query BoardSnapshot($after: String, $status: [TicketStatus!]) {\n    tickets(filter: { status: $status }, first: 200, after: $after) {\n      edges { node { ...BoardTicket } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.BoardSnapshotDocument,
    "\n  subscription BoardEvents($since: String) {\n    boardEvents(since: $since) { seq cursor type at actorName ticket { ...BoardTicket } }\n  }\n": types.BoardEventsDocument,
    "\n  query DeskOptions {\n    compounds { id name nameEn initials }\n    units { id name nameEn kind }\n    channels { code name nameEn }\n    categories { code name nameEn }\n  }\n": types.DeskOptionsDocument,
    "\n  query Propose($kind: TicketKind!, $category: String!, $compoundId: ID) {\n    proposeUnit(kind: $kind, category: $category, compoundId: $compoundId) { basis unit { id name nameEn } }\n  }\n": types.ProposeDocument,
    "\n  query CallerHistory($phone: String!) {\n    tickets(filter: { callerPhone: $phone }, first: 10) {\n      totalCount\n      edges { node { id number status receivedAt description } }\n    }\n  }\n": types.CallerHistoryDocument,
    "\n  mutation Register($input: CreateTicketInput!) { createTicket(input: $input) { id number version } }\n": types.RegisterDocument,
    "\n  mutation Transfer($id: ID!, $unitId: ID!, $note: String) { transferTicket(id: $id, unitId: $unitId, note: $note) { id status } }\n": types.TransferDocument,
    "\n  mutation Answer($id: ID!, $resolution: String!) { resolveTicket(id: $id, resolution: $resolution, onSite: false) { id status } }\n": types.AnswerDocument,
    "\n  fragment DeskTrayTicket on Ticket {\n    ...TicketActions_Ticket\n    callerName callerPhone description resolution compound { name nameEn }\n    lastRefusal { reason note unit { name nameEn } }\n  }\n": types.DeskTrayTicketFragmentDoc,
    "\n  query DeskTray {\n    tickets(filter: { status: [REGISTERED, RESOLVED] }, orderBy: DUE_SOONEST, first: 200) { edges { node { ...DeskTrayTicket } } }\n  }\n": types.DeskTrayDocument,
    "\n  subscription DeskTrayEvents($since: String) {\n    boardEvents(\n      since: $since\n      filter: { types: [TICKET_REGISTERED, TICKET_TRANSFERRED, TICKET_TRANSFER_REFUSED, TICKET_RESOLVED, TICKET_REPLIED, TICKET_REOPENED] }\n    ) { cursor ticket { ...DeskTrayTicket } }\n  }\n": types.DeskTrayEventsDocument,
    "\n  query BoardCursor { boardCursor }\n": types.BoardCursorDocument,
    "\n  query Me { me { id username displayName role unit { id name nameEn } } }\n": types.MeDocument,
    "\n  fragment QueueTicket on Ticket {\n    ...TicketActions_Ticket\n    description compound { name nameEn }\n  }\n": types.QueueTicketFragmentDoc,
    "\n  query Queue($unitId: ID!) {\n    tickets(filter: { unitId: $unitId, status: [TRANSFERRED, CLAIMED, ON_SITE] }, orderBy: DUE_SOONEST, first: 200) {\n      edges { node { ...QueueTicket } }\n    }\n  }\n": types.QueueDocument,
    "\n  subscription QueueEvents($since: String, $unitId: ID!) {\n    boardEvents(since: $since, filter: { unitIds: [$unitId] }) { cursor ticket { ...QueueTicket } }\n  }\n": types.QueueEventsDocument,
    "\n  fragment TicketActions_Ticket on Ticket {\n    id number status kind version overdue dueAt actions\n    unit { id name nameEn } proposedUnit { id name nameEn } claimedBy { id displayName }\n  }\n": types.TicketActions_TicketFragmentDoc,
    "\n  mutation ClaimTicket($id: ID!, $v: Int) { claimTicket(id: $id, expectedVersion: $v) { ...TicketActions_Ticket } }\n": types.ClaimTicketDocument,
    "\n  mutation ReleaseTicket($id: ID!, $v: Int) { releaseTicket(id: $id, expectedVersion: $v) { ...TicketActions_Ticket } }\n": types.ReleaseTicketDocument,
    "\n  mutation StartOnSite($id: ID!, $v: Int) { startOnSite(id: $id, expectedVersion: $v) { ...TicketActions_Ticket } }\n": types.StartOnSiteDocument,
    "\n  mutation ResolveTicket($id: ID!, $v: Int, $resolution: String!, $onSite: Boolean!) {\n    resolveTicket(id: $id, expectedVersion: $v, resolution: $resolution, onSite: $onSite) { ...TicketActions_Ticket }\n  }\n": types.ResolveTicketDocument,
    "\n  mutation RejectTransfer($id: ID!, $v: Int, $reason: RefusalReason!, $note: String) {\n    rejectTransfer(id: $id, expectedVersion: $v, reason: $reason, note: $note) { ...TicketActions_Ticket }\n  }\n": types.RejectTransferDocument,
    "\n  mutation AssignTicket($id: ID!, $v: Int, $userId: ID!) { assignTicket(id: $id, expectedVersion: $v, userId: $userId) { ...TicketActions_Ticket } }\n": types.AssignTicketDocument,
    "\n  mutation TransferTicket($id: ID!, $v: Int, $unitId: ID!, $note: String) {\n    transferTicket(id: $id, expectedVersion: $v, unitId: $unitId, note: $note) { ...TicketActions_Ticket }\n  }\n": types.TransferTicketDocument,
    "\n  mutation RecordCallback($id: ID!, $v: Int, $satisfaction: Satisfaction!) {\n    recordCallback(id: $id, expectedVersion: $v, satisfaction: $satisfaction) { ...TicketActions_Ticket }\n  }\n": types.RecordCallbackDocument,
    "\n  mutation ReopenTicket($id: ID!, $v: Int, $reason: String!) { reopenTicket(id: $id, expectedVersion: $v, reason: $reason) { ...TicketActions_Ticket } }\n": types.ReopenTicketDocument,
    "\n  mutation CloseTicket($id: ID!, $v: Int) { closeTicket(id: $id, expectedVersion: $v) { ...TicketActions_Ticket } }\n": types.CloseTicketDocument,
    "\n  query ActionOptions($members: Boolean!) {\n    units { id name nameEn kind }\n    me { id unit { id members @include(if: $members) { id displayName role } } }\n  }\n": types.ActionOptionsDocument,
    "\n  query TicketPage($id: ID!) {\n    ticket(id: $id) {\n      ...TicketActions_Ticket\n      complexity receivedAt description callerName callerPhone resolution resolvedOnSite satisfaction overrideReason\n      address { building unit room text }\n      category { code name nameEn } channel { code name nameEn } compound { id name nameEn }\n      lastRefusal { reason note unit { name nameEn } }\n      events { seq type at actorName note changes { field from to } }\n    }\n  }\n": types.TicketPageDocument,
    "\n  subscription TicketEvents($since: String, $filter: BoardEventFilter) { boardEvents(since: $since, filter: $filter) { cursor type } }\n": types.TicketEventsDocument,
    "\n  subscription TicketPresence($ticketId: ID) { presence(ticketId: $ticketId) { userId displayName activity } }\n": types.TicketPresenceDocument,
    "\n  mutation Heartbeat($ticketId: ID, $clientId: String) { heartbeat(ticketId: $ticketId, activity: VIEWING, clientId: $clientId) }\n": types.HeartbeatDocument,
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
export function graphql(source: "\n  fragment DeskTrayTicket on Ticket {\n    ...TicketActions_Ticket\n    callerName callerPhone description resolution compound { name nameEn }\n    lastRefusal { reason note unit { name nameEn } }\n  }\n"): (typeof documents)["\n  fragment DeskTrayTicket on Ticket {\n    ...TicketActions_Ticket\n    callerName callerPhone description resolution compound { name nameEn }\n    lastRefusal { reason note unit { name nameEn } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskTray {\n    tickets(filter: { status: [REGISTERED, RESOLVED] }, orderBy: DUE_SOONEST, first: 200) { edges { node { ...DeskTrayTicket } } }\n  }\n"): (typeof documents)["\n  query DeskTray {\n    tickets(filter: { status: [REGISTERED, RESOLVED] }, orderBy: DUE_SOONEST, first: 200) { edges { node { ...DeskTrayTicket } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DeskTrayEvents($since: String) {\n    boardEvents(\n      since: $since\n      filter: { types: [TICKET_REGISTERED, TICKET_TRANSFERRED, TICKET_TRANSFER_REFUSED, TICKET_RESOLVED, TICKET_REPLIED, TICKET_REOPENED] }\n    ) { cursor ticket { ...DeskTrayTicket } }\n  }\n"): (typeof documents)["\n  subscription DeskTrayEvents($since: String) {\n    boardEvents(\n      since: $since\n      filter: { types: [TICKET_REGISTERED, TICKET_TRANSFERRED, TICKET_TRANSFER_REFUSED, TICKET_RESOLVED, TICKET_REPLIED, TICKET_REOPENED] }\n    ) { cursor ticket { ...DeskTrayTicket } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardCursor { boardCursor }\n"): (typeof documents)["\n  query BoardCursor { boardCursor }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me { me { id username displayName role unit { id name nameEn } } }\n"): (typeof documents)["\n  query Me { me { id username displayName role unit { id name nameEn } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QueueTicket on Ticket {\n    ...TicketActions_Ticket\n    description compound { name nameEn }\n  }\n"): (typeof documents)["\n  fragment QueueTicket on Ticket {\n    ...TicketActions_Ticket\n    description compound { name nameEn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Queue($unitId: ID!) {\n    tickets(filter: { unitId: $unitId, status: [TRANSFERRED, CLAIMED, ON_SITE] }, orderBy: DUE_SOONEST, first: 200) {\n      edges { node { ...QueueTicket } }\n    }\n  }\n"): (typeof documents)["\n  query Queue($unitId: ID!) {\n    tickets(filter: { unitId: $unitId, status: [TRANSFERRED, CLAIMED, ON_SITE] }, orderBy: DUE_SOONEST, first: 200) {\n      edges { node { ...QueueTicket } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription QueueEvents($since: String, $unitId: ID!) {\n    boardEvents(since: $since, filter: { unitIds: [$unitId] }) { cursor ticket { ...QueueTicket } }\n  }\n"): (typeof documents)["\n  subscription QueueEvents($since: String, $unitId: ID!) {\n    boardEvents(since: $since, filter: { unitIds: [$unitId] }) { cursor ticket { ...QueueTicket } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketActions_Ticket on Ticket {\n    id number status kind version overdue dueAt actions\n    unit { id name nameEn } proposedUnit { id name nameEn } claimedBy { id displayName }\n  }\n"): (typeof documents)["\n  fragment TicketActions_Ticket on Ticket {\n    id number status kind version overdue dueAt actions\n    unit { id name nameEn } proposedUnit { id name nameEn } claimedBy { id displayName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimTicket($id: ID!, $v: Int) { claimTicket(id: $id, expectedVersion: $v) { ...TicketActions_Ticket } }\n"): (typeof documents)["\n  mutation ClaimTicket($id: ID!, $v: Int) { claimTicket(id: $id, expectedVersion: $v) { ...TicketActions_Ticket } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseTicket($id: ID!, $v: Int) { releaseTicket(id: $id, expectedVersion: $v) { ...TicketActions_Ticket } }\n"): (typeof documents)["\n  mutation ReleaseTicket($id: ID!, $v: Int) { releaseTicket(id: $id, expectedVersion: $v) { ...TicketActions_Ticket } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartOnSite($id: ID!, $v: Int) { startOnSite(id: $id, expectedVersion: $v) { ...TicketActions_Ticket } }\n"): (typeof documents)["\n  mutation StartOnSite($id: ID!, $v: Int) { startOnSite(id: $id, expectedVersion: $v) { ...TicketActions_Ticket } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveTicket($id: ID!, $v: Int, $resolution: String!, $onSite: Boolean!) {\n    resolveTicket(id: $id, expectedVersion: $v, resolution: $resolution, onSite: $onSite) { ...TicketActions_Ticket }\n  }\n"): (typeof documents)["\n  mutation ResolveTicket($id: ID!, $v: Int, $resolution: String!, $onSite: Boolean!) {\n    resolveTicket(id: $id, expectedVersion: $v, resolution: $resolution, onSite: $onSite) { ...TicketActions_Ticket }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectTransfer($id: ID!, $v: Int, $reason: RefusalReason!, $note: String) {\n    rejectTransfer(id: $id, expectedVersion: $v, reason: $reason, note: $note) { ...TicketActions_Ticket }\n  }\n"): (typeof documents)["\n  mutation RejectTransfer($id: ID!, $v: Int, $reason: RefusalReason!, $note: String) {\n    rejectTransfer(id: $id, expectedVersion: $v, reason: $reason, note: $note) { ...TicketActions_Ticket }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignTicket($id: ID!, $v: Int, $userId: ID!) { assignTicket(id: $id, expectedVersion: $v, userId: $userId) { ...TicketActions_Ticket } }\n"): (typeof documents)["\n  mutation AssignTicket($id: ID!, $v: Int, $userId: ID!) { assignTicket(id: $id, expectedVersion: $v, userId: $userId) { ...TicketActions_Ticket } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferTicket($id: ID!, $v: Int, $unitId: ID!, $note: String) {\n    transferTicket(id: $id, expectedVersion: $v, unitId: $unitId, note: $note) { ...TicketActions_Ticket }\n  }\n"): (typeof documents)["\n  mutation TransferTicket($id: ID!, $v: Int, $unitId: ID!, $note: String) {\n    transferTicket(id: $id, expectedVersion: $v, unitId: $unitId, note: $note) { ...TicketActions_Ticket }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCallback($id: ID!, $v: Int, $satisfaction: Satisfaction!) {\n    recordCallback(id: $id, expectedVersion: $v, satisfaction: $satisfaction) { ...TicketActions_Ticket }\n  }\n"): (typeof documents)["\n  mutation RecordCallback($id: ID!, $v: Int, $satisfaction: Satisfaction!) {\n    recordCallback(id: $id, expectedVersion: $v, satisfaction: $satisfaction) { ...TicketActions_Ticket }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenTicket($id: ID!, $v: Int, $reason: String!) { reopenTicket(id: $id, expectedVersion: $v, reason: $reason) { ...TicketActions_Ticket } }\n"): (typeof documents)["\n  mutation ReopenTicket($id: ID!, $v: Int, $reason: String!) { reopenTicket(id: $id, expectedVersion: $v, reason: $reason) { ...TicketActions_Ticket } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseTicket($id: ID!, $v: Int) { closeTicket(id: $id, expectedVersion: $v) { ...TicketActions_Ticket } }\n"): (typeof documents)["\n  mutation CloseTicket($id: ID!, $v: Int) { closeTicket(id: $id, expectedVersion: $v) { ...TicketActions_Ticket } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionOptions($members: Boolean!) {\n    units { id name nameEn kind }\n    me { id unit { id members @include(if: $members) { id displayName role } } }\n  }\n"): (typeof documents)["\n  query ActionOptions($members: Boolean!) {\n    units { id name nameEn kind }\n    me { id unit { id members @include(if: $members) { id displayName role } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketPage($id: ID!) {\n    ticket(id: $id) {\n      ...TicketActions_Ticket\n      complexity receivedAt description callerName callerPhone resolution resolvedOnSite satisfaction overrideReason\n      address { building unit room text }\n      category { code name nameEn } channel { code name nameEn } compound { id name nameEn }\n      lastRefusal { reason note unit { name nameEn } }\n      events { seq type at actorName note changes { field from to } }\n    }\n  }\n"): (typeof documents)["\n  query TicketPage($id: ID!) {\n    ticket(id: $id) {\n      ...TicketActions_Ticket\n      complexity receivedAt description callerName callerPhone resolution resolvedOnSite satisfaction overrideReason\n      address { building unit room text }\n      category { code name nameEn } channel { code name nameEn } compound { id name nameEn }\n      lastRefusal { reason note unit { name nameEn } }\n      events { seq type at actorName note changes { field from to } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TicketEvents($since: String, $filter: BoardEventFilter) { boardEvents(since: $since, filter: $filter) { cursor type } }\n"): (typeof documents)["\n  subscription TicketEvents($since: String, $filter: BoardEventFilter) { boardEvents(since: $since, filter: $filter) { cursor type } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TicketPresence($ticketId: ID) { presence(ticketId: $ticketId) { userId displayName activity } }\n"): (typeof documents)["\n  subscription TicketPresence($ticketId: ID) { presence(ticketId: $ticketId) { userId displayName activity } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Heartbeat($ticketId: ID, $clientId: String) { heartbeat(ticketId: $ticketId, activity: VIEWING, clientId: $clientId) }\n"): (typeof documents)["\n  mutation Heartbeat($ticketId: ID, $clientId: String) { heartbeat(ticketId: $ticketId, activity: VIEWING, clientId: $clientId) }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;