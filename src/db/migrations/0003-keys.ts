/** Keys: each staff member's key pair, each case's key sealed to its readers, the recovery key. */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('public_key', 'bytea')
    .addColumn('wrapped_private_key', 'bytea')
    .addColumn('key_salt', 'bytea')
    .addColumn('keys_confirmed_at', 'timestamptz')
    .addColumn('confirmed_by', 'text')
    .execute();

  await db.schema
    .createTable('key_grants')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id'))
    .addColumn('holder', 'text', (c) =>
      c.notNull().check(sql`holder in ('staff', 'reporter', 'recovery', 'draft')`),
    )
    .addColumn('user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('sealed_key', 'bytea', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('key_grants_one')
    .on('key_grants')
    .expression(sql`case_id, holder, coalesce(user_id, 0)`)
    .unique()
    .execute();

  // A form's files arrive before its case exists: their key waits here, sealed to the form.
  await db.schema
    .createTable('draft_keys')
    .addColumn('draft_key', 'bytea', (c) => c.primaryKey())
    .addColumn('sealed_key', 'bytea', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('settings')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  await db.schema.alterTable('sessions').addColumn('sealed_secret', 'bytea').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sessions').dropColumn('sealed_secret').execute();
  await db.schema.dropTable('settings').execute();
  await db.schema.dropTable('draft_keys').execute();
  await db.schema.dropTable('key_grants').execute();
  await db.schema
    .alterTable('users')
    .dropColumn('public_key')
    .dropColumn('wrapped_private_key')
    .dropColumn('key_salt')
    .dropColumn('keys_confirmed_at')
    .dropColumn('confirmed_by')
    .execute();
}
