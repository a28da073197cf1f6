import { Migration } from '@mikro-orm/migrations';

// Trimmed by hand: MikroORM's SQLite diff also rebuilt `unit`, `app_user` and `ticket` over enum
// checks it cannot read back; the change is the one column.
export class Migration20261129235241 extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table `ticket_event` add column `request_id` text null;');
  }
}
