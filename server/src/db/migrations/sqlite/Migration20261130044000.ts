import { Migration } from '@mikro-orm/migrations';

/** Special-topic meetings, their agenda items and decisions. */
export class Migration20261130044000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      "create table `meeting` (`id` integer not null primary key autoincrement, `title` text not null, `starts_at` datetime not null, `status` text check (`status` in ('SCHEDULED', 'IN_SESSION', 'CLOSED')) not null, `unit_ids` json not null, `chair_id` integer not null, `chair_name` text not null, `focus_item_id` integer null, `started_at` datetime null, `closed_at` datetime null, constraint `meeting_chair_id_foreign` foreign key(`chair_id`) references `app_user`(`id`) on update cascade);",
    );
    this.addSql('create index `meeting_chair_id_index` on `meeting` (`chair_id`);');
    this.addSql('create index `meeting_status_index` on `meeting` (`status`);');
    this.addSql(
      'create table `agenda_item` (`id` integer not null primary key autoincrement, `meeting_id` integer not null, `position` integer not null, `ticket_ids` json not null, `compound_id` text null, `station_id` text null, `note` text null, `reasons` json not null, constraint `agenda_item_meeting_id_foreign` foreign key(`meeting_id`) references `meeting`(`id`) on update cascade);',
    );
    this.addSql('create index `agenda_item_meeting_id_index` on `agenda_item` (`meeting_id`);');
    this.addSql(
      'create table `meeting_decision` (`id` integer not null primary key autoincrement, `item_id` integer not null, `text` text not null, `responsible_unit_id` text not null, `due_at` datetime not null, `issue_notice` integer not null, `recorded_at` datetime not null, constraint `meeting_decision_item_id_foreign` foreign key(`item_id`) references `agenda_item`(`id`) on update cascade);',
    );
    this.addSql('create index `meeting_decision_item_id_index` on `meeting_decision` (`item_id`);');
  }
}
