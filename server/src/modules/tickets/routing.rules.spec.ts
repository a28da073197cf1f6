import { describe, expect, it } from 'vitest';
import { proposeUnit, type RoutingInput } from './routing.rules.js';
import { TicketKind } from './ticket.enums.js';

const dir = { priceBureauId: 'price', utilitiesOfficeId: 'utilities', propertyOfficeId: 'property-office' };
const direct = { heating: 'DIRECT' as const, stationOperatorId: 'jinquan', heatCompanyId: 'jinquan' };
const propertyRun = { heating: 'PROPERTY' as const, stationOperatorId: 'huatai', heatCompanyId: 'xingping' };
const call = (over: Partial<RoutingInput>): RoutingInput => ({
  kind: TicketKind.COMPLAINT,
  category: 'NO_HEAT',
  compound: direct,
  excludedUnitIds: [],
  ...over,
});

describe('routing', () => {
  it('sends a heating problem in a directly heated compound to its heating company', () => {
    expect(proposeUnit(call({}), dir)).toEqual({ unitId: 'jinquan', basis: 'STATION_OPERATOR' });
  });

  it('sends a heating problem behind a property-run station to that property company', () => {
    for (const category of ['NO_HEAT', 'LOW_TEMPERATURE', 'UNEVEN_HEATING', 'LEAK_OR_BURST', 'NOISE', 'OTHER'])
      expect(proposeUnit(call({ category, compound: propertyRun }), dir)?.unitId).toBe('huatai');
  });

  it('sends billing and price questions to the Price Bureau wherever the caller lives', () => {
    expect(proposeUnit(call({ category: 'BILLING_OR_PRICE' }), dir)?.unitId).toBe('price');
    expect(proposeUnit(call({ category: 'BILLING_OR_PRICE', compound: null }), dir)?.unitId).toBe('price');
  });

  it('sends complaints about a property company’s service to the Property Management Office', () => {
    expect(proposeUnit(call({ category: 'SERVICE', compound: propertyRun }), dir)?.unitId).toBe('property-office');
    expect(proposeUnit(call({ category: 'SERVICE', compound: direct }), dir)?.unitId).toBe('jinquan');
  });

  it('sends a call with no known compound to the Public Utilities Office', () => {
    expect(proposeUnit(call({ compound: null }), dir)).toEqual({ unitId: 'utilities', basis: 'REGULATOR' });
  });

  it('never proposes a unit that refused the ticket, falling back along the heat chain', () => {
    expect(proposeUnit(call({ compound: propertyRun, excludedUnitIds: ['huatai'] }), dir)?.unitId).toBe('xingping');
    expect(proposeUnit(call({ compound: propertyRun, excludedUnitIds: ['huatai', 'xingping'] }), dir)?.unitId).toBe(
      'utilities',
    );
    expect(proposeUnit(call({ excludedUnitIds: ['jinquan', 'utilities'] }), dir)).toBeNull();
  });
});
