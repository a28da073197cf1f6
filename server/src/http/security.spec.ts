import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { cspDirectives, inlineScriptHashes, tileSources } from './security.js';

describe('the tile hosts the CSP allows', () => {
  it('is OpenStreetMap by default', () => {
    expect(tileSources(loadConfig({}).tiles)).toEqual(['https://tile.openstreetmap.org']);
  });

  it('covers every 天地图 subdomain, the names layer included', () => {
    const tiles = loadConfig({ HEATLINE_TILES: 'tianditu', HEATLINE_TIANDITU_KEY: 'abc123' }).tiles;
    expect(tileSources(tiles)).toEqual(['https://*.tianditu.gov.cn']);
  });

  it('takes a self-hosted server, its port and a subdomain placeholder', () => {
    expect(tileSources({ url: 'https://tiles.example.gov.cn:8443/{z}/{x}/{y}.png' })).toEqual([
      'https://tiles.example.gov.cn:8443',
    ]);
    expect(tileSources({ url: 'http://{s}.tile.example.org/{z}/{x}/{y}.png' })).toEqual(['http://*.tile.example.org']);
    expect(tileSources({ url: '//tiles.example.org/{z}/{x}/{y}.png' })).toEqual(['tiles.example.org']);
    expect(tileSources({ url: '/tiles/{z}/{x}/{y}.png' })).toEqual(["'self'"]);
  });

  it('adds nothing without tiles', () => {
    expect(tileSources(loadConfig({ HEATLINE_TILES: 'none' }).tiles)).toEqual([]);
    expect(cspDirectives({ url: '' }, [])['img-src']).toEqual(["'self'", 'data:', 'blob:']);
  });
});

describe('the inline scripts the CSP allows', () => {
  it('are the page’s own, by hash, and not its external scripts', () => {
    const body = '\n  start();\n';
    const html = `<head><script src="/a.js"></script></head><body><script>${body}</script></body>`;
    const hash = createHash('sha256').update(body).digest('base64');
    expect(inlineScriptHashes(html)).toEqual([`'sha256-${hash}'`]);
    expect(cspDirectives({ url: '' }, inlineScriptHashes(html))['script-src']).toEqual(["'self'", `'sha256-${hash}'`]);
  });

  it('never frames the board', () => {
    expect(cspDirectives({ url: '' }, [])['frame-ancestors']).toEqual(["'none'"]);
  });
});
