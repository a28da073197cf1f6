import { describe, expect, it } from 'vitest';
import { UnitKind } from '../units/unit.entity.js';
import { readCsv, readGeoJson, validateImport, type Existing } from './import.rules.js';

const empty: Existing = { units: new Map(), heatSourceIds: new Set(), stations: new Map(), compoundIds: new Set() };

const goodCsv = `type,id,kind,name,name_en,lat,lon,operator_unit_id,heat_source_id,station_id,households,residents
unit,u-heat,HEATING_COMPANY,城东热力,Chengdong Heating,,,,,,,
unit,u-prop,PROPERTY_COMPANY,安康物业,Ankang Property,,,,,,,
heat_source,hs-1,,东郊热源,East Plant,36.80,119.97,u-heat,,,,
station,st-1,,一号站,Station 1,36.79,119.96,u-heat,hs-1,,,
station,st-2,,二号站,Station 2,36.78,119.95,u-prop,hs-1,,,
compound,cp-1,,幸福小区,Xingfu Compound,36.791,119.961,,,st-1,420,1300
compound,cp-2,,安康花园,Ankang Garden,36.781,119.951,,,st-2,300,900
`;

describe('importing places', () => {
  it('reads a CSV city and derives each compound’s heating arrangement from its station', () => {
    const { records, errors } = readCsv(goodCsv);
    expect(errors).toEqual([]);
    const result = validateImport(records, empty);
    expect(result.errors).toEqual([]);
    expect(result.city!.compounds.map((c) => [c.id, c.heating])).toEqual([
      ['cp-1', 'DIRECT'],
      ['cp-2', 'PROPERTY'],
    ]);
    expect(result.city!.stations[1]).toMatchObject({
      id: 'st-2',
      heatSourceId: 'hs-1',
      operatorUnitId: 'u-prop',
      lat: 36.78,
    });
  });

  it('reports every bad row by its line and field, and yields no city', () => {
    const bad = goodCsv
      .replace('36.791,119.961', '136.791,119.961')
      .replace('st-2,300,900', 'st-9,300,many')
      .replace('station,st-1,,一号站', 'station,st-1,,');
    const result = validateImport(readCsv(bad).records, empty);
    expect(result.city).toBeNull();
    expect(result.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ at: 'line 5', field: 'name' }),
        expect.objectContaining({ at: 'line 7', field: 'lat' }),
        expect.objectContaining({ at: 'line 8', field: 'residents' }),
      ]),
    );
  });

  it('refuses links to places that exist nowhere, and ids that are taken', () => {
    const existing: Existing = {
      ...empty,
      units: new Map([['u-heat', UnitKind.HEATING_COMPANY]]),
      compoundIds: new Set(['cp-1']),
    };
    const csv = `type,id,kind,name,name_en,lat,lon,operator_unit_id,heat_source_id,station_id,households,residents
unit,u-heat,HEATING_COMPANY,x,x,,,,,,,
compound,cp-1,,a,a,36.7,119.9,,,st-1,1,1
station,st-1,,b,b,36.7,119.9,u-nope,hs-nope,,,
`;
    const { errors } = validateImport(readCsv(csv).records, existing);
    expect(errors).toEqual(
      expect.arrayContaining([
        { at: 'line 2', field: 'id', message: 'u-heat already exists (the database)' },
        { at: 'line 3', field: 'id', message: 'cp-1 already exists (the database)' },
        { at: 'line 4', field: 'operator_unit_id', message: 'unknown unit u-nope' },
        { at: 'line 4', field: 'heat_source_id', message: 'unknown heat source hs-nope' },
      ]),
    );
  });

  it('reads GeoJSON points as [lon, lat] and units as features without geometry', () => {
    const doc = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: null,
          properties: { type: 'unit', id: 'u', kind: 'HEATING_COMPANY', name: '热', name_en: 'H' },
        },
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [119.9, 36.7] },
          properties: { type: 'heat_source', id: 'h', name: '源', name_en: 'S', operator_unit_id: 'u' },
        },
        {
          type: 'Feature',
          geometry: {
            type: 'LineString',
            coordinates: [
              [1, 2],
              [3, 4],
            ],
          },
          properties: { type: 'station', id: 's' },
        },
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [119.9, 36.7] },
          properties: { type: 'mall', id: 'm' },
        },
      ],
    };
    const read = readGeoJson(JSON.stringify(doc));
    expect(read.errors).toEqual([{ at: 'feature 3', field: 'geometry', message: 'must be a Point [lon, lat]' }]);
    const result = validateImport(read.records, empty);
    expect(result.errors).toEqual([expect.objectContaining({ at: 'feature 4', field: 'type' })]);
    expect(validateImport(read.records.slice(0, 2), empty).city!.heatSources).toEqual([
      { id: 'h', name: '源', nameEn: 'S', lat: 36.7, lon: 119.9, operatorUnitId: 'u' },
    ]);
  });

  it('reports a file that is not what it claims to be', () => {
    expect(readGeoJson('{').errors[0]).toMatchObject({ at: 'file' });
    expect(readGeoJson('{"type":"Feature"}').errors[0]).toMatchObject({ at: 'file', field: 'type' });
    expect(readCsv('type,id\n"unclosed,x\n').errors[0]!.at).toMatch(/line|file/);
  });
});
