import type { Logger } from 'pino';
import { DomainError } from '../errors.js';
import type { Bus } from './bus.js';
import { CLOSE_TRY_AGAIN_LATER, CLOSE_UNAUTHORIZED } from './close-codes.js';

// A credential revoked on an instance whose bus message we missed is still found this often.
const RECHECK_MS = 10_000;

interface Closable {
  close(code: number, reason: string): void;
}

/**
 * Open WebSocket connections and the credential each signed in with; cut off when it is revoked.
 * `verify` turns a credential into whoever it names, or throws a DomainError when it is no good.
 */
export class Connections<V> {
  private readonly open = new Map<Closable, string>();
  private readonly perCredential = new Map<string, number>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly verify: (credential: string) => Promise<V>,
    bus: Bus,
    private readonly log: Logger,
    /** Connections one credential may hold open at once (a user's tabs, a key's workers). */
    private readonly maxPerCredential: number,
  ) {
    // The revoking instance has cleared its trusted copies before this runs on it.
    bus.on('auth.revoked', () => void this.recheck());
    this.timer = setInterval(() => void this.recheck(), RECHECK_MS);
    this.timer.unref();
  }

  /** Authenticates the credential the socket opened with; closes with a reason if it fails. */
  async connect(socket: Closable, credential: string | null): Promise<V | null> {
    if (!credential) {
      socket.close(
        CLOSE_UNAUTHORIZED,
        'Unauthorized: send { token } (a login token or an API key) in connectionParams, or sign in on this site',
      );
      return null;
    }
    try {
      const viewer = await this.verify(credential);
      const n = this.perCredential.get(credential) ?? 0;
      if (n >= this.maxPerCredential) {
        socket.close(CLOSE_TRY_AGAIN_LATER, `more than ${this.maxPerCredential} connections with one credential`);
        return null;
      }
      this.perCredential.set(credential, n + 1);
      this.open.set(socket, credential);
      return viewer;
    } catch (e) {
      socket.close(
        CLOSE_UNAUTHORIZED,
        `Unauthorized: ${e instanceof DomainError ? e.message : 'cannot verify the credential'}`,
      );
      return null;
    }
  }

  disconnect(socket: Closable): void {
    const credential = this.open.get(socket);
    if (credential === undefined) return;
    this.open.delete(socket);
    const left = (this.perCredential.get(credential) ?? 1) - 1;
    if (left > 0) this.perCredential.set(credential, left);
    else this.perCredential.delete(credential);
  }

  async recheck(): Promise<void> {
    for (const [socket, credential] of this.open) {
      try {
        await this.verify(credential);
      } catch (e) {
        if (!(e instanceof DomainError)) {
          this.log.warn({ err: e }, 'could not re-verify a connection; keeping it until the next check');
          continue;
        }
        this.disconnect(socket);
        socket.close(CLOSE_UNAUTHORIZED, `Unauthorized: ${e.message}`);
      }
    }
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
