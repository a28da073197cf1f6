import { Migration } from '@mikro-orm/migrations';

// Written by hand: MikroORM's SQLite diff also rebuilt tables over enum checks it cannot read back;
// the change is the one index (a retried write looks its first attempt up by request id).
export class Migration20261130000708 extends Migration {
  override async up(): Promise<void> {
    this.addSql('create index `ticket_event_request_id_index` on `ticket_event` (`request_id`);');
  }
}
