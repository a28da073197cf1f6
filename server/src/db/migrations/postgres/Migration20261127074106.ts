import { Migration } from '@mikro-orm/migrations';

export class Migration20261127074106 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "category" ("code" varchar(32) not null, "name" varchar(100) not null, "name_en" varchar(100) not null, "sort_order" int not null, constraint "category_pkey" primary key ("code"));`,
    );

    this.addSql(
      `create table "ticket_day_counter" ("day" varchar(8) not null, "last" int not null, constraint "ticket_day_counter_pkey" primary key ("day"));`,
    );

    this.addSql(
      `create table "unit" ("id" varchar(64) not null, "kind" text check ("kind" in ('DESK', 'CONSTRUCTION_BUREAU', 'PRICE_BUREAU', 'UTILITIES_OFFICE', 'CONSTRUCTION_MANAGEMENT', 'PROPERTY_OFFICE', 'HEATING_COMPANY', 'PROPERTY_COMPANY', 'WATER_COMPANY')) not null, "name" varchar(200) not null, "name_en" varchar(200) not null, constraint "unit_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "heat_source" ("id" varchar(64) not null, "name" varchar(200) not null, "name_en" varchar(200) not null, "lat" double precision not null, "lon" double precision not null, "operator_unit_id" varchar(64) not null, constraint "heat_source_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "station" ("id" varchar(64) not null, "name" varchar(200) not null, "name_en" varchar(200) not null, "lat" double precision not null, "lon" double precision not null, "heat_source_id" varchar(64) not null, "operator_unit_id" varchar(64) not null, constraint "station_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "compound" ("id" varchar(64) not null, "name" varchar(200) not null, "name_en" varchar(200) not null, "initials" varchar(32) not null, "lat" double precision not null, "lon" double precision not null, "station_id" varchar(64) not null, "heating" text check ("heating" in ('DIRECT', 'PROPERTY')) not null, "households" int not null, "residents" int not null, constraint "compound_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "compound_initials_index" on "compound" ("initials");`);

    this.addSql(
      `create table "channel" ("code" varchar(32) not null, "name" varchar(100) not null, "name_en" varchar(100) not null, "owner_unit_id" varchar(64) not null, constraint "channel_pkey" primary key ("code"));`,
    );

    this.addSql(
      `create table "app_user" ("id" serial primary key, "username" varchar(64) not null, "display_name" varchar(100) not null, "role" text check ("role" in ('OPERATOR', 'STAFF', 'HEAD', 'LEADER', 'ADMIN')) not null, "unit_id" varchar(64) null, "password_hash" varchar(200) not null, "active" boolean not null default true);`,
    );
    this.addSql(`alter table "app_user" add constraint "app_user_username_unique" unique ("username");`);

    this.addSql(
      `create table "ticket" ("id" serial primary key, "number" varchar(20) not null, "kind" text check ("kind" in ('CONSULTATION', 'COMPLAINT', 'SUGGESTION', 'THANKS')) not null, "category_code" varchar(32) not null, "channel_code" varchar(32) not null, "complexity" text check ("complexity" in ('GENERAL', 'COMPLEX')) not null, "caller_name" varchar(100) not null, "caller_phone" varchar(32) not null, "compound_id" varchar(64) null, "building" varchar(50) null, "address_unit" varchar(50) null, "room" varchar(50) null, "address_text" varchar(500) null, "description" text not null, "received_at" timestamptz not null, "due_at" timestamptz not null, "status" text check ("status" in ('REGISTERED', 'TRANSFERRED', 'CLAIMED', 'ON_SITE', 'RESOLVED', 'REPLIED', 'CLOSED')) not null, "unit_id" varchar(64) null, "proposed_unit_id" varchar(64) null, "override_reason" varchar(500) null, "claimed_by_id" int null, "claimed_at" timestamptz null, "resolution" text null, "resolved_on_site" boolean null, "resolved_at" timestamptz null, "satisfaction" text check ("satisfaction" in ('SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED')) null, "replied_at" timestamptz null, "refused_unit_ids" jsonb not null, "last_refusal" jsonb null, "created_by_id" int null, "updated_at" timestamptz not null, "version" int not null default 1);`,
    );
    this.addSql(`alter table "ticket" add constraint "ticket_number_unique" unique ("number");`);
    this.addSql(`create index "ticket_caller_phone_index" on "ticket" ("caller_phone");`);
    this.addSql(`create index "ticket_received_at_index" on "ticket" ("received_at");`);
    this.addSql(`create index "ticket_unit_id_status_index" on "ticket" ("unit_id", "status");`);
    this.addSql(`create index "ticket_status_due_at_index" on "ticket" ("status", "due_at");`);

    this.addSql(
      `create table "ticket_event" ("seq" serial primary key, "ticket_id" int not null, "type" varchar(40) not null, "actor_id" int null, "actor_name" varchar(100) not null, "at" timestamptz not null, "changes" jsonb not null, "note" text null);`,
    );
    this.addSql(`create index "ticket_event_ticket_id_seq_index" on "ticket_event" ("ticket_id", "seq");`);

    this.addSql(
      `create table "auth_session" ("id" serial primary key, "token_hash" varchar(64) not null, "user_id" int not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null);`,
    );
    this.addSql(`alter table "auth_session" add constraint "auth_session_token_hash_unique" unique ("token_hash");`);

    this.addSql(
      `create table "api_key" ("id" serial primary key, "name" varchar(100) not null, "secret_hash" varchar(64) not null, "scopes" jsonb not null, "created_by_id" int not null, "created_at" timestamptz not null, "revoked_at" timestamptz null);`,
    );
    this.addSql(`alter table "api_key" add constraint "api_key_secret_hash_unique" unique ("secret_hash");`);

    this.addSql(
      `alter table "heat_source" add constraint "heat_source_operator_unit_id_foreign" foreign key ("operator_unit_id") references "unit" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "station" add constraint "station_heat_source_id_foreign" foreign key ("heat_source_id") references "heat_source" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "station" add constraint "station_operator_unit_id_foreign" foreign key ("operator_unit_id") references "unit" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "compound" add constraint "compound_station_id_foreign" foreign key ("station_id") references "station" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "channel" add constraint "channel_owner_unit_id_foreign" foreign key ("owner_unit_id") references "unit" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "app_user" add constraint "app_user_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "ticket" add constraint "ticket_category_code_foreign" foreign key ("category_code") references "category" ("code") on update cascade;`,
    );
    this.addSql(
      `alter table "ticket" add constraint "ticket_channel_code_foreign" foreign key ("channel_code") references "channel" ("code") on update cascade;`,
    );
    this.addSql(
      `alter table "ticket" add constraint "ticket_compound_id_foreign" foreign key ("compound_id") references "compound" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "ticket" add constraint "ticket_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "ticket" add constraint "ticket_proposed_unit_id_foreign" foreign key ("proposed_unit_id") references "unit" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "ticket" add constraint "ticket_claimed_by_id_foreign" foreign key ("claimed_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "ticket" add constraint "ticket_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "ticket_event" add constraint "ticket_event_ticket_id_foreign" foreign key ("ticket_id") references "ticket" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "ticket_event" add constraint "ticket_event_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "auth_session" add constraint "auth_session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "api_key" add constraint "api_key_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "ticket" drop constraint "ticket_category_code_foreign";`);

    this.addSql(`alter table "heat_source" drop constraint "heat_source_operator_unit_id_foreign";`);

    this.addSql(`alter table "station" drop constraint "station_operator_unit_id_foreign";`);

    this.addSql(`alter table "channel" drop constraint "channel_owner_unit_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_unit_id_foreign";`);

    this.addSql(`alter table "ticket" drop constraint "ticket_unit_id_foreign";`);

    this.addSql(`alter table "ticket" drop constraint "ticket_proposed_unit_id_foreign";`);

    this.addSql(`alter table "station" drop constraint "station_heat_source_id_foreign";`);

    this.addSql(`alter table "compound" drop constraint "compound_station_id_foreign";`);

    this.addSql(`alter table "ticket" drop constraint "ticket_compound_id_foreign";`);

    this.addSql(`alter table "ticket" drop constraint "ticket_channel_code_foreign";`);

    this.addSql(`alter table "ticket" drop constraint "ticket_claimed_by_id_foreign";`);

    this.addSql(`alter table "ticket" drop constraint "ticket_created_by_id_foreign";`);

    this.addSql(`alter table "ticket_event" drop constraint "ticket_event_actor_id_foreign";`);

    this.addSql(`alter table "auth_session" drop constraint "auth_session_user_id_foreign";`);

    this.addSql(`alter table "api_key" drop constraint "api_key_created_by_id_foreign";`);

    this.addSql(`alter table "ticket_event" drop constraint "ticket_event_ticket_id_foreign";`);

    this.addSql(`drop table if exists "category" cascade;`);

    this.addSql(`drop table if exists "ticket_day_counter" cascade;`);

    this.addSql(`drop table if exists "unit" cascade;`);

    this.addSql(`drop table if exists "heat_source" cascade;`);

    this.addSql(`drop table if exists "station" cascade;`);

    this.addSql(`drop table if exists "compound" cascade;`);

    this.addSql(`drop table if exists "channel" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "ticket" cascade;`);

    this.addSql(`drop table if exists "ticket_event" cascade;`);

    this.addSql(`drop table if exists "auth_session" cascade;`);

    this.addSql(`drop table if exists "api_key" cascade;`);
  }
}
