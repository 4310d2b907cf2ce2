/**
 * The embedded driver isolates transactions: PGlite is one session, so without the driver's
 * lock a query from outside would run inside an open transaction and see its uncommitted rows.
 */
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, beforeEach, describe, it } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, sql, type Generated } from 'kysely';
import { PGliteDialect } from './pglite-driver.js';

type Tables = {
  items: { id: Generated<number>; label: string };
  counter: { id: number; value: number };
};

describe('the PGlite driver', () => {
  let db: Kysely<Tables>;
  before(async () => {
    db = new Kysely<Tables>({ dialect: new PGliteDialect(await PGlite.create()) });
    await sql`create table items (id serial primary key, label text not null)`.execute(db);
    await sql`create table counter (id int primary key, value int not null)`.execute(db);
  });
  after(() => db.destroy());
  beforeEach(async () => {
    await sql`truncate items, counter`.execute(db);
    await db.insertInto('counter').values({ id: 1, value: 0 }).execute();
  });

  const count = async () => {
    const row = await db
      .selectFrom('items')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };

  it('keeps uncommitted rows from a query running outside the transaction', async () => {
    let inserted!: () => void;
    const insertedYet = new Promise<void>((resolve) => (inserted = resolve));
    const rolledBack = db
      .transaction()
      .execute(async (trx) => {
        await trx.insertInto('items').values({ label: 'belum' }).execute();
        inserted();
        await sleep(100);
        throw new Error('roll back');
      })
      .catch((error: Error) => error.message);

    await insertedYet;
    const seen = await count();
    assert.equal(seen, 0, 'the outside query saw a row of an open transaction');
    assert.equal(await rolledBack, 'roll back');
    assert.equal(await count(), 0);
  });

  it('rolls back a transaction that throws, and the next query still runs', async () => {
    await assert.rejects(
      db.transaction().execute(async (trx) => {
        await trx.insertInto('items').values({ label: 'satu' }).execute();
        await trx.insertInto('items').values({ label: 'dua' }).execute();
        throw new Error('gagal');
      }),
      /gagal/,
    );
    assert.equal(await count(), 0);

    await assert.rejects(
      db.transaction().execute(async (trx) => {
        await trx.insertInto('items').values({ label: 'tiga' }).execute();
        await sql`select * from no_such_table`.execute(trx);
      }),
    );
    assert.equal(await count(), 0);
    await db.insertInto('items').values({ label: 'empat' }).execute();
    assert.equal(await count(), 1);
  });

  it('loses no update when transactions increment at once', async () => {
    const increment = () =>
      db.transaction().execute(async (trx) => {
        const { value } = await trx
          .selectFrom('counter')
          .select('value')
          .where('id', '=', 1)
          .executeTakeFirstOrThrow();
        await sleep(2);
        await trx
          .updateTable('counter')
          .set({ value: value + 1 })
          .where('id', '=', 1)
          .execute();
      });
    await Promise.all(Array.from({ length: 25 }, increment));
    const { value } = await db.selectFrom('counter').select('value').executeTakeFirstOrThrow();
    assert.equal(value, 25);
  });

  it('commits a transaction for everyone once it ends', async () => {
    const committed = db.transaction().execute(async (trx) => {
      await trx.insertInto('items').values({ label: 'jadi' }).execute();
      await sleep(20);
    });
    await sleep(1);
    assert.equal(await count(), 1, 'the outside query waited for the commit');
    await committed;
  });
});
