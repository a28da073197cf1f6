import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { ApiError, graphqlClient, request } from '$lib/graphql/client.svelte.js';
import { t } from '$lib/i18n/i18n.svelte.js';
import type { MessageKey } from '$lib/i18n/messages.js';
import { sayRefusal } from '$lib/i18n/refusal.js';

/** One admin request over the page's socket, as the signed-in admin. */
export function call<R, V extends Record<string, unknown>>(doc: TypedDocumentNode<R, V>, variables: V): Promise<R> {
  return request(graphqlClient(), doc, variables);
}

/** A refusal in the user's language; anything else by its message. */
export function say(e: unknown): string {
  if (e instanceof ApiError) return sayRefusal({ code: e.code, message: e.message, extensions: e.extensions });
  return e instanceof Error ? e.message : String(e);
}

/** A message with its {placeholders} filled. */
export function tf(key: MessageKey, params: Record<string, string | number>): string {
  return t(key).replace(/\{(\w+)\}/g, (_, p: string) => String(params[p] ?? ''));
}
