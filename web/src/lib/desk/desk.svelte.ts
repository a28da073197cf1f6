import { graphql } from '$lib/graphql/generated/index.js';

export const DeskOptionsQuery = graphql(`
  query DeskOptions {
    compounds { id name nameEn initials }
    units { id name nameEn kind }
    channels { code name nameEn }
    categories { code name nameEn }
  }
`);

export const ProposeQuery = graphql(`
  query Propose($kind: TicketKind!, $category: String!, $compoundId: ID) {
    proposeUnit(kind: $kind, category: $category, compoundId: $compoundId) { basis unit { id name nameEn } }
  }
`);

export const CallerHistoryQuery = graphql(`
  query CallerHistory($phone: String!) {
    tickets(filter: { callerPhone: $phone }, first: 10) {
      totalCount
      edges { node { id number status receivedAt description } }
    }
  }
`);

export const RegisterMutation = graphql(`
  mutation Register($input: CreateTicketInput!) { createTicket(input: $input) { id number version } }
`);

export const TransferMutation = graphql(`
  mutation Transfer($id: ID!, $unitId: ID!, $note: String) { transferTicket(id: $id, unitId: $unitId, note: $note) { id status } }
`);

export const AnswerMutation = graphql(`
  mutation Answer($id: ID!, $resolution: String!) { resolveTicket(id: $id, resolution: $resolution, onSite: false) { id status } }
`);

export const AwaitingCallbackQuery = graphql(`
  query AwaitingCallback {
    tickets(filter: { status: [RESOLVED] }, orderBy: DUE_SOONEST, first: 50) {
      edges { node { id number callerName callerPhone resolution resolvedOnSite unit { name nameEn } } }
    }
  }
`);

export const DeskCallbackMutation = graphql(`
  mutation DeskCallback($id: ID!, $satisfaction: Satisfaction!) { recordCallback(id: $id, satisfaction: $satisfaction) { id status } }
`);
