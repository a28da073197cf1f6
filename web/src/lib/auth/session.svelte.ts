import type { ResultOf } from '@graphql-typed-document-node/core';
import { payloadOf } from '$lib/graphql/client.svelte.js';
import { graphql } from '$lib/graphql/generated/index.js';
import type { ApiRefusal } from '$lib/i18n/refusal.js';
import { viewer } from './viewer.svelte.js';

const STORAGE_KEY = 'heatline.token';

const Login = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
    }
  }
`);

/**
 * The signed-in token, kept in this browser until sign-out; `ended` when it was dropped because the
 * server no longer accepts it (signed out elsewhere, expired), so the sign-in page can say why.
 */
export const session = $state<{ token: string | null; ended: boolean }>({
  token: typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null,
  ended: false,
});

/**
 * Signs in over plain HTTP (there is no socket before there is a token). Null when signed in, else
 * the server's refusal (a wrong password; too many attempts, with how long to wait).
 */
export async function login(username: string, password: string): Promise<ApiRefusal | null> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(payloadOf(Login, { username, password })),
  });
  const body = (await res.json()) as { data?: ResultOf<typeof Login> | null; errors?: ApiRefusal[] };
  const token = body.data?.login?.token;
  if (!token) return body.errors?.[0] ?? { message: 'sign-in failed' };
  session.token = token;
  session.ended = false;
  localStorage.setItem(STORAGE_KEY, token);
  return null;
}

const PairDisplay = graphql(`
  mutation PairDisplay($code: String!) {
    pairDisplay(code: $code) {
      token
      name
    }
  }
`);

/**
 * Makes this browser a wall display: trades the admin's one-time code for the display credential,
 * kept like a sign-in. Returns the display's name, or null when the code is no good.
 */
export async function pairDisplay(code: string): Promise<string | null> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(payloadOf(PairDisplay, { code })),
  });
  const body = (await res.json()) as { data?: ResultOf<typeof PairDisplay> | null };
  const paired = body.data?.pairDisplay;
  if (!paired) return null;
  session.token = paired.token;
  session.ended = false;
  localStorage.setItem(STORAGE_KEY, paired.token);
  return paired.name;
}

export function forget({ ended = false } = {}): void {
  session.token = null;
  session.ended = ended;
  viewer.me = null;
  viewer.display = null;
  localStorage.removeItem(STORAGE_KEY);
}
