import { en } from './messages.en.js';
import { zhCN } from './messages.zh-CN.js';
import * as admin from './areas/admin.js';
import * as board from './areas/board.js';
import * as desk from './areas/desk.js';
import * as ladder from './areas/ladder.js';
import * as map from './areas/map.js';
import * as meetings from './areas/meetings.js';
import * as notices from './areas/notices.js';
import * as queue from './areas/queue.js';
import * as refusals from './areas/refusals.js';
import * as crews from './areas/crews.js';
import * as incidents from './areas/incidents.js';
import * as supervision from './areas/supervision.js';
import * as ticket from './areas/ticket.js';
import * as ui from './areas/ui.js';
import * as visits from './areas/visits.js';

/**
 * Chinese first; English for visitors. Keys are stable; add both languages together.
 * Words used everywhere are in messages.<locale>.ts; each area's own words in areas/<area>.ts,
 * so that areas do not crowd one file. A key is defined once (the messages spec checks).
 */
const AREAS = [
  admin,
  board,
  crews,
  desk,
  incidents,
  ladder,
  map,
  meetings,
  notices,
  queue,
  refusals,
  supervision,
  ticket,
  ui,
  visits,
];

type Words = typeof zhCN &
  typeof admin.zhCN &
  typeof board.zhCN &
  typeof crews.zhCN &
  typeof desk.zhCN &
  typeof incidents.zhCN &
  typeof ladder.zhCN &
  typeof map.zhCN &
  typeof meetings.zhCN &
  typeof notices.zhCN &
  typeof queue.zhCN &
  typeof refusals.zhCN &
  typeof supervision.zhCN &
  typeof ticket.zhCN &
  typeof ui.zhCN &
  typeof visits.zhCN;

export const messages = {
  'zh-CN': Object.assign({}, zhCN, ...AREAS.map((a) => a.zhCN)) as Words,
  en: Object.assign({}, en, ...AREAS.map((a) => a.en)) as Record<keyof Words, string>,
};

/** Every dictionary, common first, to check that no key is defined twice. */
export const DICTIONARIES = [{ zhCN, en }, ...AREAS];

export type Locale = keyof typeof messages;
export type MessageKey = keyof Words;
