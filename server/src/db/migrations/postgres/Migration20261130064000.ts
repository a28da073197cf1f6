import { Migration } from '@mikro-orm/migrations';

/** Repair crews (抢修队): members, vehicle, phone, status, where they were sent and where they are. */
export class Migration20261130064000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "crew" ("id" serial primary key, "unit_id" varchar(64) not null, "name" varchar(100) not null, "members" jsonb not null, "vehicle" varchar(50) null, "phone" varchar(32) null, "status" text check ("status" in ('STANDBY', 'ASSIGNED', 'EN_ROUTE', 'ON_SITE', 'RETURNING', 'OFF_DUTY')) not null, "status_at" timestamptz not null, "ticket_id" int null, "task_id" int null, "incident_id" int null, "target_lat" double precision null, "target_lon" double precision null, "lat" double precision null, "lon" double precision null, "position_at" timestamptz null, "updated_at" timestamptz not null);`,
    );
    this.addSql(`create index "crew_unit_id_status_index" on "crew" ("unit_id", "status");`);
    this.addSql(
      `alter table "crew" add constraint "crew_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "crew" add constraint "crew_ticket_id_foreign" foreign key ("ticket_id") references "ticket" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "crew" add constraint "crew_task_id_foreign" foreign key ("task_id") references "cohandling_task" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "crew" add constraint "crew_incident_id_foreign" foreign key ("incident_id") references "incident" ("id") on update cascade on delete set null;`,
    );
  }
}
