// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('./tokens.css', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** The hex colour tokens declared in the block whose selector is `selector`. */
function tokensOf(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no ${selector} block in tokens.css`);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1], m[2]]));
}

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const STATUSES = ['registered', 'transferred', 'claimed', 'on-site', 'resolved', 'replied', 'closed', 'overdue'];
const TEXTS = ['text', 'text-muted', 'accent', 'danger', 'warning', 'success', 'info'];
const SURFACES = ['surface', 'surface-raised', 'surface-sunken'];

const office = tokensOf(':root');
const themes = { office, wall: { ...office, ...tokensOf("[data-theme='wall']") } };

describe.each(Object.entries(themes))('the %s theme', (_name, tokens) => {
  const v = (name: string) => {
    const value = tokens[name];
    if (!value) throw new Error(`${name} is not a hex colour in tokens.css`);
    return value;
  };

  it('keeps text at 4.5:1 or more on every surface', () => {
    for (const text of TEXTS)
      for (const surface of SURFACES)
        expect(contrast(v(`--color-${text}`), v(`--color-${surface}`)), `${text} on ${surface}`).toBeGreaterThanOrEqual(
          4.5,
        );
  });

  it('keeps text on filled buttons and in the header at 4.5:1 or more', () => {
    expect(contrast(v('--color-on-accent'), v('--color-accent'))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(v('--color-on-danger'), v('--color-danger'))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(v('--color-chrome-text'), v('--color-chrome'))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(v('--color-chrome-muted'), v('--color-chrome'))).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps badge text at 4.5:1 on its soft fill', () => {
    for (const intent of ['accent', 'danger', 'warning', 'success', 'info'])
      expect(contrast(v(`--color-${intent}`), v(`--color-${intent}-soft`)), intent).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps chip text at 4.5:1 on every status colour', () => {
    for (const status of STATUSES)
      expect(contrast(v('--status-text'), v(`--status-${status}`)), status).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps status symbols at 3:1 or more on the map and the surfaces', () => {
    for (const status of STATUSES)
      for (const bg of ['--map-bg', ...SURFACES.map((s) => `--color-${s}`)])
        expect(contrast(v(`--status-${status}`), v(bg)), `${status} on ${bg}`).toBeGreaterThanOrEqual(3);
  });

  it('keeps control borders at 3:1 or more against what they sit on', () => {
    for (const surface of ['surface', 'surface-raised'])
      expect(contrast(v('--color-border-strong'), v(`--color-${surface}`)), surface).toBeGreaterThanOrEqual(3);
  });
});

describe('the contrast formula', () => {
  it('gives 21:1 for black on white and 1:1 for a colour on itself', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#1d4ed8', '#1d4ed8')).toBe(1);
  });
});
