import type { ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';

/**
 * Stopping without dropping a request: from `start()` on, a new request is refused with 503 and
 * `Connection: close` (so a keep-alive client opens its next connection elsewhere instead of
 * having it reset), the requests in flight finish, and their responses close their connections.
 */
export class HttpDrain {
  private draining = false;
  private readonly inFlight = new Set<ServerResponse>();
  private settled: (() => void) | null = null;

  constructor(private readonly onRefused: () => void = () => {}) {}

  get stopping(): boolean {
    return this.draining;
  }

  readonly middleware: RequestHandler = (_req, res, next) => {
    if (this.draining) {
      this.onRefused();
      res.setHeader('Connection', 'close');
      res.setHeader('Retry-After', '1');
      res.status(503).json({
        errors: [
          {
            message: 'the server is stopping: send the request again (another instance, or this one after its restart)',
            extensions: { code: 'SERVICE_UNAVAILABLE' },
          },
        ],
      });
      return;
    }
    this.inFlight.add(res);
    res.once('close', () => {
      this.inFlight.delete(res);
      if (this.draining && this.inFlight.size === 0) this.settled?.();
    });
    next();
  };

  /** Refuses new requests; resolves once those in flight are answered, or after `graceMs` (false). */
  start(graceMs: number): Promise<boolean> {
    this.draining = true;
    for (const res of this.inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
    if (this.inFlight.size === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), graceMs);
      this.settled = () => {
        clearTimeout(timer);
        resolve(true);
      };
    });
  }
}
