import { stdSerializers, type SerializedError } from 'pino';

/**
 * A database error's message carries the failed statement with its values inlined (knex writes
 * `insert into "ticket" (...) values ('张三', '13800000000', …) - <reason>`), and PostgreSQL's
 * `detail` repeats the failing row: callers' names and phones. What is logged keeps the statement's
 * shape and the reason, never a value.
 */
export function redactSql(text: string): string {
  return (
    text
      // MikroORM appends PostgreSQL's detail ("Failing row contains (…)", "Key (…)=(…)"): the row itself.
      .replace(/ - detail: [\s\S]*?(?=\n\s+at |$)/g, ' - detail withheld')
      // String literals ('…', with '' inside), E'…' and $$…$$ bodies.
      .replace(/[Ee]?'(?:[^']|'')*'/g, '?')
      .replace(/\$\$[\s\S]*?\$\$/g, '?')
      // Numbers standing as values (not inside identifiers such as ticket_2 or $1).
      .replace(/(?<![\w$."])-?\d+(?:\.\d+)?(?![\w"])/g, '?')
  );
}

// Fields drivers attach that repeat values: PostgreSQL's detail, where and the statement itself.
const VALUE_FIELDS = ['detail', 'where', 'sql', 'query', 'bindings', 'params', 'parameters', 'values', 'internalQuery'];

const looksLikeSql = (s: string) =>
  /\b(insert\s+into|update\s+\S+\s+set|delete\s+from|select\s.+\sfrom)\b| - detail: /i.test(s);

/** pino's error serializer, with values taken out of anything that carries SQL. */
export function redactedError(err: unknown): SerializedError {
  const s = stdSerializers.err(err as Error) as SerializedError & Record<string, unknown>;
  return scrub(s, 0) as SerializedError;
}

function scrub(value: unknown, depth: number, key = ''): unknown {
  if (typeof value === 'string') {
    if (!looksLikeSql(value)) return value;
    // A stack keeps its frames' line numbers: only its first lines, the message, are redacted.
    const frames = key === 'stack' ? value.search(/\n\s+at /) : -1;
    return frames < 0 ? redactSql(value) : redactSql(value.slice(0, frames)) + value.slice(frames);
  }
  if (!value || typeof value !== 'object' || depth > 4) return value;
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (VALUE_FIELDS.includes(k)) continue;
    out[k] = scrub(v, depth + 1, k);
  }
  return out;
}
