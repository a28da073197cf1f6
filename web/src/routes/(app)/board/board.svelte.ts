import { SvelteSet } from 'svelte/reactivity';
import { useFragment } from '$lib/graphql/generated/index.js';
import type {
  BoardEventsSubscription as BoardEvent,
  BoardPlacesQuery,
  BoardStatsQuery as Stats,
  BoardAttendanceQuery as Attendance,
  BoardMeetingQuery as CurrentMeeting,
  BoardVisitsQuery as TodaysVisits,
  BoardIncidentsQuery as RoomIncidents,
} from '$lib/graphql/generated/graphql.js';
import { graphqlClient, request } from '$lib/graphql/client.svelte.js';
import { live } from '$lib/graphql/live.js';
import { allPages } from '$lib/graphql/pages.js';
import { serverConfig } from '$lib/config/server-config.svelte.js';
import { cityDay } from '$lib/i18n/city-time.js';
import { VISIT_EVENTS } from '$lib/visits/visits.rules.js';
import { BoardIncidentsQuery } from '$lib/incidents/incidents.graphql.js';
import { INCIDENT_EVENTS } from '$lib/incidents/incidents.rules.js';
import { applyEvent, boardAt, type BoardState } from './board.rules.js';
import {
  BoardAttendanceQuery,
  BoardEventsSubscription,
  BoardMeetingQuery,
  BoardPageTicket,
  BoardPlacesQuery as PlacesQuery,
  BoardRecentQuery,
  BoardSnapshotQuery,
  BoardStatsQuery,
  BoardVisitsQuery,
} from './board.graphql.js';

export type Places = BoardPlacesQuery;
export type BoardStats = Stats['boardStats'];
export type UnitAttendance = Attendance['attendance'][number];
export type Meeting = NonNullable<CurrentMeeting['currentMeeting']>;
export type BoardVisit = TodaysVisits['visits'][number];

// The steps of a meeting: each one re-reads the meeting in session.
const MEETING_EVENTS = new Set([
  'MEETING_CREATED',
  'AGENDA_ITEM_ADDED',
  'AGENDA_REORDERED',
  'MEETING_STARTED',
  'AGENDA_FOCUSED',
  'DECISION_RECORDED',
  'MEETING_CLOSED',
]);
/** What the feed shows of an event (its own fragment), with its seq. */
export type FeedItem = { seq: number } & BoardEvent['boardEvents'];

export function loadPlaces(): Promise<Places> {
  return request(graphqlClient(), PlacesQuery, {});
}

const FLASH_MS = 4000;
/** Figures are re-read this long after a change, once for a burst of changes. */
const STATS_AFTER_CHANGE_MS = 600;
/** And this often anyway: the day turns over, deadlines pass. */
const STATS_EVERY_MS = 60_000;

/**
 * The live board: the open tickets and the recent feed as they stood at a cursor, then every change
 * after it, in order (a replay after reconnecting is ignored by seq). The figures are the server's
 * (boardStats), re-read shortly after changes, so every screen shows the same numbers.
 */
export function createBoard() {
  const state = $state<{
    board: BoardState<FeedItem>;
    stats: BoardStats | null;
    /** Who of each unit is in the room, re-read with the figures and when one signs in or out. */
    attendance: UnitAttendance[];
    /** The meeting in session, whose focus every board in the room follows; null when none. */
    meeting: Meeting | null;
    /** Today's site visits in the city's day, re-read on each VISIT_* event: the map marks their places. */
    visits: BoardVisit[];
    /** Open incidents, proposed ones and the crews, re-read on each of their events. */
    incidents: RoomIncidents | null;
    version: number;
    ready: boolean;
    /** When the figures were last read: what a stale screen shows it stopped at. */
    asOf: number | null;
    flashing: SvelteSet<string>;
  }>({
    board: boardAt([], [], 0),
    stats: null,
    attendance: [],
    meeting: null,
    visits: [],
    incidents: null,
    version: 0,
    ready: false,
    asOf: null,
    flashing: new SvelteSet(),
  });
  const client = graphqlClient();

  const readStats = async () => {
    const [stats, attendance] = await Promise.all([
      request(client, BoardStatsQuery, {}),
      request(client, BoardAttendanceQuery, {}),
    ]);
    state.stats = stats.boardStats;
    state.attendance = attendance.attendance;
    state.asOf = Date.now();
  };
  let pending: ReturnType<typeof setTimeout> | null = null;
  const statsSoon = () => {
    pending ??= setTimeout(() => {
      pending = null;
      void readStats().catch(() => undefined);
    }, STATS_AFTER_CHANGE_MS);
  };
  const every = setInterval(statsSoon, STATS_EVERY_MS);
  // Read in the order the events came: a later focus must not be overwritten by an earlier read.
  let meetingReads = Promise.resolve();
  const readMeeting = () =>
    (meetingReads = meetingReads
      .catch(() => undefined)
      .then(async () => {
        state.meeting = (await request(client, BoardMeetingQuery, {})).currentMeeting ?? null;
      }));
  let visitReads = Promise.resolve();
  const readVisits = () =>
    (visitReads = visitReads
      .catch(() => undefined)
      .then(async () => {
        const today = cityDay(Date.now(), serverConfig.timeZone);
        state.visits = (await request(client, BoardVisitsQuery, today)).visits;
      }));

  let incidentReads = Promise.resolve();
  const readIncidents = () =>
    (incidentReads = incidentReads
      .catch(() => undefined)
      .then(async () => {
        state.incidents = await request(client, BoardIncidentsQuery, {});
      }));

  const feed = live(client, {
    snapshot: (cursor) =>
      Promise.all([
        allPages(async (after) => (await request(client, BoardSnapshotQuery, { after })).boardTickets),
        request(client, BoardRecentQuery, { before: cursor }),
        readStats(),
        readMeeting(),
        readVisits(),
        readIncidents(),
      ]),
    onSnapshot: ([nodes, recent], cursor) => {
      state.board = boardAt<FeedItem>(
        useFragment(BoardPageTicket, nodes),
        recent.recentBoardEvents as FeedItem[],
        Number(cursor),
      );
      state.version += 1;
      state.ready = true;
    },
    events: BoardEventsSubscription,
    variables: {},
    onEvent: (e) => {
      if (MEETING_EVENTS.has(e.type)) {
        // The new focus is in the event: the highlight moves now, the re-read fills in the rest.
        const to = e.changes.find((c) => c.field === 'focusItemId')?.to;
        if (to && state.meeting) state.meeting = { ...state.meeting, focus: { id: to } };
        void readMeeting().catch(() => undefined);
      }
      if (VISIT_EVENTS.has(e.type)) void readVisits().catch(() => undefined);
      if (INCIDENT_EVENTS.has(e.type)) void readIncidents().catch(() => undefined);
      const ticket = e.ticket ? useFragment(BoardPageTicket, e.ticket) : null;
      if (!applyEvent(state.board, { seq: e.seq, ticketId: e.ticketId, ticket, item: e })) return;
      state.version += 1;
      statsSoon();
      if (ticket && e.type === 'TICKET_REGISTERED') flash(ticket.id);
    },
  });

  function flash(id: string) {
    state.flashing.add(id);
    setTimeout(() => state.flashing.delete(id), FLASH_MS);
  }

  return {
    state,
    stop: () => {
      feed.stop();
      clearInterval(every);
      if (pending) clearTimeout(pending);
    },
  };
}

export type Board = ReturnType<typeof createBoard>;
