import { describe, expect, it } from 'vitest';
import { keyWorks, newPairingCode, normalizePairingCode, scopeProblem } from './api-key.rules.js';

describe('pairing codes', () => {
  it('are two groups of four unambiguous characters, different every time', () => {
    const codes = new Set(Array.from({ length: 50 }, newPairingCode));
    expect(codes.size).toBe(50);
    for (const c of codes) expect(c).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
  });

  it('are read back however they were typed', () => {
    const code = newPairingCode();
    expect(normalizePairingCode(code.toLowerCase().replace('-', ' '))).toBe(code);
    expect(normalizePairingCode('abcd efgh')).toBe('ABCD-EFGH');
  });

  it('refuse what cannot be a code', () => {
    expect(normalizePairingCode('')).toBeNull();
    expect(normalizePairingCode('ABCD-EFG')).toBeNull();
    expect(normalizePairingCode('ABCD-EFG!')).toBeNull();
  });
});

describe('API key rules', () => {
  it('names unknown scopes and refuses none', () => {
    expect(scopeProblem([], ['a'])).toMatch(/at least one/);
    expect(scopeProblem(['a', 'root'], ['a'])).toMatch(/root/);
    expect(scopeProblem(['a'], ['a'])).toBeNull();
  });

  it('lets a key in until it is revoked or expires', () => {
    const now = new Date('2026-11-20T08:00:00Z');
    expect(keyWorks({}, now)).toBe(true);
    expect(keyWorks({ expiresAt: new Date('2026-11-20T08:00:01Z') }, now)).toBe(true);
    expect(keyWorks({ expiresAt: now }, now)).toBe(false);
    expect(keyWorks({ revokedAt: new Date('2026-11-01') }, now)).toBe(false);
  });
});
