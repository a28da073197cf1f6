import { Migration } from '@mikro-orm/migrations';

/** The audit log is append-only, enforced by the database itself. */
export class Migration20261127074500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function ticket_event_immutable() returns trigger language plpgsql as $$
      begin raise exception 'ticket_event is append-only'; end $$;`);
    this.addSql(`create trigger ticket_event_no_change before update or delete or truncate on ticket_event
      for each statement execute function ticket_event_immutable();`);
  }
}
