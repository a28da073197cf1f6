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

/** Registers a call and answers its id and description, as the desk does. */
export const CREATE_CALL = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id description } }`;

/** A call the desk registers; complex, so due in three working days and no overdue event joins it during a test. */
export const complexCall = (description: string) => ({
  kind: 'COMPLAINT',
  category: 'NO_HEAT',
  channel: 'MAYOR_HOTLINE',
  complexity: 'COMPLEX',
  callerName: '孙七',
  callerPhone: '13812340000',
  compoundId: 'cp-001',
  description,
});

export interface ListedTicket {
  id: string;
  number: string;
  description: string;
  events: Array<{ seq: number; type: string; ticketId: string }>;
}

/** Every ticket the caller may see, newest first, page by page, each with its history from the audit log. */
export async function allTickets(url: string, token: string): Promise<ListedTicket[]> {
  const query = `query($after: String) { tickets(first: 200, after: $after) { pageInfo { endCursor hasNextPage }
    edges { node { id number description events { seq type ticketId } } } } }`;
  const tickets: ListedTicket[] = [];
  let after: string | null = null;
  for (;;) {
    const page: {
      pageInfo: { endCursor: string | null; hasNextPage: boolean };
      edges: Array<{ node: ListedTicket }>;
    } = (await ok(url, query, { after }, token)).tickets;
    tickets.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) return tickets;
    after = page.pageInfo.endCursor;
  }
}
