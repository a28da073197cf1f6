import { Migration } from '@mikro-orm/migrations';

/** Repair crews (抢修队): members, vehicle, phone, status, where they were sent and where they are. */
export class Migration20261130064000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      "create table `crew` (`id` integer not null primary key autoincrement, `unit_id` text not null, `name` text not null, `members` json not null, `vehicle` text null, `phone` text null, `status` text check (`status` in ('STANDBY', 'ASSIGNED', 'EN_ROUTE', 'ON_SITE', 'RETURNING', 'OFF_DUTY')) not null, `status_at` datetime not null, `ticket_id` integer null, `task_id` integer null, `incident_id` integer null, `target_lat` double null, `target_lon` double null, `lat` double null, `lon` double null, `position_at` datetime null, `updated_at` datetime not null, constraint `crew_unit_id_foreign` foreign key(`unit_id`) references `unit`(`id`) on update cascade, constraint `crew_ticket_id_foreign` foreign key(`ticket_id`) references `ticket`(`id`) on delete set null on update cascade, constraint `crew_task_id_foreign` foreign key(`task_id`) references `cohandling_task`(`id`) on delete set null on update cascade, constraint `crew_incident_id_foreign` foreign key(`incident_id`) references `incident`(`id`) on delete set null on update cascade);",
    );
    this.addSql('create index `crew_unit_id_index` on `crew` (`unit_id`);');
    this.addSql('create index `crew_ticket_id_index` on `crew` (`ticket_id`);');
    this.addSql('create index `crew_task_id_index` on `crew` (`task_id`);');
    this.addSql('create index `crew_incident_id_index` on `crew` (`incident_id`);');
    this.addSql('create index `crew_unit_id_status_index` on `crew` (`unit_id`, `status`);');
  }
}
