/** One message of the `presence` subscription, whatever fields the document selects of each entry. */
export interface PresenceChange<E extends { key: string }> {
  entries: readonly E[];
  left: readonly string[];
  snapshot: boolean;
}

/**
 * Who is present after one message, in name order as the server lists them: a snapshot replaces
 * everyone (the first message, and the first after a reconnect); otherwise, by key, those who left
 * go and those who joined or changed are set.
 */
export function applyPresence<E extends { key: string; displayName: string }>(
  present: readonly E[],
  change: PresenceChange<E>,
): E[] {
  const byKey = new Map(change.snapshot ? [] : present.map((e) => [e.key, e] as const));
  for (const key of change.left) byKey.delete(key);
  for (const e of change.entries) byKey.set(e.key, e);
  return [...byKey.values()].sort((a, b) => a.displayName.localeCompare(b.displayName));
}
