/** The audit log catches an edited, deleted, swapped or cut-short entry, in the API and the CLI. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'kysely';
import { openDatabase } from '../db/database.js';
import {
  engines,
  fullReport,
  logInStaff,
  openTestEnv,
  staffToken,
  type TestEnv,
} from '../testing/harness.js';
import { auditHead, formatHead, verifyAudit } from './audit-log.js';

type Row = { id: number; action: string; actor: string; detail: string; hash: Buffer };

for (const engine of engines) {
  describe(`the audit log (${engine})`, () => {
    let env: TestEnv;
    before(async () => {
      env = await openTestEnv(engine);
    });
    after(() => env.close());

    let rows: Row[];
    // Every case starts from a fresh log made by real staff actions through the API.
    beforeEach(async () => {
      await env.reset();
      const triase = await staffToken(env, 'triase');
      const auth = { authorization: `Bearer ${triase.token}` };
      const failed = await env.app.inject({
        method: 'POST',
        url: '/api/v1/staff/session',
        payload: { username: triase.username, password: 'salah-sekali-123' },
      });
      assert.equal(failed.statusCode, 401, failed.body);
      const submitted = await env.app.inject({
        method: 'POST',
        url: '/api/v1/reports',
        payload: fullReport('audit-marker'),
      });
      assert.equal(submitted.statusCode, 201, submitted.body);
      const casePath = `/api/v1/cases/${encodeURIComponent(submitted.json().caseNumber)}`;
      assert.equal((await env.app.inject({ url: casePath, headers: auth })).statusCode, 200);
      const moved = await env.app.inject({
        method: 'POST',
        url: `${casePath}/transitions`,
        headers: auth,
        payload: { to: 'verifikasi' },
      });
      assert.equal(moved.statusCode, 200, moved.body);
      const message = await env.app.inject({
        method: 'POST',
        url: `${casePath}/messages`,
        headers: auth,
        payload: { body: 'Mohon kirim foto loket.', visibility: 'reporter' },
      });
      assert.equal(message.statusCode, 201, message.body);
      assert.ok(await logInStaff(env, triase.username, triase.password));
      assert.equal((await env.app.inject({ url: casePath, headers: auth })).statusCode, 200);

      rows = (
        await sql<Row>`select id, action, actor, detail, hash from audit_log order by id`.execute(
          env.ctx.db,
        )
      ).rows.map((r) => ({ ...r, id: Number(r.id), hash: Buffer.from(r.hash) }));
    });

    const verify = (head?: string) => verifyAudit(env.ctx.db, env.ctx.secrets.auditKey, head);
    const idOf = (action: string) => rows.find((r) => r.action === action)!.id;
    const assertBroken = async (pattern: RegExp, head?: string) => {
      const result = await verify(head);
      assert.equal(result.ok, false, `tampering went unnoticed: ${JSON.stringify(result)}`);
      assert.match((result as { problem: string }).problem, pattern);
    };

    it('records every audited action and verifies intact', async () => {
      const actions = rows.map((r) => r.action);
      for (const action of ['confirm_reader', 'login', 'login_failed', 'case_view'])
        assert.ok(actions.includes(action), `${action} is logged: ${actions.join(', ')}`);
      assert.ok(actions.includes('state_change') && actions.includes('message'), actions.join());
      assert.deepEqual(
        rows.map((r) => r.id),
        rows.map((_, i) => i + 1),
      );
      const result = await verify();
      assert.equal(result.ok, true, JSON.stringify(result));
      assert.equal(result.entries, rows.length);
      const head = formatHead(await auditHead(env.ctx.db));
      assert.equal(head, `${rows.length}:${rows.at(-1)!.hash.toString('hex')}`);
      assert.equal((await verify(head)).ok, true);
      assert.doesNotMatch(rows.map((r) => r.detail).join(), /audit-marker|foto loket/);
    });

    it('names an entry whose detail was edited', async () => {
      const id = idOf('state_change');
      const forged = JSON.stringify({ from: 'diterima', to: 'selesai' });
      await sql`update audit_log set detail = ${forged} where id = ${id}`.execute(env.ctx.db);
      await assertBroken(new RegExp(`^entry ${id} does not match its hash`));
    });

    it('names an entry whose actor was edited', async () => {
      const id = idOf('case_view');
      await sql`update audit_log set actor = 'orang.lain' where id = ${id}`.execute(env.ctx.db);
      await assertBroken(new RegExp(`^entry ${id} does not match its hash`));
    });

    it('names a deleted middle entry', async () => {
      const id = idOf('state_change');
      assert.ok(id > 1 && id < rows.length, 'the entry is in the middle');
      await sql`delete from audit_log where id = ${id}`.execute(env.ctx.db);
      await assertBroken(new RegExp(`^entry ${id} is missing \\(found ${id + 1} next\\)`));
    });

    it('names the first of two entries whose contents were swapped', async () => {
      const [a, b] = [idOf('state_change'), idOf('message')];
      assert.ok(a < b);
      await sql`update audit_log set
          (at, actor_user_id, actor, action, case_number, detail, hash) =
          (select o.at, o.actor_user_id, o.actor, o.action, o.case_number, o.detail, o.hash
             from audit_log o
            where o.id = case when audit_log.id = ${a}::bigint
                              then ${b}::bigint else ${a}::bigint end)
        where id in (${a}, ${b})`.execute(env.ctx.db);
      const swapped = await sql<{ id: number; action: string }>`
        select id, action from audit_log where id in (${a}, ${b}) order by id`.execute(env.ctx.db);
      assert.deepEqual(
        swapped.rows.map((r) => r.action),
        ['message', 'state_change'],
      );
      await assertBroken(new RegExp(`^entry ${a} does not match its hash`));
    });

    it('names an entry whose action and hash were exchanged with another', async () => {
      const [a, b] = [idOf('login_failed'), idOf('case_view')];
      const [ra, rb] = [rows[a - 1]!, rows[b - 1]!];
      for (const [id, other] of [
        [a, rb],
        [b, ra],
      ] as const) {
        await sql`update audit_log set action = ${other.action}, hash = ${other.hash}
          where id = ${id}`.execute(env.ctx.db);
      }
      await assertBroken(new RegExp(`^entry ${Math.min(a, b)} does not match its hash`));
    });

    it('catches a log cut short with its head rewritten, given the head kept before', async () => {
      const kept = formatHead(await auditHead(env.ctx.db));
      const last = rows.length;
      const newLast = rows[last - 3]!;
      await sql`delete from audit_log where id > ${newLast.id}`.execute(env.ctx.db);
      await sql`update audit_head set last_id = ${newLast.id}, last_hash = ${newLast.hash}`.execute(
        env.ctx.db,
      );
      // Without a head kept elsewhere, a cleanly cut log (head row rewritten to match) passes:
      // the remaining entries are all genuine. Only the kept head reveals the cut.
      const alone = await verify();
      assert.equal(alone.ok, true, JSON.stringify(alone));
      assert.equal(alone.entries, newLast.id);
      await assertBroken(new RegExp(`entry ${last} of the head you kept is gone`), kept);
    });

    it('catches a log cut short when the head row was left alone', async () => {
      await sql`delete from audit_log where id = ${rows.length}`.execute(env.ctx.db);
      await assertBroken(/entries were deleted/);
    });

    it('refuses a kept head whose hash differs', async () => {
      const id = idOf('message');
      await assertBroken(
        new RegExp(`^entry ${id} differs from the head you kept`),
        `${id}:${'0'.repeat(64)}`,
      );
    });
  });
}

describe('peluit audit verify and audit head (embedded)', () => {
  const root = path.resolve(import.meta.dirname, '../..');
  let dataDir: string;
  before(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'peluit-audit-cli-'));
  });
  after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  type Result = { code: number | null; stdout: string; stderr: string };
  const run = (args: string[], input = '') =>
    new Promise<Result>((resolve, reject) => {
      const childEnv: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
      delete childEnv.DATABASE_URL;
      delete childEnv.SECRETS_DIR;
      const child = spawn(process.execPath, ['bin/peluit.js', ...args], {
        cwd: root,
        env: childEnv,
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
      child.stdin.end(input);
    });
  const ok = async (args: string[], input = '') => {
    const result = await run(args, input);
    assert.equal(result.code, 0, `${args.join(' ')}: ${result.stderr}`);
    return result;
  };

  it('says intact, prints the head, and names the entry after a row is edited', async () => {
    await ok(['import', 'units', path.join(root, 'src/demo/data/units-kaltim.csv')]);
    const recovery = (await ok(['keys', 'init-recovery'])).stdout;
    for (const username of ['pertama.triase', 'kedua.triase']) {
      await ok(
        ['user', 'add', '--username', username, '--unit', 'POLRESTA-BPN', '--role', 'triase'],
        'sandi-rahasia-cli-1\n',
      );
      await ok(['keys', 'grant', '--username', username], recovery);
    }

    // Recovery key, then for each user: the account made and the key granted.
    const intact = await ok(['audit', 'verify']);
    assert.match(intact.stdout, /intact: 5 entries/);
    const head = (await ok(['audit', 'head'])).stdout.trim();
    assert.match(head, /^5:[0-9a-f]{64}$/);
    assert.match(intact.stdout, new RegExp(head));
    assert.match((await ok(['audit', 'verify', '--head', head])).stdout, /intact/);

    const opened = await openDatabase({ databaseUrl: undefined, dataDir, purpose: 'audit test' });
    try {
      await sql`update audit_log set actor = 'bukan.operator' where id = 2`.execute(opened.db);
    } finally {
      await opened.close();
    }
    const broken = await run(['audit', 'verify']);
    assert.notEqual(broken.code, 0, broken.stdout);
    assert.match(`${broken.stdout}${broken.stderr}`, /NOT intact: entry 2 does not match its hash/);
  });
});
