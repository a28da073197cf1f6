import { graphql } from '$lib/graphql/generated/index.js';

/** A notice as a list row shows it (the /notices page, a unit's queue). */
export const NoticeRowFragment = graphql(`
  fragment NoticeRow_Notice on Notice {
    id
    number
    subject
    status
    overdue
    dueAt
    issuedAt
    returnCount
    unit {
      id
      name
      nameEn
    }
  }
`);

export const NoticesQuery = graphql(`
  query NoticeList($status: NoticeStatus, $unitId: ID) {
    notices(status: $status, unitId: $unitId) {
      ...NoticeRow_Notice
    }
  }
`);

/** The units a leader may issue a notice to. */
export const NoticeUnitsQuery = graphql(`
  query NoticeUnits {
    units {
      id
      name
      nameEn
      kind
      active
    }
  }
`);

/** One notice, as its page and its printed sheet show it. */
export const NoticeQuery = graphql(`
  query NoticePage($id: ID!) {
    notice(id: $id) {
      id
      number
      subject
      requirement
      status
      overdue
      dueAt
      issuedAt
      issuedByName
      acknowledgedAt
      rectification
      rectifiedAt
      returnCount
      returnReason
      verificationNote
      verifiedAt
      verifiedByName
      decisionId
      visitId
      actions
      unit {
        id
        name
        nameEn
      }
      compound {
        id
        name
        nameEn
      }
      tickets {
        id
        number
        status
      }
    }
  }
`);

/** The notices' steps: a screen re-reads what it shows on each (one read per burst). */
export const NoticeEvents = graphql(`
  subscription NoticeEvents($since: String, $unitIds: [ID!]) {
    boardEvents(
      since: $since
      filter: {
        unitIds: $unitIds
        types: [NOTICE_ISSUED, NOTICE_ACKNOWLEDGED, NOTICE_RECTIFIED, NOTICE_VERIFIED, NOTICE_RETURNED, NOTICE_OVERDUE]
      }
    ) {
      cursor
      type
      roomUnitId
    }
  }
`);

export const IssueNotice = graphql(`
  mutation IssueNotice($input: IssueNoticeInput!) {
    issueNotice(input: $input) {
      id
    }
  }
`);

export const AcknowledgeNotice = graphql(`
  mutation AcknowledgeNotice($id: ID!) {
    acknowledgeNotice(id: $id) {
      id
      status
    }
  }
`);

export const ReportRectification = graphql(`
  mutation ReportRectification($id: ID!, $text: String!) {
    reportRectification(id: $id, text: $text) {
      id
      status
    }
  }
`);

export const VerifyNotice = graphql(`
  mutation VerifyNotice($id: ID!, $note: String) {
    verifyNotice(id: $id, note: $note) {
      id
      status
    }
  }
`);

export const ReturnNotice = graphql(`
  mutation ReturnNotice($id: ID!, $reason: String!, $newDueAt: DateTimeISO!) {
    returnNotice(id: $id, reason: $reason, newDueAt: $newDueAt) {
      id
      status
    }
  }
`);
