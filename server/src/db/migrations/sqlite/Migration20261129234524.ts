import { Migration } from '@mikro-orm/migrations';

// Written by hand: MikroORM's SQLite diff rebuilt `app_user` and `ticket` over enum checks it cannot
// read back; only the new columns are real.
export class Migration20261129234524 extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table `unit` add column `active` integer not null default true;');
    this.addSql(
      "alter table `api_key` add column `kind` text check (`kind` in ('API_KEY', 'DISPLAY')) not null default 'API_KEY';",
    );
    this.addSql('alter table `api_key` add column `unit_ids` json null;');
    this.addSql('alter table `api_key` add column `expires_at` datetime null;');
    this.addSql('alter table `api_key` add column `last_used_at` datetime null;');
    this.addSql('alter table `api_key` add column `rotated_at` datetime null;');
    this.addSql('alter table `api_key` add column `pairing_code_hash` text null;');
    this.addSql('alter table `api_key` add column `pairing_expires_at` datetime null;');
    this.addSql('alter table `api_key` add column `paired_at` datetime null;');
    this.addSql('create unique index `api_key_pairing_code_hash_unique` on `api_key` (`pairing_code_hash`);');
  }
}
