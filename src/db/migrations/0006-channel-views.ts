/** Channels get a note, and their landing pages a count of views per day (nothing else). */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('channels').addColumn('note', 'text').execute();
  await db.schema
    .createTable('channel_views')
    .addColumn('channel_id', 'integer', (c) => c.notNull().references('channels.id'))
    .addColumn('day', 'date', (c) => c.notNull())
    .addColumn('views', 'integer', (c) => c.notNull().defaultTo(sql`0`))
    .addPrimaryKeyConstraint('channel_views_pk', ['channel_id', 'day'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('channel_views').execute();
  await db.schema.alterTable('channels').dropColumn('note').execute();
}
