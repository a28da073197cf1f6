import type { MigrationObject } from '@mikro-orm/core';
import type { Database } from '../../config.js';
import { Migration20261127074106 as PgInitial } from './postgres/Migration20261127074106.js';
import { Migration20261127074500 as PgAppendOnly } from './postgres/Migration20261127074500.js';
import { Migration20261127080128 as PgOverdueAt } from './postgres/Migration20261127080128.js';
import { Migration20261129204932 as PgRounds } from './postgres/Migration20261129204932.js';
import { Migration20261129234524 as PgAdministration } from './postgres/Migration20261129234524.js';
import { Migration20261129235241 as PgRequestId } from './postgres/Migration20261129235241.js';
import { Migration20261130000708 as PgRequestIdIndex } from './postgres/Migration20261130000708.js';
import { Migration20261130041500 as PgRoomEvents } from './postgres/Migration20261130041500.js';
import { Migration20261130044000 as PgMeetings } from './postgres/Migration20261130044000.js';
import { Migration20261130063000 as PgIncidents } from './postgres/Migration20261130063000.js';
import { Migration20261130064000 as PgCrews } from './postgres/Migration20261130064000.js';
import { Migration20261130042000 as PgLadder } from './postgres/Migration20261130042000.js';
import { Migration20261130043000 as PgSupervision } from './postgres/Migration20261130043000.js';
import { Migration20261127074106 as SqliteInitial } from './sqlite/Migration20261127074106.js';
import { Migration20261127074500 as SqliteAppendOnly } from './sqlite/Migration20261127074500.js';
import { Migration20261127080128 as SqliteOverdueAt } from './sqlite/Migration20261127080128.js';
import { Migration20261129204932 as SqliteRounds } from './sqlite/Migration20261129204932.js';
import { Migration20261129234524 as SqliteAdministration } from './sqlite/Migration20261129234524.js';
import { Migration20261129235241 as SqliteRequestId } from './sqlite/Migration20261129235241.js';
import { Migration20261130000708 as SqliteRequestIdIndex } from './sqlite/Migration20261130000708.js';
import { Migration20261130041500 as SqliteRoomEvents } from './sqlite/Migration20261130041500.js';
import { Migration20261130044000 as SqliteMeetings } from './sqlite/Migration20261130044000.js';
import { Migration20261130063000 as SqliteIncidents } from './sqlite/Migration20261130063000.js';
import { Migration20261130064000 as SqliteCrews } from './sqlite/Migration20261130064000.js';
import { Migration20261130042000 as SqliteLadder } from './sqlite/Migration20261130042000.js';
import { Migration20261130043000 as SqliteSupervision } from './sqlite/Migration20261130043000.js';

/**
 * Listed, not discovered, so the same list runs from src/ (tests) and dist/ (production).
 * Each dialect has its own generated SQL (cli/create-migration.ts writes both at once);
 * the names match across dialects so both databases record the same history.
 */
export const migrationsList: Record<Database['kind'], MigrationObject[]> = {
  sqlite: [
    { name: 'Migration20261127074106', class: SqliteInitial },
    { name: 'Migration20261127074500', class: SqliteAppendOnly },
    { name: 'Migration20261127080128', class: SqliteOverdueAt },
    { name: 'Migration20261129204932', class: SqliteRounds },
    { name: 'Migration20261129234524', class: SqliteAdministration },
    { name: 'Migration20261129235241', class: SqliteRequestId },
    { name: 'Migration20261130000708', class: SqliteRequestIdIndex },
    { name: 'Migration20261130041500', class: SqliteRoomEvents },
    { name: 'Migration20261130042000', class: SqliteLadder },
    { name: 'Migration20261130043000', class: SqliteSupervision },
    { name: 'Migration20261130044000', class: SqliteMeetings },
    { name: 'Migration20261130063000', class: SqliteIncidents },
    { name: 'Migration20261130064000', class: SqliteCrews },
  ],
  postgres: [
    { name: 'Migration20261127074106', class: PgInitial },
    { name: 'Migration20261127074500', class: PgAppendOnly },
    { name: 'Migration20261127080128', class: PgOverdueAt },
    { name: 'Migration20261129204932', class: PgRounds },
    { name: 'Migration20261129234524', class: PgAdministration },
    { name: 'Migration20261129235241', class: PgRequestId },
    { name: 'Migration20261130000708', class: PgRequestIdIndex },
    { name: 'Migration20261130041500', class: PgRoomEvents },
    { name: 'Migration20261130042000', class: PgLadder },
    { name: 'Migration20261130043000', class: PgSupervision },
    { name: 'Migration20261130044000', class: PgMeetings },
    { name: 'Migration20261130063000', class: PgIncidents },
    { name: 'Migration20261130064000', class: PgCrews },
  ],
};
