/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AdminPanel_Unit on Unit {\n    id\n    name\n    nameEn\n    kind\n    active\n  }\n": typeof types.AdminPanel_UnitFragmentDoc,
    "\n  fragment KeysPanel_Secret on CreatedApiKey {\n    key\n    apiKey {\n      id\n      name\n    }\n  }\n": typeof types.KeysPanel_SecretFragmentDoc,
    "\n  fragment DisplaysPanel_Pairing on DisplayPairing {\n    code\n    expiresAt\n    apiKey {\n      id\n      name\n    }\n  }\n": typeof types.DisplaysPanel_PairingFragmentDoc,
    "\n  query AdminUsers {\n    users {\n      id\n      username\n      displayName\n      role\n      active\n      unit {\n        id\n      }\n    }\n    units(includeInactive: true) {\n      ...AdminPanel_Unit\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n    }\n  }\n": typeof types.ReactivateUserDocument,
    "\n  mutation ResetPassword($id: ID!, $password: String!) {\n    resetPassword(id: $id, password: $password) {\n      id\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query AdminUnits {\n    units(includeInactive: true) {\n      ...AdminPanel_Unit\n    }\n  }\n": typeof types.AdminUnitsDocument,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateUnitDocument,
    "\n  mutation RenameUnit($input: RenameUnitInput!) {\n    renameUnit(input: $input) {\n      id\n    }\n  }\n": typeof types.RenameUnitDocument,
    "\n  mutation DeactivateUnit($id: ID!) {\n    deactivateUnit(id: $id) {\n      id\n    }\n  }\n": typeof types.DeactivateUnitDocument,
    "\n  mutation ReactivateUnit($id: ID!) {\n    reactivateUnit(id: $id) {\n      id\n    }\n  }\n": typeof types.ReactivateUnitDocument,
    "\n  query AdminKeys($kind: ApiKeyKind) {\n    apiKeys(kind: $kind) {\n      id\n      name\n      kind\n      scopes\n      unitIds\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n      rotatedAt\n      pairedAt\n      pairingExpiresAt\n    }\n    units(includeInactive: true) {\n      ...AdminPanel_Unit\n    }\n  }\n": typeof types.AdminKeysDocument,
    "\n  mutation CreateApiKey($name: String!, $scopes: [String!]!, $unitIds: [ID!], $expiresAt: DateTimeISO) {\n    createApiKey(name: $name, scopes: $scopes, unitIds: $unitIds, expiresAt: $expiresAt) {\n      ...KeysPanel_Secret\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RotateApiKey($id: ID!) {\n    rotateApiKey(id: $id) {\n      ...KeysPanel_Secret\n    }\n  }\n": typeof types.RotateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  mutation CreateDisplay($input: CreateDisplayInput!) {\n    createDisplay(input: $input) {\n      ...DisplaysPanel_Pairing\n    }\n  }\n": typeof types.CreateDisplayDocument,
    "\n  mutation NewDisplayPairing($id: ID!) {\n    newDisplayPairing(id: $id) {\n      ...DisplaysPanel_Pairing\n    }\n  }\n": typeof types.NewDisplayPairingDocument,
    "\n  mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!) {\n    changeOwnPassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangeOwnPasswordDocument,
    "\n  query RoomAttendance {\n    attendance {\n      unit {\n        id\n      }\n      status\n      officers\n    }\n  }\n": typeof types.RoomAttendanceDocument,
    "\n  mutation SignInToRoom {\n    signIn {\n      officers\n    }\n  }\n": typeof types.SignInToRoomDocument,
    "\n  mutation SignOutOfRoom {\n    signOut {\n      officers\n    }\n  }\n": typeof types.SignOutOfRoomDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation PairDisplay($code: String!) {\n    pairDisplay(code: $code) {\n      name\n    }\n  }\n": typeof types.PairDisplayDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Viewer {\n    viewer {\n      kind\n      name\n    }\n    me {\n      id\n      displayName\n      role\n      unit {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  fragment CrewControls_Crew on Crew {\n    id\n    name\n    members\n    vehicle\n    phone\n    status\n    statusAt\n    ticketId\n    taskId\n    incidentId\n    target\n    targetLat\n    targetLon\n    lat\n    lon\n    positionAt\n    moves\n    unit {\n      id\n    }\n  }\n": typeof types.CrewControls_CrewFragmentDoc,
    "\n  query UnitCrews($unitId: ID!) {\n    crews(unitId: $unitId) {\n      ...CrewControls_Crew\n    }\n  }\n": typeof types.UnitCrewsDocument,
    "\n  mutation MoveCrew($id: ID!, $to: CrewStatus!) {\n    moveCrew(id: $id, to: $to) {\n      ...CrewControls_Crew\n    }\n  }\n": typeof types.MoveCrewDocument,
    "\n  mutation ShareCrewPosition($id: ID!, $lat: Float!, $lon: Float!) {\n    shareCrewPosition(id: $id, lat: $lat, lon: $lon) {\n      id\n      lat\n      lon\n      positionAt\n    }\n  }\n": typeof types.ShareCrewPositionDocument,
    "\n  subscription CrewEvents($since: String, $unitIds: [ID!]) {\n    boardEvents(\n      since: $since\n      filter: { unitIds: $unitIds, types: [CREW_DISPATCHED, CREW_STATUS, CREW_POSITION, CREW_UPDATED] }\n    ) {\n      cursor\n      type\n      roomUnitId\n    }\n  }\n": typeof types.CrewEventsDocument,
    "\n  query BoardCursor {\n    boardCursor\n  }\n": typeof types.BoardCursorDocument,
    "\n  fragment IncidentCard_Incident on Incident {\n    id\n    kind\n    status\n    summary\n    publicNotice\n    expectedRestoreAt\n    households\n    residents\n    ticketCount\n    declaredAt\n    leadUnit {\n      id\n      name\n      nameEn\n    }\n    stations {\n      id\n      name\n      nameEn\n    }\n    compounds {\n      id\n    }\n    tasks {\n      id\n      text\n      status\n      unit {\n        id\n        name\n        nameEn\n      }\n    }\n    crews {\n      id\n      name\n      status\n    }\n    steps: timeline(last: 3) {\n      seq\n      type\n      at\n      actorName\n    }\n  }\n": typeof types.IncidentCard_IncidentFragmentDoc,
    "\n  query BoardIncidents {\n    incidents(open: true) {\n      ...IncidentCard_Incident\n    }\n    proposedIncidents {\n      station {\n        id\n        name\n        nameEn\n        operatorUnit {\n          id\n        }\n      }\n      tickets {\n        id\n      }\n      compounds {\n        id\n      }\n      since\n    }\n    crews {\n      id\n      name\n      status\n      unit {\n        id\n      }\n      targetLat\n      targetLon\n      lat\n      lon\n    }\n  }\n": typeof types.BoardIncidentsDocument,
    "\n  query IncidentsAt($compoundId: ID!) {\n    incidentsAt(compoundId: $compoundId) {\n      id\n      kind\n      summary\n      publicNotice\n      expectedRestoreAt\n      ticketCount\n    }\n  }\n": typeof types.IncidentsAtDocument,
    "\n  mutation AttachTicket($incidentId: ID!, $ticketId: ID!) {\n    attachTicket(incidentId: $incidentId, ticketId: $ticketId) {\n      id\n      ticketCount\n    }\n  }\n": typeof types.AttachTicketDocument,
    "\n  mutation DeclareIncident($input: DeclareIncidentInput!) {\n    declareIncident(input: $input) {\n      id\n    }\n  }\n": typeof types.DeclareIncidentDocument,
    "\n  query DeskIncidents {\n    incidents(open: true) {\n      id\n      kind\n      summary\n      ticketCount\n      leadUnit {\n        id\n        name\n        nameEn\n      }\n    }\n    proposedIncidents {\n      station {\n        id\n        name\n        nameEn\n        operatorUnit {\n          id\n        }\n      }\n      tickets {\n        id\n        number\n      }\n      since\n    }\n  }\n": typeof types.DeskIncidentsDocument,
    "\n  subscription DeskIncidentEvents($since: String) {\n    boardEvents(\n      since: $since\n      filter: {\n        types: [\n          TICKET_REGISTERED\n          TICKET_RESOLVED\n          TICKET_ATTACHED\n          TICKET_DETACHED\n          INCIDENT_PROPOSED\n          INCIDENT_DECLARED\n          INCIDENT_UPDATED\n          INCIDENT_CONTAINED\n          INCIDENT_RESOLVED\n        ]\n      }\n    ) {\n      cursor\n      type\n    }\n  }\n": typeof types.DeskIncidentEventsDocument,
    "\n  query StandbyCrews($unitId: ID!) {\n    crews(unitId: $unitId, status: STANDBY) {\n      id\n    }\n  }\n": typeof types.StandbyCrewsDocument,
    "\n  query IncidentList {\n    incidents {\n      ...IncidentCard_Incident\n    }\n  }\n": typeof types.IncidentListDocument,
    "\n  query IncidentPage($id: ID!) {\n    incident(id: $id) {\n      ...IncidentCard_Incident\n      resolution\n      containedAt\n      resolvedAt\n      declaredByName\n      compounds {\n        id\n        name\n        nameEn\n      }\n      tickets {\n        id\n        number\n        status\n        compound {\n          name\n          nameEn\n        }\n      }\n      tasks {\n        id\n        text\n        status\n        dueAt\n        claimedByName\n        doneNote\n        afterTaskId\n        unit {\n          id\n          name\n          nameEn\n        }\n      }\n      timeline {\n        seq\n        type\n        at\n        actorName\n        ticket {\n          id\n          number\n        }\n      }\n    }\n    crews(status: STANDBY) {\n      id\n      name\n      unit {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n": typeof types.IncidentPageDocument,
    "\n  subscription IncidentEvents($since: String) {\n    boardEvents(\n      since: $since\n      filter: {\n        types: [\n          INCIDENT_DECLARED\n          INCIDENT_UPDATED\n          INCIDENT_CONTAINED\n          INCIDENT_RESOLVED\n          TICKET_ATTACHED\n          TICKET_DETACHED\n          TASK_ADDED\n          TASK_CLAIMED\n          TASK_DONE\n          CREW_DISPATCHED\n          CREW_STATUS\n        ]\n      }\n    ) {\n      cursor\n      type\n    }\n  }\n": typeof types.IncidentEventsDocument,
    "\n  mutation UpdateIncident($id: ID!, $input: UpdateIncidentInput!) {\n    updateIncident(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateIncidentDocument,
    "\n  mutation ContainIncident($id: ID!) {\n    containIncident(id: $id) {\n      id\n    }\n  }\n": typeof types.ContainIncidentDocument,
    "\n  mutation ResolveIncident($id: ID!, $resolution: String!) {\n    resolveIncident(id: $id, resolution: $resolution) {\n      id\n    }\n  }\n": typeof types.ResolveIncidentDocument,
    "\n  mutation AddIncidentTask($input: AddTaskInput!) {\n    addTask(input: $input) {\n      id\n    }\n  }\n": typeof types.AddIncidentTaskDocument,
    "\n  mutation DispatchCrew($crewId: ID!, $target: CrewTargetInput!) {\n    dispatchCrew(crewId: $crewId, target: $target) {\n      id\n      status\n    }\n  }\n": typeof types.DispatchCrewDocument,
    "\n  fragment BoardMap_HeatSource on HeatSource {\n    id\n    name\n    nameEn\n    lat\n    lon\n  }\n": typeof types.BoardMap_HeatSourceFragmentDoc,
    "\n  fragment BoardMap_Station on Station {\n    id\n    name\n    nameEn\n    lat\n    lon\n    operatorUnit {\n      name\n      nameEn\n      kind\n    }\n    heatSource {\n      id\n    }\n  }\n": typeof types.BoardMap_StationFragmentDoc,
    "\n  fragment BoardMap_Compound on Compound {\n    id\n    name\n    nameEn\n    lat\n    lon\n    heating\n    station {\n      id\n    }\n  }\n": typeof types.BoardMap_CompoundFragmentDoc,
    "\n  fragment BoardMap_Ticket on Ticket {\n    id\n    number\n    status\n    overdue\n    compound {\n      id\n    }\n  }\n": typeof types.BoardMap_TicketFragmentDoc,
    "\n  fragment AgendaItem_Fields on AgendaItem {\n    id\n    position\n    note\n    reasons\n    compound {\n      id\n      name\n      nameEn\n    }\n    station {\n      id\n      name\n      nameEn\n    }\n    tickets {\n      id\n      number\n      status\n      compound {\n        id\n      }\n    }\n    decisions {\n      id\n      text\n      dueAt\n      issueNotice\n      noticeNumber\n      responsibleUnit {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n": typeof types.AgendaItem_FieldsFragmentDoc,
    "\n  fragment NoticeRow_Notice on Notice {\n    id\n    number\n    subject\n    status\n    overdue\n    dueAt\n    issuedAt\n    returnCount\n    unit {\n      id\n      name\n      nameEn\n    }\n  }\n": typeof types.NoticeRow_NoticeFragmentDoc,
    "\n  query NoticeList($status: NoticeStatus, $unitId: ID) {\n    notices(status: $status, unitId: $unitId) {\n      ...NoticeRow_Notice\n    }\n  }\n": typeof types.NoticeListDocument,
    "\n  query NoticeUnits {\n    units {\n      id\n      name\n      nameEn\n      kind\n      active\n    }\n  }\n": typeof types.NoticeUnitsDocument,
    "\n  query NoticePage($id: ID!) {\n    notice(id: $id) {\n      id\n      number\n      subject\n      requirement\n      status\n      overdue\n      dueAt\n      issuedAt\n      issuedByName\n      acknowledgedAt\n      rectification\n      rectifiedAt\n      returnCount\n      returnReason\n      verificationNote\n      verifiedAt\n      verifiedByName\n      decisionId\n      visitId\n      actions\n      unit {\n        id\n        name\n        nameEn\n      }\n      compound {\n        id\n        name\n        nameEn\n      }\n      tickets {\n        id\n        number\n        status\n      }\n    }\n  }\n": typeof types.NoticePageDocument,
    "\n  subscription NoticeEvents($since: String, $unitIds: [ID!]) {\n    boardEvents(\n      since: $since\n      filter: {\n        unitIds: $unitIds\n        types: [NOTICE_ISSUED, NOTICE_ACKNOWLEDGED, NOTICE_RECTIFIED, NOTICE_VERIFIED, NOTICE_RETURNED, NOTICE_OVERDUE]\n      }\n    ) {\n      cursor\n      type\n      roomUnitId\n    }\n  }\n": typeof types.NoticeEventsDocument,
    "\n  mutation IssueNotice($input: IssueNoticeInput!) {\n    issueNotice(input: $input) {\n      id\n    }\n  }\n": typeof types.IssueNoticeDocument,
    "\n  mutation AcknowledgeNotice($id: ID!) {\n    acknowledgeNotice(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.AcknowledgeNoticeDocument,
    "\n  mutation ReportRectification($id: ID!, $text: String!) {\n    reportRectification(id: $id, text: $text) {\n      id\n      status\n    }\n  }\n": typeof types.ReportRectificationDocument,
    "\n  mutation VerifyNotice($id: ID!, $note: String) {\n    verifyNotice(id: $id, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.VerifyNoticeDocument,
    "\n  mutation ReturnNotice($id: ID!, $reason: String!, $newDueAt: DateTimeISO!) {\n    returnNotice(id: $id, reason: $reason, newDueAt: $newDueAt) {\n      id\n      status\n    }\n  }\n": typeof types.ReturnNoticeDocument,
    "\n  fragment UnitTasks_Task on Task {\n    id\n    text\n    dueAt\n    status\n    claimedByName\n    afterTaskId\n    doneNote\n    incidentId\n    ticketId\n    actions\n  }\n": typeof types.UnitTasks_TaskFragmentDoc,
    "\n  query MyTasks {\n    myTasks {\n      ...UnitTasks_Task\n    }\n  }\n": typeof types.MyTasksDocument,
    "\n  mutation ClaimTask($id: ID!) {\n    claimTask(id: $id) {\n      ...UnitTasks_Task\n    }\n  }\n": typeof types.ClaimTaskDocument,
    "\n  mutation CompleteTask($id: ID!, $note: String) {\n    completeTask(id: $id, note: $note) {\n      ...UnitTasks_Task\n    }\n  }\n": typeof types.CompleteTaskDocument,
    "\n  subscription TaskEvents($since: String, $unitIds: [ID!]) {\n    boardEvents(since: $since, filter: { unitIds: $unitIds, types: [TASK_ADDED, TASK_CLAIMED, TASK_DONE] }) {\n      cursor\n      type\n      roomUnitId\n    }\n  }\n": typeof types.TaskEventsDocument,
    "\n  fragment TicketActions_Ticket on Ticket {\n    id\n    number\n    status\n    kind\n    version\n    overdue\n    dueAt\n    actions\n    unit {\n      id\n      name\n      nameEn\n    }\n    proposedUnit {\n      id\n      name\n      nameEn\n    }\n    claimedBy {\n      id\n      displayName\n    }\n    reopenCount\n    reopenReason\n    pausedAt\n    pauseReason\n    pendingExtension {\n      until\n      reason\n    }\n  }\n": typeof types.TicketActions_TicketFragmentDoc,
    "\n  mutation ClaimTicket($id: ID!, $v: Int) {\n    claimTicket(id: $id, expectedVersion: $v) {\n      ...TicketActions_Ticket\n    }\n  }\n": typeof types.ClaimTicketDocument,
    "\n  mutation ReleaseTicket($id: ID!, $v: Int) {\n    releaseTicket(id: $id, expectedVersion: $v) {\n      ...TicketActions_Ticket\n    }\n  }\n": typeof types.ReleaseTicketDocument,
    "\n  mutation StartOnSite($id: ID!, $v: Int) {\n    startOnSite(id: $id, expectedVersion: $v) {\n      ...TicketActions_Ticket\n    }\n  }\n": typeof types.StartOnSiteDocument,
    "\n  mutation ResolveTicket($id: ID!, $v: Int, $resolution: String!, $onSite: Boolean!) {\n    resolveTicket(id: $id, expectedVersion: $v, resolution: $resolution, onSite: $onSite) {\n      ...TicketActions_Ticket\n    }\n  }\n": typeof types.ResolveTicketDocument,
    "\n  mutation RejectTransfer($id: ID!, $v: Int, $reason: RefusalReason!, $note: String) {\n    rejectTransfer(id: $id, expectedVersion: $v, reason: $reason, note: $note) {\n      ...TicketActions_Ticket\n    }\n  }\n": typeof types.RejectTransferDocument,
    "\n  mutation AssignTicket($id: ID!, $v: Int, $userId: ID!) {\n    assignTicket(id: $id, expectedVersion: $v, userId: $userId) {\n      ...TicketActions_Ticket\n    }\n  }\n": typeof types.AssignTicketDocument,
    "\n  mutation TransferTicket($id: ID!, $v: Int, $unitId: ID!, $note: String) {\n    transferTicket(id: $id, expectedVersion: $v, unitId: $unitId, note: $note) {\n      ...TicketActions_Ticket\n    }\n  }\n": typeof types.TransferTicketDocument,
    "\n  mutation RecordCallback($id: ID!, $v: Int, $satisfaction: Satisfaction!, $note: String) {\n    recordCallback(id: $id, expectedVersion: $v, satisfaction: $satisfaction, note: $note) {\n      ...TicketActions_Ticket\n    }\n  }\n": typeof types.RecordCallbackDocument,
    "\n  mutation ReopenTicket($id: ID!, $v: Int, $reason: String!) {\n    reopenTicket(id: $id, expectedVersion: $v, reason: $reason) {\n      ...TicketActions_Ticket\n    }\n  }\n": typeof types.ReopenTicketDocument,
    "\n  mutation CloseTicket($id: ID!, $v: Int) {\n    closeTicket(id: $id, expectedVersion: $v) {\n      ...TicketActions_Ticket\n    }\n  }\n": typeof types.CloseTicketDocument,
    "\n  mutation UrgeTicket($id: ID!, $v: Int, $note: String) {\n    urgeTicket(id: $id, expectedVersion: $v, note: $note) {\n      ...TicketActions_Ticket\n    }\n  }\n": typeof types.UrgeTicketDocument,
    "\n  mutation RequestExtension($id: ID!, $v: Int, $until: DateTimeISO!, $reason: String!) {\n    requestExtension(id: $id, expectedVersion: $v, until: $until, reason: $reason) {\n      ...TicketActions_Ticket\n    }\n  }\n": typeof types.RequestExtensionDocument,
    "\n  mutation DecideExtension($id: ID!, $v: Int, $approve: Boolean!, $note: String) {\n    decideExtension(id: $id, expectedVersion: $v, approve: $approve, note: $note) {\n      ...TicketActions_Ticket\n    }\n  }\n": typeof types.DecideExtensionDocument,
    "\n  mutation PauseTicket($id: ID!, $v: Int, $reason: PauseReason!, $note: String) {\n    pauseTicket(id: $id, expectedVersion: $v, reason: $reason, note: $note) {\n      ...TicketActions_Ticket\n    }\n  }\n": typeof types.PauseTicketDocument,
    "\n  mutation ResumeTicket($id: ID!, $v: Int) {\n    resumeTicket(id: $id, expectedVersion: $v) {\n      ...TicketActions_Ticket\n    }\n  }\n": typeof types.ResumeTicketDocument,
    "\n  query ActionOptions($members: Boolean!) {\n    units {\n      id\n      name\n      nameEn\n      kind\n    }\n    me {\n      id\n      unit {\n        id\n        members @include(if: $members) {\n          id\n          displayName\n          role\n        }\n      }\n    }\n  }\n": typeof types.ActionOptionsDocument,
    "\n  fragment VisitRow_Visit on Visit {\n    id\n    at\n    status\n    compound {\n      id\n      name\n      nameEn\n    }\n    station {\n      id\n      name\n      nameEn\n    }\n    inspectors {\n      id\n      displayName\n    }\n  }\n": typeof types.VisitRow_VisitFragmentDoc,
    "\n  query Visits($from: DateTimeISO!, $to: DateTimeISO!) {\n    visits(from: $from, to: $to) {\n      ...VisitRow_Visit\n    }\n  }\n": typeof types.VisitsDocument,
    "\n  query VisitPlanChoices {\n    compounds {\n      id\n      name\n      nameEn\n    }\n    stations {\n      id\n      name\n      nameEn\n    }\n    visitInspectors {\n      id\n      displayName\n      role\n    }\n  }\n": typeof types.VisitPlanChoicesDocument,
    "\n  subscription VisitEvents($since: String) {\n    boardEvents(since: $since) {\n      cursor\n      type\n    }\n  }\n": typeof types.VisitEventsDocument,
    "\n  mutation PlanVisit($input: PlanVisitInput!) {\n    planVisit(input: $input) {\n      id\n    }\n  }\n": typeof types.PlanVisitDocument,
    "\n  query Visit($id: ID!) {\n    visit(id: $id) {\n      id\n      at\n      status\n      actions\n      plannedByName\n      startedAt\n      recordedAt\n      recordedByName\n      cancelReason\n      findings\n      outcome\n      compound {\n        id\n        name\n        nameEn\n      }\n      station {\n        id\n        name\n        nameEn\n      }\n      unit {\n        id\n        name\n        nameEn\n      }\n      inspectors {\n        id\n        displayName\n      }\n      tickets {\n        id\n        number\n      }\n      readings {\n        place\n        celsius\n        at\n        belowStandard\n      }\n      notice {\n        id\n        number\n        dueAt\n        status\n      }\n    }\n  }\n": typeof types.VisitDocument,
    "\n  mutation StartVisit($id: ID!) {\n    startVisit(id: $id) {\n      id\n    }\n  }\n": typeof types.StartVisitDocument,
    "\n  mutation RecordVisit($id: ID!, $input: RecordVisitInput!) {\n    recordVisit(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.RecordVisitDocument,
    "\n  mutation CancelVisit($id: ID!, $reason: String!) {\n    cancelVisit(id: $id, reason: $reason) {\n      id\n    }\n  }\n": typeof types.CancelVisitDocument,
    "\n  fragment BoardPage_Ticket on Ticket {\n    id\n    status\n    overdue\n    receivedAt\n    satisfaction\n    compound {\n      id\n    }\n    unit {\n      id\n    }\n    ...BoardMap_Ticket\n    ...PlaceCard_Ticket\n  }\n": typeof types.BoardPage_TicketFragmentDoc,
    "\n  fragment BoardFeed_BoardEvent on BoardEvent {\n    seq\n    type\n    at\n    roomUnitId\n    actorName\n    actor {\n      id\n    }\n    ticket {\n      id\n      number\n    }\n  }\n": typeof types.BoardFeed_BoardEventFragmentDoc,
    "\n  fragment UnitTable_Unit on Unit {\n    id\n    name\n    nameEn\n    kind\n  }\n": typeof types.UnitTable_UnitFragmentDoc,
    "\n  fragment PlaceCard_Compound on Compound {\n    id\n    name\n    nameEn\n    heating\n    households\n    station {\n      name\n      nameEn\n    }\n    operatorUnit {\n      name\n      nameEn\n    }\n  }\n": typeof types.PlaceCard_CompoundFragmentDoc,
    "\n  fragment PlaceCard_Station on Station {\n    id\n    name\n    nameEn\n    operatorUnit {\n      name\n      nameEn\n    }\n  }\n": typeof types.PlaceCard_StationFragmentDoc,
    "\n  fragment PlaceCard_HeatSource on HeatSource {\n    id\n    name\n    nameEn\n  }\n": typeof types.PlaceCard_HeatSourceFragmentDoc,
    "\n  fragment PlaceCard_Ticket on Ticket {\n    id\n    number\n    status\n    overdue\n    compound {\n      id\n    }\n  }\n": typeof types.PlaceCard_TicketFragmentDoc,
    "\n  query BoardPlaces {\n    heatSources {\n      ...BoardMap_HeatSource\n      ...PlaceCard_HeatSource\n    }\n    stations {\n      ...BoardMap_Station\n      ...PlaceCard_Station\n    }\n    compounds {\n      ...BoardMap_Compound\n      ...PlaceCard_Compound\n    }\n    units {\n      ...UnitTable_Unit\n    }\n  }\n": typeof types.BoardPlacesDocument,
    "\n  query BoardSnapshot($after: String) {\n    boardTickets(first: 200, after: $after) {\n      edges {\n        node {\n          ...BoardPage_Ticket\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.BoardSnapshotDocument,
    "\n  subscription BoardEvents($since: String) {\n    boardEvents(since: $since) {\n      seq\n      cursor\n      type\n      ticketId\n      changes {\n        field\n        to\n      }\n      ticket {\n        ...BoardPage_Ticket\n      }\n      ...BoardFeed_BoardEvent\n    }\n  }\n": typeof types.BoardEventsDocument,
    "\n  fragment BoardFigures_Fields on BoardFigures {\n    calls\n    open\n    claimed\n    overdue\n    overdueNotices\n    resolved\n    replied\n    closed\n    answeredOnCall\n    satisfaction\n  }\n": typeof types.BoardFigures_FieldsFragmentDoc,
    "\n  query BoardStats {\n    boardStats {\n      from\n      to\n      total {\n        ...BoardFigures_Fields\n      }\n      units {\n        unit {\n          id\n        }\n        figures {\n          ...BoardFigures_Fields\n        }\n      }\n    }\n  }\n": typeof types.BoardStatsDocument,
    "\n  query BoardRecent($before: String) {\n    recentBoardEvents(before: $before, last: 50) {\n      seq\n      ...BoardFeed_BoardEvent\n    }\n  }\n": typeof types.BoardRecentDocument,
    "\n  query BoardAttendance {\n    attendance {\n      unit {\n        id\n      }\n      status\n      officers\n    }\n  }\n": typeof types.BoardAttendanceDocument,
    "\n  query BoardMeeting {\n    currentMeeting {\n      id\n      title\n      chairName\n      focus {\n        id\n      }\n      items {\n        ...AgendaItem_Fields\n      }\n    }\n  }\n": typeof types.BoardMeetingDocument,
    "\n  query BoardVisits($from: DateTimeISO!, $to: DateTimeISO!) {\n    visits(from: $from, to: $to) {\n      id\n      status\n      compound {\n        id\n      }\n      station {\n        id\n      }\n    }\n  }\n": typeof types.BoardVisitsDocument,
    "\n  fragment DeskTray_Ticket on Ticket {\n    id\n    number\n    status\n    version\n    overdue\n    dueAt\n    callerName\n    callerPhone\n    description\n    resolution\n    receivedAt\n    satisfaction\n    unit {\n      id\n      name\n      nameEn\n    }\n    compound {\n      id\n      name\n      nameEn\n    }\n    lastRefusal {\n      reason\n      note\n      unit {\n        name\n        nameEn\n      }\n    }\n    ...TicketActions_Ticket\n  }\n": typeof types.DeskTray_TicketFragmentDoc,
    "\n  query DeskTray($status: [TicketStatus!], $after: String) {\n    tickets(filter: { status: $status }, orderBy: DUE_SOONEST, first: 200, after: $after) {\n      edges {\n        node {\n          ...DeskTray_Ticket\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.DeskTrayDocument,
    "\n  subscription DeskTrayEvents($since: String) {\n    boardEvents(\n      since: $since\n      filter: {\n        types: [\n          TICKET_REGISTERED\n          TICKET_TRANSFERRED\n          TICKET_TRANSFER_REFUSED\n          TICKET_CLAIMED\n          TICKET_ASSIGNED\n          TICKET_RELEASED\n          TICKET_RESOLVED\n          TICKET_ANSWERED\n          TICKET_REPLIED\n          TICKET_REOPENED\n          TICKET_CLOSED\n          UNIT_SIGNED_IN\n          UNIT_SIGNED_OUT\n        ]\n      }\n    ) {\n      cursor\n      type\n      ticketId\n      ticket {\n        ...DeskTray_Ticket\n      }\n    }\n  }\n": typeof types.DeskTrayEventsDocument,
    "\n  mutation CloseTickets($ids: [ID!]!) {\n    closeTickets(ids: $ids) {\n      id\n      code\n      message\n      ticket {\n        ...DeskTray_Ticket\n      }\n    }\n  }\n": typeof types.CloseTicketsDocument,
    "\n  query DeskOptions {\n    compounds {\n      id\n      name\n      nameEn\n      initials\n      station {\n        id\n      }\n    }\n    units {\n      id\n      name\n      nameEn\n      kind\n    }\n    channels {\n      code\n      name\n      nameEn\n    }\n    categories {\n      code\n      name\n      nameEn\n    }\n  }\n": typeof types.DeskOptionsDocument,
    "\n  query Propose($kind: TicketKind!, $category: String!, $compoundId: ID) {\n    proposeUnit(kind: $kind, category: $category, compoundId: $compoundId) {\n      basis\n      unit {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n": typeof types.ProposeDocument,
    "\n  query CallerHistory($phone: String!) {\n    tickets(filter: { callerPhone: $phone }, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          status\n          receivedAt\n          description\n        }\n      }\n    }\n  }\n": typeof types.CallerHistoryDocument,
    "\n  query OpenAtPlace($compoundId: ID, $stationId: ID, $status: [TicketStatus!]) {\n    atCompound: tickets(filter: { compoundId: $compoundId, status: $status }, orderBy: NEWEST, first: 20) {\n      totalCount\n      edges {\n        node {\n          ...DeskRelated_Ticket\n        }\n      }\n    }\n    atStation: tickets(filter: { stationId: $stationId, status: $status }, orderBy: NEWEST, first: 20) {\n      totalCount\n      edges {\n        node {\n          ...DeskRelated_Ticket\n        }\n      }\n    }\n  }\n": typeof types.OpenAtPlaceDocument,
    "\n  fragment DeskRelated_Ticket on Ticket {\n    id\n    number\n    status\n    receivedAt\n    description\n    compound {\n      id\n      name\n      nameEn\n    }\n  }\n": typeof types.DeskRelated_TicketFragmentDoc,
    "\n  mutation Register($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      id\n      number\n      version\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation Transfer($id: ID!, $unitId: ID!, $note: String) {\n    transferTicket(id: $id, unitId: $unitId, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.TransferDocument,
    "\n  mutation Answer($id: ID!, $resolution: String!) {\n    resolveTicket(id: $id, resolution: $resolution, onSite: false) {\n      id\n      status\n      answeredOnCall\n    }\n  }\n": typeof types.AnswerDocument,
    "\n  query Meetings {\n    meetings {\n      id\n      title\n      startsAt\n      status\n      chairName\n    }\n    proposedAgenda {\n      reasons\n      ticketIds\n      stationId\n      compoundId\n      weight\n    }\n    units {\n      id\n      name\n      nameEn\n      kind\n      active\n    }\n  }\n": typeof types.MeetingsDocument,
    "\n  mutation CreateMeeting($title: String!, $startsAt: DateTimeISO!, $unitIds: [ID!]!) {\n    createMeeting(title: $title, startsAt: $startsAt, unitIds: $unitIds) {\n      id\n    }\n  }\n": typeof types.CreateMeetingDocument,
    "\n  mutation AddAgendaItem($meetingId: ID!, $item: AgendaItemInput!) {\n    addAgendaItem(meetingId: $meetingId, item: $item) {\n      id\n    }\n  }\n": typeof types.AddAgendaItemDocument,
    "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      title\n      startsAt\n      status\n      chairName\n      startedAt\n      closedAt\n      units {\n        id\n        name\n        nameEn\n      }\n      focus {\n        id\n      }\n      items {\n        ...AgendaItem_Fields\n      }\n    }\n    units {\n      id\n      name\n      nameEn\n      kind\n      active\n    }\n  }\n": typeof types.MeetingDocument,
    "\n  mutation StartMeeting($id: ID!) {\n    startMeeting(meetingId: $id) {\n      id\n    }\n  }\n": typeof types.StartMeetingDocument,
    "\n  mutation FocusAgendaItem($id: ID!) {\n    focusAgendaItem(agendaItemId: $id) {\n      id\n    }\n  }\n": typeof types.FocusAgendaItemDocument,
    "\n  mutation RecordDecision($id: ID!, $decision: DecisionInput!) {\n    recordDecision(agendaItemId: $id, decision: $decision) {\n      id\n    }\n  }\n": typeof types.RecordDecisionDocument,
    "\n  mutation CloseMeeting($id: ID!) {\n    closeMeeting(meetingId: $id) {\n      id\n    }\n  }\n": typeof types.CloseMeetingDocument,
    "\n  fragment QueuePage_Ticket on Ticket {\n    id\n    number\n    status\n    version\n    overdue\n    dueAt\n    description\n    callerPhone\n    reopenCount\n    reopenReason\n    address {\n      building\n      unit\n      room\n      text\n    }\n    unit {\n      id\n    }\n    compound {\n      name\n      nameEn\n    }\n    claimedBy {\n      id\n      displayName\n    }\n    ...TicketActions_Ticket\n  }\n": typeof types.QueuePage_TicketFragmentDoc,
    "\n  query Queue($unitId: ID!, $status: [TicketStatus!], $after: String) {\n    tickets(filter: { unitId: $unitId, status: $status }, orderBy: DUE_SOONEST, first: 200, after: $after) {\n      edges {\n        node {\n          ...QueuePage_Ticket\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.QueueDocument,
    "\n  subscription QueueEvents($since: String, $unitId: ID!) {\n    boardEvents(since: $since, filter: { unitIds: [$unitId] }) {\n      cursor\n      type\n      ticketId\n      ticket {\n        ...QueuePage_Ticket\n      }\n    }\n  }\n": typeof types.QueueEventsDocument,
    "\n  query TicketPage($id: ID!) {\n    ticket(id: $id) {\n      id\n      number\n      status\n      kind\n      version\n      overdue\n      dueAt\n      actions\n      unit {\n        id\n        name\n        nameEn\n      }\n      claimedBy {\n        id\n        displayName\n      }\n      ...TicketActions_Ticket\n      complexity\n      receivedAt\n      description\n      callerName\n      callerPhone\n      resolution\n      resolvedOnSite\n      satisfaction\n      overrideReason\n      answeredOnCall\n      reopenCount\n      reopenReason\n      relatedTo {\n        id\n        number\n        status\n        description\n      }\n      linkedCalls {\n        id\n        number\n        status\n        description\n      }\n      address {\n        building\n        unit\n        room\n        text\n      }\n      category {\n        code\n        name\n        nameEn\n      }\n      channel {\n        code\n        name\n        nameEn\n      }\n      compound {\n        id\n        name\n        nameEn\n      }\n      lastRefusal {\n        reason\n        note\n        unit {\n          name\n          nameEn\n        }\n      }\n      events(last: 200) {\n        seq\n        type\n        at\n        actorName\n        note\n        changes {\n          field\n          from\n          to\n        }\n      }\n    }\n  }\n": typeof types.TicketPageDocument,
    "\n  subscription TicketEvents($since: String, $filter: BoardEventFilter) {\n    boardEvents(since: $since, filter: $filter) {\n      cursor\n      type\n    }\n  }\n": typeof types.TicketEventsDocument,
    "\n  subscription TicketPresence($ticketId: ID) {\n    presence(ticketId: $ticketId) {\n      snapshot\n      left\n      entries {\n        key\n        userId\n        displayName\n        activity\n      }\n    }\n  }\n": typeof types.TicketPresenceDocument,
    "\n  mutation Heartbeat($ticketId: ID, $clientId: String) {\n    heartbeat(ticketId: $ticketId, activity: VIEWING, clientId: $clientId)\n  }\n": typeof types.HeartbeatDocument,
};
const documents: Documents = {
    "\n  fragment AdminPanel_Unit on Unit {\n    id\n    name\n    nameEn\n    kind\n    active\n  }\n": types.AdminPanel_UnitFragmentDoc,
    "\n  fragment KeysPanel_Secret on CreatedApiKey {\n    key\n    apiKey {\n      id\n      name\n    }\n  }\n": types.KeysPanel_SecretFragmentDoc,
    "\n  fragment DisplaysPanel_Pairing on DisplayPairing {\n    code\n    expiresAt\n    apiKey {\n      id\n      name\n    }\n  }\n": types.DisplaysPanel_PairingFragmentDoc,
    "\n  query AdminUsers {\n    users {\n      id\n      username\n      displayName\n      role\n      active\n      unit {\n        id\n      }\n    }\n    units(includeInactive: true) {\n      ...AdminPanel_Unit\n    }\n  }\n": types.AdminUsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n    }\n  }\n": types.ReactivateUserDocument,
    "\n  mutation ResetPassword($id: ID!, $password: String!) {\n    resetPassword(id: $id, password: $password) {\n      id\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  query AdminUnits {\n    units(includeInactive: true) {\n      ...AdminPanel_Unit\n    }\n  }\n": types.AdminUnitsDocument,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n    }\n  }\n": types.CreateUnitDocument,
    "\n  mutation RenameUnit($input: RenameUnitInput!) {\n    renameUnit(input: $input) {\n      id\n    }\n  }\n": types.RenameUnitDocument,
    "\n  mutation DeactivateUnit($id: ID!) {\n    deactivateUnit(id: $id) {\n      id\n    }\n  }\n": types.DeactivateUnitDocument,
    "\n  mutation ReactivateUnit($id: ID!) {\n    reactivateUnit(id: $id) {\n      id\n    }\n  }\n": types.ReactivateUnitDocument,
    "\n  query AdminKeys($kind: ApiKeyKind) {\n    apiKeys(kind: $kind) {\n      id\n      name\n      kind\n      scopes\n      unitIds\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n      rotatedAt\n      pairedAt\n      pairingExpiresAt\n    }\n    units(includeInactive: true) {\n      ...AdminPanel_Unit\n    }\n  }\n": types.AdminKeysDocument,
    "\n  mutation CreateApiKey($name: String!, $scopes: [String!]!, $unitIds: [ID!], $expiresAt: DateTimeISO) {\n    createApiKey(name: $name, scopes: $scopes, unitIds: $unitIds, expiresAt: $expiresAt) {\n      ...KeysPanel_Secret\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RotateApiKey($id: ID!) {\n    rotateApiKey(id: $id) {\n      ...KeysPanel_Secret\n    }\n  }\n": types.RotateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  mutation CreateDisplay($input: CreateDisplayInput!) {\n    createDisplay(input: $input) {\n      ...DisplaysPanel_Pairing\n    }\n  }\n": types.CreateDisplayDocument,
    "\n  mutation NewDisplayPairing($id: ID!) {\n    newDisplayPairing(id: $id) {\n      ...DisplaysPanel_Pairing\n    }\n  }\n": types.NewDisplayPairingDocument,
    "\n  mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!) {\n    changeOwnPassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangeOwnPasswordDocument,
    "\n  query RoomAttendance {\n    attendance {\n      unit {\n        id\n      }\n      status\n      officers\n    }\n  }\n": types.RoomAttendanceDocument,
    "\n  mutation SignInToRoom {\n    signIn {\n      officers\n    }\n  }\n": types.SignInToRoomDocument,
    "\n  mutation SignOutOfRoom {\n    signOut {\n      officers\n    }\n  }\n": types.SignOutOfRoomDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n    }\n  }\n": types.LoginDocument,
    "\n  mutation PairDisplay($code: String!) {\n    pairDisplay(code: $code) {\n      name\n    }\n  }\n": types.PairDisplayDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Viewer {\n    viewer {\n      kind\n      name\n    }\n    me {\n      id\n      displayName\n      role\n      unit {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  fragment CrewControls_Crew on Crew {\n    id\n    name\n    members\n    vehicle\n    phone\n    status\n    statusAt\n    ticketId\n    taskId\n    incidentId\n    target\n    targetLat\n    targetLon\n    lat\n    lon\n    positionAt\n    moves\n    unit {\n      id\n    }\n  }\n": types.CrewControls_CrewFragmentDoc,
    "\n  query UnitCrews($unitId: ID!) {\n    crews(unitId: $unitId) {\n      ...CrewControls_Crew\n    }\n  }\n": types.UnitCrewsDocument,
    "\n  mutation MoveCrew($id: ID!, $to: CrewStatus!) {\n    moveCrew(id: $id, to: $to) {\n      ...CrewControls_Crew\n    }\n  }\n": types.MoveCrewDocument,
    "\n  mutation ShareCrewPosition($id: ID!, $lat: Float!, $lon: Float!) {\n    shareCrewPosition(id: $id, lat: $lat, lon: $lon) {\n      id\n      lat\n      lon\n      positionAt\n    }\n  }\n": types.ShareCrewPositionDocument,
    "\n  subscription CrewEvents($since: String, $unitIds: [ID!]) {\n    boardEvents(\n      since: $since\n      filter: { unitIds: $unitIds, types: [CREW_DISPATCHED, CREW_STATUS, CREW_POSITION, CREW_UPDATED] }\n    ) {\n      cursor\n      type\n      roomUnitId\n    }\n  }\n": types.CrewEventsDocument,
    "\n  query BoardCursor {\n    boardCursor\n  }\n": types.BoardCursorDocument,
    "\n  fragment IncidentCard_Incident on Incident {\n    id\n    kind\n    status\n    summary\n    publicNotice\n    expectedRestoreAt\n    households\n    residents\n    ticketCount\n    declaredAt\n    leadUnit {\n      id\n      name\n      nameEn\n    }\n    stations {\n      id\n      name\n      nameEn\n    }\n    compounds {\n      id\n    }\n    tasks {\n      id\n      text\n      status\n      unit {\n        id\n        name\n        nameEn\n      }\n    }\n    crews {\n      id\n      name\n      status\n    }\n    steps: timeline(last: 3) {\n      seq\n      type\n      at\n      actorName\n    }\n  }\n": types.IncidentCard_IncidentFragmentDoc,
    "\n  query BoardIncidents {\n    incidents(open: true) {\n      ...IncidentCard_Incident\n    }\n    proposedIncidents {\n      station {\n        id\n        name\n        nameEn\n        operatorUnit {\n          id\n        }\n      }\n      tickets {\n        id\n      }\n      compounds {\n        id\n      }\n      since\n    }\n    crews {\n      id\n      name\n      status\n      unit {\n        id\n      }\n      targetLat\n      targetLon\n      lat\n      lon\n    }\n  }\n": types.BoardIncidentsDocument,
    "\n  query IncidentsAt($compoundId: ID!) {\n    incidentsAt(compoundId: $compoundId) {\n      id\n      kind\n      summary\n      publicNotice\n      expectedRestoreAt\n      ticketCount\n    }\n  }\n": types.IncidentsAtDocument,
    "\n  mutation AttachTicket($incidentId: ID!, $ticketId: ID!) {\n    attachTicket(incidentId: $incidentId, ticketId: $ticketId) {\n      id\n      ticketCount\n    }\n  }\n": types.AttachTicketDocument,
    "\n  mutation DeclareIncident($input: DeclareIncidentInput!) {\n    declareIncident(input: $input) {\n      id\n    }\n  }\n": types.DeclareIncidentDocument,
    "\n  query DeskIncidents {\n    incidents(open: true) {\n      id\n      kind\n      summary\n      ticketCount\n      leadUnit {\n        id\n        name\n        nameEn\n      }\n    }\n    proposedIncidents {\n      station {\n        id\n        name\n        nameEn\n        operatorUnit {\n          id\n        }\n      }\n      tickets {\n        id\n        number\n      }\n      since\n    }\n  }\n": types.DeskIncidentsDocument,
    "\n  subscription DeskIncidentEvents($since: String) {\n    boardEvents(\n      since: $since\n      filter: {\n        types: [\n          TICKET_REGISTERED\n          TICKET_RESOLVED\n          TICKET_ATTACHED\n          TICKET_DETACHED\n          INCIDENT_PROPOSED\n          INCIDENT_DECLARED\n          INCIDENT_UPDATED\n          INCIDENT_CONTAINED\n          INCIDENT_RESOLVED\n        ]\n      }\n    ) {\n      cursor\n      type\n    }\n  }\n": types.DeskIncidentEventsDocument,
    "\n  query StandbyCrews($unitId: ID!) {\n    crews(unitId: $unitId, status: STANDBY) {\n      id\n    }\n  }\n": types.StandbyCrewsDocument,
    "\n  query IncidentList {\n    incidents {\n      ...IncidentCard_Incident\n    }\n  }\n": types.IncidentListDocument,
    "\n  query IncidentPage($id: ID!) {\n    incident(id: $id) {\n      ...IncidentCard_Incident\n      resolution\n      containedAt\n      resolvedAt\n      declaredByName\n      compounds {\n        id\n        name\n        nameEn\n      }\n      tickets {\n        id\n        number\n        status\n        compound {\n          name\n          nameEn\n        }\n      }\n      tasks {\n        id\n        text\n        status\n        dueAt\n        claimedByName\n        doneNote\n        afterTaskId\n        unit {\n          id\n          name\n          nameEn\n        }\n      }\n      timeline {\n        seq\n        type\n        at\n        actorName\n        ticket {\n          id\n          number\n        }\n      }\n    }\n    crews(status: STANDBY) {\n      id\n      name\n      unit {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n": types.IncidentPageDocument,
    "\n  subscription IncidentEvents($since: String) {\n    boardEvents(\n      since: $since\n      filter: {\n        types: [\n          INCIDENT_DECLARED\n          INCIDENT_UPDATED\n          INCIDENT_CONTAINED\n          INCIDENT_RESOLVED\n          TICKET_ATTACHED\n          TICKET_DETACHED\n          TASK_ADDED\n          TASK_CLAIMED\n          TASK_DONE\n          CREW_DISPATCHED\n          CREW_STATUS\n        ]\n      }\n    ) {\n      cursor\n      type\n    }\n  }\n": types.IncidentEventsDocument,
    "\n  mutation UpdateIncident($id: ID!, $input: UpdateIncidentInput!) {\n    updateIncident(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateIncidentDocument,
    "\n  mutation ContainIncident($id: ID!) {\n    containIncident(id: $id) {\n      id\n    }\n  }\n": types.ContainIncidentDocument,
    "\n  mutation ResolveIncident($id: ID!, $resolution: String!) {\n    resolveIncident(id: $id, resolution: $resolution) {\n      id\n    }\n  }\n": types.ResolveIncidentDocument,
    "\n  mutation AddIncidentTask($input: AddTaskInput!) {\n    addTask(input: $input) {\n      id\n    }\n  }\n": types.AddIncidentTaskDocument,
    "\n  mutation DispatchCrew($crewId: ID!, $target: CrewTargetInput!) {\n    dispatchCrew(crewId: $crewId, target: $target) {\n      id\n      status\n    }\n  }\n": types.DispatchCrewDocument,
    "\n  fragment BoardMap_HeatSource on HeatSource {\n    id\n    name\n    nameEn\n    lat\n    lon\n  }\n": types.BoardMap_HeatSourceFragmentDoc,
    "\n  fragment BoardMap_Station on Station {\n    id\n    name\n    nameEn\n    lat\n    lon\n    operatorUnit {\n      name\n      nameEn\n      kind\n    }\n    heatSource {\n      id\n    }\n  }\n": types.BoardMap_StationFragmentDoc,
    "\n  fragment BoardMap_Compound on Compound {\n    id\n    name\n    nameEn\n    lat\n    lon\n    heating\n    station {\n      id\n    }\n  }\n": types.BoardMap_CompoundFragmentDoc,
    "\n  fragment BoardMap_Ticket on Ticket {\n    id\n    number\n    status\n    overdue\n    compound {\n      id\n    }\n  }\n": types.BoardMap_TicketFragmentDoc,
    "\n  fragment AgendaItem_Fields on AgendaItem {\n    id\n    position\n    note\n    reasons\n    compound {\n      id\n      name\n      nameEn\n    }\n    station {\n      id\n      name\n      nameEn\n    }\n    tickets {\n      id\n      number\n      status\n      compound {\n        id\n      }\n    }\n    decisions {\n      id\n      text\n      dueAt\n      issueNotice\n      noticeNumber\n      responsibleUnit {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n": types.AgendaItem_FieldsFragmentDoc,
    "\n  fragment NoticeRow_Notice on Notice {\n    id\n    number\n    subject\n    status\n    overdue\n    dueAt\n    issuedAt\n    returnCount\n    unit {\n      id\n      name\n      nameEn\n    }\n  }\n": types.NoticeRow_NoticeFragmentDoc,
    "\n  query NoticeList($status: NoticeStatus, $unitId: ID) {\n    notices(status: $status, unitId: $unitId) {\n      ...NoticeRow_Notice\n    }\n  }\n": types.NoticeListDocument,
    "\n  query NoticeUnits {\n    units {\n      id\n      name\n      nameEn\n      kind\n      active\n    }\n  }\n": types.NoticeUnitsDocument,
    "\n  query NoticePage($id: ID!) {\n    notice(id: $id) {\n      id\n      number\n      subject\n      requirement\n      status\n      overdue\n      dueAt\n      issuedAt\n      issuedByName\n      acknowledgedAt\n      rectification\n      rectifiedAt\n      returnCount\n      returnReason\n      verificationNote\n      verifiedAt\n      verifiedByName\n      decisionId\n      visitId\n      actions\n      unit {\n        id\n        name\n        nameEn\n      }\n      compound {\n        id\n        name\n        nameEn\n      }\n      tickets {\n        id\n        number\n        status\n      }\n    }\n  }\n": types.NoticePageDocument,
    "\n  subscription NoticeEvents($since: String, $unitIds: [ID!]) {\n    boardEvents(\n      since: $since\n      filter: {\n        unitIds: $unitIds\n        types: [NOTICE_ISSUED, NOTICE_ACKNOWLEDGED, NOTICE_RECTIFIED, NOTICE_VERIFIED, NOTICE_RETURNED, NOTICE_OVERDUE]\n      }\n    ) {\n      cursor\n      type\n      roomUnitId\n    }\n  }\n": types.NoticeEventsDocument,
    "\n  mutation IssueNotice($input: IssueNoticeInput!) {\n    issueNotice(input: $input) {\n      id\n    }\n  }\n": types.IssueNoticeDocument,
    "\n  mutation AcknowledgeNotice($id: ID!) {\n    acknowledgeNotice(id: $id) {\n      id\n      status\n    }\n  }\n": types.AcknowledgeNoticeDocument,
    "\n  mutation ReportRectification($id: ID!, $text: String!) {\n    reportRectification(id: $id, text: $text) {\n      id\n      status\n    }\n  }\n": types.ReportRectificationDocument,
    "\n  mutation VerifyNotice($id: ID!, $note: String) {\n    verifyNotice(id: $id, note: $note) {\n      id\n      status\n    }\n  }\n": types.VerifyNoticeDocument,
    "\n  mutation ReturnNotice($id: ID!, $reason: String!, $newDueAt: DateTimeISO!) {\n    returnNotice(id: $id, reason: $reason, newDueAt: $newDueAt) {\n      id\n      status\n    }\n  }\n": types.ReturnNoticeDocument,
    "\n  fragment UnitTasks_Task on Task {\n    id\n    text\n    dueAt\n    status\n    claimedByName\n    afterTaskId\n    doneNote\n    incidentId\n    ticketId\n    actions\n  }\n": types.UnitTasks_TaskFragmentDoc,
    "\n  query MyTasks {\n    myTasks {\n      ...UnitTasks_Task\n    }\n  }\n": types.MyTasksDocument,
    "\n  mutation ClaimTask($id: ID!) {\n    claimTask(id: $id) {\n      ...UnitTasks_Task\n    }\n  }\n": types.ClaimTaskDocument,
    "\n  mutation CompleteTask($id: ID!, $note: String) {\n    completeTask(id: $id, note: $note) {\n      ...UnitTasks_Task\n    }\n  }\n": types.CompleteTaskDocument,
    "\n  subscription TaskEvents($since: String, $unitIds: [ID!]) {\n    boardEvents(since: $since, filter: { unitIds: $unitIds, types: [TASK_ADDED, TASK_CLAIMED, TASK_DONE] }) {\n      cursor\n      type\n      roomUnitId\n    }\n  }\n": types.TaskEventsDocument,
    "\n  fragment TicketActions_Ticket on Ticket {\n    id\n    number\n    status\n    kind\n    version\n    overdue\n    dueAt\n    actions\n    unit {\n      id\n      name\n      nameEn\n    }\n    proposedUnit {\n      id\n      name\n      nameEn\n    }\n    claimedBy {\n      id\n      displayName\n    }\n    reopenCount\n    reopenReason\n    pausedAt\n    pauseReason\n    pendingExtension {\n      until\n      reason\n    }\n  }\n": types.TicketActions_TicketFragmentDoc,
    "\n  mutation ClaimTicket($id: ID!, $v: Int) {\n    claimTicket(id: $id, expectedVersion: $v) {\n      ...TicketActions_Ticket\n    }\n  }\n": types.ClaimTicketDocument,
    "\n  mutation ReleaseTicket($id: ID!, $v: Int) {\n    releaseTicket(id: $id, expectedVersion: $v) {\n      ...TicketActions_Ticket\n    }\n  }\n": types.ReleaseTicketDocument,
    "\n  mutation StartOnSite($id: ID!, $v: Int) {\n    startOnSite(id: $id, expectedVersion: $v) {\n      ...TicketActions_Ticket\n    }\n  }\n": types.StartOnSiteDocument,
    "\n  mutation ResolveTicket($id: ID!, $v: Int, $resolution: String!, $onSite: Boolean!) {\n    resolveTicket(id: $id, expectedVersion: $v, resolution: $resolution, onSite: $onSite) {\n      ...TicketActions_Ticket\n    }\n  }\n": types.ResolveTicketDocument,
    "\n  mutation RejectTransfer($id: ID!, $v: Int, $reason: RefusalReason!, $note: String) {\n    rejectTransfer(id: $id, expectedVersion: $v, reason: $reason, note: $note) {\n      ...TicketActions_Ticket\n    }\n  }\n": types.RejectTransferDocument,
    "\n  mutation AssignTicket($id: ID!, $v: Int, $userId: ID!) {\n    assignTicket(id: $id, expectedVersion: $v, userId: $userId) {\n      ...TicketActions_Ticket\n    }\n  }\n": types.AssignTicketDocument,
    "\n  mutation TransferTicket($id: ID!, $v: Int, $unitId: ID!, $note: String) {\n    transferTicket(id: $id, expectedVersion: $v, unitId: $unitId, note: $note) {\n      ...TicketActions_Ticket\n    }\n  }\n": types.TransferTicketDocument,
    "\n  mutation RecordCallback($id: ID!, $v: Int, $satisfaction: Satisfaction!, $note: String) {\n    recordCallback(id: $id, expectedVersion: $v, satisfaction: $satisfaction, note: $note) {\n      ...TicketActions_Ticket\n    }\n  }\n": types.RecordCallbackDocument,
    "\n  mutation ReopenTicket($id: ID!, $v: Int, $reason: String!) {\n    reopenTicket(id: $id, expectedVersion: $v, reason: $reason) {\n      ...TicketActions_Ticket\n    }\n  }\n": types.ReopenTicketDocument,
    "\n  mutation CloseTicket($id: ID!, $v: Int) {\n    closeTicket(id: $id, expectedVersion: $v) {\n      ...TicketActions_Ticket\n    }\n  }\n": types.CloseTicketDocument,
    "\n  mutation UrgeTicket($id: ID!, $v: Int, $note: String) {\n    urgeTicket(id: $id, expectedVersion: $v, note: $note) {\n      ...TicketActions_Ticket\n    }\n  }\n": types.UrgeTicketDocument,
    "\n  mutation RequestExtension($id: ID!, $v: Int, $until: DateTimeISO!, $reason: String!) {\n    requestExtension(id: $id, expectedVersion: $v, until: $until, reason: $reason) {\n      ...TicketActions_Ticket\n    }\n  }\n": types.RequestExtensionDocument,
    "\n  mutation DecideExtension($id: ID!, $v: Int, $approve: Boolean!, $note: String) {\n    decideExtension(id: $id, expectedVersion: $v, approve: $approve, note: $note) {\n      ...TicketActions_Ticket\n    }\n  }\n": types.DecideExtensionDocument,
    "\n  mutation PauseTicket($id: ID!, $v: Int, $reason: PauseReason!, $note: String) {\n    pauseTicket(id: $id, expectedVersion: $v, reason: $reason, note: $note) {\n      ...TicketActions_Ticket\n    }\n  }\n": types.PauseTicketDocument,
    "\n  mutation ResumeTicket($id: ID!, $v: Int) {\n    resumeTicket(id: $id, expectedVersion: $v) {\n      ...TicketActions_Ticket\n    }\n  }\n": types.ResumeTicketDocument,
    "\n  query ActionOptions($members: Boolean!) {\n    units {\n      id\n      name\n      nameEn\n      kind\n    }\n    me {\n      id\n      unit {\n        id\n        members @include(if: $members) {\n          id\n          displayName\n          role\n        }\n      }\n    }\n  }\n": types.ActionOptionsDocument,
    "\n  fragment VisitRow_Visit on Visit {\n    id\n    at\n    status\n    compound {\n      id\n      name\n      nameEn\n    }\n    station {\n      id\n      name\n      nameEn\n    }\n    inspectors {\n      id\n      displayName\n    }\n  }\n": types.VisitRow_VisitFragmentDoc,
    "\n  query Visits($from: DateTimeISO!, $to: DateTimeISO!) {\n    visits(from: $from, to: $to) {\n      ...VisitRow_Visit\n    }\n  }\n": types.VisitsDocument,
    "\n  query VisitPlanChoices {\n    compounds {\n      id\n      name\n      nameEn\n    }\n    stations {\n      id\n      name\n      nameEn\n    }\n    visitInspectors {\n      id\n      displayName\n      role\n    }\n  }\n": types.VisitPlanChoicesDocument,
    "\n  subscription VisitEvents($since: String) {\n    boardEvents(since: $since) {\n      cursor\n      type\n    }\n  }\n": types.VisitEventsDocument,
    "\n  mutation PlanVisit($input: PlanVisitInput!) {\n    planVisit(input: $input) {\n      id\n    }\n  }\n": types.PlanVisitDocument,
    "\n  query Visit($id: ID!) {\n    visit(id: $id) {\n      id\n      at\n      status\n      actions\n      plannedByName\n      startedAt\n      recordedAt\n      recordedByName\n      cancelReason\n      findings\n      outcome\n      compound {\n        id\n        name\n        nameEn\n      }\n      station {\n        id\n        name\n        nameEn\n      }\n      unit {\n        id\n        name\n        nameEn\n      }\n      inspectors {\n        id\n        displayName\n      }\n      tickets {\n        id\n        number\n      }\n      readings {\n        place\n        celsius\n        at\n        belowStandard\n      }\n      notice {\n        id\n        number\n        dueAt\n        status\n      }\n    }\n  }\n": types.VisitDocument,
    "\n  mutation StartVisit($id: ID!) {\n    startVisit(id: $id) {\n      id\n    }\n  }\n": types.StartVisitDocument,
    "\n  mutation RecordVisit($id: ID!, $input: RecordVisitInput!) {\n    recordVisit(id: $id, input: $input) {\n      id\n    }\n  }\n": types.RecordVisitDocument,
    "\n  mutation CancelVisit($id: ID!, $reason: String!) {\n    cancelVisit(id: $id, reason: $reason) {\n      id\n    }\n  }\n": types.CancelVisitDocument,
    "\n  fragment BoardPage_Ticket on Ticket {\n    id\n    status\n    overdue\n    receivedAt\n    satisfaction\n    compound {\n      id\n    }\n    unit {\n      id\n    }\n    ...BoardMap_Ticket\n    ...PlaceCard_Ticket\n  }\n": types.BoardPage_TicketFragmentDoc,
    "\n  fragment BoardFeed_BoardEvent on BoardEvent {\n    seq\n    type\n    at\n    roomUnitId\n    actorName\n    actor {\n      id\n    }\n    ticket {\n      id\n      number\n    }\n  }\n": types.BoardFeed_BoardEventFragmentDoc,
    "\n  fragment UnitTable_Unit on Unit {\n    id\n    name\n    nameEn\n    kind\n  }\n": types.UnitTable_UnitFragmentDoc,
    "\n  fragment PlaceCard_Compound on Compound {\n    id\n    name\n    nameEn\n    heating\n    households\n    station {\n      name\n      nameEn\n    }\n    operatorUnit {\n      name\n      nameEn\n    }\n  }\n": types.PlaceCard_CompoundFragmentDoc,
    "\n  fragment PlaceCard_Station on Station {\n    id\n    name\n    nameEn\n    operatorUnit {\n      name\n      nameEn\n    }\n  }\n": types.PlaceCard_StationFragmentDoc,
    "\n  fragment PlaceCard_HeatSource on HeatSource {\n    id\n    name\n    nameEn\n  }\n": types.PlaceCard_HeatSourceFragmentDoc,
    "\n  fragment PlaceCard_Ticket on Ticket {\n    id\n    number\n    status\n    overdue\n    compound {\n      id\n    }\n  }\n": types.PlaceCard_TicketFragmentDoc,
    "\n  query BoardPlaces {\n    heatSources {\n      ...BoardMap_HeatSource\n      ...PlaceCard_HeatSource\n    }\n    stations {\n      ...BoardMap_Station\n      ...PlaceCard_Station\n    }\n    compounds {\n      ...BoardMap_Compound\n      ...PlaceCard_Compound\n    }\n    units {\n      ...UnitTable_Unit\n    }\n  }\n": types.BoardPlacesDocument,
    "\n  query BoardSnapshot($after: String) {\n    boardTickets(first: 200, after: $after) {\n      edges {\n        node {\n          ...BoardPage_Ticket\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.BoardSnapshotDocument,
    "\n  subscription BoardEvents($since: String) {\n    boardEvents(since: $since) {\n      seq\n      cursor\n      type\n      ticketId\n      changes {\n        field\n        to\n      }\n      ticket {\n        ...BoardPage_Ticket\n      }\n      ...BoardFeed_BoardEvent\n    }\n  }\n": types.BoardEventsDocument,
    "\n  fragment BoardFigures_Fields on BoardFigures {\n    calls\n    open\n    claimed\n    overdue\n    overdueNotices\n    resolved\n    replied\n    closed\n    answeredOnCall\n    satisfaction\n  }\n": types.BoardFigures_FieldsFragmentDoc,
    "\n  query BoardStats {\n    boardStats {\n      from\n      to\n      total {\n        ...BoardFigures_Fields\n      }\n      units {\n        unit {\n          id\n        }\n        figures {\n          ...BoardFigures_Fields\n        }\n      }\n    }\n  }\n": types.BoardStatsDocument,
    "\n  query BoardRecent($before: String) {\n    recentBoardEvents(before: $before, last: 50) {\n      seq\n      ...BoardFeed_BoardEvent\n    }\n  }\n": types.BoardRecentDocument,
    "\n  query BoardAttendance {\n    attendance {\n      unit {\n        id\n      }\n      status\n      officers\n    }\n  }\n": types.BoardAttendanceDocument,
    "\n  query BoardMeeting {\n    currentMeeting {\n      id\n      title\n      chairName\n      focus {\n        id\n      }\n      items {\n        ...AgendaItem_Fields\n      }\n    }\n  }\n": types.BoardMeetingDocument,
    "\n  query BoardVisits($from: DateTimeISO!, $to: DateTimeISO!) {\n    visits(from: $from, to: $to) {\n      id\n      status\n      compound {\n        id\n      }\n      station {\n        id\n      }\n    }\n  }\n": types.BoardVisitsDocument,
    "\n  fragment DeskTray_Ticket on Ticket {\n    id\n    number\n    status\n    version\n    overdue\n    dueAt\n    callerName\n    callerPhone\n    description\n    resolution\n    receivedAt\n    satisfaction\n    unit {\n      id\n      name\n      nameEn\n    }\n    compound {\n      id\n      name\n      nameEn\n    }\n    lastRefusal {\n      reason\n      note\n      unit {\n        name\n        nameEn\n      }\n    }\n    ...TicketActions_Ticket\n  }\n": types.DeskTray_TicketFragmentDoc,
    "\n  query DeskTray($status: [TicketStatus!], $after: String) {\n    tickets(filter: { status: $status }, orderBy: DUE_SOONEST, first: 200, after: $after) {\n      edges {\n        node {\n          ...DeskTray_Ticket\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.DeskTrayDocument,
    "\n  subscription DeskTrayEvents($since: String) {\n    boardEvents(\n      since: $since\n      filter: {\n        types: [\n          TICKET_REGISTERED\n          TICKET_TRANSFERRED\n          TICKET_TRANSFER_REFUSED\n          TICKET_CLAIMED\n          TICKET_ASSIGNED\n          TICKET_RELEASED\n          TICKET_RESOLVED\n          TICKET_ANSWERED\n          TICKET_REPLIED\n          TICKET_REOPENED\n          TICKET_CLOSED\n          UNIT_SIGNED_IN\n          UNIT_SIGNED_OUT\n        ]\n      }\n    ) {\n      cursor\n      type\n      ticketId\n      ticket {\n        ...DeskTray_Ticket\n      }\n    }\n  }\n": types.DeskTrayEventsDocument,
    "\n  mutation CloseTickets($ids: [ID!]!) {\n    closeTickets(ids: $ids) {\n      id\n      code\n      message\n      ticket {\n        ...DeskTray_Ticket\n      }\n    }\n  }\n": types.CloseTicketsDocument,
    "\n  query DeskOptions {\n    compounds {\n      id\n      name\n      nameEn\n      initials\n      station {\n        id\n      }\n    }\n    units {\n      id\n      name\n      nameEn\n      kind\n    }\n    channels {\n      code\n      name\n      nameEn\n    }\n    categories {\n      code\n      name\n      nameEn\n    }\n  }\n": types.DeskOptionsDocument,
    "\n  query Propose($kind: TicketKind!, $category: String!, $compoundId: ID) {\n    proposeUnit(kind: $kind, category: $category, compoundId: $compoundId) {\n      basis\n      unit {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n": types.ProposeDocument,
    "\n  query CallerHistory($phone: String!) {\n    tickets(filter: { callerPhone: $phone }, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          status\n          receivedAt\n          description\n        }\n      }\n    }\n  }\n": types.CallerHistoryDocument,
    "\n  query OpenAtPlace($compoundId: ID, $stationId: ID, $status: [TicketStatus!]) {\n    atCompound: tickets(filter: { compoundId: $compoundId, status: $status }, orderBy: NEWEST, first: 20) {\n      totalCount\n      edges {\n        node {\n          ...DeskRelated_Ticket\n        }\n      }\n    }\n    atStation: tickets(filter: { stationId: $stationId, status: $status }, orderBy: NEWEST, first: 20) {\n      totalCount\n      edges {\n        node {\n          ...DeskRelated_Ticket\n        }\n      }\n    }\n  }\n": types.OpenAtPlaceDocument,
    "\n  fragment DeskRelated_Ticket on Ticket {\n    id\n    number\n    status\n    receivedAt\n    description\n    compound {\n      id\n      name\n      nameEn\n    }\n  }\n": types.DeskRelated_TicketFragmentDoc,
    "\n  mutation Register($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      id\n      number\n      version\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation Transfer($id: ID!, $unitId: ID!, $note: String) {\n    transferTicket(id: $id, unitId: $unitId, note: $note) {\n      id\n      status\n    }\n  }\n": types.TransferDocument,
    "\n  mutation Answer($id: ID!, $resolution: String!) {\n    resolveTicket(id: $id, resolution: $resolution, onSite: false) {\n      id\n      status\n      answeredOnCall\n    }\n  }\n": types.AnswerDocument,
    "\n  query Meetings {\n    meetings {\n      id\n      title\n      startsAt\n      status\n      chairName\n    }\n    proposedAgenda {\n      reasons\n      ticketIds\n      stationId\n      compoundId\n      weight\n    }\n    units {\n      id\n      name\n      nameEn\n      kind\n      active\n    }\n  }\n": types.MeetingsDocument,
    "\n  mutation CreateMeeting($title: String!, $startsAt: DateTimeISO!, $unitIds: [ID!]!) {\n    createMeeting(title: $title, startsAt: $startsAt, unitIds: $unitIds) {\n      id\n    }\n  }\n": types.CreateMeetingDocument,
    "\n  mutation AddAgendaItem($meetingId: ID!, $item: AgendaItemInput!) {\n    addAgendaItem(meetingId: $meetingId, item: $item) {\n      id\n    }\n  }\n": types.AddAgendaItemDocument,
    "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      title\n      startsAt\n      status\n      chairName\n      startedAt\n      closedAt\n      units {\n        id\n        name\n        nameEn\n      }\n      focus {\n        id\n      }\n      items {\n        ...AgendaItem_Fields\n      }\n    }\n    units {\n      id\n      name\n      nameEn\n      kind\n      active\n    }\n  }\n": types.MeetingDocument,
    "\n  mutation StartMeeting($id: ID!) {\n    startMeeting(meetingId: $id) {\n      id\n    }\n  }\n": types.StartMeetingDocument,
    "\n  mutation FocusAgendaItem($id: ID!) {\n    focusAgendaItem(agendaItemId: $id) {\n      id\n    }\n  }\n": types.FocusAgendaItemDocument,
    "\n  mutation RecordDecision($id: ID!, $decision: DecisionInput!) {\n    recordDecision(agendaItemId: $id, decision: $decision) {\n      id\n    }\n  }\n": types.RecordDecisionDocument,
    "\n  mutation CloseMeeting($id: ID!) {\n    closeMeeting(meetingId: $id) {\n      id\n    }\n  }\n": types.CloseMeetingDocument,
    "\n  fragment QueuePage_Ticket on Ticket {\n    id\n    number\n    status\n    version\n    overdue\n    dueAt\n    description\n    callerPhone\n    reopenCount\n    reopenReason\n    address {\n      building\n      unit\n      room\n      text\n    }\n    unit {\n      id\n    }\n    compound {\n      name\n      nameEn\n    }\n    claimedBy {\n      id\n      displayName\n    }\n    ...TicketActions_Ticket\n  }\n": types.QueuePage_TicketFragmentDoc,
    "\n  query Queue($unitId: ID!, $status: [TicketStatus!], $after: String) {\n    tickets(filter: { unitId: $unitId, status: $status }, orderBy: DUE_SOONEST, first: 200, after: $after) {\n      edges {\n        node {\n          ...QueuePage_Ticket\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.QueueDocument,
    "\n  subscription QueueEvents($since: String, $unitId: ID!) {\n    boardEvents(since: $since, filter: { unitIds: [$unitId] }) {\n      cursor\n      type\n      ticketId\n      ticket {\n        ...QueuePage_Ticket\n      }\n    }\n  }\n": types.QueueEventsDocument,
    "\n  query TicketPage($id: ID!) {\n    ticket(id: $id) {\n      id\n      number\n      status\n      kind\n      version\n      overdue\n      dueAt\n      actions\n      unit {\n        id\n        name\n        nameEn\n      }\n      claimedBy {\n        id\n        displayName\n      }\n      ...TicketActions_Ticket\n      complexity\n      receivedAt\n      description\n      callerName\n      callerPhone\n      resolution\n      resolvedOnSite\n      satisfaction\n      overrideReason\n      answeredOnCall\n      reopenCount\n      reopenReason\n      relatedTo {\n        id\n        number\n        status\n        description\n      }\n      linkedCalls {\n        id\n        number\n        status\n        description\n      }\n      address {\n        building\n        unit\n        room\n        text\n      }\n      category {\n        code\n        name\n        nameEn\n      }\n      channel {\n        code\n        name\n        nameEn\n      }\n      compound {\n        id\n        name\n        nameEn\n      }\n      lastRefusal {\n        reason\n        note\n        unit {\n          name\n          nameEn\n        }\n      }\n      events(last: 200) {\n        seq\n        type\n        at\n        actorName\n        note\n        changes {\n          field\n          from\n          to\n        }\n      }\n    }\n  }\n": types.TicketPageDocument,
    "\n  subscription TicketEvents($since: String, $filter: BoardEventFilter) {\n    boardEvents(since: $since, filter: $filter) {\n      cursor\n      type\n    }\n  }\n": types.TicketEventsDocument,
    "\n  subscription TicketPresence($ticketId: ID) {\n    presence(ticketId: $ticketId) {\n      snapshot\n      left\n      entries {\n        key\n        userId\n        displayName\n        activity\n      }\n    }\n  }\n": types.TicketPresenceDocument,
    "\n  mutation Heartbeat($ticketId: ID, $clientId: String) {\n    heartbeat(ticketId: $ticketId, activity: VIEWING, clientId: $clientId)\n  }\n": types.HeartbeatDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminPanel_Unit on Unit {\n    id\n    name\n    nameEn\n    kind\n    active\n  }\n"): (typeof documents)["\n  fragment AdminPanel_Unit on Unit {\n    id\n    name\n    nameEn\n    kind\n    active\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KeysPanel_Secret on CreatedApiKey {\n    key\n    apiKey {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment KeysPanel_Secret on CreatedApiKey {\n    key\n    apiKey {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DisplaysPanel_Pairing on DisplayPairing {\n    code\n    expiresAt\n    apiKey {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment DisplaysPanel_Pairing on DisplayPairing {\n    code\n    expiresAt\n    apiKey {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers {\n    users {\n      id\n      username\n      displayName\n      role\n      active\n      unit {\n        id\n      }\n    }\n    units(includeInactive: true) {\n      ...AdminPanel_Unit\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers {\n    users {\n      id\n      username\n      displayName\n      role\n      active\n      unit {\n        id\n      }\n    }\n    units(includeInactive: true) {\n      ...AdminPanel_Unit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($id: ID!, $password: String!) {\n    resetPassword(id: $id, password: $password) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($id: ID!, $password: String!) {\n    resetPassword(id: $id, password: $password) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUnits {\n    units(includeInactive: true) {\n      ...AdminPanel_Unit\n    }\n  }\n"): (typeof documents)["\n  query AdminUnits {\n    units(includeInactive: true) {\n      ...AdminPanel_Unit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameUnit($input: RenameUnitInput!) {\n    renameUnit(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RenameUnit($input: RenameUnitInput!) {\n    renameUnit(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUnit($id: ID!) {\n    deactivateUnit(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUnit($id: ID!) {\n    deactivateUnit(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUnit($id: ID!) {\n    reactivateUnit(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateUnit($id: ID!) {\n    reactivateUnit(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminKeys($kind: ApiKeyKind) {\n    apiKeys(kind: $kind) {\n      id\n      name\n      kind\n      scopes\n      unitIds\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n      rotatedAt\n      pairedAt\n      pairingExpiresAt\n    }\n    units(includeInactive: true) {\n      ...AdminPanel_Unit\n    }\n  }\n"): (typeof documents)["\n  query AdminKeys($kind: ApiKeyKind) {\n    apiKeys(kind: $kind) {\n      id\n      name\n      kind\n      scopes\n      unitIds\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n      rotatedAt\n      pairedAt\n      pairingExpiresAt\n    }\n    units(includeInactive: true) {\n      ...AdminPanel_Unit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($name: String!, $scopes: [String!]!, $unitIds: [ID!], $expiresAt: DateTimeISO) {\n    createApiKey(name: $name, scopes: $scopes, unitIds: $unitIds, expiresAt: $expiresAt) {\n      ...KeysPanel_Secret\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($name: String!, $scopes: [String!]!, $unitIds: [ID!], $expiresAt: DateTimeISO) {\n    createApiKey(name: $name, scopes: $scopes, unitIds: $unitIds, expiresAt: $expiresAt) {\n      ...KeysPanel_Secret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateApiKey($id: ID!) {\n    rotateApiKey(id: $id) {\n      ...KeysPanel_Secret\n    }\n  }\n"): (typeof documents)["\n  mutation RotateApiKey($id: ID!) {\n    rotateApiKey(id: $id) {\n      ...KeysPanel_Secret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDisplay($input: CreateDisplayInput!) {\n    createDisplay(input: $input) {\n      ...DisplaysPanel_Pairing\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDisplay($input: CreateDisplayInput!) {\n    createDisplay(input: $input) {\n      ...DisplaysPanel_Pairing\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NewDisplayPairing($id: ID!) {\n    newDisplayPairing(id: $id) {\n      ...DisplaysPanel_Pairing\n    }\n  }\n"): (typeof documents)["\n  mutation NewDisplayPairing($id: ID!) {\n    newDisplayPairing(id: $id) {\n      ...DisplaysPanel_Pairing\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!) {\n    changeOwnPassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!) {\n    changeOwnPassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoomAttendance {\n    attendance {\n      unit {\n        id\n      }\n      status\n      officers\n    }\n  }\n"): (typeof documents)["\n  query RoomAttendance {\n    attendance {\n      unit {\n        id\n      }\n      status\n      officers\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInToRoom {\n    signIn {\n      officers\n    }\n  }\n"): (typeof documents)["\n  mutation SignInToRoom {\n    signIn {\n      officers\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutOfRoom {\n    signOut {\n      officers\n    }\n  }\n"): (typeof documents)["\n  mutation SignOutOfRoom {\n    signOut {\n      officers\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PairDisplay($code: String!) {\n    pairDisplay(code: $code) {\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation PairDisplay($code: String!) {\n    pairDisplay(code: $code) {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      kind\n      name\n    }\n    me {\n      id\n      displayName\n      role\n      unit {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      kind\n      name\n    }\n    me {\n      id\n      displayName\n      role\n      unit {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CrewControls_Crew on Crew {\n    id\n    name\n    members\n    vehicle\n    phone\n    status\n    statusAt\n    ticketId\n    taskId\n    incidentId\n    target\n    targetLat\n    targetLon\n    lat\n    lon\n    positionAt\n    moves\n    unit {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment CrewControls_Crew on Crew {\n    id\n    name\n    members\n    vehicle\n    phone\n    status\n    statusAt\n    ticketId\n    taskId\n    incidentId\n    target\n    targetLat\n    targetLon\n    lat\n    lon\n    positionAt\n    moves\n    unit {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitCrews($unitId: ID!) {\n    crews(unitId: $unitId) {\n      ...CrewControls_Crew\n    }\n  }\n"): (typeof documents)["\n  query UnitCrews($unitId: ID!) {\n    crews(unitId: $unitId) {\n      ...CrewControls_Crew\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveCrew($id: ID!, $to: CrewStatus!) {\n    moveCrew(id: $id, to: $to) {\n      ...CrewControls_Crew\n    }\n  }\n"): (typeof documents)["\n  mutation MoveCrew($id: ID!, $to: CrewStatus!) {\n    moveCrew(id: $id, to: $to) {\n      ...CrewControls_Crew\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareCrewPosition($id: ID!, $lat: Float!, $lon: Float!) {\n    shareCrewPosition(id: $id, lat: $lat, lon: $lon) {\n      id\n      lat\n      lon\n      positionAt\n    }\n  }\n"): (typeof documents)["\n  mutation ShareCrewPosition($id: ID!, $lat: Float!, $lon: Float!) {\n    shareCrewPosition(id: $id, lat: $lat, lon: $lon) {\n      id\n      lat\n      lon\n      positionAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CrewEvents($since: String, $unitIds: [ID!]) {\n    boardEvents(\n      since: $since\n      filter: { unitIds: $unitIds, types: [CREW_DISPATCHED, CREW_STATUS, CREW_POSITION, CREW_UPDATED] }\n    ) {\n      cursor\n      type\n      roomUnitId\n    }\n  }\n"): (typeof documents)["\n  subscription CrewEvents($since: String, $unitIds: [ID!]) {\n    boardEvents(\n      since: $since\n      filter: { unitIds: $unitIds, types: [CREW_DISPATCHED, CREW_STATUS, CREW_POSITION, CREW_UPDATED] }\n    ) {\n      cursor\n      type\n      roomUnitId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardCursor {\n    boardCursor\n  }\n"): (typeof documents)["\n  query BoardCursor {\n    boardCursor\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncidentCard_Incident on Incident {\n    id\n    kind\n    status\n    summary\n    publicNotice\n    expectedRestoreAt\n    households\n    residents\n    ticketCount\n    declaredAt\n    leadUnit {\n      id\n      name\n      nameEn\n    }\n    stations {\n      id\n      name\n      nameEn\n    }\n    compounds {\n      id\n    }\n    tasks {\n      id\n      text\n      status\n      unit {\n        id\n        name\n        nameEn\n      }\n    }\n    crews {\n      id\n      name\n      status\n    }\n    steps: timeline(last: 3) {\n      seq\n      type\n      at\n      actorName\n    }\n  }\n"): (typeof documents)["\n  fragment IncidentCard_Incident on Incident {\n    id\n    kind\n    status\n    summary\n    publicNotice\n    expectedRestoreAt\n    households\n    residents\n    ticketCount\n    declaredAt\n    leadUnit {\n      id\n      name\n      nameEn\n    }\n    stations {\n      id\n      name\n      nameEn\n    }\n    compounds {\n      id\n    }\n    tasks {\n      id\n      text\n      status\n      unit {\n        id\n        name\n        nameEn\n      }\n    }\n    crews {\n      id\n      name\n      status\n    }\n    steps: timeline(last: 3) {\n      seq\n      type\n      at\n      actorName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardIncidents {\n    incidents(open: true) {\n      ...IncidentCard_Incident\n    }\n    proposedIncidents {\n      station {\n        id\n        name\n        nameEn\n        operatorUnit {\n          id\n        }\n      }\n      tickets {\n        id\n      }\n      compounds {\n        id\n      }\n      since\n    }\n    crews {\n      id\n      name\n      status\n      unit {\n        id\n      }\n      targetLat\n      targetLon\n      lat\n      lon\n    }\n  }\n"): (typeof documents)["\n  query BoardIncidents {\n    incidents(open: true) {\n      ...IncidentCard_Incident\n    }\n    proposedIncidents {\n      station {\n        id\n        name\n        nameEn\n        operatorUnit {\n          id\n        }\n      }\n      tickets {\n        id\n      }\n      compounds {\n        id\n      }\n      since\n    }\n    crews {\n      id\n      name\n      status\n      unit {\n        id\n      }\n      targetLat\n      targetLon\n      lat\n      lon\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentsAt($compoundId: ID!) {\n    incidentsAt(compoundId: $compoundId) {\n      id\n      kind\n      summary\n      publicNotice\n      expectedRestoreAt\n      ticketCount\n    }\n  }\n"): (typeof documents)["\n  query IncidentsAt($compoundId: ID!) {\n    incidentsAt(compoundId: $compoundId) {\n      id\n      kind\n      summary\n      publicNotice\n      expectedRestoreAt\n      ticketCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttachTicket($incidentId: ID!, $ticketId: ID!) {\n    attachTicket(incidentId: $incidentId, ticketId: $ticketId) {\n      id\n      ticketCount\n    }\n  }\n"): (typeof documents)["\n  mutation AttachTicket($incidentId: ID!, $ticketId: ID!) {\n    attachTicket(incidentId: $incidentId, ticketId: $ticketId) {\n      id\n      ticketCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclareIncident($input: DeclareIncidentInput!) {\n    declareIncident(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeclareIncident($input: DeclareIncidentInput!) {\n    declareIncident(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskIncidents {\n    incidents(open: true) {\n      id\n      kind\n      summary\n      ticketCount\n      leadUnit {\n        id\n        name\n        nameEn\n      }\n    }\n    proposedIncidents {\n      station {\n        id\n        name\n        nameEn\n        operatorUnit {\n          id\n        }\n      }\n      tickets {\n        id\n        number\n      }\n      since\n    }\n  }\n"): (typeof documents)["\n  query DeskIncidents {\n    incidents(open: true) {\n      id\n      kind\n      summary\n      ticketCount\n      leadUnit {\n        id\n        name\n        nameEn\n      }\n    }\n    proposedIncidents {\n      station {\n        id\n        name\n        nameEn\n        operatorUnit {\n          id\n        }\n      }\n      tickets {\n        id\n        number\n      }\n      since\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DeskIncidentEvents($since: String) {\n    boardEvents(\n      since: $since\n      filter: {\n        types: [\n          TICKET_REGISTERED\n          TICKET_RESOLVED\n          TICKET_ATTACHED\n          TICKET_DETACHED\n          INCIDENT_PROPOSED\n          INCIDENT_DECLARED\n          INCIDENT_UPDATED\n          INCIDENT_CONTAINED\n          INCIDENT_RESOLVED\n        ]\n      }\n    ) {\n      cursor\n      type\n    }\n  }\n"): (typeof documents)["\n  subscription DeskIncidentEvents($since: String) {\n    boardEvents(\n      since: $since\n      filter: {\n        types: [\n          TICKET_REGISTERED\n          TICKET_RESOLVED\n          TICKET_ATTACHED\n          TICKET_DETACHED\n          INCIDENT_PROPOSED\n          INCIDENT_DECLARED\n          INCIDENT_UPDATED\n          INCIDENT_CONTAINED\n          INCIDENT_RESOLVED\n        ]\n      }\n    ) {\n      cursor\n      type\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StandbyCrews($unitId: ID!) {\n    crews(unitId: $unitId, status: STANDBY) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query StandbyCrews($unitId: ID!) {\n    crews(unitId: $unitId, status: STANDBY) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentList {\n    incidents {\n      ...IncidentCard_Incident\n    }\n  }\n"): (typeof documents)["\n  query IncidentList {\n    incidents {\n      ...IncidentCard_Incident\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentPage($id: ID!) {\n    incident(id: $id) {\n      ...IncidentCard_Incident\n      resolution\n      containedAt\n      resolvedAt\n      declaredByName\n      compounds {\n        id\n        name\n        nameEn\n      }\n      tickets {\n        id\n        number\n        status\n        compound {\n          name\n          nameEn\n        }\n      }\n      tasks {\n        id\n        text\n        status\n        dueAt\n        claimedByName\n        doneNote\n        afterTaskId\n        unit {\n          id\n          name\n          nameEn\n        }\n      }\n      timeline {\n        seq\n        type\n        at\n        actorName\n        ticket {\n          id\n          number\n        }\n      }\n    }\n    crews(status: STANDBY) {\n      id\n      name\n      unit {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n"): (typeof documents)["\n  query IncidentPage($id: ID!) {\n    incident(id: $id) {\n      ...IncidentCard_Incident\n      resolution\n      containedAt\n      resolvedAt\n      declaredByName\n      compounds {\n        id\n        name\n        nameEn\n      }\n      tickets {\n        id\n        number\n        status\n        compound {\n          name\n          nameEn\n        }\n      }\n      tasks {\n        id\n        text\n        status\n        dueAt\n        claimedByName\n        doneNote\n        afterTaskId\n        unit {\n          id\n          name\n          nameEn\n        }\n      }\n      timeline {\n        seq\n        type\n        at\n        actorName\n        ticket {\n          id\n          number\n        }\n      }\n    }\n    crews(status: STANDBY) {\n      id\n      name\n      unit {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription IncidentEvents($since: String) {\n    boardEvents(\n      since: $since\n      filter: {\n        types: [\n          INCIDENT_DECLARED\n          INCIDENT_UPDATED\n          INCIDENT_CONTAINED\n          INCIDENT_RESOLVED\n          TICKET_ATTACHED\n          TICKET_DETACHED\n          TASK_ADDED\n          TASK_CLAIMED\n          TASK_DONE\n          CREW_DISPATCHED\n          CREW_STATUS\n        ]\n      }\n    ) {\n      cursor\n      type\n    }\n  }\n"): (typeof documents)["\n  subscription IncidentEvents($since: String) {\n    boardEvents(\n      since: $since\n      filter: {\n        types: [\n          INCIDENT_DECLARED\n          INCIDENT_UPDATED\n          INCIDENT_CONTAINED\n          INCIDENT_RESOLVED\n          TICKET_ATTACHED\n          TICKET_DETACHED\n          TASK_ADDED\n          TASK_CLAIMED\n          TASK_DONE\n          CREW_DISPATCHED\n          CREW_STATUS\n        ]\n      }\n    ) {\n      cursor\n      type\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateIncident($id: ID!, $input: UpdateIncidentInput!) {\n    updateIncident(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateIncident($id: ID!, $input: UpdateIncidentInput!) {\n    updateIncident(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContainIncident($id: ID!) {\n    containIncident(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ContainIncident($id: ID!) {\n    containIncident(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveIncident($id: ID!, $resolution: String!) {\n    resolveIncident(id: $id, resolution: $resolution) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveIncident($id: ID!, $resolution: String!) {\n    resolveIncident(id: $id, resolution: $resolution) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddIncidentTask($input: AddTaskInput!) {\n    addTask(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddIncidentTask($input: AddTaskInput!) {\n    addTask(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchCrew($crewId: ID!, $target: CrewTargetInput!) {\n    dispatchCrew(crewId: $crewId, target: $target) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchCrew($crewId: ID!, $target: CrewTargetInput!) {\n    dispatchCrew(crewId: $crewId, target: $target) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BoardMap_HeatSource on HeatSource {\n    id\n    name\n    nameEn\n    lat\n    lon\n  }\n"): (typeof documents)["\n  fragment BoardMap_HeatSource on HeatSource {\n    id\n    name\n    nameEn\n    lat\n    lon\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BoardMap_Station on Station {\n    id\n    name\n    nameEn\n    lat\n    lon\n    operatorUnit {\n      name\n      nameEn\n      kind\n    }\n    heatSource {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment BoardMap_Station on Station {\n    id\n    name\n    nameEn\n    lat\n    lon\n    operatorUnit {\n      name\n      nameEn\n      kind\n    }\n    heatSource {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BoardMap_Compound on Compound {\n    id\n    name\n    nameEn\n    lat\n    lon\n    heating\n    station {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment BoardMap_Compound on Compound {\n    id\n    name\n    nameEn\n    lat\n    lon\n    heating\n    station {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BoardMap_Ticket on Ticket {\n    id\n    number\n    status\n    overdue\n    compound {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment BoardMap_Ticket on Ticket {\n    id\n    number\n    status\n    overdue\n    compound {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgendaItem_Fields on AgendaItem {\n    id\n    position\n    note\n    reasons\n    compound {\n      id\n      name\n      nameEn\n    }\n    station {\n      id\n      name\n      nameEn\n    }\n    tickets {\n      id\n      number\n      status\n      compound {\n        id\n      }\n    }\n    decisions {\n      id\n      text\n      dueAt\n      issueNotice\n      noticeNumber\n      responsibleUnit {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AgendaItem_Fields on AgendaItem {\n    id\n    position\n    note\n    reasons\n    compound {\n      id\n      name\n      nameEn\n    }\n    station {\n      id\n      name\n      nameEn\n    }\n    tickets {\n      id\n      number\n      status\n      compound {\n        id\n      }\n    }\n    decisions {\n      id\n      text\n      dueAt\n      issueNotice\n      noticeNumber\n      responsibleUnit {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NoticeRow_Notice on Notice {\n    id\n    number\n    subject\n    status\n    overdue\n    dueAt\n    issuedAt\n    returnCount\n    unit {\n      id\n      name\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  fragment NoticeRow_Notice on Notice {\n    id\n    number\n    subject\n    status\n    overdue\n    dueAt\n    issuedAt\n    returnCount\n    unit {\n      id\n      name\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticeList($status: NoticeStatus, $unitId: ID) {\n    notices(status: $status, unitId: $unitId) {\n      ...NoticeRow_Notice\n    }\n  }\n"): (typeof documents)["\n  query NoticeList($status: NoticeStatus, $unitId: ID) {\n    notices(status: $status, unitId: $unitId) {\n      ...NoticeRow_Notice\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticeUnits {\n    units {\n      id\n      name\n      nameEn\n      kind\n      active\n    }\n  }\n"): (typeof documents)["\n  query NoticeUnits {\n    units {\n      id\n      name\n      nameEn\n      kind\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticePage($id: ID!) {\n    notice(id: $id) {\n      id\n      number\n      subject\n      requirement\n      status\n      overdue\n      dueAt\n      issuedAt\n      issuedByName\n      acknowledgedAt\n      rectification\n      rectifiedAt\n      returnCount\n      returnReason\n      verificationNote\n      verifiedAt\n      verifiedByName\n      decisionId\n      visitId\n      actions\n      unit {\n        id\n        name\n        nameEn\n      }\n      compound {\n        id\n        name\n        nameEn\n      }\n      tickets {\n        id\n        number\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query NoticePage($id: ID!) {\n    notice(id: $id) {\n      id\n      number\n      subject\n      requirement\n      status\n      overdue\n      dueAt\n      issuedAt\n      issuedByName\n      acknowledgedAt\n      rectification\n      rectifiedAt\n      returnCount\n      returnReason\n      verificationNote\n      verifiedAt\n      verifiedByName\n      decisionId\n      visitId\n      actions\n      unit {\n        id\n        name\n        nameEn\n      }\n      compound {\n        id\n        name\n        nameEn\n      }\n      tickets {\n        id\n        number\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NoticeEvents($since: String, $unitIds: [ID!]) {\n    boardEvents(\n      since: $since\n      filter: {\n        unitIds: $unitIds\n        types: [NOTICE_ISSUED, NOTICE_ACKNOWLEDGED, NOTICE_RECTIFIED, NOTICE_VERIFIED, NOTICE_RETURNED, NOTICE_OVERDUE]\n      }\n    ) {\n      cursor\n      type\n      roomUnitId\n    }\n  }\n"): (typeof documents)["\n  subscription NoticeEvents($since: String, $unitIds: [ID!]) {\n    boardEvents(\n      since: $since\n      filter: {\n        unitIds: $unitIds\n        types: [NOTICE_ISSUED, NOTICE_ACKNOWLEDGED, NOTICE_RECTIFIED, NOTICE_VERIFIED, NOTICE_RETURNED, NOTICE_OVERDUE]\n      }\n    ) {\n      cursor\n      type\n      roomUnitId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueNotice($input: IssueNoticeInput!) {\n    issueNotice(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation IssueNotice($input: IssueNoticeInput!) {\n    issueNotice(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeNotice($id: ID!) {\n    acknowledgeNotice(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeNotice($id: ID!) {\n    acknowledgeNotice(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportRectification($id: ID!, $text: String!) {\n    reportRectification(id: $id, text: $text) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReportRectification($id: ID!, $text: String!) {\n    reportRectification(id: $id, text: $text) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyNotice($id: ID!, $note: String) {\n    verifyNotice(id: $id, note: $note) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyNotice($id: ID!, $note: String) {\n    verifyNotice(id: $id, note: $note) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnNotice($id: ID!, $reason: String!, $newDueAt: DateTimeISO!) {\n    returnNotice(id: $id, reason: $reason, newDueAt: $newDueAt) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnNotice($id: ID!, $reason: String!, $newDueAt: DateTimeISO!) {\n    returnNotice(id: $id, reason: $reason, newDueAt: $newDueAt) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitTasks_Task on Task {\n    id\n    text\n    dueAt\n    status\n    claimedByName\n    afterTaskId\n    doneNote\n    incidentId\n    ticketId\n    actions\n  }\n"): (typeof documents)["\n  fragment UnitTasks_Task on Task {\n    id\n    text\n    dueAt\n    status\n    claimedByName\n    afterTaskId\n    doneNote\n    incidentId\n    ticketId\n    actions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTasks {\n    myTasks {\n      ...UnitTasks_Task\n    }\n  }\n"): (typeof documents)["\n  query MyTasks {\n    myTasks {\n      ...UnitTasks_Task\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimTask($id: ID!) {\n    claimTask(id: $id) {\n      ...UnitTasks_Task\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimTask($id: ID!) {\n    claimTask(id: $id) {\n      ...UnitTasks_Task\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteTask($id: ID!, $note: String) {\n    completeTask(id: $id, note: $note) {\n      ...UnitTasks_Task\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteTask($id: ID!, $note: String) {\n    completeTask(id: $id, note: $note) {\n      ...UnitTasks_Task\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TaskEvents($since: String, $unitIds: [ID!]) {\n    boardEvents(since: $since, filter: { unitIds: $unitIds, types: [TASK_ADDED, TASK_CLAIMED, TASK_DONE] }) {\n      cursor\n      type\n      roomUnitId\n    }\n  }\n"): (typeof documents)["\n  subscription TaskEvents($since: String, $unitIds: [ID!]) {\n    boardEvents(since: $since, filter: { unitIds: $unitIds, types: [TASK_ADDED, TASK_CLAIMED, TASK_DONE] }) {\n      cursor\n      type\n      roomUnitId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketActions_Ticket on Ticket {\n    id\n    number\n    status\n    kind\n    version\n    overdue\n    dueAt\n    actions\n    unit {\n      id\n      name\n      nameEn\n    }\n    proposedUnit {\n      id\n      name\n      nameEn\n    }\n    claimedBy {\n      id\n      displayName\n    }\n    reopenCount\n    reopenReason\n    pausedAt\n    pauseReason\n    pendingExtension {\n      until\n      reason\n    }\n  }\n"): (typeof documents)["\n  fragment TicketActions_Ticket on Ticket {\n    id\n    number\n    status\n    kind\n    version\n    overdue\n    dueAt\n    actions\n    unit {\n      id\n      name\n      nameEn\n    }\n    proposedUnit {\n      id\n      name\n      nameEn\n    }\n    claimedBy {\n      id\n      displayName\n    }\n    reopenCount\n    reopenReason\n    pausedAt\n    pauseReason\n    pendingExtension {\n      until\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimTicket($id: ID!, $v: Int) {\n    claimTicket(id: $id, expectedVersion: $v) {\n      ...TicketActions_Ticket\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimTicket($id: ID!, $v: Int) {\n    claimTicket(id: $id, expectedVersion: $v) {\n      ...TicketActions_Ticket\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseTicket($id: ID!, $v: Int) {\n    releaseTicket(id: $id, expectedVersion: $v) {\n      ...TicketActions_Ticket\n    }\n  }\n"): (typeof documents)["\n  mutation ReleaseTicket($id: ID!, $v: Int) {\n    releaseTicket(id: $id, expectedVersion: $v) {\n      ...TicketActions_Ticket\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartOnSite($id: ID!, $v: Int) {\n    startOnSite(id: $id, expectedVersion: $v) {\n      ...TicketActions_Ticket\n    }\n  }\n"): (typeof documents)["\n  mutation StartOnSite($id: ID!, $v: Int) {\n    startOnSite(id: $id, expectedVersion: $v) {\n      ...TicketActions_Ticket\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveTicket($id: ID!, $v: Int, $resolution: String!, $onSite: Boolean!) {\n    resolveTicket(id: $id, expectedVersion: $v, resolution: $resolution, onSite: $onSite) {\n      ...TicketActions_Ticket\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveTicket($id: ID!, $v: Int, $resolution: String!, $onSite: Boolean!) {\n    resolveTicket(id: $id, expectedVersion: $v, resolution: $resolution, onSite: $onSite) {\n      ...TicketActions_Ticket\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectTransfer($id: ID!, $v: Int, $reason: RefusalReason!, $note: String) {\n    rejectTransfer(id: $id, expectedVersion: $v, reason: $reason, note: $note) {\n      ...TicketActions_Ticket\n    }\n  }\n"): (typeof documents)["\n  mutation RejectTransfer($id: ID!, $v: Int, $reason: RefusalReason!, $note: String) {\n    rejectTransfer(id: $id, expectedVersion: $v, reason: $reason, note: $note) {\n      ...TicketActions_Ticket\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignTicket($id: ID!, $v: Int, $userId: ID!) {\n    assignTicket(id: $id, expectedVersion: $v, userId: $userId) {\n      ...TicketActions_Ticket\n    }\n  }\n"): (typeof documents)["\n  mutation AssignTicket($id: ID!, $v: Int, $userId: ID!) {\n    assignTicket(id: $id, expectedVersion: $v, userId: $userId) {\n      ...TicketActions_Ticket\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferTicket($id: ID!, $v: Int, $unitId: ID!, $note: String) {\n    transferTicket(id: $id, expectedVersion: $v, unitId: $unitId, note: $note) {\n      ...TicketActions_Ticket\n    }\n  }\n"): (typeof documents)["\n  mutation TransferTicket($id: ID!, $v: Int, $unitId: ID!, $note: String) {\n    transferTicket(id: $id, expectedVersion: $v, unitId: $unitId, note: $note) {\n      ...TicketActions_Ticket\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCallback($id: ID!, $v: Int, $satisfaction: Satisfaction!, $note: String) {\n    recordCallback(id: $id, expectedVersion: $v, satisfaction: $satisfaction, note: $note) {\n      ...TicketActions_Ticket\n    }\n  }\n"): (typeof documents)["\n  mutation RecordCallback($id: ID!, $v: Int, $satisfaction: Satisfaction!, $note: String) {\n    recordCallback(id: $id, expectedVersion: $v, satisfaction: $satisfaction, note: $note) {\n      ...TicketActions_Ticket\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenTicket($id: ID!, $v: Int, $reason: String!) {\n    reopenTicket(id: $id, expectedVersion: $v, reason: $reason) {\n      ...TicketActions_Ticket\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenTicket($id: ID!, $v: Int, $reason: String!) {\n    reopenTicket(id: $id, expectedVersion: $v, reason: $reason) {\n      ...TicketActions_Ticket\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseTicket($id: ID!, $v: Int) {\n    closeTicket(id: $id, expectedVersion: $v) {\n      ...TicketActions_Ticket\n    }\n  }\n"): (typeof documents)["\n  mutation CloseTicket($id: ID!, $v: Int) {\n    closeTicket(id: $id, expectedVersion: $v) {\n      ...TicketActions_Ticket\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UrgeTicket($id: ID!, $v: Int, $note: String) {\n    urgeTicket(id: $id, expectedVersion: $v, note: $note) {\n      ...TicketActions_Ticket\n    }\n  }\n"): (typeof documents)["\n  mutation UrgeTicket($id: ID!, $v: Int, $note: String) {\n    urgeTicket(id: $id, expectedVersion: $v, note: $note) {\n      ...TicketActions_Ticket\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestExtension($id: ID!, $v: Int, $until: DateTimeISO!, $reason: String!) {\n    requestExtension(id: $id, expectedVersion: $v, until: $until, reason: $reason) {\n      ...TicketActions_Ticket\n    }\n  }\n"): (typeof documents)["\n  mutation RequestExtension($id: ID!, $v: Int, $until: DateTimeISO!, $reason: String!) {\n    requestExtension(id: $id, expectedVersion: $v, until: $until, reason: $reason) {\n      ...TicketActions_Ticket\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideExtension($id: ID!, $v: Int, $approve: Boolean!, $note: String) {\n    decideExtension(id: $id, expectedVersion: $v, approve: $approve, note: $note) {\n      ...TicketActions_Ticket\n    }\n  }\n"): (typeof documents)["\n  mutation DecideExtension($id: ID!, $v: Int, $approve: Boolean!, $note: String) {\n    decideExtension(id: $id, expectedVersion: $v, approve: $approve, note: $note) {\n      ...TicketActions_Ticket\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PauseTicket($id: ID!, $v: Int, $reason: PauseReason!, $note: String) {\n    pauseTicket(id: $id, expectedVersion: $v, reason: $reason, note: $note) {\n      ...TicketActions_Ticket\n    }\n  }\n"): (typeof documents)["\n  mutation PauseTicket($id: ID!, $v: Int, $reason: PauseReason!, $note: String) {\n    pauseTicket(id: $id, expectedVersion: $v, reason: $reason, note: $note) {\n      ...TicketActions_Ticket\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeTicket($id: ID!, $v: Int) {\n    resumeTicket(id: $id, expectedVersion: $v) {\n      ...TicketActions_Ticket\n    }\n  }\n"): (typeof documents)["\n  mutation ResumeTicket($id: ID!, $v: Int) {\n    resumeTicket(id: $id, expectedVersion: $v) {\n      ...TicketActions_Ticket\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionOptions($members: Boolean!) {\n    units {\n      id\n      name\n      nameEn\n      kind\n    }\n    me {\n      id\n      unit {\n        id\n        members @include(if: $members) {\n          id\n          displayName\n          role\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActionOptions($members: Boolean!) {\n    units {\n      id\n      name\n      nameEn\n      kind\n    }\n    me {\n      id\n      unit {\n        id\n        members @include(if: $members) {\n          id\n          displayName\n          role\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VisitRow_Visit on Visit {\n    id\n    at\n    status\n    compound {\n      id\n      name\n      nameEn\n    }\n    station {\n      id\n      name\n      nameEn\n    }\n    inspectors {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment VisitRow_Visit on Visit {\n    id\n    at\n    status\n    compound {\n      id\n      name\n      nameEn\n    }\n    station {\n      id\n      name\n      nameEn\n    }\n    inspectors {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Visits($from: DateTimeISO!, $to: DateTimeISO!) {\n    visits(from: $from, to: $to) {\n      ...VisitRow_Visit\n    }\n  }\n"): (typeof documents)["\n  query Visits($from: DateTimeISO!, $to: DateTimeISO!) {\n    visits(from: $from, to: $to) {\n      ...VisitRow_Visit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisitPlanChoices {\n    compounds {\n      id\n      name\n      nameEn\n    }\n    stations {\n      id\n      name\n      nameEn\n    }\n    visitInspectors {\n      id\n      displayName\n      role\n    }\n  }\n"): (typeof documents)["\n  query VisitPlanChoices {\n    compounds {\n      id\n      name\n      nameEn\n    }\n    stations {\n      id\n      name\n      nameEn\n    }\n    visitInspectors {\n      id\n      displayName\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription VisitEvents($since: String) {\n    boardEvents(since: $since) {\n      cursor\n      type\n    }\n  }\n"): (typeof documents)["\n  subscription VisitEvents($since: String) {\n    boardEvents(since: $since) {\n      cursor\n      type\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanVisit($input: PlanVisitInput!) {\n    planVisit(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PlanVisit($input: PlanVisitInput!) {\n    planVisit(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Visit($id: ID!) {\n    visit(id: $id) {\n      id\n      at\n      status\n      actions\n      plannedByName\n      startedAt\n      recordedAt\n      recordedByName\n      cancelReason\n      findings\n      outcome\n      compound {\n        id\n        name\n        nameEn\n      }\n      station {\n        id\n        name\n        nameEn\n      }\n      unit {\n        id\n        name\n        nameEn\n      }\n      inspectors {\n        id\n        displayName\n      }\n      tickets {\n        id\n        number\n      }\n      readings {\n        place\n        celsius\n        at\n        belowStandard\n      }\n      notice {\n        id\n        number\n        dueAt\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query Visit($id: ID!) {\n    visit(id: $id) {\n      id\n      at\n      status\n      actions\n      plannedByName\n      startedAt\n      recordedAt\n      recordedByName\n      cancelReason\n      findings\n      outcome\n      compound {\n        id\n        name\n        nameEn\n      }\n      station {\n        id\n        name\n        nameEn\n      }\n      unit {\n        id\n        name\n        nameEn\n      }\n      inspectors {\n        id\n        displayName\n      }\n      tickets {\n        id\n        number\n      }\n      readings {\n        place\n        celsius\n        at\n        belowStandard\n      }\n      notice {\n        id\n        number\n        dueAt\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartVisit($id: ID!) {\n    startVisit(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation StartVisit($id: ID!) {\n    startVisit(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordVisit($id: ID!, $input: RecordVisitInput!) {\n    recordVisit(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordVisit($id: ID!, $input: RecordVisitInput!) {\n    recordVisit(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelVisit($id: ID!, $reason: String!) {\n    cancelVisit(id: $id, reason: $reason) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CancelVisit($id: ID!, $reason: String!) {\n    cancelVisit(id: $id, reason: $reason) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BoardPage_Ticket on Ticket {\n    id\n    status\n    overdue\n    receivedAt\n    satisfaction\n    compound {\n      id\n    }\n    unit {\n      id\n    }\n    ...BoardMap_Ticket\n    ...PlaceCard_Ticket\n  }\n"): (typeof documents)["\n  fragment BoardPage_Ticket on Ticket {\n    id\n    status\n    overdue\n    receivedAt\n    satisfaction\n    compound {\n      id\n    }\n    unit {\n      id\n    }\n    ...BoardMap_Ticket\n    ...PlaceCard_Ticket\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BoardFeed_BoardEvent on BoardEvent {\n    seq\n    type\n    at\n    roomUnitId\n    actorName\n    actor {\n      id\n    }\n    ticket {\n      id\n      number\n    }\n  }\n"): (typeof documents)["\n  fragment BoardFeed_BoardEvent on BoardEvent {\n    seq\n    type\n    at\n    roomUnitId\n    actorName\n    actor {\n      id\n    }\n    ticket {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitTable_Unit on Unit {\n    id\n    name\n    nameEn\n    kind\n  }\n"): (typeof documents)["\n  fragment UnitTable_Unit on Unit {\n    id\n    name\n    nameEn\n    kind\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlaceCard_Compound on Compound {\n    id\n    name\n    nameEn\n    heating\n    households\n    station {\n      name\n      nameEn\n    }\n    operatorUnit {\n      name\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  fragment PlaceCard_Compound on Compound {\n    id\n    name\n    nameEn\n    heating\n    households\n    station {\n      name\n      nameEn\n    }\n    operatorUnit {\n      name\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlaceCard_Station on Station {\n    id\n    name\n    nameEn\n    operatorUnit {\n      name\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  fragment PlaceCard_Station on Station {\n    id\n    name\n    nameEn\n    operatorUnit {\n      name\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlaceCard_HeatSource on HeatSource {\n    id\n    name\n    nameEn\n  }\n"): (typeof documents)["\n  fragment PlaceCard_HeatSource on HeatSource {\n    id\n    name\n    nameEn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlaceCard_Ticket on Ticket {\n    id\n    number\n    status\n    overdue\n    compound {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment PlaceCard_Ticket on Ticket {\n    id\n    number\n    status\n    overdue\n    compound {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardPlaces {\n    heatSources {\n      ...BoardMap_HeatSource\n      ...PlaceCard_HeatSource\n    }\n    stations {\n      ...BoardMap_Station\n      ...PlaceCard_Station\n    }\n    compounds {\n      ...BoardMap_Compound\n      ...PlaceCard_Compound\n    }\n    units {\n      ...UnitTable_Unit\n    }\n  }\n"): (typeof documents)["\n  query BoardPlaces {\n    heatSources {\n      ...BoardMap_HeatSource\n      ...PlaceCard_HeatSource\n    }\n    stations {\n      ...BoardMap_Station\n      ...PlaceCard_Station\n    }\n    compounds {\n      ...BoardMap_Compound\n      ...PlaceCard_Compound\n    }\n    units {\n      ...UnitTable_Unit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardSnapshot($after: String) {\n    boardTickets(first: 200, after: $after) {\n      edges {\n        node {\n          ...BoardPage_Ticket\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query BoardSnapshot($after: String) {\n    boardTickets(first: 200, after: $after) {\n      edges {\n        node {\n          ...BoardPage_Ticket\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BoardEvents($since: String) {\n    boardEvents(since: $since) {\n      seq\n      cursor\n      type\n      ticketId\n      changes {\n        field\n        to\n      }\n      ticket {\n        ...BoardPage_Ticket\n      }\n      ...BoardFeed_BoardEvent\n    }\n  }\n"): (typeof documents)["\n  subscription BoardEvents($since: String) {\n    boardEvents(since: $since) {\n      seq\n      cursor\n      type\n      ticketId\n      changes {\n        field\n        to\n      }\n      ticket {\n        ...BoardPage_Ticket\n      }\n      ...BoardFeed_BoardEvent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BoardFigures_Fields on BoardFigures {\n    calls\n    open\n    claimed\n    overdue\n    overdueNotices\n    resolved\n    replied\n    closed\n    answeredOnCall\n    satisfaction\n  }\n"): (typeof documents)["\n  fragment BoardFigures_Fields on BoardFigures {\n    calls\n    open\n    claimed\n    overdue\n    overdueNotices\n    resolved\n    replied\n    closed\n    answeredOnCall\n    satisfaction\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardStats {\n    boardStats {\n      from\n      to\n      total {\n        ...BoardFigures_Fields\n      }\n      units {\n        unit {\n          id\n        }\n        figures {\n          ...BoardFigures_Fields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BoardStats {\n    boardStats {\n      from\n      to\n      total {\n        ...BoardFigures_Fields\n      }\n      units {\n        unit {\n          id\n        }\n        figures {\n          ...BoardFigures_Fields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardRecent($before: String) {\n    recentBoardEvents(before: $before, last: 50) {\n      seq\n      ...BoardFeed_BoardEvent\n    }\n  }\n"): (typeof documents)["\n  query BoardRecent($before: String) {\n    recentBoardEvents(before: $before, last: 50) {\n      seq\n      ...BoardFeed_BoardEvent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardAttendance {\n    attendance {\n      unit {\n        id\n      }\n      status\n      officers\n    }\n  }\n"): (typeof documents)["\n  query BoardAttendance {\n    attendance {\n      unit {\n        id\n      }\n      status\n      officers\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardMeeting {\n    currentMeeting {\n      id\n      title\n      chairName\n      focus {\n        id\n      }\n      items {\n        ...AgendaItem_Fields\n      }\n    }\n  }\n"): (typeof documents)["\n  query BoardMeeting {\n    currentMeeting {\n      id\n      title\n      chairName\n      focus {\n        id\n      }\n      items {\n        ...AgendaItem_Fields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardVisits($from: DateTimeISO!, $to: DateTimeISO!) {\n    visits(from: $from, to: $to) {\n      id\n      status\n      compound {\n        id\n      }\n      station {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query BoardVisits($from: DateTimeISO!, $to: DateTimeISO!) {\n    visits(from: $from, to: $to) {\n      id\n      status\n      compound {\n        id\n      }\n      station {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeskTray_Ticket on Ticket {\n    id\n    number\n    status\n    version\n    overdue\n    dueAt\n    callerName\n    callerPhone\n    description\n    resolution\n    receivedAt\n    satisfaction\n    unit {\n      id\n      name\n      nameEn\n    }\n    compound {\n      id\n      name\n      nameEn\n    }\n    lastRefusal {\n      reason\n      note\n      unit {\n        name\n        nameEn\n      }\n    }\n    ...TicketActions_Ticket\n  }\n"): (typeof documents)["\n  fragment DeskTray_Ticket on Ticket {\n    id\n    number\n    status\n    version\n    overdue\n    dueAt\n    callerName\n    callerPhone\n    description\n    resolution\n    receivedAt\n    satisfaction\n    unit {\n      id\n      name\n      nameEn\n    }\n    compound {\n      id\n      name\n      nameEn\n    }\n    lastRefusal {\n      reason\n      note\n      unit {\n        name\n        nameEn\n      }\n    }\n    ...TicketActions_Ticket\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskTray($status: [TicketStatus!], $after: String) {\n    tickets(filter: { status: $status }, orderBy: DUE_SOONEST, first: 200, after: $after) {\n      edges {\n        node {\n          ...DeskTray_Ticket\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeskTray($status: [TicketStatus!], $after: String) {\n    tickets(filter: { status: $status }, orderBy: DUE_SOONEST, first: 200, after: $after) {\n      edges {\n        node {\n          ...DeskTray_Ticket\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DeskTrayEvents($since: String) {\n    boardEvents(\n      since: $since\n      filter: {\n        types: [\n          TICKET_REGISTERED\n          TICKET_TRANSFERRED\n          TICKET_TRANSFER_REFUSED\n          TICKET_CLAIMED\n          TICKET_ASSIGNED\n          TICKET_RELEASED\n          TICKET_RESOLVED\n          TICKET_ANSWERED\n          TICKET_REPLIED\n          TICKET_REOPENED\n          TICKET_CLOSED\n          UNIT_SIGNED_IN\n          UNIT_SIGNED_OUT\n        ]\n      }\n    ) {\n      cursor\n      type\n      ticketId\n      ticket {\n        ...DeskTray_Ticket\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription DeskTrayEvents($since: String) {\n    boardEvents(\n      since: $since\n      filter: {\n        types: [\n          TICKET_REGISTERED\n          TICKET_TRANSFERRED\n          TICKET_TRANSFER_REFUSED\n          TICKET_CLAIMED\n          TICKET_ASSIGNED\n          TICKET_RELEASED\n          TICKET_RESOLVED\n          TICKET_ANSWERED\n          TICKET_REPLIED\n          TICKET_REOPENED\n          TICKET_CLOSED\n          UNIT_SIGNED_IN\n          UNIT_SIGNED_OUT\n        ]\n      }\n    ) {\n      cursor\n      type\n      ticketId\n      ticket {\n        ...DeskTray_Ticket\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseTickets($ids: [ID!]!) {\n    closeTickets(ids: $ids) {\n      id\n      code\n      message\n      ticket {\n        ...DeskTray_Ticket\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CloseTickets($ids: [ID!]!) {\n    closeTickets(ids: $ids) {\n      id\n      code\n      message\n      ticket {\n        ...DeskTray_Ticket\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskOptions {\n    compounds {\n      id\n      name\n      nameEn\n      initials\n      station {\n        id\n      }\n    }\n    units {\n      id\n      name\n      nameEn\n      kind\n    }\n    channels {\n      code\n      name\n      nameEn\n    }\n    categories {\n      code\n      name\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  query DeskOptions {\n    compounds {\n      id\n      name\n      nameEn\n      initials\n      station {\n        id\n      }\n    }\n    units {\n      id\n      name\n      nameEn\n      kind\n    }\n    channels {\n      code\n      name\n      nameEn\n    }\n    categories {\n      code\n      name\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Propose($kind: TicketKind!, $category: String!, $compoundId: ID) {\n    proposeUnit(kind: $kind, category: $category, compoundId: $compoundId) {\n      basis\n      unit {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n"): (typeof documents)["\n  query Propose($kind: TicketKind!, $category: String!, $compoundId: ID) {\n    proposeUnit(kind: $kind, category: $category, compoundId: $compoundId) {\n      basis\n      unit {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallerHistory($phone: String!) {\n    tickets(filter: { callerPhone: $phone }, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          status\n          receivedAt\n          description\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CallerHistory($phone: String!) {\n    tickets(filter: { callerPhone: $phone }, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          status\n          receivedAt\n          description\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenAtPlace($compoundId: ID, $stationId: ID, $status: [TicketStatus!]) {\n    atCompound: tickets(filter: { compoundId: $compoundId, status: $status }, orderBy: NEWEST, first: 20) {\n      totalCount\n      edges {\n        node {\n          ...DeskRelated_Ticket\n        }\n      }\n    }\n    atStation: tickets(filter: { stationId: $stationId, status: $status }, orderBy: NEWEST, first: 20) {\n      totalCount\n      edges {\n        node {\n          ...DeskRelated_Ticket\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpenAtPlace($compoundId: ID, $stationId: ID, $status: [TicketStatus!]) {\n    atCompound: tickets(filter: { compoundId: $compoundId, status: $status }, orderBy: NEWEST, first: 20) {\n      totalCount\n      edges {\n        node {\n          ...DeskRelated_Ticket\n        }\n      }\n    }\n    atStation: tickets(filter: { stationId: $stationId, status: $status }, orderBy: NEWEST, first: 20) {\n      totalCount\n      edges {\n        node {\n          ...DeskRelated_Ticket\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeskRelated_Ticket on Ticket {\n    id\n    number\n    status\n    receivedAt\n    description\n    compound {\n      id\n      name\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  fragment DeskRelated_Ticket on Ticket {\n    id\n    number\n    status\n    receivedAt\n    description\n    compound {\n      id\n      name\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      id\n      number\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      id\n      number\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Transfer($id: ID!, $unitId: ID!, $note: String) {\n    transferTicket(id: $id, unitId: $unitId, note: $note) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation Transfer($id: ID!, $unitId: ID!, $note: String) {\n    transferTicket(id: $id, unitId: $unitId, note: $note) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Answer($id: ID!, $resolution: String!) {\n    resolveTicket(id: $id, resolution: $resolution, onSite: false) {\n      id\n      status\n      answeredOnCall\n    }\n  }\n"): (typeof documents)["\n  mutation Answer($id: ID!, $resolution: String!) {\n    resolveTicket(id: $id, resolution: $resolution, onSite: false) {\n      id\n      status\n      answeredOnCall\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Meetings {\n    meetings {\n      id\n      title\n      startsAt\n      status\n      chairName\n    }\n    proposedAgenda {\n      reasons\n      ticketIds\n      stationId\n      compoundId\n      weight\n    }\n    units {\n      id\n      name\n      nameEn\n      kind\n      active\n    }\n  }\n"): (typeof documents)["\n  query Meetings {\n    meetings {\n      id\n      title\n      startsAt\n      status\n      chairName\n    }\n    proposedAgenda {\n      reasons\n      ticketIds\n      stationId\n      compoundId\n      weight\n    }\n    units {\n      id\n      name\n      nameEn\n      kind\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMeeting($title: String!, $startsAt: DateTimeISO!, $unitIds: [ID!]!) {\n    createMeeting(title: $title, startsAt: $startsAt, unitIds: $unitIds) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMeeting($title: String!, $startsAt: DateTimeISO!, $unitIds: [ID!]!) {\n    createMeeting(title: $title, startsAt: $startsAt, unitIds: $unitIds) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAgendaItem($meetingId: ID!, $item: AgendaItemInput!) {\n    addAgendaItem(meetingId: $meetingId, item: $item) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddAgendaItem($meetingId: ID!, $item: AgendaItemInput!) {\n    addAgendaItem(meetingId: $meetingId, item: $item) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      title\n      startsAt\n      status\n      chairName\n      startedAt\n      closedAt\n      units {\n        id\n        name\n        nameEn\n      }\n      focus {\n        id\n      }\n      items {\n        ...AgendaItem_Fields\n      }\n    }\n    units {\n      id\n      name\n      nameEn\n      kind\n      active\n    }\n  }\n"): (typeof documents)["\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      title\n      startsAt\n      status\n      chairName\n      startedAt\n      closedAt\n      units {\n        id\n        name\n        nameEn\n      }\n      focus {\n        id\n      }\n      items {\n        ...AgendaItem_Fields\n      }\n    }\n    units {\n      id\n      name\n      nameEn\n      kind\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartMeeting($id: ID!) {\n    startMeeting(meetingId: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation StartMeeting($id: ID!) {\n    startMeeting(meetingId: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FocusAgendaItem($id: ID!) {\n    focusAgendaItem(agendaItemId: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation FocusAgendaItem($id: ID!) {\n    focusAgendaItem(agendaItemId: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDecision($id: ID!, $decision: DecisionInput!) {\n    recordDecision(agendaItemId: $id, decision: $decision) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordDecision($id: ID!, $decision: DecisionInput!) {\n    recordDecision(agendaItemId: $id, decision: $decision) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseMeeting($id: ID!) {\n    closeMeeting(meetingId: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CloseMeeting($id: ID!) {\n    closeMeeting(meetingId: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QueuePage_Ticket on Ticket {\n    id\n    number\n    status\n    version\n    overdue\n    dueAt\n    description\n    callerPhone\n    reopenCount\n    reopenReason\n    address {\n      building\n      unit\n      room\n      text\n    }\n    unit {\n      id\n    }\n    compound {\n      name\n      nameEn\n    }\n    claimedBy {\n      id\n      displayName\n    }\n    ...TicketActions_Ticket\n  }\n"): (typeof documents)["\n  fragment QueuePage_Ticket on Ticket {\n    id\n    number\n    status\n    version\n    overdue\n    dueAt\n    description\n    callerPhone\n    reopenCount\n    reopenReason\n    address {\n      building\n      unit\n      room\n      text\n    }\n    unit {\n      id\n    }\n    compound {\n      name\n      nameEn\n    }\n    claimedBy {\n      id\n      displayName\n    }\n    ...TicketActions_Ticket\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Queue($unitId: ID!, $status: [TicketStatus!], $after: String) {\n    tickets(filter: { unitId: $unitId, status: $status }, orderBy: DUE_SOONEST, first: 200, after: $after) {\n      edges {\n        node {\n          ...QueuePage_Ticket\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Queue($unitId: ID!, $status: [TicketStatus!], $after: String) {\n    tickets(filter: { unitId: $unitId, status: $status }, orderBy: DUE_SOONEST, first: 200, after: $after) {\n      edges {\n        node {\n          ...QueuePage_Ticket\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription QueueEvents($since: String, $unitId: ID!) {\n    boardEvents(since: $since, filter: { unitIds: [$unitId] }) {\n      cursor\n      type\n      ticketId\n      ticket {\n        ...QueuePage_Ticket\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription QueueEvents($since: String, $unitId: ID!) {\n    boardEvents(since: $since, filter: { unitIds: [$unitId] }) {\n      cursor\n      type\n      ticketId\n      ticket {\n        ...QueuePage_Ticket\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketPage($id: ID!) {\n    ticket(id: $id) {\n      id\n      number\n      status\n      kind\n      version\n      overdue\n      dueAt\n      actions\n      unit {\n        id\n        name\n        nameEn\n      }\n      claimedBy {\n        id\n        displayName\n      }\n      ...TicketActions_Ticket\n      complexity\n      receivedAt\n      description\n      callerName\n      callerPhone\n      resolution\n      resolvedOnSite\n      satisfaction\n      overrideReason\n      answeredOnCall\n      reopenCount\n      reopenReason\n      relatedTo {\n        id\n        number\n        status\n        description\n      }\n      linkedCalls {\n        id\n        number\n        status\n        description\n      }\n      address {\n        building\n        unit\n        room\n        text\n      }\n      category {\n        code\n        name\n        nameEn\n      }\n      channel {\n        code\n        name\n        nameEn\n      }\n      compound {\n        id\n        name\n        nameEn\n      }\n      lastRefusal {\n        reason\n        note\n        unit {\n          name\n          nameEn\n        }\n      }\n      events(last: 200) {\n        seq\n        type\n        at\n        actorName\n        note\n        changes {\n          field\n          from\n          to\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TicketPage($id: ID!) {\n    ticket(id: $id) {\n      id\n      number\n      status\n      kind\n      version\n      overdue\n      dueAt\n      actions\n      unit {\n        id\n        name\n        nameEn\n      }\n      claimedBy {\n        id\n        displayName\n      }\n      ...TicketActions_Ticket\n      complexity\n      receivedAt\n      description\n      callerName\n      callerPhone\n      resolution\n      resolvedOnSite\n      satisfaction\n      overrideReason\n      answeredOnCall\n      reopenCount\n      reopenReason\n      relatedTo {\n        id\n        number\n        status\n        description\n      }\n      linkedCalls {\n        id\n        number\n        status\n        description\n      }\n      address {\n        building\n        unit\n        room\n        text\n      }\n      category {\n        code\n        name\n        nameEn\n      }\n      channel {\n        code\n        name\n        nameEn\n      }\n      compound {\n        id\n        name\n        nameEn\n      }\n      lastRefusal {\n        reason\n        note\n        unit {\n          name\n          nameEn\n        }\n      }\n      events(last: 200) {\n        seq\n        type\n        at\n        actorName\n        note\n        changes {\n          field\n          from\n          to\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TicketEvents($since: String, $filter: BoardEventFilter) {\n    boardEvents(since: $since, filter: $filter) {\n      cursor\n      type\n    }\n  }\n"): (typeof documents)["\n  subscription TicketEvents($since: String, $filter: BoardEventFilter) {\n    boardEvents(since: $since, filter: $filter) {\n      cursor\n      type\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TicketPresence($ticketId: ID) {\n    presence(ticketId: $ticketId) {\n      snapshot\n      left\n      entries {\n        key\n        userId\n        displayName\n        activity\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription TicketPresence($ticketId: ID) {\n    presence(ticketId: $ticketId) {\n      snapshot\n      left\n      entries {\n        key\n        userId\n        displayName\n        activity\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Heartbeat($ticketId: ID, $clientId: String) {\n    heartbeat(ticketId: $ticketId, activity: VIEWING, clientId: $clientId)\n  }\n"): (typeof documents)["\n  mutation Heartbeat($ticketId: ID, $clientId: String) {\n    heartbeat(ticketId: $ticketId, activity: VIEWING, clientId: $clientId)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;