import { Migration } from '@mikro-orm/migrations';

export class Migration20261127080128 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "ticket" add column "overdue_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "ticket" drop column "overdue_at";`);
  }
}
