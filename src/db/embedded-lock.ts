/** Keeps two processes from opening the same embedded database, which would corrupt it. */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors.js';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Lock files taken by this process: a lock naming our own pid may be stale, these are not. */
const heldHere = new Set<string>();

/**
 * Takes the lock file of the embedded database in `dir`, or throws `database_locked` naming
 * the process that holds it. A lock left by a process that has died is taken over.
 */
export function lockEmbeddedDatabase(dir: string, purpose: string): () => void {
  const file = path.join(dir, 'peluit.lock');
  fs.mkdirSync(dir, { recursive: true });

  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify({ pid: process.pid, purpose }), { flag: 'wx' });
      heldHere.add(file);
      return () => {
        heldHere.delete(file);
        fs.rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }

    const holder = readHolder(file);
    const ours = holder?.pid === process.pid;
    if (holder && (ours ? heldHere.has(file) : isAlive(holder.pid))) {
      throw new AppError('database_locked', 'error.databaseLocked', {
        detail:
          `The embedded database in ${dir} is in use by process ${holder.pid} (${holder.purpose}). ` +
          'Stop that process first, or set DATABASE_URL to use a PostgreSQL server, ' +
          'which allows several processes at once.',
      });
    }
    fs.rmSync(file, { force: true });
  }
  throw new Error(`Could not take the lock ${file}`);
}

function readHolder(file: string): { pid: number; purpose: string } | undefined {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      pid?: unknown;
      purpose?: unknown;
    };
    if (typeof parsed.pid !== 'number') return undefined;
    return { pid: parsed.pid, purpose: String(parsed.purpose ?? 'unknown') };
  } catch {
    return undefined;
  }
}
