import { ok } from './graphql.js';

/** A call registered at the desk and transferred to Jinquan Heating (Wenfeng's heater), as the desk would. */
export async function registerForJinquan(
  url: string,
  deskToken: string,
  call: Record<string, unknown>,
): Promise<{ id: string; number: string }> {
  const input = {
    kind: 'COMPLAINT',
    category: 'NO_HEAT',
    channel: 'MAYOR_HOTLINE',
    complexity: 'GENERAL',
    callerName: '孙七',
    compoundId: 'cp-001',
    description: '暖气不热',
    ...call,
  };
  const create = 'mutation($input: CreateTicketInput!) { createTicket(input: $input) { id number } }';
  const t = (await ok(url, create, { input }, deskToken)).createTicket;
  const transfer = 'mutation($id: ID!) { transferTicket(id: $id, unitId: "unit-jinquan") { id } }';
  await ok(url, transfer, { id: t.id }, deskToken);
  return t;
}
