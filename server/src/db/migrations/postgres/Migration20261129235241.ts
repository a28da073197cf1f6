import { Migration } from '@mikro-orm/migrations';

export class Migration20261129235241 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "ticket_event" add column "request_id" varchar(128) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "ticket_event" drop column "request_id";`);
  }
}
