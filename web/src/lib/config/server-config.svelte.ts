/** What the server tells every page: its map tiles. */
export const serverConfig = $state({ tiles: { url: '', attribution: '' } });

let loaded: Promise<void> | null = null;

/** Fetched once per visit; the (app) layout waits for it before drawing a page. */
export function loadServerConfig(): Promise<void> {
  loaded ??= fetch('/config.json')
    .then((r) => r.json() as Promise<{ tiles: { url: string; attribution: string } }>)
    .then((c) => {
      serverConfig.tiles = c.tiles;
    });
  return loaded;
}
