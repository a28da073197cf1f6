import { readFileSync } from 'node:fs';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import { Role } from '../modules/users/user.entity.js';
import type { Viewer } from '../modules/auth/viewer.js';

// The web app's operations as its build extracted them (graphql-codegen's persisted documents):
// `sha256:<hex>` → the document's text.
const MANIFEST = new URL('../../../web/src/lib/graphql/generated/persisted-documents.json', import.meta.url);

/**
 * The web app's own documents, known by id. The app sends each by its id (`documentId`), so its
 * traffic is a lookup, not a document to trust; in strict mode (HEATLINE_TRUSTED_DOCUMENTS_ONLY)
 * a signed-in user other than an ADMIN, and a caller without a credential, may send nothing else
 * (signing in and pairing a display are the app's documents). API keys and ADMINs may always send
 * their own documents (analysts and integrators need them), held to the limits like any other.
 */
export class TrustedDocuments {
  private readonly texts: Set<string>;

  constructor(
    private readonly byId: ReadonlyMap<string, string>,
    readonly strict: boolean,
  ) {
    this.texts = new Set(byId.values());
  }

  static load(strict: boolean, file: URL = MANIFEST): TrustedDocuments {
    let entries: Array<[string, string]> = [];
    try {
      entries = Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>);
    } catch {
      // Without the web app's list (a server deployed alone), only documents sent in full work.
    }
    // Strict without the list would refuse the web app's every request: better not to start.
    if (strict && entries.length === 0)
      throw new Error(
        `HEATLINE_TRUSTED_DOCUMENTS_ONLY=1 but the web app's documents are missing (${file.pathname}): run pnpm build`,
      );
    return new TrustedDocuments(new Map(entries), strict);
  }

  get size(): number {
    return this.byId.size;
  }

  /** The text of the document named `id`; PERSISTED_QUERY_NOT_FOUND when it is not one of the app's. */
  text(id: unknown): string {
    const text = typeof id === 'string' ? this.byId.get(id) : undefined;
    if (text === undefined)
      throw new GraphQLError('no such persisted document: send the document itself', {
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } },
      });
    return text;
  }

  /** In strict mode, refuses a document that is not the app's, unless an API key or an ADMIN sends it. */
  check(viewer: Viewer, query: string): void {
    if (!this.strict || this.texts.has(query) || ownDocumentsAllowed(viewer)) return;
    throw new GraphQLError(
      'this server takes only the web app’s own documents from a session or without a credential',
      {
        extensions: { code: 'FORBIDDEN', reason: 'trustedDocumentsOnly', http: { status: 403 } },
      },
    );
  }
}

/** Who may send documents of their own in strict mode: API keys and ADMINs (not sessions, not anonymous callers). */
function ownDocumentsAllowed(viewer: Viewer): boolean {
  return viewer.kind === 'apiKey' || (viewer.kind === 'user' && viewer.role === Role.ADMIN);
}

/** The id a request names its document by: `documentId`, or `extensions.documentId`. */
export function documentIdOf(body: { documentId?: unknown; extensions?: unknown } | null | undefined): unknown {
  return body?.documentId ?? (body?.extensions as { documentId?: unknown } | undefined)?.documentId;
}

/** HTTP: a request naming a persisted document gets its text before Apollo sees it. */
export function persistedDocuments(docs: TrustedDocuments): RequestHandler {
  return (req, res, next) => {
    const body = req.body as { query?: unknown; documentId?: unknown; extensions?: unknown } | undefined;
    const id = documentIdOf(body);
    if (id === undefined || !body || (typeof body.query === 'string' && body.query !== '')) return next();
    try {
      body.query = docs.text(id);
      return next();
    } catch (e) {
      const error = e as GraphQLError;
      return void res
        .status(400)
        .json({ errors: [{ message: error.message, extensions: { code: error.extensions.code } }] });
    }
  };
}

/** Apollo's side of strict mode: once the caller is known, their document must be the app's. */
export function trustedDocumentsPlugin(docs: TrustedDocuments): ApolloServerPlugin<{ viewer: Viewer }> {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ contextValue, request }) => docs.check(contextValue.viewer, request.query ?? ''),
    }),
  };
}
