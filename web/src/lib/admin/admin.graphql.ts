import { graphql } from '$lib/graphql/generated/index.js';

/** Every unit, inactive ones too: the panels list them, pick members' units and scope keys to them. */
export const AdminPanelUnit = graphql(`
  fragment AdminPanel_Unit on Unit {
    id
    name
    nameEn
    kind
    active
  }
`);

/** A key's secret, shown once: on creation and on rotation. */
export const KeysPanelSecret = graphql(`
  fragment KeysPanel_Secret on CreatedApiKey {
    key
    apiKey {
      id
      name
    }
  }
`);

/** A wall display's one-time pairing code: on creation and when paired again. */
export const DisplaysPanelPairing = graphql(`
  fragment DisplaysPanel_Pairing on DisplayPairing {
    code
    expiresAt
    apiKey {
      id
      name
    }
  }
`);

export const AdminUsers = graphql(`
  query AdminUsers {
    users {
      id
      username
      displayName
      role
      active
      unit {
        id
      }
    }
    units(includeInactive: true) {
      ...AdminPanel_Unit
    }
  }
`);

export const CreateUser = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      username
    }
  }
`);

export const UpdateUser = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      id
    }
  }
`);

export const DeactivateUser = graphql(`
  mutation DeactivateUser($id: ID!) {
    deactivateUser(id: $id) {
      id
    }
  }
`);

export const ReactivateUser = graphql(`
  mutation ReactivateUser($id: ID!) {
    reactivateUser(id: $id) {
      id
    }
  }
`);

export const ResetPassword = graphql(`
  mutation ResetPassword($id: ID!, $password: String!) {
    resetPassword(id: $id, password: $password) {
      id
    }
  }
`);

export const AdminUnits = graphql(`
  query AdminUnits {
    units(includeInactive: true) {
      ...AdminPanel_Unit
    }
  }
`);

export const CreateUnit = graphql(`
  mutation CreateUnit($input: CreateUnitInput!) {
    createUnit(input: $input) {
      id
    }
  }
`);

export const RenameUnit = graphql(`
  mutation RenameUnit($input: RenameUnitInput!) {
    renameUnit(input: $input) {
      id
    }
  }
`);

export const DeactivateUnit = graphql(`
  mutation DeactivateUnit($id: ID!) {
    deactivateUnit(id: $id) {
      id
    }
  }
`);

export const ReactivateUnit = graphql(`
  mutation ReactivateUnit($id: ID!) {
    reactivateUnit(id: $id) {
      id
    }
  }
`);

export const AdminKeys = graphql(`
  query AdminKeys($kind: ApiKeyKind) {
    apiKeys(kind: $kind) {
      id
      name
      kind
      scopes
      unitIds
      createdAt
      expiresAt
      lastUsedAt
      revokedAt
      rotatedAt
      pairedAt
      pairingExpiresAt
    }
    units(includeInactive: true) {
      ...AdminPanel_Unit
    }
  }
`);

export const CreateApiKey = graphql(`
  mutation CreateApiKey($name: String!, $scopes: [String!]!, $unitIds: [ID!], $expiresAt: DateTimeISO) {
    createApiKey(name: $name, scopes: $scopes, unitIds: $unitIds, expiresAt: $expiresAt) {
      ...KeysPanel_Secret
    }
  }
`);

export const RotateApiKey = graphql(`
  mutation RotateApiKey($id: ID!) {
    rotateApiKey(id: $id) {
      ...KeysPanel_Secret
    }
  }
`);

export const RevokeApiKey = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
      revokedAt
    }
  }
`);

export const CreateDisplay = graphql(`
  mutation CreateDisplay($input: CreateDisplayInput!) {
    createDisplay(input: $input) {
      ...DisplaysPanel_Pairing
    }
  }
`);

export const NewDisplayPairing = graphql(`
  mutation NewDisplayPairing($id: ID!) {
    newDisplayPairing(id: $id) {
      ...DisplaysPanel_Pairing
    }
  }
`);

export const ChangeOwnPassword = graphql(`
  mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!) {
    changeOwnPassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);
