// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('./board-map.css', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** The hex colours declared in the first block whose selector list starts with `selector`. */
function coloursOf(selector: string): Record<string, string> {
  const start = css.indexOf(selector);
  if (start < 0) throw new Error(`no ${selector} block in board-map.css`);
  const body = css.slice(css.indexOf('{', start), css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/(--map-[\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1], m[2]]));
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

// The map's background in each theme (tokens.css --map-bg), and the served area's fill over it.
const themes = {
  light: { colours: coloursOf('.board-map,\n.map-legend'), background: '#e9edf2' },
  wall: { colours: coloursOf(".board-map[data-theme='wall']"), background: '#0f1a2e' },
};

describe.each(Object.entries(themes))('the %s map', (_name, { colours, background }) => {
  const v = (name: string) => {
    const value = colours[name];
    if (!value) throw new Error(`${name} is not a hex colour in board-map.css`);
    return value;
  };

  it('keeps every symbol at 3:1 or more against the map and the served area', () => {
    for (const ground of [background, v('--map-outline-fill')])
      for (const symbol of ['--map-compound', '--map-station', '--map-source', '--map-outline', '--map-visit'])
        expect(contrast(v(symbol), ground), `${symbol} on ${ground}`).toBeGreaterThanOrEqual(3);
  });

  it('keeps figures and names at 4.5:1 or more on what they are drawn on', () => {
    expect(contrast(v('--map-compound-text'), v('--map-compound'))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(v('--map-label'), v('--map-compound-hollow'))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(v('--map-label'), v('--map-halo'))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(v('--map-source-flame'), v('--map-source'))).toBeGreaterThanOrEqual(3);
    // The visit badge's clipboard on its fill, and on the halo of a planned (hollow) badge.
    expect(contrast(v('--map-visit-mark'), v('--map-visit'))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(v('--map-visit'), v('--map-halo'))).toBeGreaterThanOrEqual(4.5);
  });
});
