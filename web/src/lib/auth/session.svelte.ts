const STORAGE_KEY = 'heatline.token';

/** The signed-in token, kept in this browser until sign-out. */
export const session = $state<{ token: string | null }>({
  token: typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null,
});

/** Signs in over plain HTTP (there is no socket before there is a token). */
export async function login(username: string, password: string): Promise<boolean> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      variables: { u: username, p: password },
    }),
  });
  const body = (await res.json()) as { data?: { login?: { token: string } } };
  const token = body.data?.login?.token;
  if (!token) return false;
  session.token = token;
  localStorage.setItem(STORAGE_KEY, token);
  return true;
}

export function forget(): void {
  session.token = null;
  localStorage.removeItem(STORAGE_KEY);
}
