import type { Reference } from '@mikro-orm/core';

/** A relation's entity, from the identity map when the query populated it, else one load. */
export async function load<T extends object>(ref: Reference<T> | null | undefined): Promise<T | null> {
  if (!ref) return null;
  return ref.isInitialized() ? ref.getEntity() : ((await ref.load()) ?? null);
}
