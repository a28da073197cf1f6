// WebSocket close codes the server sends, in graphql-ws's private range (4000–4999).

/** The credential is missing, unknown, expired, signed out or revoked: sign in again, do not retry. */
export const CLOSE_UNAUTHORIZED = 4401;

/** The subscriber did not read fast enough; it may reconnect and resume from its last cursor. */
export const CLOSE_TOO_SLOW = 4429;
