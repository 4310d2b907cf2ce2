/** The real `peluit` command, run as the operator runs it, on an embedded database. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openDatabase } from '../db/database.js';

const root = path.resolve(import.meta.dirname, '../..');
const demo = (name: string) => path.join(root, 'src/demo/data', name);
type Result = { code: number | null; stdout: string; stderr: string };

describe('the peluit command', () => {
  let dataDir: string;
  before(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'peluit-cli-'));
  });
  after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  const env = (dir: string, extra: Record<string, string> = {}) => {
    const copy: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dir, ...extra };
    delete copy.DATABASE_URL;
    return copy;
  };
  const run = (args: string[], options: { input?: string; dir?: string } = {}) =>
    new Promise<Result>((resolve, reject) => {
      const child = spawn(process.execPath, ['bin/peluit.js', ...args], {
        cwd: root,
        env: env(options.dir ?? dataDir),
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
      child.stdin.end(options.input ?? '');
    });
  const csv = (name: string, text: string) => {
    const file = path.join(os.tmpdir(), `peluit-cli-${process.pid}-${name}`);
    fs.writeFileSync(file, text);
    return file;
  };

  it('prints its help with every command and exits 0', async () => {
    const help = await run(['--help']);
    assert.equal(help.code, 0, help.stderr);
    for (const command of ['serve', 'migrate', 'import units', 'import channels', 'user add'])
      assert.match(help.stdout, new RegExp(`peluit ${command}`), command);
    const unknown = await run(['nonsense']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /Unknown command: nonsense/);
  });

  it('imports units, then channels', async () => {
    const units = await run(['import', 'units', demo('units-kaltim.csv')]);
    assert.equal(units.code, 0, units.stderr);
    assert.match(units.stderr, /Imported 18 units\./);
    const channels = await run(['import', 'channels', demo('channels-balikpapan.csv')]);
    assert.equal(channels.code, 0, channels.stderr);
    assert.match(channels.stderr, /Imported 4 channels\./);
  });

  it('adds a user with the password from standard input and prints nothing secret', async () => {
    const password = 'rahasia-sekali-123';
    const args = ['user', 'add', '--username', 'x', '--unit', 'POLRESTA-BPN', '--role', 'triase'];
    // Three characters at least: `x` alone is refused, and says why.
    const short = await run(args, { input: `${password}\n` });
    assert.equal(short.code, 1);
    assert.match(short.stderr, /username/i);

    args[3] = 'x.triase';
    const added = await run(args, { input: `${password}\n` });
    assert.equal(added.code, 0, added.stderr);
    assert.match(added.stderr, /User x\.triase \(triase\) created\./);
    assert.ok(!`${added.stdout}${added.stderr}`.includes(password));
    assert.ok(!`${added.stdout}${added.stderr}`.includes('$argon2'));

    const opened = await openDatabase({ databaseUrl: undefined, dataDir, purpose: 'test' });
    try {
      const user = await opened.db
        .selectFrom('users')
        .select(['username', 'password_hash'])
        .executeTakeFirstOrThrow();
      assert.equal(user.username, 'x.triase');
      assert.ok(!user.password_hash.includes(password));
    } finally {
      await opened.close();
    }
  });

  it('refuses a bad CSV row naming its line, and changes nothing', async () => {
    const file = csv(
      'bad-units.csv',
      'code,name,type,parent,time_zone,has_propam\n' +
        'POLRES-BARU,Polres Baru,polres,POLDA-KALTIM,Asia/Makassar,true\n' +
        'POLRES-RUSAK,Polres Rusak,polres,POLDA-KALTIM,Asia/Makassar,mungkin\n',
    );
    const result = await run(['import', 'units', file]);
    fs.rmSync(file);
    assert.notEqual(result.code, 0);
    assert.match(result.stderr, /line 3/);
    assert.match(result.stderr, /has_propam must be true or false/);
    assert.match(result.stderr, /nothing was changed/);
    const channels = await run([
      'channel',
      'add',
      '--unit',
      'POLRES-BARU',
      '--code',
      'BARU-1',
      '--place',
      'x',
      '--form',
      'full',
    ]);
    assert.notEqual(channels.code, 0, 'POLRES-BARU was not imported');
  });

  it('writes the recovery key to a new file, and never over an existing one', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peluit-cli-recovery-'));
    const file = path.join(dir, 'recovery-key.txt');
    const first = await run(['keys', 'init-recovery', '--out', file], { dir });
    assert.equal(first.code, 0, first.stderr);
    assert.equal(first.stdout, '', 'nothing on standard output');
    const key = fs.readFileSync(file, 'utf8');
    assert.match(key, /^\S{40,}\n$/);
    assert.equal(fs.statSync(file).mode & 0o777, 0o600);
    const again = await run(['keys', 'init-recovery', '--out', file], { dir });
    assert.notEqual(again.code, 0);
    assert.match(again.stderr, /exists already/);
    assert.equal(fs.readFileSync(file, 'utf8'), key, 'the saved key is untouched');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a user for an unknown unit with a clear message', async () => {
    const args = ['user', 'add', '--username', 'y.triase', '--unit', 'POLRES-ATLANTIS'];
    const result = await run([...args, '--role', 'triase'], { input: 'rahasia-sekali-456\n' });
    assert.equal(result.code, 1);
    assert.match(result.stderr, /unit: Unknown unit/);
  });

  it('refuses to open the database another process holds, naming it', async () => {
    const held = await openDatabase({
      databaseUrl: undefined,
      dataDir,
      purpose: 'cli test holder',
    });
    try {
      const result = await run(['import', 'units', demo('units-kaltim.csv')]);
      assert.equal(result.code, 1);
      assert.match(
        result.stderr,
        new RegExp(`in use by process ${process.pid} \\(cli test holder\\)`),
      );
      assert.match(result.stderr, /DATABASE_URL/);
    } finally {
      await held.close();
    }
  });

  it('refuses while `peluit serve` runs on the same folder', async () => {
    const server = spawn(process.execPath, ['bin/peluit.js', 'serve'], {
      cwd: root,
      env: env(dataDir, { PORT: '0', DEMO: '0', LOG_LEVEL: 'warn' }),
    });
    const exited = new Promise((resolve) => server.once('exit', resolve));
    try {
      let banner = '';
      await new Promise<void>((resolve, reject) => {
        server.stderr.on('data', (chunk) => {
          banner += chunk;
          if (/Peluit is listening/.test(banner)) resolve();
        });
        server.on('exit', (code) => reject(new Error(`serve exited ${code}: ${banner}`)));
      });
      const result = await run(['import', 'channels', demo('channels-balikpapan.csv')]);
      assert.equal(result.code, 1);
      assert.match(result.stderr, new RegExp(`process ${server.pid} \\(peluit serve\\)`));
    } finally {
      server.kill('SIGTERM');
      await exited;
    }
    assert.equal(fs.existsSync(path.join(dataDir, 'peluit.lock')), false, 'serve released it');
  });

  it('imports the 543 units of Indonesia', async (t) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peluit-cli-id-'));
    try {
      const started = performance.now();
      const result = await run(['import', 'units', demo('units-indonesia.csv')], { dir });
      const seconds = (performance.now() - started) / 1000;
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stderr, /Imported 543 units\./);
      t.diagnostic(`import units of units-indonesia.csv took ${seconds.toFixed(1)} s`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
