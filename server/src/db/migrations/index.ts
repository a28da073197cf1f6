import type { MigrationObject } from '@mikro-orm/core';
import { Migration0001Initial } from './0001-initial.js';

/** Listed, not discovered, so the same list runs from src/ (tests) and dist/ (production). */
export const migrationsList: MigrationObject[] = [{ name: '0001-initial', class: Migration0001Initial }];
