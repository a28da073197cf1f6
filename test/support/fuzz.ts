import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/** Real identifiers and cursors from the server under test, so that some generated calls reach the resolvers. */
export interface Known {
  ids: string[];
  cursors: string[];
}

const CREDENTIALS = ['anonymous', 'desk', 'leader', 'admin', 'jinquan1', 'jinquan-head', 'apiKey', 'bogus'] as const;
const SIGNED_IN = ['desk', 'leader', 'admin', 'jinquan1', 'jinquan-head', 'apiKey'] as const;
export type Credential = (typeof CREDENTIALS)[number];

/** One generated request: a GraphQL body over HTTP or the WebSocket, or a malformed HTTP request. */
export interface FuzzCase {
  transport: 'http' | 'ws';
  credential: Credential;
  body: { query: string; variables?: unknown; operationName?: unknown; extensions?: unknown };
  /** A request that is not a plain JSON POST: another method, another encoding, a broken body. */
  raw?: { method: 'GET' | 'POST'; contentType?: string; body?: string; search?: string };
}

const HOSTILE_STRINGS = [
  '',
  ' ',
  'NaN',
  '-1',
  '0',
  '1e999',
  '-0',
  'Infinity',
  '9007199254740993',
  '99999999999999999999999',
  'null',
  'undefined',
  'true',
  '[object Object]',
  '__proto__',
  'constructor',
  '\u0000',
  'a\u0000b',
  '\u0007\u001b[31m',
  '\r\n',
  '\t',
  '\u2028\u2029',
  '\ufeff',
  '\ud800',
  '\udfff\ud800',
  '🔥🔥',
  'e\u0301',
  '文丰小区',
  'wfxq',
  "' or 1=1 --",
  '"; drop table ticket; --',
  '%',
  '_',
  '\\',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '${7*7}',
  '{{7*7}}',
  '13812345678',
  '2009-11-16',
  '2009-11-16T08:00:00Z',
  '2009-02-30T00:00:00Z',
  '+275760-09-13T00:00:00.000Z',
  '-271821-04-20T00:00:00Z',
  '2026-13-45T25:61:61Z',
  'x'.repeat(201),
  'y'.repeat(5_000),
  '长'.repeat(20_000),
];
const CURSORS = ['NaN', '-1', '1e999', '0', '', '99999999999999999999', '1.5', ' 1', 'Infinity', '0x10', '1 or 1=1'];
const CURSORS_B64 = ['MA==', 'bnVsbA==', 'LTE=', 'eyJpZCI6LTF9', '!!!', '='];
const INTS = [0, 1, -1, 2, 3, 5, 10, 50, 100, 101, 200, 201, 1000, 2147483647, -2147483648];
const HOSTILE_INT_TOKENS = ['2147483648', '-2147483649', '1e999', '-1e999', '1.5', '99999999999999999999', '0.0'];
const FLOATS = [0, 1.5, -1, 1e308, -1e308, 5e-324, 36.786, 119.959];
const DATES = [
  '2009-11-16T08:00:00Z',
  '2009-11-16T08:00:00+08:00',
  '2009-11-16',
  new Date().toISOString(),
  new Date(Date.now() - 86_400_000).toISOString(),
  new Date(Date.now() + 365 * 86_400_000).toISOString(),
];
const NAMED: Record<string, readonly string[]> = {
  username: ['desk', 'admin', 'leader', 'jinquan1', 'nobody', 'DESK', ''],
  password: ['heatline', 'wrong', ''],
  scopes: ['tickets:read', 'places:read', 'admin', '*', 'tickets:write'],
  category: ['NO_HEAT', 'BILLING', 'LEAK', 'BOGUS'],
  channel: ['MAYOR_HOTLINE', 'JINQUAN_LINE_1', 'BOGUS'],
  compoundId: ['cp-001', 'cp-113', 'cp-999', 'cp-'],
  unitId: ['unit-jinquan', 'unit-xingping', 'unit-hotline', 'unit-price', 'unit-bogus'],
  day: ['2009-11-16', '2026-02-29', '2009-13-01', 'today'],
  clientId: ['screen-1', ''],
};
const CURSOR_ARGS = new Set(['since', 'before', 'after', 'cursor']);
/** Leave the fuzzer's own credentials alone: they would end the signed-in and API-key runs early. */
const SPARED_MUTATIONS = new Set(['logout', 'revokeApiKey']);

/** A value to print as a GraphQL literal or to send as a variable. */
type Val =
  | null
  | boolean
  | number
  | string
  | Val[]
  | { enum: string }
  | { token: string; json: unknown }
  | { fields: Record<string, Val> };

