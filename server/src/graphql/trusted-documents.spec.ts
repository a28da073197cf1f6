import { describe, expect, it } from 'vitest';
import { anonymous, type Viewer } from '../modules/auth/viewer.js';
import { Role } from '../modules/users/user.entity.js';
import { TrustedDocuments } from './trusted-documents.js';

const LOGIN =
  'mutation Login($username: String!, $password: String!) { login(username: $username, password: $password) { token } }';
const OWN = '{ boardCursor __typename }';

const user = (role: Role): Viewer => ({
  kind: 'user',
  userId: 1,
  username: 'u',
  displayName: 'u',
  role,
  unitId: null,
  sessionId: 1,
});
const key: Viewer = { kind: 'apiKey', keyId: 1, scopes: ['tickets:read'] };

const refusal = (docs: TrustedDocuments, viewer: Viewer, query: string) => {
  try {
    docs.check(viewer, query);
    return null;
  } catch (e) {
    return (e as { extensions?: { code?: unknown; reason?: unknown } }).extensions;
  }
};

describe('strict trusted documents', () => {
  const strict = new TrustedDocuments(new Map([['sha256:login', LOGIN]]), true);

  it('refuses a document of its own from a caller without a credential, and takes the app’s sign-in', () => {
    expect(refusal(strict, anonymous, OWN)).toMatchObject({ code: 'FORBIDDEN', reason: 'trustedDocumentsOnly' });
    expect(refusal(strict, anonymous, 'mutation { login(username: "a", password: "b") { token } }')).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(refusal(strict, anonymous, LOGIN)).toBeNull();
  });

  it('refuses a session’s own document, and takes an ADMIN’s and an API key’s', () => {
    expect(refusal(strict, user(Role.OPERATOR), OWN)).toMatchObject({ code: 'FORBIDDEN' });
    expect(refusal(strict, user(Role.ADMIN), OWN)).toBeNull();
    expect(refusal(strict, key, OWN)).toBeNull();
  });

  it('takes anyone’s document when not strict', () => {
    const open = new TrustedDocuments(new Map([['sha256:login', LOGIN]]), false);
    expect(refusal(open, anonymous, OWN)).toBeNull();
    expect(refusal(open, user(Role.STAFF), OWN)).toBeNull();
  });
});
