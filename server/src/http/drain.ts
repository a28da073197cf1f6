import type { Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { RequestHandler } from 'express';

/**
 * A keep-alive connection idle this long is closed at the end of a stop; one idle for less might be
 * carrying the client's next request right now, which a close would reset.
 */
const LINGER_MS = 1_000;

/**
 * Stopping without dropping a request: from `start()` on, a new request is refused with 503 and
 * `Connection: close` (so a keep-alive client opens its next connection elsewhere instead of
 * having it reset), the requests in flight finish, and their responses close their connections.
 */
export class HttpDrain {
  private draining = false;
  private readonly inFlight = new Set<ServerResponse>();
  /** Each open HTTP connection: when it last finished a response, or null while it serves one. */
  private readonly idleSince = new Map<Socket, number | null>();

  constructor(
    server: Server,
    private readonly onRefused: () => void = () => {},
  ) {
    server.on('connection', (socket: Socket) => {
      this.idleSince.set(socket, Date.now());
      socket.once('close', () => this.idleSince.delete(socket));
    });
    // A WebSocket is no longer an HTTP connection; the WebSocket server drains it.
    server.on('upgrade', (req: { socket: Socket }) => this.idleSince.delete(req.socket));
  }

  get stopping(): boolean {
    return this.draining;
  }

  readonly middleware: RequestHandler = (req, res, next) => {
    const socket = req.socket;
    this.idleSince.set(socket, null);
    res.once('close', () => {
      if (this.idleSince.has(socket)) this.idleSince.set(socket, Date.now());
    });
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
    res.once('close', () => this.inFlight.delete(res));
    next();
  };

  /**
   * Refuses new requests; resolves once those in flight are answered and every keep-alive
   * connection left has been idle for a while (false: `graceMs` ran out first).
   */
  async start(graceMs: number): Promise<boolean> {
    this.draining = true;
    for (const res of this.inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
    const until = Date.now() + graceMs;
    while (Date.now() < until) {
      const now = Date.now();
      const quiet = [...this.idleSince.values()].every((since) => since !== null && now - since >= LINGER_MS);
      if (this.inFlight.size === 0 && quiet) return true;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return false;
  }
}