function literal(v: Val, block: boolean): string {
  if (v === null || typeof v === 'boolean' || typeof v === 'number') return String(v);
  if (typeof v === 'string') return block && !/"""|\\/.test(v) ? `"""${v}"""` : JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map((x) => literal(x, block)).join(', ')}]`;
  if ('enum' in v) return v.enum;
  if ('token' in v) return v.token;
  return `{${Object.entries(v.fields)
    .map(([k, x]) => `${k}: ${literal(x, block)}`)
    .join(', ')}}`;
}

function json(v: Val): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(json);
  if ('enum' in v) return v.enum;
  if ('token' in v) return v.json;
  return Object.fromEntries(Object.entries(v.fields).map(([k, x]) => [k, json(x)]));
}

// Uniform: fast-check's default integers lean towards small values, which would skew every chance.
const uniform = () => fc.noBias(fc.nat());

/** One document under construction: its variables, fragments and the random choices that shape it. */
class Doc {
  readonly vars: string[] = [];
  readonly values: Record<string, unknown> = {};
  readonly fragments: string[] = [];
  private names = 0;
  operationName: string | undefined;
  /** Fields still to place, so a run of bursts cannot grow a document without end. */
  private budget = 400;

  constructor(
    private readonly g: fc.GeneratorValue,
    readonly schema: GraphQLSchema,
    readonly known: Known,
    readonly maxDepth: number,
    /** A clean document makes no deliberate mistake: its values are hostile only within their types. */
    readonly clean: boolean,
  ) {}

  int(min: number, max: number): number {
    return min + (this.g(uniform) % (max - min + 1));
  }
  chance(percent: number): boolean {
    return this.int(0, 999) < percent * 10;
  }
  /** A deliberate mistake, never in a clean document. */
  mistake(percent: number): boolean {
    return !this.clean && this.chance(percent);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(0, xs.length - 1)]!;
  }
  name(prefix: string): string {
    return `${prefix}${++this.names}`;
  }
  randomString(): string {
    return this.g(fc.string, { unit: 'binary', maxLength: 40 });
  }

  string(argName: string, typeName: string): string {
    if (CURSOR_ARGS.has(argName) && this.chance(85))
      return this.pick([...CURSORS, ...CURSORS_B64, ...this.known.cursors]);
    if (NAMED[argName] && this.chance(70)) return this.pick(NAMED[argName]);
    if (typeName === 'ID' && this.chance(60)) return this.pick(this.known.ids);
    if (typeName === 'DateTimeISO' && this.chance(60)) return this.pick(DATES);
    // Control characters, NUL above all, are what a database driver is likeliest to choke on.
    if (this.chance(8)) return this.pick(['\u0000', 'a\u0000b', '\u0007', '\u001b[31m', '\u0000'.repeat(3)]);
    return this.chance(20) ? this.randomString() : this.pick(HOSTILE_STRINGS);
  }

  /** A value for `type`: mostly of the right shape, sometimes of the wrong one. */
  value(type: GraphQLInputType, argName: string, depth = 0): Val {
    if (isNonNullType(type)) return this.mistake(3) ? null : this.value(type.ofType, argName, depth);
    if (this.chance(5)) return null;
    if (this.mistake(4))
      return this.pick<Val>([true, 12, 'text', { fields: {} }, [], { enum: 'BOGUS' }, { token: '1e999', json: 1e308 }]);
    if (isListType(type)) {
      if (this.chance(10)) return this.value(type.ofType, argName, depth + 1);
      const n = this.chance(2) ? this.int(100, 400) : this.int(0, 3);
      return Array.from({ length: n }, () => this.value(type.ofType, argName, depth + 1));
    }
    if (isEnumType(type)) {
      const values = type.getValues().map((e) => e.name);
      return !this.mistake(10) ? { enum: this.pick(values) } : this.pick<Val>([{ enum: 'BOGUS' }, this.pick(values)]);
    }
    if (isInputObjectType(type)) {
      const fields: Record<string, Val> = {};
      for (const f of Object.values(type.getFields()))
        if ((isNonNullType(f.type) ? !this.mistake(5) : this.chance(50)) && depth < 6)
          fields[f.name] = this.value(f.type, f.name, depth + 1);
      if (this.mistake(3)) fields.bogus = 1;
      return { fields };
    }
    switch (type.name) {
      case 'Int':
        return !this.mistake(15)
          ? this.pick(INTS)
          : ((t) => ({ token: t, json: Number(t) }))(this.pick(HOSTILE_INT_TOKENS));
      case 'Float':
        return !this.mistake(10) ? this.pick(FLOATS) : { token: '1e999', json: 1e308 * 10 };
      case 'Boolean':
        return !this.mistake(5) ? this.pick([true, false]) : 'true';
      default:
        return this.chance(3) && type.name === 'ID' ? this.pick(INTS) : this.string(argName, type.name);
    }
  }

  /** A value inline, or as a variable (sometimes declared with the wrong type, or not given). */
  argument(arg: GraphQLArgument): string {
    const v = this.value(arg.type, arg.name);
    if (this.chance(55)) return literal(v, this.chance(5));
    const name = this.name('v');
    const declared = !this.mistake(10) ? String(arg.type) : this.pick(['Int', 'String!', '[ID!]', 'Bogus', 'Boolean']);
    this.vars.push(`$${name}: ${declared}`);
    if (!this.mistake(3)) this.values[name] = json(v);
    return `$${name}`;
  }

  arguments(args: readonly GraphQLArgument[]): string {
    const given = args
      .filter((a) => (isNonNullType(a.type) ? !this.mistake(5) : this.chance(45)))
      .map((a) => `${a.name}: ${this.argument(a)}`);
    if (this.mistake(2)) given.push(`bogus: 1`);
    return given.length ? `(${given.join(', ')})` : '';
  }

  directives(): string {
    if (!this.chance(5)) return '';
    const which = this.int(0, this.clean ? 2 : 5);
    if (which === 0) return ' @include(if: true)';
    if (which === 1) return ' @skip(if: false)';
    if (which === 2) {
      const name = this.name('b');
      this.vars.push(`$${name}: Boolean!`);
      this.values[name] = this.clean ? this.pick([true, false]) : this.pick([true, false, 'yes', null]);
      return ` @include(if: $${name})`;
    }
    if (which === 3) return ' @deprecated';
    if (which === 4) return ' @bogus';
    return ' @skip(if: false)'.repeat(this.int(20, 70));
  }

  /** A selection of `type`'s fields: aliases, arguments, inline and named fragments, mistakes. */
  selection(type: GraphQLObjectType, depth: number): string {
    const fields = Object.values(type.getFields());
    const leaves = fields.filter((f) => !isObjectType(getNamedType(f.type)));
    if (depth >= this.maxDepth || --this.budget < 0) {
      if (!leaves.length || this.chance(20)) return '__typename';
      return this.pick(leaves).name;
    }
    const burst = depth <= 3 && this.mistake(2);
    const n = burst ? this.int(20, 40) : this.int(1, 3);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      const r = this.int(0, 99);
      if (r < 4) parts.push(`... on ${type.name}${this.directives()} { ${this.selection(type, depth)} }`);
      else if (r < 8) {
        const name = this.name('F');
        this.fragments.push(`fragment ${name} on ${type.name} { ${this.selection(type, depth)} }`);
        parts.push(`...${name}`);
      } else if (r < 10) parts.push('__typename');
      else if (r < 11 && !this.clean) parts.push(this.pick(['bogus', 'id { id }', '__schema', 'password']));
      else {
        const f = this.pick(fields);
        const alias = burst || this.chance(15) ? `${this.name('a')}: ` : '';
        const object = getNamedType(f.type);
        let sub = '';
        if (isObjectType(object)) sub = this.mistake(2) ? '' : ` { ${this.selection(object, depth + 1)} }`;
        else if (this.mistake(1)) sub = ' { id }';
        parts.push(`${alias}${f.name}${this.arguments(f.args)}${this.directives()}${sub}`);
      }
    }
    return parts.join(' ');
  }

  operation(kind: 'query' | 'mutation' | 'subscription'): string {
    const root =
      kind === 'query'
        ? this.schema.getQueryType()!
        : kind === 'mutation'
          ? this.schema.getMutationType()!
          : this.schema.getSubscriptionType()!;
    const fields = Object.values(root.getFields()).filter((f) => !SPARED_MUTATIONS.has(f.name));
    const n = kind === 'subscription' ? 1 : this.mistake(3) ? this.int(10, 35) : this.int(1, kind === 'query' ? 3 : 1);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      if (kind === 'query' && this.chance(4)) {
        parts.push(
          this.pick([
            '__schema { types { name fields { name } } }',
            `__type(name: ${JSON.stringify(this.pick(['Ticket', 'Query', '', 'Bogus']))}) { name kind }`,
          ]),
        );
        continue;
      }
      const f = this.pick(fields);
      const alias = n > 1 || this.chance(10) ? `${this.name('r')}: ` : '';
      const object = getNamedType(f.type);
      const sub = isObjectType(object) ? ` { ${this.selection(object, 2)} }` : '';
      parts.push(`${alias}${f.name}${this.arguments(f.args)}${this.directives()}${sub}`);
    }
    const selection = parts.join(' ');
    const header = this.vars.length ? `(${this.vars.join(', ')})` : '';
    const name = this.chance(30) ? ` Op${this.int(1, 3)}` : '';
    this.operationName = name.trim() || undefined;
    if (kind === 'query' && !header && !name && this.chance(50)) return `{ ${selection} }`;
    return `${kind}${name}${header} { ${selection} }`;
  }
}

/** Documents that no field-by-field walk produces: limits, fragment chains and cycles, broken text. */
function oddDocument(d: Doc, wellFormed: string): string {
  switch (d.int(0, 8)) {
    case 0:
      return `{ ${'__typename '.repeat(d.int(4_000, 6_000))}}`;
    case 1: {
      const k = d.int(3, 80);
      const chain = Array.from({ length: k }, (_, i) =>
        i < k - 1 ? `fragment C${i} on Query { ...C${i + 1} }` : `fragment C${i} on Query { boardCursor __typename }`,
      );
      return `{ ...C0 } ${chain.join(' ')}`;
    }
    case 2:
      return `{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }`;
    case 3: {
      const k = d.int(5, 40);
      return `{ tickets(first: 1) { edges { node { ${'relatedTo { '.repeat(k)}id${' }'.repeat(k)} } } } }`;
    }
    case 4: {
      const k = d.int(2, 20);
      return `{ units { ${'members { unit { '.repeat(k)}id${' } }'.repeat(k)} } }`;
    }
    case 5:
      return wellFormed.slice(0, d.int(0, wellFormed.length));
    case 6: {
      const at = d.int(0, wellFormed.length);
      return `${wellFormed.slice(0, at)}${d.pick(['{', '}', '(', '"', '$', '...', '@', '\u0000', '#'])}${wellFormed.slice(at)}`;
    }
    case 7:
      return `${wellFormed} ${wellFormed}`;
    default:
      return d.randomString();
  }
}

/** Generated requests against `schema`, about `wsShare` of them over the WebSocket. */
export function fuzzCases(schema: GraphQLSchema, known: Known, wsShare: number): fc.Arbitrary<FuzzCase> {
  return fc.gen().map((g) => {
    const clean = g(uniform) % 100 < 45;
    const d = new Doc(g, schema, known, clean ? 2 + (g(uniform) % 7) : 1 + (g(uniform) % 12), clean);
    const transport = d.chance(wsShare * 100) ? 'ws' : 'http';
    // The WebSocket refuses a connection without a valid credential outright, so it gets few of them.
    const credential = transport === 'ws' && d.chance(85) ? d.pick(SIGNED_IN) : d.pick(CREDENTIALS);
    const r = d.int(0, 99);
    const kind = r < 55 ? 'query' : r < 90 ? 'mutation' : 'subscription';
    let query = d.operation(kind);
    if (d.fragments.length) query = `${query} ${d.fragments.join(' ')}`;
    if (d.mistake(12)) query = oddDocument(d, query);
    const body: FuzzCase['body'] = { query, variables: d.values };
    if (d.operationName && d.chance(70))
      body.operationName = d.mistake(30) ? d.pick(['Op1', 'Op2', 'Op3']) : d.operationName;
    if (transport === 'ws' || !d.mistake(10)) return { transport, credential, body };
    // The envelope itself is wrong: the body, its encoding, the method.
    const raw: FuzzCase['raw'] = d.pick<FuzzCase['raw']>([
      { method: 'POST', body: '{"query": "{ __typename }"' },
      { method: 'POST', body: JSON.stringify({ ...body, variables: JSON.stringify(body.variables) }) },
      { method: 'POST', body: JSON.stringify({ ...body, variables: [1, 2] }) },
      { method: 'POST', body: JSON.stringify({ ...body, operationName: 5 }) },
      {
        method: 'POST',
        body: JSON.stringify({ ...body, extensions: { persistedQuery: { version: 1, sha256Hash: 'x' } } }),
      },
      { method: 'POST', body: JSON.stringify([body, body]) },
      { method: 'POST', body: JSON.stringify({ query: 5 }) },
      { method: 'POST', body: 'null' },
      { method: 'POST', body: JSON.stringify(body), contentType: 'text/plain' },
      { method: 'POST', body: JSON.stringify(body), contentType: 'application/graphql' },
      { method: 'POST', body: JSON.stringify({ query: `{ ${'__typename '.repeat(30_000)}}` }) },
      { method: 'GET', search: `?query=${encodeURIComponent(query)}` },
      { method: 'GET', search: `?query=${encodeURIComponent('mutation { logout }')}` },
      { method: 'GET', search: '?query=%7B&variables=%7Bx' },
    ]);
    return { transport, credential, body, raw };
  });
}
