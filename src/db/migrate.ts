/** Runs the schema migrations, the same set on the embedded database and on PostgreSQL. */
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import * as initial from './migrations/0001-initial.js';
import * as auditLog from './migrations/0002-audit-log.js';
import * as keys from './migrations/0003-keys.js';
import * as identityReveals from './migrations/0004-identity-reveals.js';
import * as secondFactor from './migrations/0005-second-factor.js';
import * as channelViews from './migrations/0006-channel-views.js';
import * as caseWork from './migrations/0007-case-work.js';

const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-audit-log': auditLog,
  '0003-keys': keys,
  '0004-identity-reveals': identityReveals,
  '0005-second-factor': secondFactor,
  '0006-channel-views': channelViews,
  '0007-case-work': caseWork,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Brings the schema up to date; returns the names of the migrations that ran. */
export async function migrateToLatest(db: Kysely<unknown>): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
