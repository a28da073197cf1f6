import { describe, expect, it } from 'vitest';
import { crewsOnMap, standbyByUnit } from './incidents.rules.js';

describe('crews on the wall', () => {
  it('draws the crews that are out, at their shared position or else where they were sent', () => {
    const drawn = crewsOnMap([
      { id: '1', name: 'a', status: 'EN_ROUTE', lat: 36.8, lon: 119.9, targetLat: 36.81, targetLon: 119.94 },
      { id: '2', name: 'b', status: 'ASSIGNED', lat: null, lon: null, targetLat: 36.81, targetLon: 119.94 },
      { id: '3', name: 'c', status: 'STANDBY', lat: 36.8, lon: 119.9 },
      { id: '4', name: 'd', status: 'ON_SITE', lat: null, lon: null, targetLat: null, targetLon: null },
    ]);
    expect(drawn).toEqual([
      { id: '1', name: 'a', status: 'EN_ROUTE', at: [36.8, 119.9], target: [36.81, 119.94] },
      { id: '2', name: 'b', status: 'ASSIGNED', at: [36.81, 119.94], target: [36.81, 119.94] },
    ]);
  });

  it('counts each unit’s crews on standby', () => {
    const counts = standbyByUnit([
      { status: 'STANDBY', unit: { id: 'u1' } },
      { status: 'STANDBY', unit: { id: 'u1' } },
      { status: 'EN_ROUTE', unit: { id: 'u1' } },
      { status: 'OFF_DUTY', unit: { id: 'u2' } },
    ]);
    expect([...counts]).toEqual([['u1', 2]]);
  });
});
