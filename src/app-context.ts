/** What every request handler, command and job is given: the open database and the stores. */
import path from 'node:path';
import type { Config } from './config/config.js';
import { diskBlobStore } from './content/blob-store.js';
import { ContentStore } from './content/content-store.js';
import type { Secrets } from './crypto/secrets.js';
import { loadSecrets } from './crypto/secrets.js';
import { sodiumReady } from './crypto/sealing.js';
import { openDatabase, type Db } from './db/database.js';
import type { Logger } from './log/logger.js';

export type AppContext = {
  config: Config;
  db: Db;
  engine: 'embedded' | 'postgres';
  secrets: Secrets;
  content: ContentStore;
  log: Logger;
  close: () => Promise<void>;
};

/** Opens the database, secrets and stores for a process; `purpose` names it in the DB lock. */
export async function openContext(
  config: Config,
  log: Logger,
  purpose: string,
): Promise<AppContext & { created: boolean }> {
  await sodiumReady;
  const secrets = loadSecrets(config.secretsDir);
  const opened = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    purpose,
  });
  const content = new ContentStore(
    diskBlobStore(path.join(config.dataDir, 'files')),
    config.timePrecision,
  );
  return {
    config,
    db: opened.db,
    engine: opened.engine,
    created: opened.created,
    secrets,
    content,
    log,
    close: opened.close,
  };
}
