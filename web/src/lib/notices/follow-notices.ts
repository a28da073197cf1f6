import { followInBursts } from '$lib/graphql/follow.js';
import { NoticeEvents } from './notices.graphql.js';

/** Keeps a view of notices live (of `unitIds`' notices, or all the viewer may read). Returns its stop. */
export const followNotices = (unitIds: string[] | null, read: () => Promise<void>): (() => void) =>
  followInBursts(NoticeEvents, { unitIds }, read);
