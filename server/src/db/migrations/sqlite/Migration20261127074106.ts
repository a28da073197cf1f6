import { Migration } from '@mikro-orm/migrations';

export class Migration20261127074106 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`category\` (\`code\` text not null, \`name\` text not null, \`name_en\` text not null, \`sort_order\` integer not null, primary key (\`code\`));`,
    );

    this.addSql(
      `create table \`ticket_day_counter\` (\`day\` text not null, \`last\` integer not null, primary key (\`day\`));`,
    );

    this.addSql(
      `create table \`unit\` (\`id\` text not null, \`kind\` text check (\`kind\` in ('DESK', 'CONSTRUCTION_BUREAU', 'PRICE_BUREAU', 'UTILITIES_OFFICE', 'CONSTRUCTION_MANAGEMENT', 'PROPERTY_OFFICE', 'HEATING_COMPANY', 'PROPERTY_COMPANY', 'WATER_COMPANY')) not null, \`name\` text not null, \`name_en\` text not null, primary key (\`id\`));`,
    );

    this.addSql(
      `create table \`heat_source\` (\`id\` text not null, \`name\` text not null, \`name_en\` text not null, \`lat\` double not null, \`lon\` double not null, \`operator_unit_id\` text not null, constraint \`heat_source_operator_unit_id_foreign\` foreign key(\`operator_unit_id\`) references \`unit\`(\`id\`) on update cascade, primary key (\`id\`));`,
    );
    this.addSql(`create index \`heat_source_operator_unit_id_index\` on \`heat_source\` (\`operator_unit_id\`);`);

    this.addSql(
      `create table \`station\` (\`id\` text not null, \`name\` text not null, \`name_en\` text not null, \`lat\` double not null, \`lon\` double not null, \`heat_source_id\` text not null, \`operator_unit_id\` text not null, constraint \`station_heat_source_id_foreign\` foreign key(\`heat_source_id\`) references \`heat_source\`(\`id\`) on update cascade, constraint \`station_operator_unit_id_foreign\` foreign key(\`operator_unit_id\`) references \`unit\`(\`id\`) on update cascade, primary key (\`id\`));`,
    );
    this.addSql(`create index \`station_heat_source_id_index\` on \`station\` (\`heat_source_id\`);`);
    this.addSql(`create index \`station_operator_unit_id_index\` on \`station\` (\`operator_unit_id\`);`);

    this.addSql(
      `create table \`compound\` (\`id\` text not null, \`name\` text not null, \`name_en\` text not null, \`initials\` text not null, \`lat\` double not null, \`lon\` double not null, \`station_id\` text not null, \`heating\` text check (\`heating\` in ('DIRECT', 'PROPERTY')) not null, \`households\` integer not null, \`residents\` integer not null, constraint \`compound_station_id_foreign\` foreign key(\`station_id\`) references \`station\`(\`id\`) on update cascade, primary key (\`id\`));`,
    );
    this.addSql(`create index \`compound_initials_index\` on \`compound\` (\`initials\`);`);
    this.addSql(`create index \`compound_station_id_index\` on \`compound\` (\`station_id\`);`);

    this.addSql(
      `create table \`channel\` (\`code\` text not null, \`name\` text not null, \`name_en\` text not null, \`owner_unit_id\` text not null, constraint \`channel_owner_unit_id_foreign\` foreign key(\`owner_unit_id\`) references \`unit\`(\`id\`) on update cascade, primary key (\`code\`));`,
    );
    this.addSql(`create index \`channel_owner_unit_id_index\` on \`channel\` (\`owner_unit_id\`);`);

    this.addSql(
      `create table \`app_user\` (\`id\` integer not null primary key autoincrement, \`username\` text not null, \`display_name\` text not null, \`role\` text check (\`role\` in ('OPERATOR', 'STAFF', 'HEAD', 'LEADER', 'ADMIN')) not null, \`unit_id\` text null, \`password_hash\` text not null, \`active\` integer not null default true, constraint \`app_user_unit_id_foreign\` foreign key(\`unit_id\`) references \`unit\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create unique index \`app_user_username_unique\` on \`app_user\` (\`username\`);`);
    this.addSql(`create index \`app_user_unit_id_index\` on \`app_user\` (\`unit_id\`);`);

    this.addSql(
      `create table \`ticket\` (\`id\` integer not null primary key autoincrement, \`number\` text not null, \`kind\` text check (\`kind\` in ('CONSULTATION', 'COMPLAINT', 'SUGGESTION', 'THANKS')) not null, \`category_code\` text not null, \`channel_code\` text not null, \`complexity\` text check (\`complexity\` in ('GENERAL', 'COMPLEX')) not null, \`caller_name\` text not null, \`caller_phone\` text not null, \`compound_id\` text null, \`building\` text null, \`address_unit\` text null, \`room\` text null, \`address_text\` text null, \`description\` text not null, \`received_at\` datetime not null, \`due_at\` datetime not null, \`status\` text check (\`status\` in ('REGISTERED', 'TRANSFERRED', 'CLAIMED', 'ON_SITE', 'RESOLVED', 'REPLIED', 'CLOSED')) not null, \`unit_id\` text null, \`proposed_unit_id\` text null, \`override_reason\` text null, \`claimed_by_id\` integer null, \`claimed_at\` datetime null, \`resolution\` text null, \`resolved_on_site\` integer null, \`resolved_at\` datetime null, \`satisfaction\` text check (\`satisfaction\` in ('SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED')) null, \`replied_at\` datetime null, \`refused_unit_ids\` json not null, \`last_refusal\` json null, \`created_by_id\` integer null, \`updated_at\` datetime not null, \`version\` integer not null default 1, constraint \`ticket_category_code_foreign\` foreign key(\`category_code\`) references \`category\`(\`code\`) on update cascade, constraint \`ticket_channel_code_foreign\` foreign key(\`channel_code\`) references \`channel\`(\`code\`) on update cascade, constraint \`ticket_compound_id_foreign\` foreign key(\`compound_id\`) references \`compound\`(\`id\`) on delete set null on update cascade, constraint \`ticket_unit_id_foreign\` foreign key(\`unit_id\`) references \`unit\`(\`id\`) on delete set null on update cascade, constraint \`ticket_proposed_unit_id_foreign\` foreign key(\`proposed_unit_id\`) references \`unit\`(\`id\`) on delete set null on update cascade, constraint \`ticket_claimed_by_id_foreign\` foreign key(\`claimed_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade, constraint \`ticket_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create unique index \`ticket_number_unique\` on \`ticket\` (\`number\`);`);
    this.addSql(`create index \`ticket_category_code_index\` on \`ticket\` (\`category_code\`);`);
    this.addSql(`create index \`ticket_channel_code_index\` on \`ticket\` (\`channel_code\`);`);
    this.addSql(`create index \`ticket_caller_phone_index\` on \`ticket\` (\`caller_phone\`);`);
    this.addSql(`create index \`ticket_compound_id_index\` on \`ticket\` (\`compound_id\`);`);
    this.addSql(`create index \`ticket_received_at_index\` on \`ticket\` (\`received_at\`);`);
    this.addSql(`create index \`ticket_unit_id_index\` on \`ticket\` (\`unit_id\`);`);
    this.addSql(`create index \`ticket_proposed_unit_id_index\` on \`ticket\` (\`proposed_unit_id\`);`);
    this.addSql(`create index \`ticket_claimed_by_id_index\` on \`ticket\` (\`claimed_by_id\`);`);
    this.addSql(`create index \`ticket_created_by_id_index\` on \`ticket\` (\`created_by_id\`);`);
    this.addSql(`create index \`ticket_unit_id_status_index\` on \`ticket\` (\`unit_id\`, \`status\`);`);
    this.addSql(`create index \`ticket_status_due_at_index\` on \`ticket\` (\`status\`, \`due_at\`);`);

    this.addSql(
      `create table \`ticket_event\` (\`seq\` integer not null primary key autoincrement, \`ticket_id\` integer not null, \`type\` text not null, \`actor_id\` integer null, \`actor_name\` text not null, \`at\` datetime not null, \`changes\` json not null, \`note\` text null, constraint \`ticket_event_ticket_id_foreign\` foreign key(\`ticket_id\`) references \`ticket\`(\`id\`) on update cascade, constraint \`ticket_event_actor_id_foreign\` foreign key(\`actor_id\`) references \`app_user\`(\`id\`) on delete set null on update cascade);`,
    );
    this.addSql(`create index \`ticket_event_ticket_id_index\` on \`ticket_event\` (\`ticket_id\`);`);
    this.addSql(`create index \`ticket_event_actor_id_index\` on \`ticket_event\` (\`actor_id\`);`);
    this.addSql(`create index \`ticket_event_ticket_id_seq_index\` on \`ticket_event\` (\`ticket_id\`, \`seq\`);`);

    this.addSql(
      `create table \`auth_session\` (\`id\` integer not null primary key autoincrement, \`token_hash\` text not null, \`user_id\` integer not null, \`created_at\` datetime not null, \`expires_at\` datetime not null, \`revoked_at\` datetime null, constraint \`auth_session_user_id_foreign\` foreign key(\`user_id\`) references \`app_user\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create unique index \`auth_session_token_hash_unique\` on \`auth_session\` (\`token_hash\`);`);
    this.addSql(`create index \`auth_session_user_id_index\` on \`auth_session\` (\`user_id\`);`);

    this.addSql(
      `create table \`api_key\` (\`id\` integer not null primary key autoincrement, \`name\` text not null, \`secret_hash\` text not null, \`scopes\` json not null, \`created_by_id\` integer not null, \`created_at\` datetime not null, \`revoked_at\` datetime null, constraint \`api_key_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`app_user\`(\`id\`) on update cascade);`,
    );
    this.addSql(`create unique index \`api_key_secret_hash_unique\` on \`api_key\` (\`secret_hash\`);`);
    this.addSql(`create index \`api_key_created_by_id_index\` on \`api_key\` (\`created_by_id\`);`);
  }
}
