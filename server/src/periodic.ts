import type { Logger } from 'pino';

/**
 * Runs `work` at start and then every `intervalMs`, never two runs at once (a slow run makes the
 * next tick skip); a failure is logged and the next tick tries again. The timer does not keep the
 * process alive.
 */
export class Periodic {
  private timer: NodeJS.Timeout | null = null;
  private running = false;

  constructor(
    private readonly work: () => Promise<unknown>,
    private readonly intervalMs: number,
    private readonly log: Logger,
    /** What it is, for the log: "overdue sweep". */
    private readonly what: string,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.tick(), this.intervalMs);
    this.timer.unref();
    void this.tick();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      await this.work();
    } catch (e) {
      this.log.error({ err: e }, `${this.what} failed; trying again on the next tick`);
    } finally {
      this.running = false;
    }
  }
}
