import { graphql } from '$lib/graphql/generated/index.js';

/**
 * An agenda item as every screen shows it: the wall's meeting panel and the chair's page (its
 * minutes). The place it is about, why it is there, its tickets (by the viewer's read rule) and the
 * decisions taken on it.
 */
export const AgendaItemFields = graphql(`
  fragment AgendaItem_Fields on AgendaItem {
    id
    position
    note
    reasons
    compound {
      id
      name
      nameEn
    }
    station {
      id
      name
      nameEn
    }
    tickets {
      id
      number
      status
      compound {
        id
      }
    }
    decisions {
      id
      text
      dueAt
      issueNotice
      noticeNumber
      responsibleUnit {
        id
        name
        nameEn
      }
    }
  }
`);
