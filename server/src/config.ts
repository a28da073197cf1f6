import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const dateList = z
  .string()
  .default('')
  .transform((s) =>
    s
      .split(',')
      .map((d) => d.trim())
      .filter(Boolean),
  )
  .refine((list) => list.every((d) => isoDate.test(d)), 'must be a comma-separated list of YYYY-MM-DD dates');
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM');
const flag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');
const origin = /^https?:\/\/[^/\s,]+$/;
const originList = z
  .string()
  .default('')
  .transform((s) =>
    s
      .split(',')
      .map((o) => o.trim().replace(/\/$/, ''))
      .filter(Boolean),
  )
  .refine(
    (list) => list.every((o) => origin.test(o)),
    'must be a comma-separated list of origins such as https://board.example.gov.cn',
  );

/** Where the wall map's tiles come from: a preset, a self-hosted server, or none (the network on a plain background). */
export const TILE_PRESETS = ['osm', 'tianditu', 'custom', 'none'] as const;
export type TilePreset = (typeof TILE_PRESETS)[number];

/** What the web map needs to draw tiles: a URL template, its attribution, and an optional labels layer. */
export interface Tiles {
  preset: TilePreset;
  /** Leaflet's template ({z} {x} {y}, {s} for a subdomain); empty: no tiles. */
  url: string;
  attribution: string;
  subdomains?: string;
  /** Drawn over the base tiles (天地图 serves names as a layer of their own). */
  labelsUrl?: string;
}

const TIANDITU = (layer: string, key: string) =>
  `https://t{s}.tianditu.gov.cn/DataServer?T=${layer}_w&x={x}&y={y}&l={z}&tk=${encodeURIComponent(key)}`;

function tilesOf(e: {
  HEATLINE_TILES?: TilePreset;
  HEATLINE_TILE_URL?: string;
  HEATLINE_TILE_ATTRIBUTION?: string;
  HEATLINE_TIANDITU_KEY?: string;
}): Tiles {
  // Before presets, HEATLINE_TILE_URL alone chose the tiles (empty: none); it still does.
  const preset: TilePreset =
    e.HEATLINE_TILES ?? (e.HEATLINE_TILE_URL === undefined ? 'osm' : e.HEATLINE_TILE_URL ? 'custom' : 'none');
  const credit = e.HEATLINE_TILE_ATTRIBUTION;
  if (preset === 'osm')
    return {
      preset,
      url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      attribution: credit ?? '© OpenStreetMap contributors',
    };
  if (preset === 'tianditu')
    return {
      preset,
      url: TIANDITU('vec', e.HEATLINE_TIANDITU_KEY!),
      labelsUrl: TIANDITU('cva', e.HEATLINE_TIANDITU_KEY!),
      subdomains: '01234567',
      attribution: credit ?? '© 天地图 Tianditu',
    };
  if (preset === 'custom') return { preset, url: e.HEATLINE_TILE_URL!, attribution: credit ?? '' };
  return { preset, url: '', attribution: '' };
}

