import type { Client } from 'graphql-ws';
import { graphql } from '$lib/graphql/generated/index.js';
import type { Complexity, TicketKind } from '$lib/graphql/generated/graphql.js';
import { request } from '$lib/graphql/client.svelte.js';
import type { CompoundOption } from './desk.rules.js';

export const DeskOptionsQuery = graphql(`
  query DeskOptions {
    compounds {
      id
      name
      nameEn
      initials
    }
    units {
      id
      name
      nameEn
      kind
    }
    channels {
      code
      name
      nameEn
    }
    categories {
      code
      name
      nameEn
    }
  }
`);

export const ProposeQuery = graphql(`
  query Propose($kind: TicketKind!, $category: String!, $compoundId: ID) {
    proposeUnit(kind: $kind, category: $category, compoundId: $compoundId) {
      basis
      unit {
        id
        name
        nameEn
      }
    }
  }
`);

export const CallerHistoryQuery = graphql(`
  query CallerHistory($phone: String!) {
    tickets(filter: { callerPhone: $phone }, first: 10) {
      totalCount
      edges {
        node {
          id
          number
          status
          receivedAt
          description
        }
      }
    }
  }
`);

const RegisterMutation = graphql(`
  mutation Register($input: CreateTicketInput!) {
    createTicket(input: $input) {
      id
      number
      version
    }
  }
`);

const TransferMutation = graphql(`
  mutation Transfer($id: ID!, $unitId: ID!, $note: String) {
    transferTicket(id: $id, unitId: $unitId, note: $note) {
      id
      status
    }
  }
`);

const AnswerMutation = graphql(`
  mutation Answer($id: ID!, $resolution: String!) {
    resolveTicket(id: $id, resolution: $resolution, onSite: false) {
      id
      status
    }
  }
`);

/** What the operator enters for one call. */
export function blankCall() {
  return {
    channel: 'MAYOR_HOTLINE',
    kind: 'COMPLAINT' as TicketKind,
    compoundText: '',
    compound: null as CompoundOption | null,
    callerName: '',
    callerPhone: '',
    building: '',
    entrance: '',
    room: '',
    category: 'NO_HEAT',
    complexity: 'GENERAL' as Complexity,
    description: '',
    unitId: '',
    note: '',
    answer: '',
  };
}
export type Call = ReturnType<typeof blankCall>;

/** Registers the call, then answers it at once or transfers it; returns its number. */
export async function registerCall(c: Client, f: Call, answerNow: boolean): Promise<string> {
  const created = (
    await request(c, RegisterMutation, {
      input: {
        kind: f.kind,
        category: f.category,
        channel: f.channel,
        complexity: f.complexity,
        callerName: f.callerName,
        callerPhone: f.callerPhone,
        compoundId: f.compound?.id ?? null,
        address: { building: f.building || null, unit: f.entrance || null, room: f.room || null },
        description: f.description,
      },
    })
  ).createTicket;
  if (answerNow) await request(c, AnswerMutation, { id: created.id, resolution: f.answer || f.description });
  else if (f.unitId) await request(c, TransferMutation, { id: created.id, unitId: f.unitId, note: f.note || null });
  return created.number;
}
