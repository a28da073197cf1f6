import { followInBursts } from '$lib/graphql/follow.js';
import { CrewEvents } from './crews.graphql.js';

/** Keeps a unit's crews live: sent, moved, a position, new members. Returns its stop. */
export const followCrews = (unitIds: string[], read: () => Promise<void>): (() => void) =>
  followInBursts(CrewEvents, { unitIds }, read);