const schema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    HOST: z.string().min(1).default('0.0.0.0'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL (leave it unset for the embedded SQLite file)')
      .optional(),
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, 'must be a redis:// URL (leave it unset for a single instance)')
      .optional(),
    HEATLINE_DATA_DIR: z.string().min(1).optional(),
    HEATLINE_TILES: z.enum(TILE_PRESETS, { message: `must be one of ${TILE_PRESETS.join(', ')}` }).optional(),
    HEATLINE_TILE_URL: z
      .string()
      .refine((u) => u === '' || /^(https?:)?\/\/|^\//.test(u), 'must be an http(s):// or /path URL template')
      .optional(),
    HEATLINE_TILE_ATTRIBUTION: z.string().optional(),
    HEATLINE_TIANDITU_KEY: z
      .string()
      .regex(/^[A-Za-z0-9]+$/, 'must be a 天地图 key (letters and digits)')
      .optional(),
    HEATLINE_DEMO: flag.optional(),
    HEATLINE_TIME_ZONE: z.string().default('Asia/Shanghai'),
    HEATLINE_WORKDAY_START: hhmm.default('08:30'),
    HEATLINE_WORKDAY_END: hhmm.default('17:30'),
    HEATLINE_HOLIDAYS: dateList,
    HEATLINE_MAKEUP_DAYS: dateList,
    HEATLINE_SESSION_HOURS: z.coerce
      .number()
      .positive()
      .max(24 * 30)
      .default(24),
    // The ladder (催办): the share of a ticket's time after which its unit is reminded.
    HEATLINE_REMINDER_SHARE: z.coerce
      .number()
      .gt(0, 'must be more than 0 and less than 1 (0.75: three quarters of the time)')
      .lt(1, 'must be more than 0 and less than 1 (0.75: three quarters of the time)')
      .default(0.75),
    // Working hours a ticket stays overdue and urged before it is proposed for the next meeting (9: a working day).
    HEATLINE_PROPOSE_AFTER_HOURS: z.coerce.number().positive().max(500).default(9),
    // How many working days past the current deadline an extension (延期) may reach.
    HEATLINE_EXTENSION_MAX_DAYS: z.coerce.number().int().min(1).max(60).default(10),
    // An incident is proposed when this many calls about heat come from behind one station within the minutes below.
    HEATLINE_INCIDENT_CALLS: z.coerce.number().int().min(2).max(1000).default(3),
    HEATLINE_INCIDENT_MINUTES: z.coerce.number().int().min(1).max(1440).default(30),
    HEATLINE_OVERDUE_SWEEP_MS: z.coerce.number().int().min(50).max(3_600_000).default(15_000),
    HEATLINE_FEED_POLL_MS: z.coerce.number().int().min(50).max(3_600_000).default(1_000),
    // With the 2 s sweep, a silent client is gone well within 30 s of its last heartbeat.
    HEATLINE_PRESENCE_TTL_MS: z.coerce.number().int().min(100).max(600_000).default(25_000),
    // graphql-ws's own default: a dead connection is noticed within about 24 s.
    HEATLINE_WS_KEEPALIVE_MS: z.coerce.number().int().min(0).max(600_000).default(12_000),
    HEATLINE_SUBSCRIBER_BUFFER: z.coerce.number().int().min(1).max(1_000_000).default(1_000),
    // A subscription replays at most this many events; further behind, it gets a GAP (re-read) first.
    HEATLINE_REPLAY_WINDOW: z.coerce.number().int().min(1).max(1_000_000).default(1_000),
    HEATLINE_SQL_DEBUG: flag.default(false),
    // Signed-in users other than ADMIN may send only the web app's own (persisted) documents.
    HEATLINE_TRUSTED_DOCUMENTS_ONLY: flag.default(false),
    // The cost a credential may spend per minute (graphql/cost.ts): some 30 loads of the web app's heaviest pages; signed out, an address gets a tenth. 0: no limit.
    HEATLINE_RATE_LIMIT: z.coerce.number().int().min(0).max(100_000_000).default(600_000),
    // How many reverse proxies stand in front (each appends to X-Forwarded-For); 0: trust no header.
    HEATLINE_TRUST_PROXY: z
      .string()
      .regex(/^(true|false|[0-9])$/, 'must be false, true (one proxy) or the number of proxies in front (0–9)')
      .default('false')
      .transform((v) => (v === 'true' ? 1 : v === 'false' ? 0 : Number(v))),
    // `pnpm start` sets production; anything else (unset, development, test) is a developer's machine.
    NODE_ENV: z.string().optional(),
    HEATLINE_CORS_ORIGINS: originList,
    HEATLINE_METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters (a random secret)').optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .superRefine((c, ctx) => {
    const preset = c.HEATLINE_TILES;
    if (preset === 'tianditu' && !c.HEATLINE_TIANDITU_KEY)
      ctx.addIssue({
        code: 'custom',
        path: ['HEATLINE_TIANDITU_KEY'],
        message: 'is required with HEATLINE_TILES=tianditu (a browser key from console.tianditu.gov.cn)',
      });
    if (preset === 'custom' && !c.HEATLINE_TILE_URL)
      ctx.addIssue({
        code: 'custom',
        path: ['HEATLINE_TILE_URL'],
        message: 'is required with HEATLINE_TILES=custom (e.g. https://tiles.example.gov.cn/{z}/{x}/{y}.png)',
      });
    if (preset && preset !== 'custom' && c.HEATLINE_TILE_URL)
      ctx.addIssue({
        code: 'custom',
        path: ['HEATLINE_TILE_URL'],
        message: `is only read with HEATLINE_TILES=custom (it is ${preset})`,
      });
  })
  .refine((c) => !(c.NODE_ENV === 'production' && c.HEATLINE_SQL_DEBUG), {
    message: "prints callers' names and phones with every statement: not in production (NODE_ENV=production)",
    path: ['HEATLINE_SQL_DEBUG'],
  })
  .refine((c) => c.HEATLINE_WORKDAY_START < c.HEATLINE_WORKDAY_END, {
    message: 'must be later than HEATLINE_WORKDAY_START',
    path: ['HEATLINE_WORKDAY_END'],
  })
  .refine((c) => Intl.supportedValuesOf('timeZone').includes(c.HEATLINE_TIME_ZONE) || c.HEATLINE_TIME_ZONE === 'UTC', {
    message: 'must be an IANA time zone such as Asia/Shanghai',
    path: ['HEATLINE_TIME_ZONE'],
  });

export type Database = ({ kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string }) & {
  /** Print every SQL statement (it carries callers' data: for a developer's machine only). */
  debug?: boolean;
};

