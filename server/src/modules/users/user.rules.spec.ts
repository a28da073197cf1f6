import { describe, expect, it } from 'vitest';
import { Role } from './user.entity.js';
import { changesRights, membershipProblem, passwordProblem, selfChangeProblem } from './user.rules.js';

describe('a new password', () => {
  it('is refused blank, short, repetitive or containing the username', () => {
    expect(passwordProblem('          ', 'wang')?.reason).toBe('required');
    expect(passwordProblem('short1', 'wang')?.reason).toBe('length');
    expect(passwordProblem('aaaaaaaaaaaa', 'wang')?.reason).toBe('weakPassword');
    expect(passwordProblem('my-WANG-2026!', 'wang')?.reason).toBe('weakPassword');
  });

  it('is accepted at ten characters, counted as characters not bytes', () => {
    expect(passwordProblem('供热热线调度平台二〇〇九', 'wang')).toBeNull();
    expect(passwordProblem('winter-2009', 'wang')).toBeNull();
  });
});

describe('unit membership', () => {
  it('needs a unit for staff and heads, and none for the others', () => {
    expect(membershipProblem(Role.STAFF, null)).toMatch(/unit/);
    expect(membershipProblem(Role.HEAD, null)).toMatch(/unit/);
    expect(membershipProblem(Role.HEAD, 'unit-water')).toBeNull();
    expect(membershipProblem(Role.LEADER, null)).toBeNull();
    expect(membershipProblem(Role.OPERATOR, 'unit-hotline')).toBeNull();
  });
});

describe('an admin changing their own account', () => {
  it('may not deactivate it or drop the ADMIN role', () => {
    expect(selfChangeProblem(1, 1, { deactivate: true })).toMatch(/deactivate/);
    expect(selfChangeProblem(1, 1, { role: Role.LEADER })).toMatch(/ADMIN/);
    expect(selfChangeProblem(1, 1, { role: Role.ADMIN })).toBeNull();
    expect(selfChangeProblem(1, 2, { deactivate: true })).toBeNull();
  });
});

describe('a change that signs a user out', () => {
  it('is a new role or a new unit, not a new name', () => {
    const was = { role: Role.STAFF, unitId: 'a' };
    expect(changesRights(was, { role: Role.HEAD, unitId: 'a' })).toBe(true);
    expect(changesRights(was, { role: Role.STAFF, unitId: 'b' })).toBe(true);
    expect(changesRights(was, { ...was })).toBe(false);
  });
});
