/** The first schema: organisation, channels, cases, content, staff and sessions. */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('units')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'integer', (c) => c.references('units.id'))
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('has_propam', 'boolean', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('channels')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('form', 'text', (c) =>
      c.notNull().check(sql`form in ('full', 'quick', 'appreciation')`),
    )
    .addColumn('state', 'text', (c) =>
      c
        .notNull()
        .defaultTo('active')
        .check(sql`state in ('active', 'retired', 'forged')`),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('disabled_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('cases')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('case_number', 'text', (c) => c.notNull().unique())
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('channel_id', 'integer', (c) => c.notNull().references('channels.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('category', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text')
    .addColumn('identity_mode', 'text', (c) => c.notNull())
    .addColumn('subject_is_propam', 'boolean', (c) => c.notNull())
    .addColumn('subject_is_commander', 'boolean', (c) => c.notNull())
    .addColumn('escalated', 'boolean', (c) => c.notNull())
    .addColumn('receipt_hash', 'bytea', (c) => c.notNull().unique())
    .addColumn('submitted_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('concluded_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('cases_unit_state')
    .on('cases')
    .columns(['unit_id', 'state'])
    .execute();

  await db.schema
    .createTable('case_sequences')
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_value', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_sequences_pk', ['unit_id', 'year'])
    .execute();

  await db.schema
    .createTable('case_events')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id'))
    .addColumn('from_state', 'text')
    .addColumn('to_state', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text')
    .addColumn('actor_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('report_contents')
    .addColumn('case_id', 'uuid', (c) => c.primaryKey().references('cases.id'))
    .addColumn('content', 'bytea', (c) => c.notNull())
    .addColumn('identity', 'bytea')
    .execute();

  await db.schema
    .createTable('messages')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    // Order of arrival: times are coarse, so they cannot order messages of one hour.
    .addColumn('seq', 'integer', (c) => c.notNull().generatedAlwaysAsIdentity())
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id'))
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('author_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('body', 'bytea', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('messages_case').on('messages').column('case_id').execute();

  await db.schema
    .createTable('files')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('seq', 'integer', (c) => c.notNull().generatedAlwaysAsIdentity())
    .addColumn('case_id', 'uuid', (c) => c.references('cases.id'))
    .addColumn('message_id', 'uuid', (c) => c.references('messages.id'))
    .addColumn('draft_key', 'bytea')
    .addColumn('name', 'bytea', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'bytea', (c) => c.notNull())
    .addColumn('cleaned', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('files_case').on('files').column('case_id').execute();
  await db.schema.createIndex('files_draft').on('files').column('draft_key').execute();

  await db.schema
    .createTable('submissions')
    .addColumn('key_hash', 'bytea', (c) => c.primaryKey())
    .addColumn('case_id', 'uuid', (c) => c.notNull())
    .addColumn('sealed_receipt', 'bytea')
    .addColumn('body_digest', 'bytea', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // The submission is claimed before its case exists, so the check waits for the commit.
    .addForeignKeyConstraint('submissions_case', ['case_id'], 'cases', ['id'], (fk) =>
      fk.deferrable().initiallyDeferred(),
    )
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'bytea', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('case_id', 'uuid', (c) => c.references('cases.id'))
    .addColumn('csrf', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'sessions',
    'submissions',
    'files',
    'messages',
    'report_contents',
    'case_events',
    'case_sequences',
    'cases',
    'users',
    'channels',
    'units',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
