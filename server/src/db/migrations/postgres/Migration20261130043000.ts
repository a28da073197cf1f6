import { Migration } from '@mikro-orm/migrations';

/** The supervisor role (督查员), supervision notices numbered per year, and site visits. */
export class Migration20261130043000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "app_user" drop constraint if exists "app_user_role_check";`);
    this.addSql(
      `alter table "app_user" add constraint "app_user_role_check" check("role" in ('OPERATOR', 'STAFF', 'HEAD', 'LEADER', 'SUPERVISOR', 'ADMIN'));`,
    );
    this.addSql(
      `create table "supervision_notice" ("id" serial primary key, "number" varchar(32) not null, "unit_id" varchar(64) not null, "subject" varchar(200) not null, "requirement" text not null, "due_at" timestamptz not null, "compound_id" varchar(64) null, "ticket_ids" jsonb not null, "status" text check ("status" in ('ISSUED', 'ACKNOWLEDGED', 'RECTIFIED', 'VERIFIED')) not null, "issued_at" timestamptz not null, "issued_by_id" int not null, "issued_by_name" varchar(100) not null, "decision_id" varchar(64) null, "visit_id" int null, "acknowledged_at" timestamptz null, "rectification" text null, "rectified_at" timestamptz null, "verified_at" timestamptz null, "verified_by_name" varchar(100) null, "verification_note" text null, "return_count" int not null default 0, "return_reason" text null, "overdue_at" timestamptz null, "updated_at" timestamptz not null);`,
    );
    this.addSql(
      `alter table "supervision_notice" add constraint "supervision_notice_number_unique" unique ("number");`,
    );
    this.addSql(
      `create index "supervision_notice_unit_id_status_index" on "supervision_notice" ("unit_id", "status");`,
    );
    this.addSql(
      `alter table "supervision_notice" add constraint "supervision_notice_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "supervision_notice" add constraint "supervision_notice_compound_id_foreign" foreign key ("compound_id") references "compound" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "supervision_notice" add constraint "supervision_notice_issued_by_id_foreign" foreign key ("issued_by_id") references "app_user" ("id") on update cascade;`,
    );
    this.addSql(
      `create table "notice_year_counter" ("year" int not null, "last" int not null, constraint "notice_year_counter_pkey" primary key ("year"));`,
    );
    this.addSql(
      `create table "site_visit" ("id" serial primary key, "compound_id" varchar(64) null, "station_id" varchar(64) null, "unit_id" varchar(64) not null, "ticket_ids" jsonb not null, "at" timestamptz not null, "inspector_ids" jsonb not null, "status" text check ("status" in ('PLANNED', 'UNDER_WAY', 'DONE', 'CANCELLED')) not null, "planned_by_id" int not null, "planned_by_name" varchar(100) not null, "started_at" timestamptz null, "recorded_at" timestamptz null, "recorded_by_name" varchar(100) null, "findings" text null, "readings" jsonb null, "outcome" text check ("outcome" in ('OK', 'RECTIFY')) null, "notice_id" int null, "cancelled_at" timestamptz null, "cancel_reason" text null, "updated_at" timestamptz not null);`,
    );
    this.addSql(`create index "site_visit_at_index" on "site_visit" ("at");`);
    this.addSql(
      `alter table "site_visit" add constraint "site_visit_compound_id_foreign" foreign key ("compound_id") references "compound" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "site_visit" add constraint "site_visit_station_id_foreign" foreign key ("station_id") references "station" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "site_visit" add constraint "site_visit_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "site_visit" add constraint "site_visit_planned_by_id_foreign" foreign key ("planned_by_id") references "app_user" ("id") on update cascade;`,
    );
  }
}
