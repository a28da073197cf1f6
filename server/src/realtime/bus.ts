import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';

/** Every message that crosses instances, by topic. Payloads are plain JSON (Redis carries them). */
export interface Topics {
  /** New audit events are committed; a wake-up only: the log in the database is the truth. */
  'events.committed': { seq: number };
  /** A user's presence on the board changed. */
  'presence.changed': { key: string; entry: PresenceWire | null };
  /** A session or API key was revoked: connections using it must be cut off. */
  'auth.revoked': { sessionId?: number; keyId?: number };
  /** An admin created, renamed or (de)activated a unit: every instance reads the places again. */
  'places.changed': Record<string, never>;
}

export interface PresenceWire {
  /** One screen of one user, opaque (drawn at its first heartbeat): the GraphQL key, never a client id. */
  screenKey: string;
  userId: number;
  displayName: string;
  unitId: string | null;
  ticketId: string | null;
  activity: string;
  since: string;
  lastSeen: number;
}

type Handler<K extends keyof Topics> = (payload: Topics[K]) => void;

/** Publish/subscribe across the instances sharing a database: Redis when configured, else this process. */
export interface Bus {
  /** memory: this instance alone; redis: shared; redis-degraded: Redis unreachable, local only. */
  state(): 'memory' | 'redis' | 'redis-degraded';
  publish<K extends keyof Topics>(topic: K, payload: Topics[K]): void;
  on<K extends keyof Topics>(topic: K, handler: Handler<K>): void;
  close(): Promise<void>;
}

export class MemoryBus implements Bus {
  protected readonly local = new EventEmitter().setMaxListeners(0);

  state(): ReturnType<Bus['state']> {
    return 'memory';
  }

  publish<K extends keyof Topics>(topic: K, payload: Topics[K]): void {
    this.local.emit(topic, payload);
  }

  on<K extends keyof Topics>(topic: K, handler: Handler<K>): void {
    this.local.on(topic, handler);
  }

  async close(): Promise<void> {
    this.local.removeAllListeners();
  }
}

const CHANNEL = 'heatline:bus';

/**
 * Local delivery first, then Redis for the other instances. Redis pub/sub is at most once and may
 * be away: local delivery never waits for it, and the event feed's polling finds what it missed.
 */
export class RedisBus extends MemoryBus {
  private readonly instance = randomUUID();
  private readonly pub: Redis;
  private readonly sub: Redis;
  private down = false;

  constructor(
    url: string,
    private readonly log: Logger,
  ) {
    super();
    const retryStrategy = (n: number) => Math.min(n * 200, 2_000);
    // Publishing never queues while Redis is away (the log has the truth); subscribing does, and
    // ioredis subscribes again after every reconnect.
    this.pub = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, retryStrategy });
    this.sub = new Redis(url, { retryStrategy });
    for (const c of [this.pub, this.sub]) {
      c.on('error', (e: Error) => this.degraded(e));
      c.on('ready', () => this.recovered());
    }
    this.sub.subscribe(CHANNEL).catch((e: Error) => this.degraded(e));
    this.sub.on('message', (_channel: string, raw: string) => {
      try {
        const { from, topic, payload } = JSON.parse(raw) as { from: string; topic: keyof Topics; payload: never };
        if (from !== this.instance) this.local.emit(topic, payload);
      } catch (e) {
        log.warn({ err: e }, 'ignored a malformed bus message');
      }
    });
  }

  override state(): ReturnType<Bus['state']> {
    return this.down || this.pub.status !== 'ready' || this.sub.status !== 'ready' ? 'redis-degraded' : 'redis';
  }

  override publish<K extends keyof Topics>(topic: K, payload: Topics[K]): void {
    super.publish(topic, payload);
    if (this.pub.status !== 'ready') return;
    this.pub
      .publish(CHANNEL, JSON.stringify({ from: this.instance, topic, payload }))
      .catch((e: Error) => this.degraded(e));
  }

  private degraded(e: Error): void {
    if (this.down) return;
    this.down = true;
    this.log.warn({ err: e.message }, 'Redis is unreachable: delivering to this instance only until it is back');
  }

  private recovered(): void {
    if (!this.down || this.pub.status !== 'ready' || this.sub.status !== 'ready') return;
    this.down = false;
    this.log.warn('Redis is back: delivering to every instance again');
  }

  override async close(): Promise<void> {
    await super.close();
    this.pub.disconnect();
    this.sub.disconnect();
  }
}
