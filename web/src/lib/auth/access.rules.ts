import type { Role } from '$lib/graphql/generated/graphql.js';

/**
 * Which roles a signed-in page is for, by its first path segment; a page not listed is for everyone.
 * The server decides what each may do; this keeps people off pages where they could do nothing.
 */
const PAGES: Record<string, readonly Role[]> = {
  desk: ['OPERATOR'],
  queue: ['STAFF', 'HEAD'],
};

/** Whether `role` may open `path` ('/desk', '/tickets/12' or a route id such as '/(app)/queue'). */
export function mayOpen(role: Role, path: string): boolean {
  const first = path.split('/').find((s) => s && !s.startsWith('('));
  const roles = first ? PAGES[first] : undefined;
  return !roles || roles.includes(role);
}
