import { Migration } from '@mikro-orm/migrations';

export class Migration20261130000708 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "ticket_event_request_id_index" on "ticket_event" ("request_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "ticket_event_request_id_index";`);
  }
}
