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
    "\n  query RoomAttendance {\n    attendance {\n      unit {\n        id\n      }\n      officers\n    }\n  }\n": typeof types.RoomAttendanceDocument,
    "\n  mutation SignInToRoom {\n    signIn {\n      officers\n    }\n  }\n": typeof types.SignInToRoomDocument,
    "\n  mutation SignOutOfRoom {\n    signOut {\n      officers\n    }\n  }\n": typeof types.SignOutOfRoomDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation PairDisplay($code: String!) {\n    pairDisplay(code: $code) {\n      name\n    }\n  }\n": typeof types.PairDisplayDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Viewer {\n    viewer {\n      kind\n      name\n    }\n    me {\n      id\n      displayName\n      role\n      unit {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query BoardCursor {\n    boardCursor\n  }\n": typeof types.BoardCursorDocument,
    "\n  fragment BoardMap_HeatSource on HeatSource {\n    id\n    name\n    nameEn\n    lat\n    lon\n  }\n": typeof types.BoardMap_HeatSourceFragmentDoc,
    "\n  fragment BoardMap_Station on Station {\n    id\n    name\n    nameEn\n    lat\n    lon\n    operatorUnit {\n      name\n      nameEn\n      kind\n    }\n    heatSource {\n      id\n    }\n  }\n": typeof types.BoardMap_StationFragmentDoc,
    "\n  fragment BoardMap_Compound on Compound {\n    id\n    name\n    nameEn\n    lat\n    lon\n    heating\n    station {\n      id\n    }\n  }\n": typeof types.BoardMap_CompoundFragmentDoc,
    "\n  fragment BoardMap_Ticket on Ticket {\n    id\n    number\n    status\n    overdue\n    compound {\n      id\n    }\n  }\n": typeof types.BoardMap_TicketFragmentDoc,
    "\n  fragment TicketActions_Ticket on Ticket {\n    id\n    number\n    status\n    kind\n    version\n    overdue\n    dueAt\n    actions\n    unit {\n      id\n      name\n      nameEn\n    }\n    proposedUnit {\n      id\n      name\n      nameEn\n    }\n    claimedBy {\n      id\n      displayName\n    }\n    reopenCount\n    reopenReason\n  }\n": typeof types.TicketActions_TicketFragmentDoc,
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
    "\n  query ActionOptions($members: Boolean!) {\n    units {\n      id\n      name\n      nameEn\n      kind\n    }\n    me {\n      id\n      unit {\n        id\n        members @include(if: $members) {\n          id\n          displayName\n          role\n        }\n      }\n    }\n  }\n": typeof types.ActionOptionsDocument,
    "\n  fragment BoardPage_Ticket on Ticket {\n    id\n    status\n    overdue\n    receivedAt\n    satisfaction\n    compound {\n      id\n    }\n    unit {\n      id\n    }\n    ...BoardMap_Ticket\n    ...PlaceCard_Ticket\n  }\n": typeof types.BoardPage_TicketFragmentDoc,
    "\n  fragment BoardFeed_BoardEvent on BoardEvent {\n    seq\n    type\n    at\n    roomUnitId\n    actorName\n    actor {\n      id\n    }\n    ticket {\n      id\n      number\n    }\n  }\n": typeof types.BoardFeed_BoardEventFragmentDoc,
    "\n  fragment UnitTable_Unit on Unit {\n    id\n    name\n    nameEn\n    kind\n  }\n": typeof types.UnitTable_UnitFragmentDoc,
    "\n  fragment PlaceCard_Compound on Compound {\n    id\n    name\n    nameEn\n    heating\n    households\n    station {\n      name\n      nameEn\n    }\n    operatorUnit {\n      name\n      nameEn\n    }\n  }\n": typeof types.PlaceCard_CompoundFragmentDoc,
    "\n  fragment PlaceCard_Station on Station {\n    id\n    name\n    nameEn\n    operatorUnit {\n      name\n      nameEn\n    }\n  }\n": typeof types.PlaceCard_StationFragmentDoc,
    "\n  fragment PlaceCard_HeatSource on HeatSource {\n    id\n    name\n    nameEn\n  }\n": typeof types.PlaceCard_HeatSourceFragmentDoc,
    "\n  fragment PlaceCard_Ticket on Ticket {\n    id\n    number\n    status\n    overdue\n    compound {\n      id\n    }\n  }\n": typeof types.PlaceCard_TicketFragmentDoc,
    "\n  query BoardPlaces {\n    heatSources {\n      ...BoardMap_HeatSource\n      ...PlaceCard_HeatSource\n    }\n    stations {\n      ...BoardMap_Station\n      ...PlaceCard_Station\n    }\n    compounds {\n      ...BoardMap_Compound\n      ...PlaceCard_Compound\n    }\n    units {\n      ...UnitTable_Unit\n    }\n  }\n": typeof types.BoardPlacesDocument,
    "\n  query BoardSnapshot($after: String) {\n    boardTickets(first: 200, after: $after) {\n      edges {\n        node {\n          ...BoardPage_Ticket\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.BoardSnapshotDocument,
    "\n  subscription BoardEvents($since: String) {\n    boardEvents(since: $since) {\n      seq\n      cursor\n      type\n      ticketId\n      ticket {\n        ...BoardPage_Ticket\n      }\n      ...BoardFeed_BoardEvent\n    }\n  }\n": typeof types.BoardEventsDocument,
    "\n  fragment BoardFigures_Fields on BoardFigures {\n    calls\n    open\n    claimed\n    overdue\n    resolved\n    replied\n    closed\n    answeredOnCall\n    satisfaction\n  }\n": typeof types.BoardFigures_FieldsFragmentDoc,
    "\n  query BoardStats {\n    boardStats {\n      from\n      to\n      total {\n        ...BoardFigures_Fields\n      }\n      units {\n        unit {\n          id\n        }\n        figures {\n          ...BoardFigures_Fields\n        }\n      }\n    }\n  }\n": typeof types.BoardStatsDocument,
    "\n  query BoardRecent($before: String) {\n    recentBoardEvents(before: $before, last: 50) {\n      seq\n      ...BoardFeed_BoardEvent\n    }\n  }\n": typeof types.BoardRecentDocument,
    "\n  query BoardAttendance {\n    attendance {\n      unit {\n        id\n      }\n      status\n      officers\n    }\n  }\n": typeof types.BoardAttendanceDocument,
    "\n  fragment DeskTray_Ticket on Ticket {\n    id\n    number\n    status\n    version\n    overdue\n    dueAt\n    callerName\n    callerPhone\n    description\n    resolution\n    receivedAt\n    satisfaction\n    unit {\n      id\n      name\n      nameEn\n    }\n    compound {\n      name\n      nameEn\n    }\n    lastRefusal {\n      reason\n      note\n      unit {\n        name\n        nameEn\n      }\n    }\n    ...TicketActions_Ticket\n  }\n": typeof types.DeskTray_TicketFragmentDoc,
    "\n  query DeskTray($status: [TicketStatus!], $after: String) {\n    tickets(filter: { status: $status }, orderBy: DUE_SOONEST, first: 200, after: $after) {\n      edges {\n        node {\n          ...DeskTray_Ticket\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.DeskTrayDocument,
    "\n  subscription DeskTrayEvents($since: String) {\n    boardEvents(\n      since: $since\n      filter: {\n        types: [\n          TICKET_REGISTERED\n          TICKET_TRANSFERRED\n          TICKET_TRANSFER_REFUSED\n          TICKET_RESOLVED\n          TICKET_ANSWERED\n          TICKET_REPLIED\n          TICKET_REOPENED\n          TICKET_CLOSED\n        ]\n      }\n    ) {\n      cursor\n      ticketId\n      ticket {\n        ...DeskTray_Ticket\n      }\n    }\n  }\n": typeof types.DeskTrayEventsDocument,
    "\n  mutation CloseTickets($ids: [ID!]!) {\n    closeTickets(ids: $ids) {\n      id\n      code\n      message\n      ticket {\n        ...DeskTray_Ticket\n      }\n    }\n  }\n": typeof types.CloseTicketsDocument,
    "\n  query DeskOptions {\n    compounds {\n      id\n      name\n      nameEn\n      initials\n      station {\n        id\n      }\n    }\n    units {\n      id\n      name\n      nameEn\n      kind\n    }\n    channels {\n      code\n      name\n      nameEn\n    }\n    categories {\n      code\n      name\n      nameEn\n    }\n  }\n": typeof types.DeskOptionsDocument,
    "\n  query Propose($kind: TicketKind!, $category: String!, $compoundId: ID) {\n    proposeUnit(kind: $kind, category: $category, compoundId: $compoundId) {\n      basis\n      unit {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n": typeof types.ProposeDocument,
    "\n  query CallerHistory($phone: String!) {\n    tickets(filter: { callerPhone: $phone }, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          status\n          receivedAt\n          description\n        }\n      }\n    }\n  }\n": typeof types.CallerHistoryDocument,
    "\n  query OpenAtPlace($compoundId: ID, $stationId: ID, $status: [TicketStatus!]) {\n    atCompound: tickets(filter: { compoundId: $compoundId, status: $status }, orderBy: NEWEST, first: 20) {\n      totalCount\n      edges {\n        node {\n          ...DeskRelated_Ticket\n        }\n      }\n    }\n    atStation: tickets(filter: { stationId: $stationId, status: $status }, orderBy: NEWEST, first: 20) {\n      totalCount\n      edges {\n        node {\n          ...DeskRelated_Ticket\n        }\n      }\n    }\n  }\n": typeof types.OpenAtPlaceDocument,
    "\n  fragment DeskRelated_Ticket on Ticket {\n    id\n    number\n    status\n    receivedAt\n    description\n    compound {\n      id\n      name\n      nameEn\n    }\n  }\n": typeof types.DeskRelated_TicketFragmentDoc,
    "\n  mutation Register($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      id\n      number\n      version\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation Transfer($id: ID!, $unitId: ID!, $note: String) {\n    transferTicket(id: $id, unitId: $unitId, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.TransferDocument,
    "\n  mutation Answer($id: ID!, $resolution: String!) {\n    resolveTicket(id: $id, resolution: $resolution, onSite: false) {\n      id\n      status\n      answeredOnCall\n    }\n  }\n": typeof types.AnswerDocument,
    "\n  fragment QueuePage_Ticket on Ticket {\n    id\n    number\n    status\n    version\n    overdue\n    dueAt\n    description\n    callerPhone\n    reopenCount\n    reopenReason\n    address {\n      building\n      unit\n      room\n      text\n    }\n    unit {\n      id\n    }\n    compound {\n      name\n      nameEn\n    }\n    claimedBy {\n      id\n      displayName\n    }\n    ...TicketActions_Ticket\n  }\n": typeof types.QueuePage_TicketFragmentDoc,
    "\n  query Queue($unitId: ID!, $status: [TicketStatus!], $after: String) {\n    tickets(filter: { unitId: $unitId, status: $status }, orderBy: DUE_SOONEST, first: 200, after: $after) {\n      edges {\n        node {\n          ...QueuePage_Ticket\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.QueueDocument,
    "\n  subscription QueueEvents($since: String, $unitId: ID!) {\n    boardEvents(since: $since, filter: { unitIds: [$unitId] }) {\n      cursor\n      ticketId\n      ticket {\n        ...QueuePage_Ticket\n      }\n    }\n  }\n": typeof types.QueueEventsDocument,
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
    "\n  query RoomAttendance {\n    attendance {\n      unit {\n        id\n      }\n      officers\n    }\n  }\n": types.RoomAttendanceDocument,
    "\n  mutation SignInToRoom {\n    signIn {\n      officers\n    }\n  }\n": types.SignInToRoomDocument,
    "\n  mutation SignOutOfRoom {\n    signOut {\n      officers\n    }\n  }\n": types.SignOutOfRoomDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n    }\n  }\n": types.LoginDocument,
    "\n  mutation PairDisplay($code: String!) {\n    pairDisplay(code: $code) {\n      name\n    }\n  }\n": types.PairDisplayDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Viewer {\n    viewer {\n      kind\n      name\n    }\n    me {\n      id\n      displayName\n      role\n      unit {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  query BoardCursor {\n    boardCursor\n  }\n": types.BoardCursorDocument,
    "\n  fragment BoardMap_HeatSource on HeatSource {\n    id\n    name\n    nameEn\n    lat\n    lon\n  }\n": types.BoardMap_HeatSourceFragmentDoc,
    "\n  fragment BoardMap_Station on Station {\n    id\n    name\n    nameEn\n    lat\n    lon\n    operatorUnit {\n      name\n      nameEn\n      kind\n    }\n    heatSource {\n      id\n    }\n  }\n": types.BoardMap_StationFragmentDoc,
    "\n  fragment BoardMap_Compound on Compound {\n    id\n    name\n    nameEn\n    lat\n    lon\n    heating\n    station {\n      id\n    }\n  }\n": types.BoardMap_CompoundFragmentDoc,
    "\n  fragment BoardMap_Ticket on Ticket {\n    id\n    number\n    status\n    overdue\n    compound {\n      id\n    }\n  }\n": types.BoardMap_TicketFragmentDoc,
    "\n  fragment TicketActions_Ticket on Ticket {\n    id\n    number\n    status\n    kind\n    version\n    overdue\n    dueAt\n    actions\n    unit {\n      id\n      name\n      nameEn\n    }\n    proposedUnit {\n      id\n      name\n      nameEn\n    }\n    claimedBy {\n      id\n      displayName\n    }\n    reopenCount\n    reopenReason\n  }\n": types.TicketActions_TicketFragmentDoc,
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
    "\n  query ActionOptions($members: Boolean!) {\n    units {\n      id\n      name\n      nameEn\n      kind\n    }\n    me {\n      id\n      unit {\n        id\n        members @include(if: $members) {\n          id\n          displayName\n          role\n        }\n      }\n    }\n  }\n": types.ActionOptionsDocument,
    "\n  fragment BoardPage_Ticket on Ticket {\n    id\n    status\n    overdue\n    receivedAt\n    satisfaction\n    compound {\n      id\n    }\n    unit {\n      id\n    }\n    ...BoardMap_Ticket\n    ...PlaceCard_Ticket\n  }\n": types.BoardPage_TicketFragmentDoc,
    "\n  fragment BoardFeed_BoardEvent on BoardEvent {\n    seq\n    type\n    at\n    roomUnitId\n    actorName\n    actor {\n      id\n    }\n    ticket {\n      id\n      number\n    }\n  }\n": types.BoardFeed_BoardEventFragmentDoc,
    "\n  fragment UnitTable_Unit on Unit {\n    id\n    name\n    nameEn\n    kind\n  }\n": types.UnitTable_UnitFragmentDoc,
    "\n  fragment PlaceCard_Compound on Compound {\n    id\n    name\n    nameEn\n    heating\n    households\n    station {\n      name\n      nameEn\n    }\n    operatorUnit {\n      name\n      nameEn\n    }\n  }\n": types.PlaceCard_CompoundFragmentDoc,
    "\n  fragment PlaceCard_Station on Station {\n    id\n    name\n    nameEn\n    operatorUnit {\n      name\n      nameEn\n    }\n  }\n": types.PlaceCard_StationFragmentDoc,
    "\n  fragment PlaceCard_HeatSource on HeatSource {\n    id\n    name\n    nameEn\n  }\n": types.PlaceCard_HeatSourceFragmentDoc,
    "\n  fragment PlaceCard_Ticket on Ticket {\n    id\n    number\n    status\n    overdue\n    compound {\n      id\n    }\n  }\n": types.PlaceCard_TicketFragmentDoc,
    "\n  query BoardPlaces {\n    heatSources {\n      ...BoardMap_HeatSource\n      ...PlaceCard_HeatSource\n    }\n    stations {\n      ...BoardMap_Station\n      ...PlaceCard_Station\n    }\n    compounds {\n      ...BoardMap_Compound\n      ...PlaceCard_Compound\n    }\n    units {\n      ...UnitTable_Unit\n    }\n  }\n": types.BoardPlacesDocument,
    "\n  query BoardSnapshot($after: String) {\n    boardTickets(first: 200, after: $after) {\n      edges {\n        node {\n          ...BoardPage_Ticket\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.BoardSnapshotDocument,
    "\n  subscription BoardEvents($since: String) {\n    boardEvents(since: $since) {\n      seq\n      cursor\n      type\n      ticketId\n      ticket {\n        ...BoardPage_Ticket\n      }\n      ...BoardFeed_BoardEvent\n    }\n  }\n": types.BoardEventsDocument,
    "\n  fragment BoardFigures_Fields on BoardFigures {\n    calls\n    open\n    claimed\n    overdue\n    resolved\n    replied\n    closed\n    answeredOnCall\n    satisfaction\n  }\n": types.BoardFigures_FieldsFragmentDoc,
    "\n  query BoardStats {\n    boardStats {\n      from\n      to\n      total {\n        ...BoardFigures_Fields\n      }\n      units {\n        unit {\n          id\n        }\n        figures {\n          ...BoardFigures_Fields\n        }\n      }\n    }\n  }\n": types.BoardStatsDocument,
    "\n  query BoardRecent($before: String) {\n    recentBoardEvents(before: $before, last: 50) {\n      seq\n      ...BoardFeed_BoardEvent\n    }\n  }\n": types.BoardRecentDocument,
    "\n  query BoardAttendance {\n    attendance {\n      unit {\n        id\n      }\n      status\n      officers\n    }\n  }\n": types.BoardAttendanceDocument,
    "\n  fragment DeskTray_Ticket on Ticket {\n    id\n    number\n    status\n    version\n    overdue\n    dueAt\n    callerName\n    callerPhone\n    description\n    resolution\n    receivedAt\n    satisfaction\n    unit {\n      id\n      name\n      nameEn\n    }\n    compound {\n      name\n      nameEn\n    }\n    lastRefusal {\n      reason\n      note\n      unit {\n        name\n        nameEn\n      }\n    }\n    ...TicketActions_Ticket\n  }\n": types.DeskTray_TicketFragmentDoc,
    "\n  query DeskTray($status: [TicketStatus!], $after: String) {\n    tickets(filter: { status: $status }, orderBy: DUE_SOONEST, first: 200, after: $after) {\n      edges {\n        node {\n          ...DeskTray_Ticket\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.DeskTrayDocument,
    "\n  subscription DeskTrayEvents($since: String) {\n    boardEvents(\n      since: $since\n      filter: {\n        types: [\n          TICKET_REGISTERED\n          TICKET_TRANSFERRED\n          TICKET_TRANSFER_REFUSED\n          TICKET_RESOLVED\n          TICKET_ANSWERED\n          TICKET_REPLIED\n          TICKET_REOPENED\n          TICKET_CLOSED\n        ]\n      }\n    ) {\n      cursor\n      ticketId\n      ticket {\n        ...DeskTray_Ticket\n      }\n    }\n  }\n": types.DeskTrayEventsDocument,
    "\n  mutation CloseTickets($ids: [ID!]!) {\n    closeTickets(ids: $ids) {\n      id\n      code\n      message\n      ticket {\n        ...DeskTray_Ticket\n      }\n    }\n  }\n": types.CloseTicketsDocument,
    "\n  query DeskOptions {\n    compounds {\n      id\n      name\n      nameEn\n      initials\n      station {\n        id\n      }\n    }\n    units {\n      id\n      name\n      nameEn\n      kind\n    }\n    channels {\n      code\n      name\n      nameEn\n    }\n    categories {\n      code\n      name\n      nameEn\n    }\n  }\n": types.DeskOptionsDocument,
    "\n  query Propose($kind: TicketKind!, $category: String!, $compoundId: ID) {\n    proposeUnit(kind: $kind, category: $category, compoundId: $compoundId) {\n      basis\n      unit {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n": types.ProposeDocument,
    "\n  query CallerHistory($phone: String!) {\n    tickets(filter: { callerPhone: $phone }, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          status\n          receivedAt\n          description\n        }\n      }\n    }\n  }\n": types.CallerHistoryDocument,
    "\n  query OpenAtPlace($compoundId: ID, $stationId: ID, $status: [TicketStatus!]) {\n    atCompound: tickets(filter: { compoundId: $compoundId, status: $status }, orderBy: NEWEST, first: 20) {\n      totalCount\n      edges {\n        node {\n          ...DeskRelated_Ticket\n        }\n      }\n    }\n    atStation: tickets(filter: { stationId: $stationId, status: $status }, orderBy: NEWEST, first: 20) {\n      totalCount\n      edges {\n        node {\n          ...DeskRelated_Ticket\n        }\n      }\n    }\n  }\n": types.OpenAtPlaceDocument,
    "\n  fragment DeskRelated_Ticket on Ticket {\n    id\n    number\n    status\n    receivedAt\n    description\n    compound {\n      id\n      name\n      nameEn\n    }\n  }\n": types.DeskRelated_TicketFragmentDoc,
    "\n  mutation Register($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      id\n      number\n      version\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation Transfer($id: ID!, $unitId: ID!, $note: String) {\n    transferTicket(id: $id, unitId: $unitId, note: $note) {\n      id\n      status\n    }\n  }\n": types.TransferDocument,
    "\n  mutation Answer($id: ID!, $resolution: String!) {\n    resolveTicket(id: $id, resolution: $resolution, onSite: false) {\n      id\n      status\n      answeredOnCall\n    }\n  }\n": types.AnswerDocument,
    "\n  fragment QueuePage_Ticket on Ticket {\n    id\n    number\n    status\n    version\n    overdue\n    dueAt\n    description\n    callerPhone\n    reopenCount\n    reopenReason\n    address {\n      building\n      unit\n      room\n      text\n    }\n    unit {\n      id\n    }\n    compound {\n      name\n      nameEn\n    }\n    claimedBy {\n      id\n      displayName\n    }\n    ...TicketActions_Ticket\n  }\n": types.QueuePage_TicketFragmentDoc,
    "\n  query Queue($unitId: ID!, $status: [TicketStatus!], $after: String) {\n    tickets(filter: { unitId: $unitId, status: $status }, orderBy: DUE_SOONEST, first: 200, after: $after) {\n      edges {\n        node {\n          ...QueuePage_Ticket\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.QueueDocument,
    "\n  subscription QueueEvents($since: String, $unitId: ID!) {\n    boardEvents(since: $since, filter: { unitIds: [$unitId] }) {\n      cursor\n      ticketId\n      ticket {\n        ...QueuePage_Ticket\n      }\n    }\n  }\n": types.QueueEventsDocument,
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
export function graphql(source: "\n  query RoomAttendance {\n    attendance {\n      unit {\n        id\n      }\n      officers\n    }\n  }\n"): (typeof documents)["\n  query RoomAttendance {\n    attendance {\n      unit {\n        id\n      }\n      officers\n    }\n  }\n"];
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
export function graphql(source: "\n  query BoardCursor {\n    boardCursor\n  }\n"): (typeof documents)["\n  query BoardCursor {\n    boardCursor\n  }\n"];
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
export function graphql(source: "\n  fragment TicketActions_Ticket on Ticket {\n    id\n    number\n    status\n    kind\n    version\n    overdue\n    dueAt\n    actions\n    unit {\n      id\n      name\n      nameEn\n    }\n    proposedUnit {\n      id\n      name\n      nameEn\n    }\n    claimedBy {\n      id\n      displayName\n    }\n    reopenCount\n    reopenReason\n  }\n"): (typeof documents)["\n  fragment TicketActions_Ticket on Ticket {\n    id\n    number\n    status\n    kind\n    version\n    overdue\n    dueAt\n    actions\n    unit {\n      id\n      name\n      nameEn\n    }\n    proposedUnit {\n      id\n      name\n      nameEn\n    }\n    claimedBy {\n      id\n      displayName\n    }\n    reopenCount\n    reopenReason\n  }\n"];
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
export function graphql(source: "\n  query ActionOptions($members: Boolean!) {\n    units {\n      id\n      name\n      nameEn\n      kind\n    }\n    me {\n      id\n      unit {\n        id\n        members @include(if: $members) {\n          id\n          displayName\n          role\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActionOptions($members: Boolean!) {\n    units {\n      id\n      name\n      nameEn\n      kind\n    }\n    me {\n      id\n      unit {\n        id\n        members @include(if: $members) {\n          id\n          displayName\n          role\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  subscription BoardEvents($since: String) {\n    boardEvents(since: $since) {\n      seq\n      cursor\n      type\n      ticketId\n      ticket {\n        ...BoardPage_Ticket\n      }\n      ...BoardFeed_BoardEvent\n    }\n  }\n"): (typeof documents)["\n  subscription BoardEvents($since: String) {\n    boardEvents(since: $since) {\n      seq\n      cursor\n      type\n      ticketId\n      ticket {\n        ...BoardPage_Ticket\n      }\n      ...BoardFeed_BoardEvent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BoardFigures_Fields on BoardFigures {\n    calls\n    open\n    claimed\n    overdue\n    resolved\n    replied\n    closed\n    answeredOnCall\n    satisfaction\n  }\n"): (typeof documents)["\n  fragment BoardFigures_Fields on BoardFigures {\n    calls\n    open\n    claimed\n    overdue\n    resolved\n    replied\n    closed\n    answeredOnCall\n    satisfaction\n  }\n"];
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
export function graphql(source: "\n  fragment DeskTray_Ticket on Ticket {\n    id\n    number\n    status\n    version\n    overdue\n    dueAt\n    callerName\n    callerPhone\n    description\n    resolution\n    receivedAt\n    satisfaction\n    unit {\n      id\n      name\n      nameEn\n    }\n    compound {\n      name\n      nameEn\n    }\n    lastRefusal {\n      reason\n      note\n      unit {\n        name\n        nameEn\n      }\n    }\n    ...TicketActions_Ticket\n  }\n"): (typeof documents)["\n  fragment DeskTray_Ticket on Ticket {\n    id\n    number\n    status\n    version\n    overdue\n    dueAt\n    callerName\n    callerPhone\n    description\n    resolution\n    receivedAt\n    satisfaction\n    unit {\n      id\n      name\n      nameEn\n    }\n    compound {\n      name\n      nameEn\n    }\n    lastRefusal {\n      reason\n      note\n      unit {\n        name\n        nameEn\n      }\n    }\n    ...TicketActions_Ticket\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskTray($status: [TicketStatus!], $after: String) {\n    tickets(filter: { status: $status }, orderBy: DUE_SOONEST, first: 200, after: $after) {\n      edges {\n        node {\n          ...DeskTray_Ticket\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeskTray($status: [TicketStatus!], $after: String) {\n    tickets(filter: { status: $status }, orderBy: DUE_SOONEST, first: 200, after: $after) {\n      edges {\n        node {\n          ...DeskTray_Ticket\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DeskTrayEvents($since: String) {\n    boardEvents(\n      since: $since\n      filter: {\n        types: [\n          TICKET_REGISTERED\n          TICKET_TRANSFERRED\n          TICKET_TRANSFER_REFUSED\n          TICKET_RESOLVED\n          TICKET_ANSWERED\n          TICKET_REPLIED\n          TICKET_REOPENED\n          TICKET_CLOSED\n        ]\n      }\n    ) {\n      cursor\n      ticketId\n      ticket {\n        ...DeskTray_Ticket\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription DeskTrayEvents($since: String) {\n    boardEvents(\n      since: $since\n      filter: {\n        types: [\n          TICKET_REGISTERED\n          TICKET_TRANSFERRED\n          TICKET_TRANSFER_REFUSED\n          TICKET_RESOLVED\n          TICKET_ANSWERED\n          TICKET_REPLIED\n          TICKET_REOPENED\n          TICKET_CLOSED\n        ]\n      }\n    ) {\n      cursor\n      ticketId\n      ticket {\n        ...DeskTray_Ticket\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment QueuePage_Ticket on Ticket {\n    id\n    number\n    status\n    version\n    overdue\n    dueAt\n    description\n    callerPhone\n    reopenCount\n    reopenReason\n    address {\n      building\n      unit\n      room\n      text\n    }\n    unit {\n      id\n    }\n    compound {\n      name\n      nameEn\n    }\n    claimedBy {\n      id\n      displayName\n    }\n    ...TicketActions_Ticket\n  }\n"): (typeof documents)["\n  fragment QueuePage_Ticket on Ticket {\n    id\n    number\n    status\n    version\n    overdue\n    dueAt\n    description\n    callerPhone\n    reopenCount\n    reopenReason\n    address {\n      building\n      unit\n      room\n      text\n    }\n    unit {\n      id\n    }\n    compound {\n      name\n      nameEn\n    }\n    claimedBy {\n      id\n      displayName\n    }\n    ...TicketActions_Ticket\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Queue($unitId: ID!, $status: [TicketStatus!], $after: String) {\n    tickets(filter: { unitId: $unitId, status: $status }, orderBy: DUE_SOONEST, first: 200, after: $after) {\n      edges {\n        node {\n          ...QueuePage_Ticket\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Queue($unitId: ID!, $status: [TicketStatus!], $after: String) {\n    tickets(filter: { unitId: $unitId, status: $status }, orderBy: DUE_SOONEST, first: 200, after: $after) {\n      edges {\n        node {\n          ...QueuePage_Ticket\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription QueueEvents($since: String, $unitId: ID!) {\n    boardEvents(since: $since, filter: { unitIds: [$unitId] }) {\n      cursor\n      ticketId\n      ticket {\n        ...QueuePage_Ticket\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription QueueEvents($since: String, $unitId: ID!) {\n    boardEvents(since: $since, filter: { unitIds: [$unitId] }) {\n      cursor\n      ticketId\n      ticket {\n        ...QueuePage_Ticket\n      }\n    }\n  }\n"];
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