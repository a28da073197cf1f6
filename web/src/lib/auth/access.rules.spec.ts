import { describe, expect, it } from 'vitest';
import { landingFor, mayOpen, menuFor, rolesFor } from './access.rules.js';

describe('who may open which page', () => {
  it('keeps the desk for the desk and the queue for unit staff', () => {
    expect(mayOpen('OPERATOR', '/desk')).toBe(true);
    expect(mayOpen('STAFF', '/desk')).toBe(false);
    expect(mayOpen('STAFF', '/(app)/queue')).toBe(true);
    expect(mayOpen('HEAD', '/queue')).toBe(true);
    expect(mayOpen('LEADER', '/queue')).toBe(false);
    // A supervisor reads every unit's tickets but works none: no desk, no queue.
    expect(mayOpen('SUPERVISOR', '/desk')).toBe(false);
    expect(mayOpen('SUPERVISOR', '/queue')).toBe(false);
  });

  it('keeps the admin page for admins', () => {
    expect(mayOpen('ADMIN', '/(app)/admin')).toBe(true);
    expect(mayOpen('LEADER', '/admin')).toBe(false);
    expect(menuFor('LEADER')).not.toContain('/admin');
  });

  it('opens the board and ticket pages to everyone', () => {
    for (const role of ['ADMIN', 'HEAD', 'LEADER', 'OPERATOR', 'STAFF', 'SUPERVISOR'] as const) {
      expect(mayOpen(role, '/(app)/board')).toBe(true);
      expect(mayOpen(role, '/tickets/12')).toBe(true);
    }
    expect(rolesFor('/(app)/tickets/[id]')).toBeNull();
  });

  it('names the roles a page is for, to tell someone else whose page it is', () => {
    expect(rolesFor('/(app)/desk')).toEqual(['OPERATOR']);
    expect(rolesFor('/queue')).toEqual(['STAFF', 'HEAD']);
  });
});

describe('where each role lands and what its menu offers', () => {
  it('lands the desk on the desk, unit staff and heads on the queue, everyone else on the board', () => {
    expect(landingFor('OPERATOR')).toBe('/desk');
    expect(landingFor('STAFF')).toBe('/queue');
    expect(landingFor('HEAD')).toBe('/queue');
    expect(landingFor('LEADER')).toBe('/board');
    expect(landingFor('ADMIN')).toBe('/board');
    expect(landingFor('SUPERVISOR')).toBe('/board');
  });

  it('offers only the pages the role may open, its landing page first', () => {
    expect(menuFor('OPERATOR')).toEqual(['/desk', '/board', '/incidents', '/notices']);
    expect(menuFor('STAFF')).toEqual(['/queue', '/board', '/incidents', '/notices']);
    expect(menuFor('HEAD')).toEqual(['/queue', '/board', '/incidents', '/notices']);
    expect(menuFor('LEADER')).toEqual(['/board', '/incidents', '/meetings', '/notices', '/visits']);
    expect(menuFor('ADMIN')).toEqual(['/board', '/admin']);
    expect(menuFor('SUPERVISOR')).toEqual(['/board', '/incidents', '/notices', '/visits']);
  });
});
