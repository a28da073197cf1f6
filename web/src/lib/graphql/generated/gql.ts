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
};
const documents: Documents = {
    "\n  query Places {\n    heatSources { id name nameEn lat lon }\n    stations { id name nameEn lat lon operatorUnit { id name nameEn kind } }\n    compounds { id name nameEn lat lon heating households station { id name nameEn } operatorUnit { id name nameEn } }\n    units { id name nameEn kind }\n  }\n": types.PlacesDocument,
    "\n  fragment BoardTicket on Ticket {\n    id number status overdue receivedAt satisfaction kind description\n    compound { id } unit { id } claimedBy { displayName }\n  }\n": types.BoardTicketFragmentDoc,
    "\n  query BoardSnapshot($after: String, $status: [TicketStatus!]) {\n    tickets(filter: { status: $status }, first: 200, after: $after) {\n      edges { node { ...BoardTicket } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.BoardSnapshotDocument,
    "\n  query BoardCursor { boardCursor }\n": types.BoardCursorDocument,
    "\n  subscription BoardEvents($since: String) {\n    boardEvents(since: $since) { seq cursor type at actorName ticket { ...BoardTicket } }\n  }\n": types.BoardEventsDocument,
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;