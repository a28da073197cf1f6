// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from './i18n.svelte.js';
import { knowsRefusal, sayRefusal } from './refusal.js';

const ext = (messageKey: string, params: Record<string, unknown> = {}) => ({ messageKey, params });

describe('a refusal in the user’s language', () => {
  afterEach(() => void (i18n.locale = 'zh-CN'));

  it('says it in Chinese from the key, naming the field as the form does', () => {
    const e = { code: 'BAD_USER_INPUT', message: 'callerPhone: callerPhone must be a phone number' };
    expect(sayRefusal({ ...e, extensions: ext('input.format', { field: 'callerPhone' }) })).toBe('来电电话格式不正确');
    i18n.locale = 'en';
    expect(sayRefusal({ ...e, extensions: ext('input.format', { field: 'callerPhone' }) })).toBe(
      'Caller phone is not in the right form',
    );
  });

  it('names roles, statuses, actions and people in the chosen language', () => {
    const role = ext('forbidden.role', { roles: ['OPERATOR'], role: 'LEADER' });
    expect(sayRefusal({ message: 'this needs the role OPERATOR; you are LEADER', extensions: role })).toBe(
      '此操作仅限受理员，您的角色是领导',
    );
    const moved = ext('ticket.invalidTransition', { status: 'TRANSFERRED', action: 'CLOSE' });
    expect(sayRefusal({ message: 'x', extensions: moved }, { action: () => '结案' })).toBe(
      '工单已是“已转办”状态，不能再“结案”',
    );
    const claimed = ext('ticket.alreadyClaimed', { claimedBy: { id: '4', name: '金泉热力 杨磊' } });
    expect(sayRefusal({ message: 'x', extensions: claimed })).toBe('已被 金泉热力 杨磊 签收');
  });

  it("keeps the server's words for a key it does not know, and for no key at all", () => {
    expect(sayRefusal({ message: 'something new', extensions: ext('input.somethingNew') })).toBe('something new');
    expect(sayRefusal({ message: 'socket closed' })).toBe('socket closed');
  });

  it('has words for every message key the server sends', () => {
    const root = fileURLToPath(new URL('../../../../server/src/', import.meta.url));
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
        d.isDirectory()
          ? sources(join(dir, d.name))
          : d.name.endsWith('.ts') && !d.name.endsWith('.spec.ts')
            ? [readFileSync(join(dir, d.name), 'utf8')]
            : [],
      );
    const code = sources(root).join('\n');
    const keys = new Set<string>();
    // Explicit keys (a last argument 'auth.x'), forbidden(…, 'reason') and badInput(…, 'reason'), and the defaults.
    for (const m of code.matchAll(
      /,\s*'((?:auth|forbidden|input|ticket|notice|visit|meeting|incident|task|crew)\.[A-Za-z]+)',?\s*\)/g,
    ))
      keys.add(m[1]!);
    for (const m of code.matchAll(/refuse\('(\w+)'/g)) keys.add(`forbidden.${m[1]}`);
    for (const m of code.matchAll(/forbidden\([^;]*?,\s*'(\w+)'/g)) keys.add(`forbidden.${m[1]}`);
    const reasons = /export type InputReason =([^;]+);/.exec(code)![1]!.matchAll(/'(\w+)'/g);
    for (const m of reasons) keys.add(`input.${m[1]}`);
    for (const k of ['forbidden', 'notFound']) keys.add(k);
    expect(keys.size).toBeGreaterThan(25);
    expect([...keys].filter((k) => !knowsRefusal(k))).toEqual([]);
  });
});
