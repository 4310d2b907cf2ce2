/** `peluit import holidays FILE`, run as the operator runs it, on an embedded database. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openDatabase } from '../db/database.js';
import { loadHolidays } from './holidays.js';

const root = path.resolve(import.meta.dirname, '../..');
const real2026 = path.resolve(root, 'src/demo/data/holidays-2026.csv');
type Result = { code: number | null; stdout: string; stderr: string };

describe('peluit import holidays', () => {
  let dataDir: string;
  let scratch: string;
  before(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'peluit-holidays-cli-'));
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'peluit-holidays-csv-'));
  });
  after(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  const run = (args: string[]) =>
    new Promise<Result>((resolve, reject) => {
      const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
      delete env.DATABASE_URL;
      const child = spawn(process.execPath, ['bin/peluit.js', ...args], { cwd: root, env });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
      child.stdin.end();
    });

  const stored = async () => {
    const opened = await openDatabase({ databaseUrl: undefined, dataDir, purpose: 'test' });
    try {
      return await loadHolidays(opened.db);
    } finally {
      await opened.close();
    }
  };

  it('explains itself with --help and is listed in the general help', async () => {
    const help = await run(['import', 'holidays', '--help']);
    assert.equal(help.code, 0, help.stderr);
    assert.match(help.stdout, /Usage: peluit import holidays FILE/);
    assert.match(help.stdout, /date,name/);
    const all = await run(['--help']);
    assert.match(all.stdout, /peluit import holidays FILE/);
  });

  it('imports the real 2026 list', async () => {
    const result = await run(['import', 'holidays', real2026]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /Imported 25 holidays\./);
    const days = await stored();
    assert.equal(days.size, 25);
    assert.ok(days.has('2026-03-21'));
  });

  it('refuses a bad line naming its number, exits non-zero, and imports nothing', async () => {
    const file = path.join(scratch, 'libur-2027.csv');
    fs.writeFileSync(
      file,
      'date,name\n2027-01-01,Tahun Baru 2027\n2027-02-06,Tahun Baru Imlek\n2027-02-31,Salah\n',
    );
    const result = await run(['import', 'holidays', file]);
    assert.notEqual(result.code, 0);
    assert.match(result.stderr, /line 4: the date is not valid/);
    assert.match(result.stderr, /nothing was changed/);
    const days = await stored();
    assert.equal(days.size, 25);
    assert.ok(!days.has('2027-01-01'), 'the good lines before it were not imported either');
  });

  it('asks for the file when it is missing', async () => {
    const result = await run(['import', 'holidays']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /missing FILE/);
  });
});
