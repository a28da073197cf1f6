import { badInput } from './errors.js';

/** Numeric database ids travel as GraphQL `ID` strings; anything else is the caller's mistake. */
export function parseIntId(id: string, field = 'id'): number {
  if (!/^[1-9]\d{0,9}$/.test(id) || Number(id) > 2 ** 31 - 1)
    throw badInput(field, `${id.slice(0, 40)} is not a valid id`);
  return Number(id);
}
