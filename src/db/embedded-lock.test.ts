/** One process at a time on an embedded database: the lock, its release, and a stale lock. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { AppError } from '../errors.js';
import { openDatabase } from './database.js';

describe('the embedded database lock', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peluit-lock-'));
    dirs.push(dir);
    return dir;
  };
  after(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
  const open = (dataDir: string, purpose: string) =>
    openDatabase({ databaseUrl: undefined, dataDir, purpose });

  it('refuses a second opening, naming the holder, and opens again after close', async () => {
    const dataDir = tempDir();
    const first = await open(dataDir, 'peluit serve');
    try {
      await assert.rejects(open(dataDir, 'peluit import units'), (error: unknown) => {
        assert.ok(error instanceof AppError, String(error));
        assert.equal(error.code, 'database_locked');
        assert.match(String(error.options.detail), new RegExp(`process ${process.pid}\\b`));
        assert.match(String(error.options.detail), /peluit serve/);
        return true;
      });
      const rows = await first.db.selectFrom('units').select('id').execute();
      assert.deepEqual(rows, [], 'the first opening still works');
    } finally {
      await first.close();
    }
    assert.equal(fs.existsSync(path.join(dataDir, 'peluit.lock')), false);

    const again = await open(dataDir, 'again');
    assert.equal(again.created, false);
    await again.close();
  });

  it('takes over a lock left by a process that has died', async () => {
    const dataDir = tempDir();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    const pid = Number(dead.stdout.toString());
    const lock = path.join(dataDir, 'peluit.lock');
    fs.writeFileSync(lock, JSON.stringify({ pid, purpose: 'peluit serve' }));

    const opened = await open(dataDir, 'after a crash');
    assert.deepEqual(JSON.parse(fs.readFileSync(lock, 'utf8')), {
      pid: process.pid,
      purpose: 'after a crash',
    });
    await opened.close();
  });

  it('takes over a lock that names this process but that no opening here holds', async () => {
    // After a crash in a container the server comes back with the same pid (often 1).
    const dataDir = tempDir();
    fs.writeFileSync(
      path.join(dataDir, 'peluit.lock'),
      JSON.stringify({ pid: process.pid, purpose: 'peluit serve' }),
    );
    const opened = await open(dataDir, 'restarted');
    await opened.close();
  });

  it('takes over a lock file that cannot be read', async () => {
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, 'peluit.lock'), 'not json');
    const opened = await open(dataDir, 'after a torn write');
    await opened.close();
  });
});
