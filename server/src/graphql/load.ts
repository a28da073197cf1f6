import type { Reference } from '@mikro-orm/core';

/**
 * A relation's entity: synchronously from the identity map when the query populated it (GraphQL
 * then resolves the field without a promise), else with one load.
 */
export function load<T extends object>(ref: Reference<T> | null | undefined): T | null | Promise<T | null> {
  if (!ref) return null;
  return ref.isInitialized() ? ref.getEntity() : ref.load().then((e) => e ?? null);
}
