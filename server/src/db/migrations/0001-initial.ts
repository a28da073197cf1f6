import { Migration } from '@mikro-orm/migrations';
import type { Knex } from '@mikro-orm/knex';
import { isPostgres } from '../dialect.js';

// Written with knex's schema builder so one migration serves SQLite and PostgreSQL alike.
export class Migration0001Initial extends Migration {
  override async up(): Promise<void> {
    const knex = this.getKnex();
    // knex.schema is a fresh builder on each access; one builder would accumulate every table.
    const s = () => knex.schema;
    const pg = isPostgres(knex);
    const add = (b: Knex.SchemaBuilder) => {
      for (const q of b.toSQL() as unknown as Array<{ sql: string }>) this.addSql(q.sql);
    };
    const text = (t: Knex.CreateTableBuilder, name: string, len: number) => t.string(name, len).notNullable();
    const json = (t: Knex.CreateTableBuilder, name: string) => (pg ? t.jsonb(name) : t.json(name));
    const ts = (t: Knex.CreateTableBuilder, name: string) => t.timestamp(name, { useTz: true });

    add(
      s().createTable('unit', (t) => {
        t.string('id', 64).primary();
        text(t, 'kind', 32);
        text(t, 'name', 200);
        text(t, 'name_en', 200);
      }),
    );
    add(
      s().createTable('heat_source', (t) => {
        t.string('id', 64).primary();
        text(t, 'name', 200);
        text(t, 'name_en', 200);
        t.double('lat').notNullable();
        t.double('lon').notNullable();
        text(t, 'operator_unit_id', 64).references('unit.id');
      }),
    );
    add(
      s().createTable('station', (t) => {
        t.string('id', 64).primary();
        text(t, 'name', 200);
        text(t, 'name_en', 200);
        t.double('lat').notNullable();
        t.double('lon').notNullable();
        text(t, 'heat_source_id', 64).references('heat_source.id').index();
        text(t, 'operator_unit_id', 64).references('unit.id').index();
      }),
    );
    add(
      s().createTable('compound', (t) => {
        t.string('id', 64).primary();
        text(t, 'name', 200);
        text(t, 'name_en', 200);
        text(t, 'initials', 32).index();
        t.double('lat').notNullable();
        t.double('lon').notNullable();
        text(t, 'station_id', 64).references('station.id').index();
        text(t, 'heating', 16);
        t.integer('households').notNullable();
        t.integer('residents').notNullable();
      }),
    );
    add(
      s().createTable('category', (t) => {
        t.string('code', 32).primary();
        text(t, 'name', 100);
        text(t, 'name_en', 100);
        t.integer('sort_order').notNullable();
      }),
    );
    add(
      s().createTable('channel', (t) => {
        t.string('code', 32).primary();
        text(t, 'name', 100);
        text(t, 'name_en', 100);
        text(t, 'owner_unit_id', 64).references('unit.id');
      }),
    );
    add(
      s().createTable('app_user', (t) => {
        t.increments('id').primary();
        text(t, 'username', 64).unique();
        text(t, 'display_name', 100);
        text(t, 'role', 16);
        t.string('unit_id', 64).nullable().references('unit.id').index();
        text(t, 'password_hash', 200);
        t.boolean('active').notNullable().defaultTo(true);
      }),
    );
    add(
      s().createTable('auth_session', (t) => {
        t.increments('id').primary();
        text(t, 'token_hash', 64).unique();
        t.integer('user_id').unsigned().notNullable().references('app_user.id').index();
        ts(t, 'created_at').notNullable();
        ts(t, 'expires_at').notNullable();
        ts(t, 'revoked_at').nullable();
      }),
    );
    add(
      s().createTable('api_key', (t) => {
        t.increments('id').primary();
        text(t, 'name', 100);
        text(t, 'secret_hash', 64).unique();
        json(t, 'scopes').notNullable();
        t.integer('created_by_id').unsigned().notNullable().references('app_user.id');
        ts(t, 'created_at').notNullable();
        ts(t, 'revoked_at').nullable();
      }),
    );
    add(
      s().createTable('ticket', (t) => {
        t.increments('id').primary();
        text(t, 'number', 20).unique();
        text(t, 'kind', 16);
        text(t, 'category_code', 32).references('category.code');
        text(t, 'channel_code', 32).references('channel.code');
        text(t, 'complexity', 16);
        text(t, 'caller_name', 100);
        text(t, 'caller_phone', 32).index();
        t.string('compound_id', 64).nullable().references('compound.id').index();
        t.string('building', 50).nullable();
        t.string('address_unit', 50).nullable();
        t.string('room', 50).nullable();
        t.string('address_text', 500).nullable();
        t.text('description').notNullable();
        ts(t, 'received_at').notNullable().index();
        ts(t, 'due_at').notNullable();
        text(t, 'status', 16);
        t.string('unit_id', 64).nullable().references('unit.id');
        t.string('proposed_unit_id', 64).nullable().references('unit.id');
        t.string('override_reason', 500).nullable();
        t.integer('claimed_by_id').unsigned().nullable().references('app_user.id').index();
        ts(t, 'claimed_at').nullable();
        t.text('resolution').nullable();
        t.boolean('resolved_on_site').nullable();
        ts(t, 'resolved_at').nullable();
        t.string('satisfaction', 24).nullable();
        ts(t, 'replied_at').nullable();
        json(t, 'refused_unit_ids').notNullable();
        json(t, 'last_refusal').nullable();
        t.integer('created_by_id').unsigned().nullable().references('app_user.id');
        ts(t, 'updated_at').notNullable();
        t.integer('version').notNullable().defaultTo(1);
        t.index(['status', 'due_at']);
        t.index(['unit_id', 'status']);
      }),
    );
    add(
      s().createTable('ticket_event', (t) => {
        t.increments('seq').primary();
        t.integer('ticket_id').unsigned().notNullable().references('ticket.id');
        text(t, 'type', 40);
        t.integer('actor_id').unsigned().nullable().references('app_user.id');
        text(t, 'actor_name', 100);
        ts(t, 'at').notNullable();
        json(t, 'changes').notNullable();
        t.text('note').nullable();
        t.index(['ticket_id', 'seq']);
      }),
    );
    // Ticket numbers restart every day; the counter row is bumped in the registering transaction.
    add(
      s().createTable('ticket_day_counter', (t) => {
        t.string('day', 8).primary();
        t.integer('last').notNullable();
      }),
    );
    // The audit log is append-only, enforced by the database itself.
    if (pg) {
      this.addSql(`create function ticket_event_immutable() returns trigger language plpgsql as $$
        begin raise exception 'ticket_event is append-only'; end $$;`);
      this.addSql(`create trigger ticket_event_no_change before update or delete on ticket_event
        for each row execute function ticket_event_immutable();`);
    } else {
      for (const op of ['update', 'delete'])
        this.addSql(`create trigger ticket_event_no_${op} before ${op} on ticket_event
          begin select raise(abort, 'ticket_event is append-only'); end;`);
    }
  }
}
