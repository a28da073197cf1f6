/**
 * Reads again after a burst of events, once: events `burstMs` apart or closer are one burst, and
 * never two reads run at once (an event during a read asks for one more after it). A failed read is
 * left for the next event or reconnect to repeat.
 */
export function burstReader(read: () => Promise<void>, burstMs: number) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let reading = false;
  let again = false;
  let stopped = false;

  async function run() {
    timer = null;
    if (stopped) return;
    if (reading) return void (again = true);
    reading = true;
    try {
      await read();
    } catch {
      // A restart or a rate limit: the next event reads again.
    } finally {
      reading = false;
    }
    if (again && !stopped) {
      again = false;
      soon();
    }
  }
  const soon = () => void (timer ??= setTimeout(() => void run(), burstMs));

  return {
    soon,
    stop: () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
