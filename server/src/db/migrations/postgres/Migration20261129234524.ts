import { Migration } from '@mikro-orm/migrations';

export class Migration20261129234524 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "unit" add column "active" boolean not null default true;`);
    this.addSql(
      `alter table "api_key" add column "kind" text check ("kind" in ('API_KEY', 'DISPLAY')) not null default 'API_KEY', add column "unit_ids" jsonb null, add column "expires_at" timestamptz null, add column "last_used_at" timestamptz null, add column "rotated_at" timestamptz null, add column "pairing_code_hash" varchar(64) null, add column "pairing_expires_at" timestamptz null, add column "paired_at" timestamptz null;`,
    );
    this.addSql(
      `alter table "api_key" add constraint "api_key_pairing_code_hash_unique" unique ("pairing_code_hash");`,
    );
  }
}
