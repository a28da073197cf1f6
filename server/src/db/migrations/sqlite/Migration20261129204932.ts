import { Migration } from '@mikro-orm/migrations';

// Written by hand: MikroORM's SQLite diff rebuilt `unit` and `app_user` over enum checks it cannot
// read back, and attached the new foreign key to the wrong column.
export class Migration20261129204932 extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table `ticket` add column `answered_on_call` integer not null default false;');
    this.addSql('alter table `ticket` add column `closed_at` datetime null;');
    this.addSql('alter table `ticket` add column `reopen_count` integer not null default 0;');
    this.addSql('alter table `ticket` add column `reopen_reason` text null;');
    this.addSql(
      'alter table `ticket` add column `related_to_id` integer null constraint `ticket_related_to_id_foreign` references `ticket` (`id`) on update cascade on delete set null;',
    );
    this.addSql('create index `ticket_related_to_id_index` on `ticket` (`related_to_id`);');
    // Tickets closed before this column existed: their close is in the log.
    this.addSql(
      "update `ticket` set `closed_at` = (select max(`at`) from `ticket_event` e where e.`ticket_id` = `ticket`.`id` and e.`type` = 'TICKET_CLOSED') where `status` = 'CLOSED';",
    );
  }
}
