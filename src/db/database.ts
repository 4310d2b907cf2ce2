/** Opens the database the configuration names: PostgreSQL by URL, or PGlite in DATA_DIR. */
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { lockEmbeddedDatabase } from './embedded-lock.js';
import { migrateToLatest } from './migrate.js';
import { PGliteDialect } from './pglite-driver.js';
import type { Database } from './schema.js';

export type Db = Kysely<Database>;

export type OpenedDatabase = {
  db: Db;
  engine: 'embedded' | 'postgres';
  /** True when the embedded database was created by this call. */
  created: boolean;
  close: () => Promise<void>;
};

// Counts and sizes are small enough for JavaScript numbers; dates stay Date objects.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
// A calendar day stays the text it is, not a Date at midnight in the server's zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

/**
 * Opens and migrates the database. The embedded one is locked for this process until `close`,
 * so the server and the CLI never open it at once.
 */
export async function openDatabase(options: {
  databaseUrl: string | undefined;
  dataDir: string;
  purpose: string;
}): Promise<OpenedDatabase> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    // An idle connection the server closes (a restart, a failover) must not crash the process:
    // the pool drops it and the next query opens a new one.
    pool.on('error', () => undefined);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    await migrateToLatest(db as Kysely<unknown>);
    return { db, engine: 'postgres', created: false, close: () => db.destroy() };
  }

  const dir = path.join(options.dataDir, 'db');
  const release = lockEmbeddedDatabase(options.dataDir, options.purpose);
  try {
    const created = !fs.existsSync(path.join(dir, 'PG_VERSION'));
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const pglite = await PGlite.create(dir);
    const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
    await migrateToLatest(db as Kysely<unknown>);
    const close = async () => {
      try {
        await db.destroy();
      } finally {
        release();
      }
    };
    return { db, engine: 'embedded', created, close };
  } catch (error) {
    release();
    throw error;
  }
}
