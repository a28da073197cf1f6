import type { Client } from 'graphql-ws';
import { AttachTicketMutation } from '$lib/incidents/incidents.graphql.js';
import { graphql } from '$lib/graphql/generated/index.js';
import type { Complexity, TicketKind } from '$lib/graphql/generated/graphql.js';
import { newKey, request } from '$lib/graphql/client.svelte.js';
import type { CompoundOption } from './desk.rules.js';

export const DeskOptionsQuery = graphql(`
  query DeskOptions {
    compounds {
      id
      name
      nameEn
      initials
      station {
        id
      }
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

// The open tickets at a place, for the operator to see whether the call is about one of them.
export const OpenAtPlaceQuery = graphql(`
  query OpenAtPlace($compoundId: ID, $stationId: ID, $status: [TicketStatus!]) {
    atCompound: tickets(filter: { compoundId: $compoundId, status: $status }, orderBy: NEWEST, first: 20) {
      totalCount
      edges {
        node {
          ...DeskRelated_Ticket
        }
      }
    }
    atStation: tickets(filter: { stationId: $stationId, status: $status }, orderBy: NEWEST, first: 20) {
      totalCount
      edges {
        node {
          ...DeskRelated_Ticket
        }
      }
    }
  }
`);

export const DeskRelatedTicket = graphql(`
  fragment DeskRelated_Ticket on Ticket {
    id
    number
    status
    receivedAt
    description
    compound {
      id
      name
      nameEn
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
      answeredOnCall
    }
  }
`);

/** What the operator enters for one call. */
export function blankCall() {
  return {
    // One call taken is one ticket, however often "register" is pressed after an answer was lost.
    key: newKey(),
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
    related: null as { id: string; number: string } | null,
    /** The open incident over the compound the call is attached to once registered, if any. */
    incidentId: null as string | null,
  };
}
export type Call = ReturnType<typeof blankCall>;

/** What became of a call: its ticket, and whether it was answered on the call (and so closed). */
export interface Registered {
  id: string;
  number: string;
  answered: boolean;
  /** The incident it was attached to, if any. */
  incidentId: string | null;
}

/** Registers the call, then answers it at once (which closes it) or transfers it. */
export async function registerCall(c: Client, f: Call, answerNow: boolean): Promise<Registered> {
  const created = (
    await request(
      c,
      RegisterMutation,
      {
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
          relatedTicketId: f.related?.id ?? null,
        },
      },
      { idempotencyKey: `${f.key}:register` },
    )
  ).createTicket;
  if (answerNow) {
    const answered = (
      await request(
        c,
        AnswerMutation,
        { id: created.id, resolution: f.answer || f.description },
        { idempotencyKey: `${f.key}:answer` },
      )
    ).resolveTicket;
    return { id: created.id, number: created.number, answered: answered.answeredOnCall, incidentId: null };
  }
  if (f.unitId)
    await request(
      c,
      TransferMutation,
      { id: created.id, unitId: f.unitId, note: f.note || null },
      { idempotencyKey: `${f.key}:transfer` },
    );
  if (f.incidentId)
    await request(
      c,
      AttachTicketMutation,
      { incidentId: f.incidentId, ticketId: created.id },
      { idempotencyKey: `${f.key}:attach` },
    );
  return { id: created.id, number: created.number, answered: false, incidentId: f.incidentId };
}
