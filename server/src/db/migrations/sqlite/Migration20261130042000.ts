import { Migration } from '@mikro-orm/migrations';

// Written by hand, as the earlier ones: MikroORM's SQLite diff would rebuild tables over enum
// checks it cannot read back. Times are stored as epoch milliseconds.
export class Migration20261130042000 extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table `ticket` add column `remind_at` datetime null;');
    this.addSql('alter table `ticket` add column `reminded_at` datetime null;');
    this.addSql(
      "alter table `ticket` add column `escalation` text check (`escalation` in ('NONE', 'REMINDED', 'URGED', 'PROPOSED_FOR_MEETING')) not null default 'NONE';",
    );
    this.addSql('alter table `ticket` add column `urged_count` integer not null default 0;');
    this.addSql('alter table `ticket` add column `extension_count` integer not null default 0;');
    this.addSql('alter table `ticket` add column `extension_until` datetime null;');
    this.addSql('alter table `ticket` add column `extension_reason` text null;');
    this.addSql('alter table `ticket` add column `extension_requested_at` datetime null;');
    this.addSql('alter table `ticket` add column `paused_at` datetime null;');
    this.addSql(
      "alter table `ticket` add column `pause_reason` text check (`pause_reason` in ('WAITING_FOR_CALLER', 'WAITING_FOR_THIRD_PARTY', 'WAITING_FOR_ACCESS', 'OTHER')) null;",
    );
    // Open tickets from before the ladder are reminded at the default share of their time.
    this.addSql(
      "update `ticket` set `remind_at` = `received_at` + cast((`due_at` - `received_at`) * 0.75 as integer) where `status` in ('REGISTERED', 'TRANSFERRED', 'CLAIMED', 'ON_SITE') and typeof(`received_at`) = 'integer' and typeof(`due_at`) = 'integer';",
    );
  }
}
