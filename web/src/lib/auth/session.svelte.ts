import type { ResultOf } from '@graphql-typed-document-node/core';
import { payloadOf, reconnect } from '$lib/graphql/client.svelte.js';
import { graphql } from '$lib/graphql/generated/index.js';
import type { ApiRefusal } from '$lib/i18n/refusal.js';
import { viewer } from './viewer.svelte.js';

// Whether this browser signed in: a hint, not a credential (that is an HttpOnly cookie no script
// reads), so a refusal can be told apart as "your session ended" from "you never signed in".
const SIGNED_IN_KEY = 'heatline.signedIn';
// Versions before the cookie kept the token itself here; it must not outlive the upgrade.
if (typeof localStorage !== 'undefined') localStorage.removeItem('heatline.token');

const Login = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      expiresAt
    }
  }
`);

/** `ended`: the server no longer accepts this browser's session (signed out elsewhere, expired). */
export const session = $state<{ ended: boolean }>({ ended: false });

const signedInHere = () => typeof localStorage !== 'undefined' && localStorage.getItem(SIGNED_IN_KEY) === '1';

/**
 * Signs in over plain HTTP, which answers with the session cookie (the socket is opened after it,
 * with it). Null when signed in, else the server's refusal (a wrong password; too many attempts,
 * with how long to wait).
 */
export async function login(username: string, password: string): Promise<ApiRefusal | null> {
  const body = await post<ResultOf<typeof Login>>(payloadOf(Login, { username, password }));
  if (!body.data?.login) return body.errors?.[0] ?? { message: 'sign-in failed' };
  began();
  return null;
}

const PairDisplay = graphql(`
  mutation PairDisplay($code: String!) {
    pairDisplay(code: $code) {
      name
    }
  }
`);

/**
 * Makes this browser a wall display: trades the admin's one-time code for the display credential,
 * kept like a sign-in (a cookie). Returns the display's name, or null when the code is no good.
 */
export async function pairDisplay(code: string): Promise<string | null> {
  const body = await post<ResultOf<typeof PairDisplay>>(payloadOf(PairDisplay, { code }));
  const paired = body.data?.pairDisplay;
  if (!paired) return null;
  began();
  return paired.name;
}

const Logout = graphql(`
  mutation Logout {
    logout
  }
`);

/** Signs out: the server ends the session and clears the cookie; this screen forgets who it was. */
export async function signOut(): Promise<void> {
  // Signed out either way: an answer that does not come must not keep anyone signed in here.
  await post(payloadOf(Logout, {})).catch(() => null);
  forget();
}

/**
 * The session is over on this screen. `ended` (the server refused it) only when this browser had
 * signed in: a visitor who never did is simply sent to sign in.
 */
export function forget({ ended = false } = {}): void {
  session.ended = ended && signedInHere();
  viewer.me = null;
  viewer.display = null;
  localStorage.removeItem(SIGNED_IN_KEY);
  reconnect();
}

function began(): void {
  session.ended = false;
  localStorage.setItem(SIGNED_IN_KEY, '1');
  reconnect();
}

async function post<R>(payload: ReturnType<typeof payloadOf>): Promise<{ data?: R | null; errors?: ApiRefusal[] }> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(payload),
  });
  return (await res.json()) as { data?: R | null; errors?: ApiRefusal[] };
}
