/**
 * Case work: assessment, assignment, approval, forwarding, labels, progress updates, the keyed
 * officer index, holidays for working-day deadlines, and the job queue behind notifications.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('cases')
    .addColumn('track', 'text')
    .addColumn('difficulty', 'text')
    // Sealed with the case key: what puts a reporter at risk can say who they are.
    .addColumn('retaliation_risk', 'bytea')
    .addColumn('assignee_id', 'integer', (c) => c.references('users.id'))
    .addColumn('sanction', 'text')
    .addColumn('approved_at', 'timestamptz')
    .addColumn('approved_by', 'integer', (c) => c.references('users.id'))
    // The conclusion the head approved: the case may be concluded with this and nothing else.
    .addColumn('approved_outcome', 'text')
    .addColumn('approved_sanction', 'text')
    // A handler asked the head to approve a conclusion (the proposal is in the case's history).
    .addColumn('approval_requested_at', 'timestamptz')
    .addColumn('acknowledged_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('cases_assignee').on('cases').column('assignee_id').execute();

  await db.schema
    .alterTable('case_events')
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('state'))
    .addColumn('detail', 'text')
    .execute();

  await db.schema
    .alterTable('messages')
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('message'))
    .execute();

  await db.schema
    .alterTable('users')
    .addColumn('notify', 'text', (c) =>
      c.notNull().defaultTo('new_case,assignment,reporter_reply,deadline'),
    )
    .addColumn('must_change_password', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();

  await db.schema
    .createTable('case_labels')
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_labels_pk', ['case_id', 'label'])
    .execute();
  await db.schema.createIndex('case_labels_label').on('case_labels').column('label').execute();

  // HMAC of the normalised NRP of a reported officer, keyed with a secret outside the database.
  await db.schema
    .createTable('officer_index')
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id'))
    .addColumn('officer_mac', 'bytea', (c) => c.notNull())
    .addPrimaryKeyConstraint('officer_index_pk', ['case_id', 'officer_mac'])
    .execute();
  await db.schema
    .createIndex('officer_index_mac')
    .on('officer_index')
    .column('officer_mac')
    .execute();

  await db.schema
    .createTable('holidays')
    .addColumn('day', 'date', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('jobs')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('run_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'timestamptz')
    .addColumn('done_at', 'timestamptz')
    .addColumn('failed_at', 'timestamptz')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('jobs_due')
    .on('jobs')
    .columns(['run_at'])
    .where(sql.ref('done_at'), 'is', null)
    .execute();

  // One row per reminder sent, so two processes never remind of the same deadline twice.
  await db.schema
    .createTable('deadline_notices')
    .addColumn('case_id', 'uuid', (c) => c.notNull().references('cases.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('due_at', 'timestamptz', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('deadline_notices_pk', ['case_id', 'kind', 'due_at', 'stage'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['deadline_notices', 'jobs', 'holidays', 'officer_index', 'case_labels']) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema
    .alterTable('users')
    .dropColumn('notify')
    .dropColumn('must_change_password')
    .execute();
  await db.schema.alterTable('messages').dropColumn('kind').execute();
  await db.schema.alterTable('case_events').dropColumn('kind').dropColumn('detail').execute();
  await db.schema.dropIndex('cases_assignee').execute();
  await db.schema
    .alterTable('cases')
    .dropColumn('track')
    .dropColumn('difficulty')
    .dropColumn('retaliation_risk')
    .dropColumn('assignee_id')
    .dropColumn('sanction')
    .dropColumn('approved_at')
    .dropColumn('approved_by')
    .dropColumn('approved_outcome')
    .dropColumn('approved_sanction')
    .dropColumn('approval_requested_at')
    .dropColumn('acknowledged_at')
    .execute();
}
