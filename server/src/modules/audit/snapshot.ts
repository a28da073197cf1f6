import { Reference, ReferenceKind, helper, type EntityMetadata, type EntityProperty } from '@mikro-orm/core';
import type { FieldChanges } from './ticket-event.entity.js';

export type Snapshot = Record<string, unknown>;

/** Which columns of an entity the audit log leaves out, and under what name it records the rest. */
export interface AuditShape<T> {
  /** Left out, each for a reason given where the shape is declared. */
  skip: ReadonlyArray<keyof T & string>;
  /** A name other than the default (the property, or `<property>Id` for a reference). */
  names?: Partial<Record<keyof T & string, string>>;
}

/**
 * The audited fields of an entity as plain JSON values, derived from the ORM's metadata: every
 * column is recorded unless the shape skips it, so a new column is audited without anyone
 * remembering to list it. References are recorded by primary key, times as ISO strings.
 */
export function snapshotter<T extends object>(meta: EntityMetadata<T>, shape: AuditShape<T>): (entity: T) => Snapshot {
  const skip = new Set<string>(shape.skip);
  const fields = (Object.values(meta.properties) as EntityProperty<T>[])
    .filter(
      (p) =>
        !skip.has(p.name) && !p.primary && (p.kind === ReferenceKind.SCALAR || p.kind === ReferenceKind.MANY_TO_ONE),
    )
    .map((p) => ({
      name: p.name as string,
      key:
        (shape.names as Record<string, string> | undefined)?.[p.name] ??
        (p.kind === ReferenceKind.MANY_TO_ONE ? `${p.name}Id` : p.name),
      reference: p.kind === ReferenceKind.MANY_TO_ONE,
    }));
  return (entity) => {
    const out: Snapshot = {};
    for (const f of fields) out[f.key] = plain((entity as Record<string, unknown>)[f.name], f.reference);
    return out;
  };
}

function plain(value: unknown, reference: boolean): unknown {
  if (value === null || value === undefined) return null;
  if (reference) {
    const target = Reference.unwrapReference(value as object);
    return helper(target).getPrimaryKey() ?? null;
  }
  if (value instanceof Date) return value.toISOString();
  return value;
}

/** What changed between two snapshots, field by field; an unchanged field is not listed. */
export function diff(before: Snapshot, after: Snapshot): FieldChanges {
  const changes: FieldChanges = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)]))
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key]))
      changes[key] = { from: before[key] ?? null, to: after[key] ?? null };
  return changes;
}
