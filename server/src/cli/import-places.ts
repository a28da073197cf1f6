import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import type { EntityManager } from '@mikro-orm/knex';
import { loadConfig } from '../config.js';
import { migrate, openOrm } from '../db/orm.js';
import { persistCity } from '../modules/places/city.js';
import { readCsv, readGeoJson, validateImport } from '../modules/places/import.rules.js';
import { Compound, HeatSource, Station } from '../modules/places/place.entities.js';
import { Unit } from '../modules/units/unit.entity.js';

// Loads another city's units and places from GeoJSON or CSV, all or nothing:
//   pnpm import:places path/to/city.geojson   (or .csv; --dry-run only checks)
const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: import-places <file.geojson|file.json|file.csv> [--dry-run]');
  process.exit(2);
}
const text = readFileSync(file, 'utf8');
const read = /\.csv$/i.test(file) ? readCsv(text) : readGeoJson(text);

const orm = await openOrm(loadConfig().database);
try {
  await migrate(orm);
  const em = orm.em.fork() as EntityManager;
  const [units, heatSources, stations, compounds] = await Promise.all([
    em.find(Unit, {}),
    em.find(HeatSource, {}),
    em.find(Station, {}),
    em.find(Compound, {}),
  ]);
  const result = validateImport(read.records, {
    units: new Map(units.map((u) => [u.id, u.kind])),
    heatSourceIds: new Set(heatSources.map((h) => h.id)),
    stations: new Map(stations.map((s) => [s.id, s.operatorUnit.id])),
    compoundIds: new Set(compounds.map((c) => c.id)),
  });
  const errors = [...read.errors, ...result.errors];
  if (errors.length > 0 || !result.city) {
    for (const e of errors) console.error(`${file}: ${e.at}: ${e.field}: ${e.message}`);
    console.error(`${errors.length} error(s); nothing was loaded.`);
    process.exitCode = 1;
  } else {
    const c = result.city;
    const summary = `${c.units.length} units, ${c.heatSources.length} heat sources, ${c.stations.length} stations, ${c.compounds.length} compounds`;
    if (args.includes('--dry-run')) console.log(`${file} is valid: ${summary}; nothing loaded (--dry-run)`);
    else {
      await em.transactional(async (tx) => persistCity(tx, c));
      console.log(`loaded ${summary}`);
    }
  }
} finally {
  await orm.close();
}
