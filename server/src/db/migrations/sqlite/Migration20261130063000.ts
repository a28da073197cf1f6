import { Migration } from '@mikro-orm/migrations';

/** Incidents (事件), the calls attached to them, and co-handling tasks (协办). */
export class Migration20261130063000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      "create table `incident` (`id` integer not null primary key autoincrement, `kind` text check (`kind` in ('BURST_MAIN', 'STATION_FAULT', 'SOURCE_FAULT', 'WATER_CUT', 'POWER_CUT', 'PLANNED_WORK', 'OTHER')) not null, `status` text check (`status` in ('OPEN', 'CONTAINED', 'RESOLVED')) not null, `summary` text not null, `public_notice` text null, `expected_restore_at` datetime null, `lead_unit_id` text not null, `station_id` text null, `heat_source_id` text null, `compound_ids` json not null, `station_ids` json not null, `households` integer not null, `residents` integer not null, `declared_at` datetime not null, `declared_by_id` integer not null, `declared_by_name` text not null, `contained_at` datetime null, `resolved_at` datetime null, `resolution` text null, `updated_at` datetime not null, constraint `incident_lead_unit_id_foreign` foreign key(`lead_unit_id`) references `unit`(`id`) on update cascade, constraint `incident_declared_by_id_foreign` foreign key(`declared_by_id`) references `app_user`(`id`) on update cascade);",
    );
    this.addSql('create index `incident_lead_unit_id_index` on `incident` (`lead_unit_id`);');
    this.addSql('create index `incident_declared_by_id_index` on `incident` (`declared_by_id`);');
    this.addSql('create index `incident_status_index` on `incident` (`status`);');
    this.addSql(
      "create table `cohandling_task` (`id` integer not null primary key autoincrement, `incident_id` integer null, `ticket_id` integer null, `unit_id` text not null, `text` text not null, `due_at` datetime not null, `after_id` integer null, `status` text check (`status` in ('OPEN', 'CLAIMED', 'DONE')) not null, `claimed_by_id` integer null, `claimed_by_name` text null, `claimed_at` datetime null, `done_at` datetime null, `done_note` text null, `created_at` datetime not null, `created_by_name` text not null, constraint `cohandling_task_incident_id_foreign` foreign key(`incident_id`) references `incident`(`id`) on delete set null on update cascade, constraint `cohandling_task_ticket_id_foreign` foreign key(`ticket_id`) references `ticket`(`id`) on delete set null on update cascade, constraint `cohandling_task_unit_id_foreign` foreign key(`unit_id`) references `unit`(`id`) on update cascade, constraint `cohandling_task_after_id_foreign` foreign key(`after_id`) references `cohandling_task`(`id`) on delete set null on update cascade, constraint `cohandling_task_claimed_by_id_foreign` foreign key(`claimed_by_id`) references `app_user`(`id`) on delete set null on update cascade);",
    );
    this.addSql('create index `cohandling_task_unit_id_index` on `cohandling_task` (`unit_id`);');
    this.addSql('create index `cohandling_task_after_id_index` on `cohandling_task` (`after_id`);');
    this.addSql('create index `cohandling_task_claimed_by_id_index` on `cohandling_task` (`claimed_by_id`);');
    this.addSql('create index `cohandling_task_ticket_id_index` on `cohandling_task` (`ticket_id`);');
    this.addSql('create index `cohandling_task_incident_id_index` on `cohandling_task` (`incident_id`);');
    this.addSql('create index `cohandling_task_unit_id_status_index` on `cohandling_task` (`unit_id`, `status`);');
    this.addSql(
      'create table `incident_ticket` (`id` integer not null primary key autoincrement, `incident_id` integer not null, `ticket_id` integer not null, `attached_at` datetime not null, constraint `incident_ticket_incident_id_foreign` foreign key(`incident_id`) references `incident`(`id`) on update cascade, constraint `incident_ticket_ticket_id_foreign` foreign key(`ticket_id`) references `ticket`(`id`) on update cascade);',
    );
    this.addSql('create index `incident_ticket_ticket_id_index` on `incident_ticket` (`ticket_id`);');
    this.addSql('create unique index `incident_ticket_ticket_id_unique` on `incident_ticket` (`ticket_id`);');
    this.addSql('create index `incident_ticket_incident_id_index` on `incident_ticket` (`incident_id`);');
  }
}
