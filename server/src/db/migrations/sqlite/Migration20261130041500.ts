import { Migration } from '@mikro-orm/migrations';

const EVENT_COLUMNS = '`seq`, `ticket_id`, `type`, `actor_id`, `actor_name`, `at`, `changes`, `note`, `request_id`';

/**
 * Events of the room (a unit signing in) join the audit log: `ticket_id` may be null, `unit_id`
 * names the unit. SQLite cannot drop a NOT NULL, so the log is copied into a new table, seq for seq
 * (AUTOINCREMENT carries on after the highest), and its indexes and append-only triggers remade.
 */
export class Migration20261130041500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table `ticket_event_new` (`seq` integer not null primary key autoincrement, `ticket_id` integer null, `type` text not null, `actor_id` integer null, `actor_name` text not null, `at` datetime not null, `changes` json not null, `note` text null, `request_id` text null, `unit_id` text null, `subject_id` text null, constraint `ticket_event_ticket_id_foreign` foreign key(`ticket_id`) references `ticket`(`id`) on delete set null on update cascade, constraint `ticket_event_actor_id_foreign` foreign key(`actor_id`) references `app_user`(`id`) on delete set null on update cascade);',
    );
    this.addSql(`insert into \`ticket_event_new\` (${EVENT_COLUMNS}) select ${EVENT_COLUMNS} from \`ticket_event\`;`);
    this.addSql('drop table `ticket_event`;');
    this.addSql('alter table `ticket_event_new` rename to `ticket_event`;');
    this.addSql('create index `ticket_event_ticket_id_index` on `ticket_event` (`ticket_id`);');
    this.addSql('create index `ticket_event_actor_id_index` on `ticket_event` (`actor_id`);');
    this.addSql('create index `ticket_event_ticket_id_seq_index` on `ticket_event` (`ticket_id`, `seq`);');
    this.addSql('create index `ticket_event_request_id_index` on `ticket_event` (`request_id`);');
    for (const op of ['update', 'delete'])
      this.addSql(`create trigger ticket_event_no_${op} before ${op} on ticket_event
        begin select raise(abort, 'ticket_event is append-only'); end;`);
    this.addSql(
      'create table `duty_shift` (`unit_id` text not null, `weekdays` text not null, `starts_at` text not null, primary key (`unit_id`));',
    );
    this.addSql(
      'create table `unit_sign_in` (`id` integer not null primary key autoincrement, `unit_id` text not null, `officer_id` integer not null, `officer_name` text not null, `day` text not null, `signed_in_at` datetime not null, `signed_out_at` datetime null, constraint `unit_sign_in_officer_id_foreign` foreign key(`officer_id`) references `app_user`(`id`) on update cascade);',
    );
    this.addSql('create index `unit_sign_in_officer_id_index` on `unit_sign_in` (`officer_id`);');
    this.addSql('create index `unit_sign_in_day_unit_id_index` on `unit_sign_in` (`day`, `unit_id`);');
  }
}
