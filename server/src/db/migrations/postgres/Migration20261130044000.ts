import { Migration } from '@mikro-orm/migrations';

/** Special-topic meetings, their agenda items and decisions. */
export class Migration20261130044000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "meeting" ("id" serial primary key, "title" varchar(200) not null, "starts_at" timestamptz not null, "status" text check ("status" in ('SCHEDULED', 'IN_SESSION', 'CLOSED')) not null, "unit_ids" jsonb not null, "chair_id" int not null, "chair_name" varchar(100) not null, "focus_item_id" int null, "started_at" timestamptz null, "closed_at" timestamptz null);`,
    );
    this.addSql(`create index "meeting_status_index" on "meeting" ("status");`);
    this.addSql(
      `create table "agenda_item" ("id" serial primary key, "meeting_id" int not null, "position" int not null, "ticket_ids" jsonb not null, "compound_id" varchar(64) null, "station_id" varchar(64) null, "note" varchar(1000) null, "reasons" jsonb not null);`,
    );
    this.addSql(
      `create table "meeting_decision" ("id" serial primary key, "item_id" int not null, "text" varchar(2000) not null, "responsible_unit_id" varchar(64) not null, "due_at" timestamptz not null, "issue_notice" boolean not null, "recorded_at" timestamptz not null);`,
    );
    this.addSql(
      `alter table "meeting" add constraint "meeting_chair_id_foreign" foreign key ("chair_id") references "app_user" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "agenda_item" add constraint "agenda_item_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "meeting_decision" add constraint "meeting_decision_item_id_foreign" foreign key ("item_id") references "agenda_item" ("id") on update cascade;`,
    );
  }
}
