import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { login, ok } from './support/graphql.js';
import { startServer, tempDir } from './support/server.js';

const CLI = fileURLToPath(new URL('../server/dist/cli/import-places.js', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const tmp = tempDir();
afterAll(() => tmp.remove());

const runImport = (file: string) =>
  spawnSync(process.execPath, [CLI, file], {
    env: { PATH: process.env.PATH, HEATLINE_DATA_DIR: tmp.dir },
    encoding: 'utf8',
  });

describe('the places import command', () => {
  it('loads nothing of a file with errors, and names each bad row and field', () => {
    const r = runImport(fixture('city-bad.csv'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('line 7: lat:');
    expect(r.stderr).toContain('line 8: station_id: unknown station laixi-st9');
    expect(r.stderr).toContain('nothing was loaded');
  });

  it('loads a valid file alongside the demo city, and the API serves it', async () => {
    await (await startServer({ HEATLINE_DATA_DIR: tmp.dir })).stop();
    const r = runImport(fixture('city.csv'));
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('loaded 2 units, 1 heat sources, 2 stations, 2 compounds');
    const again = runImport(fixture('city.csv'));
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('laixi-heat already exists');

    const server = await startServer({ HEATLINE_DATA_DIR: tmp.dir });
    try {
      const token = await login(server.url, 'leader');
      const { compounds } = await ok(
        server.url,
        '{ compounds { id name heating initials operatorUnit { id } } }',
        {},
        token,
      );
      expect(compounds).toHaveLength(115);
      expect(compounds.filter((c: any) => c.id.startsWith('laixi'))).toEqual([
        { id: 'laixi-cp1', name: '月湖小区', heating: 'DIRECT', initials: 'yhxq', operatorUnit: { id: 'laixi-heat' } },
        {
          id: 'laixi-cp2',
          name: '水集花园',
          heating: 'PROPERTY',
          initials: 'sjhy',
          operatorUnit: { id: 'laixi-prop' },
        },
      ]);
    } finally {
      await server.stop();
    }
  });
});
