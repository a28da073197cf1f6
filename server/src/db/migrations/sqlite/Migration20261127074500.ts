import { Migration } from '@mikro-orm/migrations';

/** The audit log is append-only, enforced by the database itself. */
export class Migration20261127074500 extends Migration {
  override async up(): Promise<void> {
    for (const op of ['update', 'delete'])
      this.addSql(`create trigger ticket_event_no_${op} before ${op} on ticket_event
        begin select raise(abort, 'ticket_event is append-only'); end;`);
  }
}
