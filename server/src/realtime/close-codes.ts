// WebSocket close codes the server sends, in graphql-ws's private range (4000–4999).

/** The credential is missing, unknown, expired, signed out or revoked: sign in again, do not retry. */
export const CLOSE_UNAUTHORIZED = 4401;

/**
 * The subscriber did not read fast enough; it may reconnect and resume from its last cursor. Not
 * 4429: graphql-ws reserves that for too many initialisation requests and its client never retries
 * it; it retries any code outside its own list, as it does this one.
 */
export const CLOSE_TOO_SLOW = 4503;

/**
 * Too many connections from one address or for one credential: the standard client retries it
 * with its back-off, by when others may have closed (the WebSocket standard's "try again later").
 */
export const CLOSE_TRY_AGAIN_LATER = 1013;

/**
 * The server is stopping (a restart, a deploy): the standard client reconnects, to another instance
 * or to this one once it is back, and live feeds resume from their last cursor (WebSocket's 1012).
 */
export const CLOSE_RESTARTING = 1012;
