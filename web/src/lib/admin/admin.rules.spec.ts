import { describe, expect, it } from 'vitest';
import { endOfDay, keyState, needsUnit, pairingUrl } from './admin.rules.js';

describe('admin page rules', () => {
  const now = Date.parse('2026-11-20T08:00:00Z');

  it('tells a key in use from a revoked or expired one', () => {
    expect(keyState({}, now)).toBe('active');
    expect(keyState({ expiresAt: '2026-11-21T00:00:00Z' }, now)).toBe('active');
    expect(keyState({ expiresAt: '2026-11-19T00:00:00Z' }, now)).toBe('expired');
    expect(keyState({ revokedAt: '2026-11-01T00:00:00Z', expiresAt: '2026-11-19T00:00:00Z' }, now)).toBe('revoked');
  });

  it('builds the pairing address on the board’s own origin', () => {
    expect(pairingUrl('https://board.example.gov.cn/', 'ABCD-EFGH')).toBe(
      'https://board.example.gov.cn/pair?code=ABCD-EFGH',
    );
  });

  it('reads an expiry date as the end of that day, and nothing else', () => {
    expect(new Date(endOfDay('2026-12-31')!).getDate()).toBe(31);
    expect(endOfDay('')).toBeNull();
    expect(endOfDay('31/12/2026')).toBeNull();
  });

  it('asks staff and heads for a unit', () => {
    expect(needsUnit('STAFF')).toBe(true);
    expect(needsUnit('HEAD')).toBe(true);
    expect(needsUnit('LEADER')).toBe(false);
  });
});
