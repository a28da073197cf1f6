import { Migration } from '@mikro-orm/migrations';

/** Incidents (事件), the calls attached to them, and co-handling tasks (协办). */
export class Migration20261130063000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "incident" ("id" serial primary key, "kind" text check ("kind" in ('BURST_MAIN', 'STATION_FAULT', 'SOURCE_FAULT', 'WATER_CUT', 'POWER_CUT', 'PLANNED_WORK', 'OTHER')) not null, "status" text check ("status" in ('OPEN', 'CONTAINED', 'RESOLVED')) not null, "summary" varchar(500) not null, "public_notice" varchar(1000) null, "expected_restore_at" timestamptz null, "lead_unit_id" varchar(64) not null, "station_id" varchar(64) null, "heat_source_id" varchar(64) null, "compound_ids" jsonb not null, "station_ids" jsonb not null, "households" int not null, "residents" int not null, "declared_at" timestamptz not null, "declared_by_id" int not null, "declared_by_name" varchar(100) not null, "contained_at" timestamptz null, "resolved_at" timestamptz null, "resolution" varchar(1000) null, "updated_at" timestamptz not null);`,
    );
    this.addSql(`create index "incident_status_index" on "incident" ("status");`);
    this.addSql(
      `create table "cohandling_task" ("id" serial primary key, "incident_id" int null, "ticket_id" int null, "unit_id" varchar(64) not null, "text" varchar(1000) not null, "due_at" timestamptz not null, "after_id" int null, "status" text check ("status" in ('OPEN', 'CLAIMED', 'DONE')) not null, "claimed_by_id" int null, "claimed_by_name" varchar(100) null, "claimed_at" timestamptz null, "done_at" timestamptz null, "done_note" varchar(1000) null, "created_at" timestamptz not null, "created_by_name" varchar(100) not null);`,
    );
    this.addSql(`create index "cohandling_task_ticket_id_index" on "cohandling_task" ("ticket_id");`);
    this.addSql(`create index "cohandling_task_incident_id_index" on "cohandling_task" ("incident_id");`);
    this.addSql(`create index "cohandling_task_unit_id_status_index" on "cohandling_task" ("unit_id", "status");`);
    this.addSql(
      `create table "incident_ticket" ("id" serial primary key, "incident_id" int not null, "ticket_id" int not null, "attached_at" timestamptz not null);`,
    );
    this.addSql(
      `alter table "incident_ticket" add constraint "incident_ticket_ticket_id_unique" unique ("ticket_id");`,
    );
    this.addSql(`create index "incident_ticket_incident_id_index" on "incident_ticket" ("incident_id");`);
    this.addSql(
      `alter table "incident" add constraint "incident_lead_unit_id_foreign" foreign key ("lead_unit_id") references "unit" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "incident" add constraint "incident_declared_by_id_foreign" foreign key ("declared_by_id") references "app_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "cohandling_task" add constraint "cohandling_task_incident_id_foreign" foreign key ("incident_id") references "incident" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "cohandling_task" add constraint "cohandling_task_ticket_id_foreign" foreign key ("ticket_id") references "ticket" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "cohandling_task" add constraint "cohandling_task_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "cohandling_task" add constraint "cohandling_task_after_id_foreign" foreign key ("after_id") references "cohandling_task" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "cohandling_task" add constraint "cohandling_task_claimed_by_id_foreign" foreign key ("claimed_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "incident_ticket" add constraint "incident_ticket_incident_id_foreign" foreign key ("incident_id") references "incident" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "incident_ticket" add constraint "incident_ticket_ticket_id_foreign" foreign key ("ticket_id") references "ticket" ("id") on update cascade;`,
    );
  }
}
