// Follows the Heatline board for a third party, with any graphql-ws client (see README, "The live
// board"). Plain JavaScript with no dependency of its own, so it can be copied as it is.

/**
 * Subscribes to `boardEvents` from `since` and keeps `since` at the cursor of the last event
 * handed to `onEvent`. graphql-ws re-sends a subscription's payload after it reconnects (the
 * server restarted: 1012; the client read too slowly: 4503; too many connections: 1013; the
 * network dropped), so the stream resumes after the last event seen: nothing missed, nothing twice.
 * When the cursor is too far behind to be replayed (a long time away), the server's first event is
 * a GAP: `onGap` is called to re-read what the caller shows and return the new cursor
 * (`boardCursor`); following continues from there. A `selection` must hold `cursor` and `type`.
 *
 * @param {import('graphql-ws').Client} client
 * @param {{
 *   since: string | null,
 *   selection?: string,
 *   filter?: Record<string, unknown>,
 *   onEvent: (event: any) => void,
 *   onGap: () => Promise<string>,
 *   onError?: (error: unknown) => void,
 * }} options
 * @returns {() => void} stops following
 */
export function followBoard(
  client,
  { since, selection = 'seq cursor type ticketId', filter, onEvent, onGap, onError },
) {
  const query = `subscription($since: String, $filter: BoardEventFilter) { boardEvents(since: $since, filter: $filter) { ${selection} } }`;
  let stopped = false;
  let unsubscribe = () => {};
  const refused = (errors) => {
    if (!stopped) onError?.(errors);
  };
  const reread = () => {
    unsubscribe();
    onGap().then((fresh) => stopped || start(fresh), onError);
  };
  const start = (cursor) => {
    // The same object is re-sent on every reconnect: updating it moves the resume point.
    const variables = { since: cursor, filter: filter ?? null };
    unsubscribe = client.subscribe(
      { query, variables },
      {
        // A subscription refused at its start answers once with errors.
        next: ({ data, errors }) => {
          if (errors?.length) return refused(errors);
          const event = data?.boardEvents;
          if (!event || stopped) return;
          if (event.type === 'GAP') return reread();
          variables.since = event.cursor;
          onEvent(event);
        },
        error: (error) => refused(Array.isArray(error) ? error : [error]),
        complete: () => {},
      },
    );
  };
  start(since);
  return () => {
    stopped = true;
    unsubscribe();
  };
}
