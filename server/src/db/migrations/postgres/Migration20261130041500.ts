import { Migration } from '@mikro-orm/migrations';

/** Events of the room (a unit signing in) join the audit log; the duty roster and sign-ins. */
export class Migration20261130041500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "ticket_event" drop constraint "ticket_event_ticket_id_foreign";`);
    this.addSql(`alter table "ticket_event" alter column "ticket_id" drop not null;`);
    this.addSql(
      `alter table "ticket_event" add column "unit_id" varchar(64) null, add column "subject_id" varchar(64) null;`,
    );
    this.addSql(
      `alter table "ticket_event" add constraint "ticket_event_ticket_id_foreign" foreign key ("ticket_id") references "ticket" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `create table "duty_shift" ("unit_id" varchar(64) not null, "weekdays" varchar(7) not null, "starts_at" varchar(5) not null, constraint "duty_shift_pkey" primary key ("unit_id"));`,
    );
    this.addSql(
      `create table "unit_sign_in" ("id" serial primary key, "unit_id" varchar(64) not null, "officer_id" int not null, "officer_name" varchar(100) not null, "day" varchar(10) not null, "signed_in_at" timestamptz not null, "signed_out_at" timestamptz null);`,
    );
    this.addSql(`create index "unit_sign_in_day_unit_id_index" on "unit_sign_in" ("day", "unit_id");`);
    this.addSql(
      `alter table "unit_sign_in" add constraint "unit_sign_in_officer_id_foreign" foreign key ("officer_id") references "app_user" ("id") on update cascade;`,
    );
  }
}
