/** A fix from the phone: where it is, in degrees. */
export interface Fix {
  lat: number;
  lon: number;
}

/** Why the phone gives no fix: the user (or the browser) said no, or it cannot tell for now. */
export type FixTrouble = 'refused' | 'unavailable' | 'unsupported';

/** What watches the phone's position; answers its stop. navigator.geolocation in a browser. */
export type Watch = (onFix: (fix: Fix) => void, onTrouble: (why: FixTrouble) => void) => () => void;

/** The browser's geolocation as a Watch. */
export const browserWatch: Watch = (onFix, onTrouble) => {
  if (typeof navigator === 'undefined' || !navigator.geolocation) {
    onTrouble('unsupported');
    return () => undefined;
  }
  const id = navigator.geolocation.watchPosition(
    (p) => onFix({ lat: p.coords.latitude, lon: p.coords.longitude }),
    // Permission denied (1) will not change while the page is open; a lost fix (2, 3) may come back.
    (e) => onTrouble(e.code === e.PERMISSION_DENIED ? 'refused' : 'unavailable'),
    { enableHighAccuracy: true, maximumAge: 5_000, timeout: 30_000 },
  );
  return () => navigator.geolocation.clearWatch(id);
};

export interface ShareOptions {
  watch: Watch;
  send: (fix: Fix) => Promise<void>;
  /** At most one send this often: a phone gives fixes every second, the server needs one in ten. */
  everyMs?: number;
  onTrouble?: (why: FixTrouble) => void;
  /** A send the server refused (too far from the city, the crew no longer the viewer's). */
  onSendError?: (e: unknown) => void;
  now?: () => number;
}

/**
 * Shares a crew's position while on: the first fix at once, then the newest fix at most once per
 * `everyMs` (a fix that arrives early waits for its turn, so the last place is never lost).
 * Answers its stop, after which nothing more is sent.
 */
export function sharePositions({
  watch,
  send,
  everyMs = 10_000,
  onTrouble,
  onSendError,
  now = Date.now,
}: ShareOptions): () => void {
  let stopped = false;
  let lastSent = -Infinity;
  let waiting: Fix | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  function flush() {
    timer = null;
    if (stopped || !waiting) return;
    const fix = waiting;
    waiting = null;
    lastSent = now();
    send(fix).catch((e: unknown) => onSendError?.(e));
  }

  const stopWatching = watch(
    (fix) => {
      if (stopped) return;
      waiting = fix;
      const wait = lastSent + everyMs - now();
      if (wait <= 0) flush();
      else timer ??= setTimeout(flush, wait);
    },
    (why) => {
      if (!stopped) onTrouble?.(why);
    },
  );

  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    stopWatching();
  };
}
