import type { Knex } from '@mikro-orm/knex';

/** MikroORM wraps knex's clients in its own classes; the dialect name they inherit still tells. */
export function isPostgres(knex: Knex): boolean {
  return (knex.client as { dialect?: string }).dialect === 'postgresql';
}