export interface Config {
  port: number;
  host: string;
  database: Database;
  /** Shares live events between instances; unset means this process only. */
  redisUrl: string | null;
  demo: boolean;
  calendar: {
    timeZone: string;
    workdayStart: string;
    workdayEnd: string;
    holidays: string[];
    makeupDays: string[];
  };
  sessionHours: number;
  /** The ladder (催办) and extensions (延期): reminder share, when to propose for a meeting, how far to extend. */
  ladder: {
    reminderShare: number;
    proposeAfterWorkingHours: number;
    extensionMaxWorkingDays: number;
  };
  /** When calls behind one station propose an incident: this many within these minutes. */
  incidentProposal: { calls: number; minutes: number };
  /** The wall map's tiles; an empty URL draws the features on a plain background. */
  tiles: Tiles;
  /** How often each instance looks for tickets that just went overdue. */
  overdueSweepMs: number;
  /** A silent client drops off the presence list this long after its last heartbeat. */
  presenceTtlMs: number;
  /** How often the event feed reads the log without a wake-up (what a lost Redis message hid). */
  feedPollMs: number;
  /** Events a subscriber may have waiting before it is cut off as too slow. */
  subscriberBuffer: number;
  /** How often each WebSocket is pinged; one that does not answer by the next ping is closed (0: never). */
  wsKeepAliveMs: number;
  logLevel: string;
  /** The cost a credential may spend per minute; 0: unlimited. */
  rateLimitPerMinute: number;
  /** Signed-in users other than ADMIN may send only the web app's own documents. */
  trustedDocumentsOnly: boolean;
  /** How far behind the newest event a subscription may resume; further, it must re-read. */
  replayWindow: number;
  /** Reverse proxies in front whose X-Forwarded-For is believed; 0: the socket's peer is the client. */
  trustProxyHops: number;
  /** NODE_ENV=production (`pnpm start`): Apollo's and Express's production behaviour, no SQL debug. */
  production: boolean;
  /** Other sites whose pages may call /graphql from a browser; empty: the board's own origin only. */
  corsOrigins: string[];
  /** The Bearer token GET /metrics asks for; unset: /metrics is not served. */
  metricsToken: string | null;
}

export class ConfigError extends Error {}

// The repository's data/ folder, whether this runs from src/ (tests) or dist/ (production).
const defaultDataDir = fileURLToPath(new URL('../../data/', import.meta.url));

/** The only reader of the environment: validated once, failing with every bad variable named. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const database: Database = e.DATABASE_URL
    ? { kind: 'postgres', url: e.DATABASE_URL, debug: e.HEATLINE_SQL_DEBUG }
    : {
        kind: 'sqlite',
        file: `${(e.HEATLINE_DATA_DIR ?? defaultDataDir).replace(/\/$/, '')}/heatline.sqlite`,
        debug: e.HEATLINE_SQL_DEBUG,
      };
  return {
    port: e.PORT,
    host: e.HOST,
    database,
    redisUrl: e.REDIS_URL ?? null,
    // Demo users have a public password, so they are only the default on the embedded database.
    demo: e.HEATLINE_DEMO ?? database.kind === 'sqlite',
    calendar: {
      timeZone: e.HEATLINE_TIME_ZONE,
      workdayStart: e.HEATLINE_WORKDAY_START,
      workdayEnd: e.HEATLINE_WORKDAY_END,
      holidays: e.HEATLINE_HOLIDAYS,
      makeupDays: e.HEATLINE_MAKEUP_DAYS,
    },
    sessionHours: e.HEATLINE_SESSION_HOURS,
    ladder: {
      reminderShare: e.HEATLINE_REMINDER_SHARE,
      proposeAfterWorkingHours: e.HEATLINE_PROPOSE_AFTER_HOURS,
      extensionMaxWorkingDays: e.HEATLINE_EXTENSION_MAX_DAYS,
    },
    incidentProposal: { calls: e.HEATLINE_INCIDENT_CALLS, minutes: e.HEATLINE_INCIDENT_MINUTES },
    tiles: tilesOf(e),
    overdueSweepMs: e.HEATLINE_OVERDUE_SWEEP_MS,
    subscriberBuffer: e.HEATLINE_SUBSCRIBER_BUFFER,
    wsKeepAliveMs: e.HEATLINE_WS_KEEPALIVE_MS,
    feedPollMs: e.HEATLINE_FEED_POLL_MS,
    presenceTtlMs: e.HEATLINE_PRESENCE_TTL_MS,
    logLevel: e.LOG_LEVEL,
    rateLimitPerMinute: e.HEATLINE_RATE_LIMIT,
    trustedDocumentsOnly: e.HEATLINE_TRUSTED_DOCUMENTS_ONLY,
    replayWindow: e.HEATLINE_REPLAY_WINDOW,
    trustProxyHops: e.HEATLINE_TRUST_PROXY,
    production: e.NODE_ENV === 'production',
    corsOrigins: e.HEATLINE_CORS_ORIGINS,
    metricsToken: e.HEATLINE_METRICS_TOKEN ?? null,
  };
}
