import { describe, expect, it } from 'vitest';
import { mayOpen } from './access.rules.js';

describe('who may open which page', () => {
  it('keeps the desk for the desk and the queue for unit staff', () => {
    expect(mayOpen('OPERATOR', '/desk')).toBe(true);
    expect(mayOpen('STAFF', '/desk')).toBe(false);
    expect(mayOpen('STAFF', '/(app)/queue')).toBe(true);
    expect(mayOpen('HEAD', '/queue')).toBe(true);
    expect(mayOpen('LEADER', '/queue')).toBe(false);
  });

  it('opens the board and ticket pages to everyone', () => {
    for (const role of ['ADMIN', 'HEAD', 'LEADER', 'OPERATOR', 'STAFF'] as const) {
      expect(mayOpen(role, '/(app)/board')).toBe(true);
      expect(mayOpen(role, '/tickets/12')).toBe(true);
    }
  });
});
