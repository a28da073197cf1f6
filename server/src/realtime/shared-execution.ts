import { createSourceEventStream, execute, GraphQLError, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { selectsPerViewerField } from '../graphql/per-viewer.js';

// Results kept for subscribers still behind; a live audience reads each within milliseconds.
const MEMO_MAX = 10_000;

/** A payload every subscriber of a stream receives alike, named once (e.g. an audit event's seq). */
export const SHARE_KEY = Symbol('shareKey');
export interface Shareable {
  readonly [SHARE_KEY]: string;
}

const shareKeyOf = (payload: unknown): string | null =>
  typeof payload === 'object' && payload !== null && SHARE_KEY in payload ? (payload as Shareable)[SHARE_KEY] : null;

/**
 * Who sees a document's result the same way (e.g. masked or not, one unit or all); `perViewer` is
 * true when the document selects a field that differs from one user to the next.
 */
export type AudienceOf = (contextValue: unknown, perViewer: boolean) => string;

function isAsyncIterable<T>(x: unknown): x is AsyncIterable<T> {
  return typeof (x as AsyncIterable<T>)?.[Symbol.asyncIterator] === 'function';
}

/**
 * graphql-ws's `subscribe`, executing the document once per event per audience instead of once
 * per subscriber. Subscribers that sent the same document and variables and see the same fields
 * the same way (their audience) receive the very same result; each keeps its own source stream,
 * so cursors, filters and permission checks stay per subscriber.
 */
export function sharedSubscribe(audienceOf: AudienceOf) {
  const memo = new Map<string, Promise<ExecutionResult>>();
  const remember = (key: string, compute: () => Promise<ExecutionResult>) => {
    let hit = memo.get(key);
    if (!hit) {
      hit = compute();
      memo.set(key, hit);
      if (memo.size > MEMO_MAX) memo.delete(memo.keys().next().value!);
    }
    return hit;
  };

  return async (args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> => {
    let source: Awaited<ReturnType<typeof createSourceEventStream>>;
    try {
      source = await createSourceEventStream(args);
    } catch (e) {
      // graphql-js throws, rather than answers, for a document it cannot subscribe with (a root
      // field skipped by @include/@skip): that is the sender's error, not the server's.
      return {
        errors: [
          new GraphQLError(e instanceof Error ? e.message : String(e), { extensions: { code: 'BAD_USER_INPUT' } }),
        ],
      };
    }
    if (!isAsyncIterable<unknown>(source)) return source as ExecutionResult;
    const perViewer = selectsPerViewerField(args.schema, args.document);
    const shape = `${audienceOf(args.contextValue, perViewer)}|${args.operationName ?? ''}|${JSON.stringify(args.variableValues ?? {})}|${args.document.loc?.source.body ?? ''}`;
    const it = source[Symbol.asyncIterator]();
    const run = (payload: unknown) => Promise.resolve(execute({ ...args, rootValue: payload }));
    const mapped: AsyncIterableIterator<ExecutionResult> = {
      next: async () => {
        const r = await it.next();
        if (r.done) return { value: undefined, done: true };
        const key = shareKeyOf(r.value);
        const value = key === null ? await run(r.value) : await remember(`${shape}#${key}`, () => run(r.value));
        return { value, done: false };
      },
      return: async () => {
        await it.return?.();
        return { value: undefined, done: true };
      },
      throw: async (e: unknown) => {
        await it.return?.();
        throw e;
      },
      [Symbol.asyncIterator]: () => mapped,
    };
    return mapped;
  };
}
