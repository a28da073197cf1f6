import { parse as parseCsvText } from 'csv-parse/sync';
import { z } from 'zod';
import { UnitKind } from '../units/unit.entity.js';
import type { CityData } from './city.js';

/** One problem in an import file, by where it is and which field. */
export interface ImportError {
  /** "line 4" in a CSV file, "feature 3" in GeoJSON (1-based). */
  at: string;
  field: string;
  message: string;
}

export interface ImportRecord {
  at: string;
  data: Record<string, unknown>;
}

const id = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(64)
  .regex(/^[A-Za-z0-9_.:-]+$/, 'letters, digits, - _ . : only');
const name = z.string().trim().min(1, 'is required').max(200);
const lat = z.coerce.number({ error: 'must be a number' }).min(-90).max(90);
const lon = z.coerce.number({ error: 'must be a number' }).min(-180).max(180);
const count = z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(0);

const schemas = {
  unit: z.object({
    id,
    kind: z.enum(UnitKind, { error: `must be one of ${Object.values(UnitKind).join(', ')}` }),
    name,
    name_en: name,
  }),
  heat_source: z.object({ id, name, name_en: name, lat, lon, operator_unit_id: id }),
  station: z.object({ id, name, name_en: name, lat, lon, heat_source_id: id, operator_unit_id: id }),
  compound: z.object({ id, name, name_en: name, lat, lon, station_id: id, households: count, residents: count }),
};
type Kind = keyof typeof schemas;
const KINDS = Object.keys(schemas) as Kind[];
type Row<K extends Kind> = z.infer<(typeof schemas)[K]>;
/** A record that passed its schema, typed by its kind. */
type Parsed = { [K in Kind]: { at: string; kind: K; row: Row<K> } }[Kind];

/** Rows of a CSV file with a header: type, id, name, name_en, lat, lon, and the link columns. */
export function readCsv(text: string): { records: ImportRecord[]; errors: ImportError[] } {
  try {
    const rows = parseCsvText(text, {
      columns: true,
      skip_empty_lines: true,
      trim: true,
      bom: true,
      info: true,
    }) as Array<{
      record: Record<string, string>;
      info: { lines: number };
    }>;
    const records = rows.map(({ record, info }) => ({
      at: `line ${info.lines}`,
      // An empty cell is an absent value, so "required" reads right.
      data: Object.fromEntries(Object.entries(record).filter(([, v]) => v !== '')),
    }));
    return { records, errors: [] };
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    return { records: [], errors: [{ at: line ? `line ${line}` : 'file', field: '-', message: (e as Error).message }] };
  }
}

/** Features of a GeoJSON FeatureCollection: Point geometry for places, null geometry for units. */
export function readGeoJson(text: string): { records: ImportRecord[]; errors: ImportError[] } {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return { records: [], errors: [{ at: 'file', field: '-', message: `not JSON: ${(e as Error).message}` }] };
  }
  const fc = doc as { type?: unknown; features?: unknown };
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features))
    return { records: [], errors: [{ at: 'file', field: 'type', message: 'must be a GeoJSON FeatureCollection' }] };
  const records: ImportRecord[] = [];
  const errors: ImportError[] = [];
  fc.features.forEach(
    (
      f: { type?: unknown; geometry?: { type?: unknown; coordinates?: unknown } | null; properties?: unknown },
      i: number,
    ) => {
      const at = `feature ${i + 1}`;
      if (f?.type !== 'Feature' || typeof f.properties !== 'object' || f.properties === null) {
        errors.push({ at, field: 'properties', message: 'must be a Feature with properties' });
        return;
      }
      const data: Record<string, unknown> = { ...(f.properties as Record<string, unknown>) };
      if (f.geometry) {
        const c = f.geometry.coordinates;
        if (f.geometry.type !== 'Point' || !Array.isArray(c) || c.length < 2) {
          errors.push({ at, field: 'geometry', message: 'must be a Point [lon, lat]' });
          return;
        }
        data.lon = c[0];
        data.lat = c[1];
      }
      records.push({ at, data });
    },
  );
  return { records, errors };
}

