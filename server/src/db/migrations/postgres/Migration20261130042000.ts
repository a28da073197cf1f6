import { Migration } from '@mikro-orm/migrations';

export class Migration20261130042000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "ticket" add column "remind_at" timestamptz null, add column "reminded_at" timestamptz null, add column "escalation" text check ("escalation" in ('NONE', 'REMINDED', 'URGED', 'PROPOSED_FOR_MEETING')) not null default 'NONE', add column "urged_count" int not null default 0, add column "extension_count" int not null default 0, add column "extension_until" timestamptz null, add column "extension_reason" varchar(1000) null, add column "extension_requested_at" timestamptz null, add column "paused_at" timestamptz null, add column "pause_reason" text check ("pause_reason" in ('WAITING_FOR_CALLER', 'WAITING_FOR_THIRD_PARTY', 'WAITING_FOR_ACCESS', 'OTHER')) null;`,
    );
    // Open tickets from before the ladder are reminded at the default share of their time.
    this.addSql(
      `update "ticket" set "remind_at" = "received_at" + ("due_at" - "received_at") * 0.75 where "status" in ('REGISTERED', 'TRANSFERRED', 'CLAIMED', 'ON_SITE');`,
    );
  }
}
