import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { Entity, ManyToOne, MikroORM, PrimaryKey, PrimaryKeyProp, Property, type Ref } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diff, snapshotter } from './snapshot.js';

@Entity()
class Owner {
  [PrimaryKeyProp]?: 'code';

  @PrimaryKey({ type: 'string' })
  code!: string;
}

@Entity()
class Gadget {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property({ type: 'string' })
  name!: string;

  @ManyToOne(() => Owner, { ref: true, nullable: true })
  owner?: Ref<Owner> | null;

  @ManyToOne(() => Owner, { ref: true, nullable: true })
  maker?: Ref<Owner> | null;

  @Property({ type: 'datetime' })
  madeAt!: Date;

  @Property({ type: 'json' })
  tags: string[] = [];

  @Property({ type: 'integer', version: true })
  version!: number;
}

describe('the audit snapshot', () => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await MikroORM.init({
      driver: BetterSqliteDriver,
      dbName: ':memory:',
      entities: [Owner, Gadget],
      allowGlobalContext: true,
    });
  });
  afterAll(() => orm?.close());

  const gadget = () => {
    const em = orm.em.fork();
    return em.create(
      Gadget,
      {
        id: 1,
        name: 'valve',
        owner: em.getReference(Owner, 'jq'),
        maker: null,
        madeAt: new Date('2009-11-16T02:00:00Z'),
        tags: ['a'],
        version: 3,
      },
      { persist: false },
    );
  };

  it('records every column but the skipped ones, references by key, times as ISO strings', () => {
    const snap = snapshotter(orm.getMetadata().get<Gadget>(Gadget.name), {
      skip: ['version'],
      names: { maker: 'madeBy' },
    });
    expect(snap(gadget())).toEqual({
      name: 'valve',
      ownerId: 'jq',
      madeBy: null,
      madeAt: '2009-11-16T02:00:00.000Z',
      tags: ['a'],
    });
  });

  it('lists only what changed, with both values', () => {
    expect(diff({ a: 1, b: ['x'], c: null }, { a: 1, b: ['x', 'y'], d: 'new' })).toEqual({
      b: { from: ['x'], to: ['x', 'y'] },
      c: { from: null, to: null },
      d: { from: null, to: 'new' },
    });
  });
});
