import { graphql } from '$lib/graphql/generated/index.js';
import type { ViewerQuery } from '$lib/graphql/generated/graphql.js';
import { graphqlClient, request } from '$lib/graphql/client.svelte.js';

const Viewer = graphql(`
  query Viewer {
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

/** Who is signed in, as the server knows them; null until the (app) layout has asked. */
export const viewer = $state<{ me: SignedIn | null }>({ me: null });

export async function loadViewer(token: string): Promise<SignedIn | null> {
  viewer.me = (await request(graphqlClient(token), Viewer, {})).me ?? null;
  return viewer.me;
}