/** What the database already holds, so links may point at it. */
export interface Existing {
  units: ReadonlyMap<string, UnitKind>;
  heatSourceIds: ReadonlySet<string>;
  /** Station id → the unit that runs it (which decides a compound's heating arrangement). */
  stations: ReadonlyMap<string, string>;
  compoundIds: ReadonlySet<string>;
}

/** Validates every record and link; the city is returned only when there is no error at all. */
export function validateImport(
  records: ImportRecord[],
  existing: Existing,
): { city: CityData | null; errors: ImportError[] } {
  const errors: ImportError[] = [];
  const parsed: Parsed[] = [];
  for (const r of records) {
    const kind = r.data.type as Kind;
    if (!KINDS.includes(kind)) {
      errors.push({ at: r.at, field: 'type', message: `must be one of ${KINDS.join(', ')}` });
      continue;
    }
    const result = schemas[kind].safeParse(r.data);
    if (!result.success) {
      for (const issue of result.error.issues)
        errors.push({ at: r.at, field: issue.path.join('.') || '-', message: issue.message });
      continue;
    }
    parsed.push({ at: r.at, kind, row: result.data } as Parsed);
  }

  const seen = new Map<string, string>();
  const units = new Map(existing.units);
  const heatSources = new Set(existing.heatSourceIds);
  const stations = new Map(existing.stations);
  for (const p of parsed) {
    const key = `${p.kind}:${p.row.id}`;
    const taken =
      seen.get(key) ??
      ((p.kind === 'unit' && existing.units.has(p.row.id)) ||
      (p.kind === 'heat_source' && existing.heatSourceIds.has(p.row.id)) ||
      (p.kind === 'station' && existing.stations.has(p.row.id)) ||
      (p.kind === 'compound' && existing.compoundIds.has(p.row.id))
        ? 'the database'
        : undefined);
    if (taken) errors.push({ at: p.at, field: 'id', message: `${p.row.id} already exists (${taken})` });
    seen.set(key, p.at);
    if (p.kind === 'unit') units.set(p.row.id, p.row.kind);
    if (p.kind === 'heat_source') heatSources.add(p.row.id);
    if (p.kind === 'station') stations.set(p.row.id, p.row.operator_unit_id);
  }
  const link = (p: Parsed, field: string, ok: boolean, what: string) => {
    if (!ok)
      errors.push({ at: p.at, field, message: `unknown ${what} ${String((p.row as Record<string, unknown>)[field])}` });
  };
  for (const p of parsed) {
    if (p.kind === 'heat_source' || p.kind === 'station')
      link(p, 'operator_unit_id', units.has(p.row.operator_unit_id), 'unit');
    if (p.kind === 'station') link(p, 'heat_source_id', heatSources.has(p.row.heat_source_id), 'heat source');
    if (p.kind === 'compound') link(p, 'station_id', stations.has(p.row.station_id), 'station');
  }
  if (errors.length > 0) return { city: null, errors };

  const of = <K extends Kind>(kind: K): Row<K>[] =>
    parsed.filter((p): p is Extract<Parsed, { kind: K }> => p.kind === kind).map((p) => p.row as Row<K>);
  const stationOperatorKind = (stationId: string) => units.get(stations.get(stationId) ?? '');
  return {
    errors,
    city: {
      units: of('unit').map((u) => ({ id: u.id, kind: u.kind, name: u.name, nameEn: u.name_en })),
      heatSources: of('heat_source').map((h) => ({
        id: h.id,
        name: h.name,
        nameEn: h.name_en,
        lat: h.lat,
        lon: h.lon,
        operatorUnitId: h.operator_unit_id,
      })),
      stations: of('station').map((s) => ({
        id: s.id,
        name: s.name,
        nameEn: s.name_en,
        lat: s.lat,
        lon: s.lon,
        heatSourceId: s.heat_source_id,
        operatorUnitId: s.operator_unit_id,
      })),
      compounds: of('compound').map((c) => ({
        id: c.id,
        name: c.name,
        nameEn: c.name_en,
        lat: c.lat,
        lon: c.lon,
        stationId: c.station_id,
        heating: stationOperatorKind(c.station_id) === UnitKind.PROPERTY_COMPANY ? 'PROPERTY' : 'DIRECT',
        households: c.households,
        residents: c.residents,
      })),
    },
  };
}
