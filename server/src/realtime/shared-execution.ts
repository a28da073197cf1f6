import { createSourceEventStream, execute, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { selectsPerViewerField } from '../graphql/per-viewer.js';
import type { Context } from '../context.js';
import { audienceOf } from './board.rules.js';

// Results kept for subscribers still behind; a live audience reads each within milliseconds.
const MEMO_MAX = 10_000;

function isAsyncIterable<T>(x: unknown): x is AsyncIterable<T> {
  return typeof (x as AsyncIterable<T>)?.[Symbol.asyncIterator] === 'function';
}

/**
 * graphql-ws's `subscribe`, executing the document once per event per audience instead of once
 * per subscriber. Subscribers that sent the same document and variables and see the same fields
 * the same way (their audience) receive the very same result; each keeps its own source stream,
 * so cursors, filters and permission checks stay per subscriber.
 */
export function sharedSubscribe() {
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
    const source = await createSourceEventStream(args);
    if (!isAsyncIterable<unknown>(source)) return source as ExecutionResult;
    const ctx = args.contextValue as Context;
    const perViewer = selectsPerViewerField(args.schema, args.document);
    const shape = `${audienceOf(ctx.viewer, perViewer)}|${args.operationName ?? ''}|${JSON.stringify(args.variableValues ?? {})}|${args.document.loc?.source.body ?? ''}`;
    const it = source[Symbol.asyncIterator]();
    const run = (payload: unknown) => Promise.resolve(execute({ ...args, rootValue: payload }));
    const mapped: AsyncIterableIterator<ExecutionResult> = {
      next: async () => {
        const r = await it.next();
        if (r.done) return { value: undefined, done: true };
        const seq = (r.value as { event?: { seq?: number } }).event?.seq;
        const value = seq === undefined ? await run(r.value) : await remember(`${shape}#${seq}`, () => run(r.value));
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
