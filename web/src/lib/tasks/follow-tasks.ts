import { followInBursts } from '$lib/graphql/follow.js';
import { TaskEvents } from './tasks.graphql.js';

/** Keeps a unit's co-handling tasks live. Returns its stop. */
export const followTasks = (unitIds: string[], read: () => Promise<void>): (() => void) =>
  followInBursts(TaskEvents, { unitIds }, read);
