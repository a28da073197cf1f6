import { graphql } from '$lib/graphql/generated/index.js';
import type { ViewerQuery } from '$lib/graphql/generated/graphql.js';
import { graphqlClient, request } from '$lib/graphql/client.svelte.js';

const Viewer = graphql(`
  query Viewer {
    viewer {
      kind
      name
    }
    me {
      id
      displayName
      role
      unit {
        id
        name
        nameEn
      }
    }
  }
`);

export type SignedIn = NonNullable<ViewerQuery['me']>;

/**
 * Who is signed in, as the server knows them; null until the (app) layout has asked. A wall display
 * (paired at /pair) has no user: `display` names it, and it opens the board only.
 */
export const viewer = $state<{ me: SignedIn | null; display: { name: string } | null }>({ me: null, display: null });

export async function loadViewer(): Promise<SignedIn | null> {
  const answer = await request(graphqlClient(), Viewer, {});
  viewer.me = answer.me ?? null;
  viewer.display = answer.viewer?.kind === 'DISPLAY' ? { name: answer.viewer.name } : null;
  return viewer.me;
}
