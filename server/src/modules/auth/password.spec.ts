import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.js';

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('heatline');
    expect(stored).not.toContain('heatline');
    expect(await verifyPassword('heatline', stored)).toBe(true);
    expect(await verifyPassword('heatlinE', stored)).toBe(false);
    expect(await verifyPassword('heatline', 'garbage')).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('x')).not.toBe(await hashPassword('x'));
  });
});
