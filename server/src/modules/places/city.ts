import { readFileSync } from 'node:fs';
import type { EntityManager } from '@mikro-orm/core';
import { pinyin } from 'pinyin-pro';
import { Category, Channel } from './catalog.entities.js';
import { Unit, UnitKind } from '../units/unit.entity.js';
import { Compound, HeatingArrangement, HeatSource, Station } from './place.entities.js';

export interface CityData {
  units: Array<{ id: string; kind: string; name: string; nameEn: string }>;
  heatSources: Array<{ id: string; name: string; nameEn: string; lat: number; lon: number; operatorUnitId: string }>;
  stations: Array<{
    id: string;
    name: string;
    nameEn: string;
    lat: number;
    lon: number;
    heatSourceId: string;
    operatorUnitId: string;
  }>;
  compounds: Array<{
    id: string;
    name: string;
    nameEn: string;
    lat: number;
    lon: number;
    stationId: string;
    heating: string;
    households: number;
    residents: number;
  }>;
  channels?: Array<{ code: string; name: string; nameEn: string; ownerUnitId: string }>;
  categories?: Array<{ code: string; name: string; nameEn: string; sortOrder: number }>;
}

/** Pingdu's heating network as of the 2009 season (positions and most names synthetic). */
export function loadPingdu(): CityData {
  return JSON.parse(readFileSync(new URL('./data/pingdu-2009.json', import.meta.url), 'utf8')) as CityData;
}

/** 文丰小区 → wfxq: what the desk types to find a compound. */
export function initialsOf(name: string): string {
  return pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'removed' })
    .join('')
    .toLowerCase()
    .slice(0, 32);
}

/** Inserts a city's units, places and catalogs; the caller owns the transaction. */
export function persistCity(em: EntityManager, city: CityData): void {
  const ref = <T extends object>(cls: new () => T, id: string) => em.getReference(cls, id as never);
  for (const u of city.units) em.create(Unit, { ...u, kind: u.kind as UnitKind });
  for (const { operatorUnitId, ...h } of city.heatSources)
    em.create(HeatSource, { ...h, operatorUnit: ref(Unit, operatorUnitId) });
  for (const { heatSourceId, operatorUnitId, ...s } of city.stations)
    em.create(Station, { ...s, heatSource: ref(HeatSource, heatSourceId), operatorUnit: ref(Unit, operatorUnitId) });
  for (const { stationId, heating, ...c } of city.compounds)
    em.create(Compound, {
      ...c,
      initials: initialsOf(c.name),
      heating: heating as HeatingArrangement,
      station: ref(Station, stationId),
    });
  for (const c of city.categories ?? []) em.create(Category, c);
  for (const { ownerUnitId, ...c } of city.channels ?? [])
    em.create(Channel, { ...c, ownerUnit: ref(Unit, ownerUnitId) });
}
