import type { Role } from '$lib/graphql/generated/graphql.js';

/** The signed-in pages a menu can offer, in the order a menu lists them after the landing page. */
export type MenuPage = '/desk' | '/queue' | '/board' | '/incidents' | '/meetings' | '/notices' | '/visits' | '/admin';

/** What the menu calls each page (message keys). */
export const MENU_LABELS = {
  '/desk': 'desk',
  '/queue': 'queue',
  '/board': 'board',
  '/incidents': 'incidentsTitle',
  '/meetings': 'meetings',
  '/notices': 'notices',
  '/visits': 'visits',
  '/admin': 'admin',
} as const satisfies Record<MenuPage, string>;

/**
 * Which roles a signed-in page is for, by its first path segment; a page not listed is for everyone.
 * The server decides what each may do; this keeps people off pages where they could do nothing.
 */
const PAGES: Record<string, readonly Role[]> = {
  desk: ['OPERATOR'],
  queue: ['STAFF', 'HEAD'],
  incidents: ['OPERATOR', 'STAFF', 'HEAD', 'LEADER', 'SUPERVISOR'],
  meetings: ['LEADER'],
  notices: ['LEADER', 'SUPERVISOR', 'OPERATOR', 'HEAD', 'STAFF'],
  visits: ['LEADER', 'SUPERVISOR'],
  admin: ['ADMIN'],
};

/** Where a day starts; the admin page is a tool an admin opens, not a place to land. */
const LANDINGS: readonly MenuPage[] = ['/desk', '/queue', '/board'];
const MENU: readonly MenuPage[] = [...LANDINGS, '/incidents', '/meetings', '/notices', '/visits', '/admin'];

const firstSegment = (path: string) => path.split('/').find((s) => s && !s.startsWith('('));

/** The roles `path` is for, or null when it is for everyone. */
export function rolesFor(path: string): readonly Role[] | null {
  const first = firstSegment(path);
  return (first && PAGES[first]) || null;
}

/** Whether `role` may open `path` ('/desk', '/tickets/12' or a route id such as '/(app)/queue'). */
export function mayOpen(role: Role, path: string): boolean {
  const roles = rolesFor(path);
  return !roles || roles.includes(role);
}

/** Where a role starts its day: the desk takes calls, units work their queue, everyone else watches the board. */
export function landingFor(role: Role): MenuPage {
  return LANDINGS.find((p) => rolesFor(p)?.includes(role)) ?? '/board';
}

/** The pages a role's menu offers: its landing page first, then the others it may open. */
export function menuFor(role: Role): MenuPage[] {
  const landing = landingFor(role);
  return [landing, ...MENU.filter((p) => p !== landing && mayOpen(role, p))];
}
