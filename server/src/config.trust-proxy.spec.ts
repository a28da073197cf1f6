import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('HEATLINE_TRUST_PROXY', () => {
  it('trusts no forwarded address by default', () => {
    expect(loadConfig({}).trustProxyHops).toBe(0);
  });

  it('takes true for one proxy, false for none, or the number of proxies in front', () => {
    expect(loadConfig({ HEATLINE_TRUST_PROXY: 'true' }).trustProxyHops).toBe(1);
    expect(loadConfig({ HEATLINE_TRUST_PROXY: 'false' }).trustProxyHops).toBe(0);
    expect(loadConfig({ HEATLINE_TRUST_PROXY: '2' }).trustProxyHops).toBe(2);
  });

  it('refuses anything else, naming the variable', () => {
    expect(() => loadConfig({ HEATLINE_TRUST_PROXY: 'yes' })).toThrow(ConfigError);
    expect(() => loadConfig({ HEATLINE_TRUST_PROXY: '10.0.0.0/8' })).toThrow(/HEATLINE_TRUST_PROXY/);
  });
});
