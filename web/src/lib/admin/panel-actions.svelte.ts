import { onMount } from 'svelte';
import { say } from './call.js';

/** The outcome of a panel's last action: a confirmation, or the refusal in the user's words. */
export interface Outcome {
  ok: boolean;
  text: string;
}

/**
 * A panel's actions, one at a time: `busy` while one runs, then its confirmation (none when it
 * returns null) or the server's refusal in `notice`, and the panel's rows read again.
 */
export class PanelActions {
  notice = $state<Outcome | null>(null);
  busy = $state(false);
  readonly #reload: () => Promise<void>;

  /** `reload` reads the panel's rows: when it opens and after each action. */
  constructor(reload: () => Promise<void> = () => Promise.resolve()) {
    this.#reload = reload;
  }

  /** Reads the rows once the panel is on screen; called while the component is created. */
  loadOnMount(): void {
    onMount(() => void this.#reload().catch((e: unknown) => (this.notice = { ok: false, text: say(e) })));
  }

  async run(action: () => Promise<string | null>): Promise<void> {
    this.busy = true;
    try {
      const text = await action();
      this.notice = text ? { ok: true, text } : null;
      await this.#reload();
    } catch (e) {
      this.notice = { ok: false, text: say(e) };
    } finally {
      this.busy = false;
    }
  }
}
