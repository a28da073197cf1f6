import { describe, expect, it } from 'vitest';
import { redactSql, redactedError } from './log-redaction.js';

const failedInsert = () => {
  const e = new Error(
    `insert into "ticket" ("number", "caller_name", "caller_phone", "room", "version") values ('20091124-0007', '张三', '13800138000', 302, 1) returning "id" - new row for relation "ticket" violates check constraint "ticket_check"\n - detail: Failing row contains (7, 20091124-0007, 张三, 13800138000).`,
  ) as Error & Record<string, unknown>;
  e.name = 'CheckConstraintViolationException';
  e.detail = 'Failing row contains (7, 张三, 13800138000).';
  e.code = '23514';
  e.sql = 'insert into "ticket" values ($1, $2, $3)';
  e.cause = { message: e.message, detail: e.detail };
  return e;
};

describe('failed SQL in the log', () => {
  it('keeps the statement and the reason, not the values', () => {
    const text = redactSql(
      `update "ticket" set "caller_name" = 'O''Brien', "caller_phone" = '13800138000', "version" = 2 where "id" = 17 - deadlock`,
    );
    expect(text).toBe(
      `update "ticket" set "caller_name" = ?, "caller_phone" = ?, "version" = ? where "id" = ? - deadlock`,
    );
  });

  it('leaves no caller data anywhere in a serialized database error, and keeps the stack frames', () => {
    const e = failedInsert();
    const logged = JSON.stringify(redactedError(e));
    expect(logged).not.toMatch(/13800138000|张三|20091124-0007/);
    expect(logged).toContain('violates check constraint');
    expect(logged).toContain('"code":"23514"');
    expect(logged).toMatch(/log-redaction\.spec\.ts:\d+:\d+/);
  });

  it('leaves an ordinary error alone', () => {
    expect(redactedError(new Error('port 4000 is already in use')).message).toBe('port 4000 is already in use');
  });
});
