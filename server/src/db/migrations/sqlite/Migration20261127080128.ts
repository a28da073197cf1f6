import { Migration } from '@mikro-orm/migrations';

// Trimmed by hand: MikroORM's SQLite diff also proposed rebuilding `unit` and `app_user` over
// enum checks it cannot read back from SQLite; only the real change is kept.
export class Migration20261127080128 extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table `ticket` add column `overdue_at` datetime null;');
  }
}
