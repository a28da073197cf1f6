import { createHash } from 'node:crypto';
import cors from 'cors';
import type { RequestHandler } from 'express';
import helmet from 'helmet';
import type { Tiles } from '../config.js';

/**
 * The CSP sources the wall map's tiles come from: each template's origin, its `{s}` subdomain as a
 * wildcard label (`https://t{s}.tianditu.gov.cn/…` → `https://*.tianditu.gov.cn`); a path is 'self'.
 */
export function tileSources(tiles: Pick<Tiles, 'url' | 'labelsUrl'>): string[] {
  const sources = [tiles.url, tiles.labelsUrl ?? ''].filter(Boolean).map(sourceOf);
  return [...new Set(sources)];
}

function sourceOf(template: string): string {
  const m = /^(https?:)?\/\/([^/?#]+)/.exec(template);
  if (!m) return "'self'";
  const labels = m[2]!.split('.');
  const last = labels.findLastIndex((l) => l.includes('{'));
  // CSP allows a wildcard only as the leftmost label: every label up to the placeholder's becomes it.
  const host = last < 0 ? m[2]! : ['*', ...labels.slice(last + 1)].join('.');
  return `${m[1] ?? ''}//${host}`.replace(/^\/\//, '');
}

/** The hashes of a page's inline scripts (SvelteKit's bootstrap), so that no other inline script runs. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`,
  );
  return [...new Set(hashes)];
}

/** Content-Security-Policy directives: the board's own origin, its bootstrap script, and the tile hosts. */
export function cspDirectives(tiles: Pick<Tiles, 'url' | 'labelsUrl'>, scriptHashes: string[]) {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'", ...scriptHashes],
    'script-src-attr': ["'none'"],
    // Svelte's templates and Leaflet's panes carry style attributes; styles cannot run code.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', ...tileSources(tiles).filter((s) => s !== "'self'")],
    // 'self' covers the same origin's ws:// and wss:// (the live board).
    'connect-src': ["'self'"],
    'font-src': ["'self'", 'data:'],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
}

/** Security headers on every response: CSP, no framing, nosniff, a referrer the tile servers accept. */
export function securityHeaders(tiles: Pick<Tiles, 'url' | 'labelsUrl'>, scriptHashes: string[]): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: cspDirectives(tiles, scriptHashes) },
    frameguard: { action: 'deny' },
    // OpenStreetMap and 天地图's browser keys check the Referer: send the origin, never the path.
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  });
}

/** Cross-origin calls to /graphql only from the listed origins; none listed: the board's own origin only. */
export function corsFor(origins: string[]): RequestHandler {
  return cors({
    origin: origins.length ? origins : false,
    methods: ['GET', 'POST'],
    allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'x-request-id'],
    exposedHeaders: ['x-request-id'],
    maxAge: 600,
  });
}
