import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const tiles = (env: Record<string, string>) => loadConfig(env).tiles;
const refusal = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error('the configuration was accepted');
};

describe('map tiles', () => {
  it('are OpenStreetMap, credited, when nothing is set', () => {
    expect(tiles({})).toEqual({
      preset: 'osm',
      url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      attribution: '© OpenStreetMap contributors',
    });
  });

  it('are 天地图 with its names layer and the key in both URLs', () => {
    const t = tiles({ HEATLINE_TILES: 'tianditu', HEATLINE_TIANDITU_KEY: 'abc123' });
    expect(t.url).toBe('https://t{s}.tianditu.gov.cn/DataServer?T=vec_w&x={x}&y={y}&l={z}&tk=abc123');
    expect(t.labelsUrl).toBe('https://t{s}.tianditu.gov.cn/DataServer?T=cva_w&x={x}&y={y}&l={z}&tk=abc123');
    expect(t.subdomains).toBe('01234567');
    expect(t.attribution).toContain('天地图');
  });

  it('refuses to start on 天地图 without a key, naming the variable', () => {
    expect(refusal({ HEATLINE_TILES: 'tianditu' })).toMatch(
      /HEATLINE_TIANDITU_KEY: is required with HEATLINE_TILES=tianditu/,
    );
  });

  it('take a self-hosted URL template and its credit', () => {
    const env = {
      HEATLINE_TILES: 'custom',
      HEATLINE_TILE_URL: 'https://tiles.pingdu.gov.cn/{z}/{x}/{y}.png',
      HEATLINE_TILE_ATTRIBUTION: '平度市自然资源局',
    };
    expect(tiles(env)).toEqual({
      preset: 'custom',
      url: 'https://tiles.pingdu.gov.cn/{z}/{x}/{y}.png',
      attribution: '平度市自然资源局',
    });
    expect(refusal({ HEATLINE_TILES: 'custom' })).toMatch(/HEATLINE_TILE_URL: is required with HEATLINE_TILES=custom/);
    expect(refusal({ HEATLINE_TILES: 'custom', HEATLINE_TILE_URL: 'tiles/{z}' })).toMatch(/HEATLINE_TILE_URL/);
  });

  it('can be none: the map draws the network on a plain background', () => {
    expect(tiles({ HEATLINE_TILES: 'none' })).toEqual({ preset: 'none', url: '', attribution: '' });
  });

  it('still follow HEATLINE_TILE_URL alone: a URL is self-hosted, empty is none', () => {
    expect(tiles({ HEATLINE_TILE_URL: '' }).preset).toBe('none');
    expect(tiles({ HEATLINE_TILE_URL: '/tiles/{z}/{x}/{y}.png' })).toMatchObject({
      preset: 'custom',
      url: '/tiles/{z}/{x}/{y}.png',
    });
  });

  it('refuses an unknown preset, or a URL the preset would ignore', () => {
    expect(refusal({ HEATLINE_TILES: 'google' })).toMatch(/HEATLINE_TILES: must be one of osm, tianditu, custom, none/);
    expect(refusal({ HEATLINE_TILES: 'osm', HEATLINE_TILE_URL: 'https://a/{z}/{x}/{y}.png' })).toMatch(
      /HEATLINE_TILE_URL: is only read with HEATLINE_TILES=custom/,
    );
  });
});

describe('production hygiene', () => {
  it('is production mode only with NODE_ENV=production', () => {
    expect(loadConfig({}).production).toBe(false);
    expect(loadConfig({ NODE_ENV: 'development' }).production).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production' }).production).toBe(true);
  });

  it('refuses the SQL debug log in production, since it prints callers with every statement', () => {
    expect(refusal({ NODE_ENV: 'production', HEATLINE_SQL_DEBUG: '1' })).toMatch(
      /HEATLINE_SQL_DEBUG: .*not in production/,
    );
    expect(loadConfig({ HEATLINE_SQL_DEBUG: '1' }).database.debug).toBe(true);
  });

  it('keeps CORS closed unless origins are listed, and takes a comma list of origins', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(
      loadConfig({ HEATLINE_CORS_ORIGINS: 'https://a.example.gov.cn, http://10.0.0.5:8080/' }).corsOrigins,
    ).toEqual(['https://a.example.gov.cn', 'http://10.0.0.5:8080']);
    expect(refusal({ HEATLINE_CORS_ORIGINS: 'https://a.example.gov.cn/path' })).toMatch(/HEATLINE_CORS_ORIGINS/);
    expect(refusal({ HEATLINE_CORS_ORIGINS: '*' })).toMatch(/HEATLINE_CORS_ORIGINS/);
  });

  it('serves /metrics only with a token long enough to be a secret', () => {
    expect(loadConfig({}).metricsToken).toBeNull();
    expect(loadConfig({ HEATLINE_METRICS_TOKEN: 'a'.repeat(32) }).metricsToken).toBe('a'.repeat(32));
    expect(refusal({ HEATLINE_METRICS_TOKEN: 'short' })).toMatch(/HEATLINE_METRICS_TOKEN: must be at least 16/);
  });
});

describe('the ladder', () => {
  it('reminds at three quarters of the time, proposes after a working day, extends by 10 working days at most', () => {
    expect(loadConfig({}).ladder).toEqual({
      reminderShare: 0.75,
      proposeAfterWorkingHours: 9,
      extensionMaxWorkingDays: 10,
    });
    expect(loadConfig({ HEATLINE_REMINDER_SHARE: '0.5' }).ladder.reminderShare).toBe(0.5);
  });

  it('refuses a reminder share that is not strictly between 0 and 1, naming the variable', () => {
    for (const share of ['0', '1', '1.5', '-0.2', 'most'])
      expect(refusal({ HEATLINE_REMINDER_SHARE: share })).toMatch(/HEATLINE_REMINDER_SHARE/);
    expect(refusal({ HEATLINE_PROPOSE_AFTER_HOURS: '0' })).toMatch(/HEATLINE_PROPOSE_AFTER_HOURS/);
    expect(refusal({ HEATLINE_EXTENSION_MAX_DAYS: '0' })).toMatch(/HEATLINE_EXTENSION_MAX_DAYS/);
  });
});
