/**
 * What the server tells every page: its map tiles and the city's time zone. "Today" and every time
 * shown are in that zone, whatever zone the screen's browser is set to.
 */
export const serverConfig = $state({ tiles: { url: '', attribution: '' }, timeZone: 'UTC' });

let loaded: Promise<void> | null = null;

/** Fetched once per visit; the (app) layout waits for it before drawing a page. */
export function loadServerConfig(): Promise<void> {
  loaded ??= fetch('/config.json')
    .then((r) => r.json() as Promise<{ tiles: { url: string; attribution: string }; timeZone: string }>)
    .then((c) => {
      serverConfig.tiles = c.tiles;
      serverConfig.timeZone = c.timeZone;
    });
  return loaded;
}
