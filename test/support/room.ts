import { codeOf, login, type GqlResult } from './graphql.js';
import type { RunningServer } from './server.js';
import { subscribeFromNow, until, type Received } from './ws.js';

/** What a board screen follows of the room's life: ticket events and room events alike. */
const BOARD = `subscription($since: String) {
  boardEvents(since: $since) { seq type ticketId roomUnitId ticket { id } actorName } }`;

/** Signs each user in, in order. */
export const logins = <T extends readonly string[]>(url: string, ...names: T) =>
  Promise.all(names.map((n) => login(url, n))) as Promise<{ [K in keyof T]: string }>;

/** A board screen per token, each following from now. */
export const boards = <T extends readonly string[]>(server: RunningServer, ...tokens: T) =>
  Promise.all(tokens.map((t) => subscribeFromNow(server.url, server.wsUrl, t, BOARD))) as Promise<{
    [K in keyof T]: Received;
  }>;

/** The refusal's code and, when it names one, its field or the status it found. */
export const refusal = (r: GqlResult) => {
  const ext = r.errors?.[0]?.extensions ?? {};
  return [codeOf(r), ext.field ?? ext.status].filter(Boolean).join(' ');
};

/** What a screen received before a room-wide marker (a sign-in every screen sees): then it is caught up. */
export async function eventsBefore(screen: Received, marker: () => Promise<unknown>): Promise<string[]> {
  await marker();
  const index = () => screen.items.findIndex((e: { type: string }) => e.type === 'UNIT_SIGNED_IN');
  await until(
    () => index() >= 0,
    'the sign-in on the screen',
    () => JSON.stringify(screen.items),
  );
  return screen.items.slice(0, index()).map((e: { type: string }) => e.type);
}
