import { Migration } from '@mikro-orm/migrations';

/** What this migration needs of better-sqlite3's connection. */
interface SqliteConnection {
  unsafeMode(on: boolean): unknown;
  pragma(source: string, options?: { simple: boolean }): unknown;
  prepare(source: string): { run(...params: unknown[]): unknown };
}

/**
 * The supervisor role (督查员), supervision notices numbered per year, and site visits. Written by
 * hand, as the earlier ones.
 *
 * The role's CHECK is widened in place: rebuilding app_user, as SQLite's usual recipe would, needs
 * foreign keys off, which cannot be switched inside the migrations' transaction, and with them on
 * dropping the table would null every reference to a user. SQLite documents editing the table's
 * schema text for loosening a CHECK (https://www.sqlite.org/lang_altertable.html, "otheralter"):
 * the rows stay as they are and all still pass.
 */
export class Migration20261130043000 extends Migration {
  override async up(): Promise<void> {
    const ctx = this.ctx as { client: { acquireConnection(): Promise<SqliteConnection> } } | undefined;
    if (!ctx) throw new Error('this migration runs inside the migrations’ transaction');
    const db = await ctx.client.acquireConnection();
    // better-sqlite3 forbids writing the schema table unless told; only for these statements.
    db.unsafeMode(true);
    try {
      const version = db.pragma('schema_version', { simple: true }) as number;
      db.pragma('writable_schema = ON');
      db.prepare(
        "update sqlite_master set sql = replace(sql, '''LEADER'', ''ADMIN'')', '''LEADER'', ''SUPERVISOR'', ''ADMIN'')') where type = 'table' and name = 'app_user'",
      ).run();
      db.pragma(`schema_version = ${version + 1}`);
      db.pragma('writable_schema = OFF');
    } finally {
      db.unsafeMode(false);
    }
    this.addSql(
      "create table `supervision_notice` (`id` integer not null primary key autoincrement, `number` text not null, `unit_id` text not null, `subject` text not null, `requirement` text not null, `due_at` datetime not null, `compound_id` text null, `ticket_ids` json not null, `status` text check (`status` in ('ISSUED', 'ACKNOWLEDGED', 'RECTIFIED', 'VERIFIED')) not null, `issued_at` datetime not null, `issued_by_id` integer not null, `issued_by_name` text not null, `decision_id` text null, `visit_id` integer null, `acknowledged_at` datetime null, `rectification` text null, `rectified_at` datetime null, `verified_at` datetime null, `verified_by_name` text null, `verification_note` text null, `return_count` integer not null default 0, `return_reason` text null, `overdue_at` datetime null, `updated_at` datetime not null, constraint `supervision_notice_unit_id_foreign` foreign key(`unit_id`) references `unit`(`id`) on update cascade, constraint `supervision_notice_compound_id_foreign` foreign key(`compound_id`) references `compound`(`id`) on delete set null on update cascade, constraint `supervision_notice_issued_by_id_foreign` foreign key(`issued_by_id`) references `app_user`(`id`) on update cascade);",
    );
    this.addSql('create unique index `supervision_notice_number_unique` on `supervision_notice` (`number`);');
    this.addSql('create index `supervision_notice_unit_id_index` on `supervision_notice` (`unit_id`);');
    this.addSql('create index `supervision_notice_compound_id_index` on `supervision_notice` (`compound_id`);');
    this.addSql('create index `supervision_notice_issued_by_id_index` on `supervision_notice` (`issued_by_id`);');
    this.addSql(
      'create index `supervision_notice_unit_id_status_index` on `supervision_notice` (`unit_id`, `status`);',
    );
    this.addSql(
      'create table `notice_year_counter` (`year` integer not null, `last` integer not null, primary key (`year`));',
    );
    this.addSql(
      "create table `site_visit` (`id` integer not null primary key autoincrement, `compound_id` text null, `station_id` text null, `unit_id` text not null, `ticket_ids` json not null, `at` datetime not null, `inspector_ids` json not null, `status` text check (`status` in ('PLANNED', 'UNDER_WAY', 'DONE', 'CANCELLED')) not null, `planned_by_id` integer not null, `planned_by_name` text not null, `started_at` datetime null, `recorded_at` datetime null, `recorded_by_name` text null, `findings` text null, `readings` json null, `outcome` text check (`outcome` in ('OK', 'RECTIFY')) null, `notice_id` integer null, `cancelled_at` datetime null, `cancel_reason` text null, `updated_at` datetime not null, constraint `site_visit_compound_id_foreign` foreign key(`compound_id`) references `compound`(`id`) on delete set null on update cascade, constraint `site_visit_station_id_foreign` foreign key(`station_id`) references `station`(`id`) on delete set null on update cascade, constraint `site_visit_unit_id_foreign` foreign key(`unit_id`) references `unit`(`id`) on update cascade, constraint `site_visit_planned_by_id_foreign` foreign key(`planned_by_id`) references `app_user`(`id`) on update cascade);",
    );
    this.addSql('create index `site_visit_compound_id_index` on `site_visit` (`compound_id`);');
    this.addSql('create index `site_visit_station_id_index` on `site_visit` (`station_id`);');
    this.addSql('create index `site_visit_unit_id_index` on `site_visit` (`unit_id`);');
    this.addSql('create index `site_visit_planned_by_id_index` on `site_visit` (`planned_by_id`);');
    this.addSql('create index `site_visit_at_index` on `site_visit` (`at`);');
  }
}
