import type { RoutingCompound, RoutingDirectory } from '../places/place-directory.js';
import { TicketKind } from './ticket.enums.js';

export interface RoutingInput {
  kind: TicketKind;
  category: string;
  compound: RoutingCompound | null;
  /** Units that refused this ticket (退单); never proposed again. */
  excludedUnitIds: readonly string[];
}

export type RoutingBasis = 'PRICE' | 'PROPERTY_SERVICE' | 'STATION_OPERATOR' | 'HEAT_SOURCE_COMPANY' | 'REGULATOR';

export interface RoutingProposal {
  unitId: string;
  basis: RoutingBasis;
}

/**
 * Proposes the unit that owns a call's problem, best first, skipping units that refused it.
 * Returns null when every candidate refused: the desk must choose.
 */
export function proposeUnit(input: RoutingInput, dir: RoutingDirectory): RoutingProposal | null {
  const excluded = new Set(input.excludedUnitIds);
  return candidates(input, dir).find((c) => !excluded.has(c.unitId)) ?? null;
}

function candidates(input: RoutingInput, dir: RoutingDirectory): RoutingProposal[] {
  const { compound } = input;
  const list: RoutingProposal[] = [];
  if (input.category === 'BILLING_OR_PRICE') list.push({ unitId: dir.priceBureauId, basis: 'PRICE' });
  if (compound) {
    // A property company's conduct is overseen by the Property Management Office, not by itself.
    if (input.category === 'SERVICE' && compound.heating === 'PROPERTY')
      list.push({ unitId: dir.propertyOfficeId, basis: 'PROPERTY_SERVICE' });
    list.push({ unitId: compound.stationOperatorId, basis: 'STATION_OPERATOR' });
    if (compound.heating === 'PROPERTY') list.push({ unitId: compound.heatCompanyId, basis: 'HEAT_SOURCE_COMPANY' });
  }
  // The Public Utilities Office regulates heating and takes what no one else owns.
  list.push({ unitId: dir.utilitiesOfficeId, basis: 'REGULATOR' });
  return list;
}
