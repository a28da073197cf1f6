import { Migration } from '@mikro-orm/migrations';

export class Migration20261129204932 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "ticket" add column "answered_on_call" boolean not null default false, add column "closed_at" timestamptz null, add column "reopen_count" int not null default 0, add column "reopen_reason" varchar(1000) null, add column "related_to_id" int null;`,
    );
    this.addSql(
      `alter table "ticket" add constraint "ticket_related_to_id_foreign" foreign key ("related_to_id") references "ticket" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`create index "ticket_related_to_id_index" on "ticket" ("related_to_id");`);
    // Tickets closed before this column existed: their close is in the log.
    this.addSql(
      `update "ticket" set "closed_at" = (select max(e."at") from "ticket_event" e where e."ticket_id" = "ticket"."id" and e."type" = 'TICKET_CLOSED') where "status" = 'CLOSED';`,
    );
  }
}
