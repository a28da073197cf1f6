/** The wall map's tiles (HEATLINE_TILES): a URL template, its credit, and for 天地图 a names layer. */
export interface Tiles {
  url: string;
  attribution: string;
  subdomains?: string;
  labelsUrl?: string;
}

/**
 * What the server tells every page: its map tiles and the city's time zone. "Today" and every time
 * shown are in that zone, whatever zone the screen's browser is set to.
 */
export const serverConfig = $state<{ tiles: Tiles; timeZone: string }>({
  tiles: { url: '', attribution: '' },
  timeZone: 'UTC',
});

let loaded: Promise<void> | null = null;

/** Fetched once per visit; the (app) layout waits for it before drawing a page. */
export function loadServerConfig(): Promise<void> {
  loaded ??= fetch('/config.json')
    .then((r) => r.json() as Promise<{ tiles: Tiles; timeZone: string }>)
    .then((c) => {
      serverConfig.tiles = c.tiles;
      serverConfig.timeZone = c.timeZone;
    });
  return loaded;
}
