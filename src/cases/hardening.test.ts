/** What an attack on the first release taught: each of these once went through. */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'kysely';
import { forgetOldReceipts } from '../intake/submit-report.js';
import { createUser } from '../staff/users.js';
import {
  backOfficeCookies,
  engines,
  fullReport,
  logInStaff,
  openTestEnv,
  secondFactorFor,
  staffToken,
  tinyPdf,
  type TestEnv,
} from '../testing/harness.js';

for (const engine of engines) {
  describe(`hardening (${engine})`, () => {
    let env: TestEnv;
    before(async () => {
      env = await openTestEnv(engine);
    });
    after(() => env.close());
    beforeEach(() => env.reset());

    const submit = (payload: object, key?: string) =>
      env.app.inject({
        method: 'POST',
        url: '/api/v1/reports',
        payload,
        headers: key ? { 'idempotency-key': key } : {},
      });

    it('refuses the back office cookie on the API, so no other page can drive it', async () => {
      const { caseNumber } = (await submit(fullReport())).json();
      const staff = await staffToken(env, 'triase');
      const cookies = await backOfficeCookies(env, staff);
      const forged = await env.app.inject({
        method: 'POST',
        url: `/api/v1/cases/${encodeURIComponent(caseNumber)}/transitions`,
        cookies,
        payload: { to: 'selesai', outcome: 'tidak_terbukti' },
      });
      assert.equal(forged.statusCode, 401);
      const row = await env.ctx.db
        .selectFrom('cases')
        .select('state')
        .where('case_number', '=', caseNumber)
        .executeTakeFirstOrThrow();
      assert.equal(row.state, 'diterima');
    });

    it('records an outcome only when a case is concluded', async () => {
      const { caseNumber } = (await submit(fullReport())).json();
      const { token } = await staffToken(env, 'triase');
      const response = await env.app.inject({
        method: 'POST',
        url: `/api/v1/cases/${encodeURIComponent(caseNumber)}/transitions`,
        headers: { authorization: `Bearer ${token}` },
        payload: { to: 'verifikasi', outcome: 'terbukti' },
      });
      assert.equal(response.statusCode, 422);
      assert.ok(response.json().error.fields.outcome);
    });

    it('refuses a different report under a key already used', async () => {
      const key = 'kunci-yang-sama-0001';
      assert.equal((await submit(fullReport('pertama'), key)).statusCode, 201);
      const other = await submit(fullReport('kedua'), key);
      assert.equal(other.statusCode, 422);
      const count = await env.ctx.db.selectFrom('cases').select('id').execute();
      assert.equal(count.length, 1);
    });

    it('shows a receipt again only for a while, and the submission is dated to the hour', async () => {
      const key = 'kunci-tanda-terima-01';
      const first = (await submit(fullReport(), key)).json();
      assert.deepEqual((await submit(fullReport(), key)).json(), first);
      const row = await env.ctx.db
        .selectFrom('submissions')
        .select('created_at')
        .executeTakeFirstOrThrow();
      assert.equal(row.created_at.getUTCMinutes() + row.created_at.getUTCSeconds(), 0);
      await sql`update submissions set created_at = now() - interval '3 hours'`.execute(env.ctx.db);
      await forgetOldReceipts(env.ctx.db);
      const late = await submit(fullReport(), key);
      assert.equal(late.statusCode, 409);
      assert.doesNotMatch(late.body, /\d{4} \d{4} \d{4} \d{4}/);
    });

    it('gives every evidence file an extension that matches its content', async () => {
      const pdf = tinyPdf;
      const boundary = '----peluitboundary';
      const body = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="report"\r\n\r\n${JSON.stringify(fullReport())}\r\n` +
            `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="Bukti-video.html"\r\nContent-Type: text/html\r\n\r\n`,
        ),
        pdf,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      const response = await env.app.inject({
        method: 'POST',
        url: '/api/v1/reports',
        payload: body,
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      });
      assert.equal(response.statusCode, 201, response.body);
      const { token } = await staffToken(env, 'triase');
      const detail = await env.app.inject({
        url: `/api/v1/cases/${encodeURIComponent(response.json().caseNumber)}`,
        headers: { authorization: `Bearer ${token}` },
      });
      assert.equal(detail.json().files[0].name, 'Bukti-video.html.pdf');
    });

    it('keeps a report’s times, its answers and its files only to the hour', async () => {
      const { receipt } = (await submit(fullReport())).json();
      const session = await env.app.inject({
        method: 'POST',
        url: '/api/v1/reporter/session',
        payload: { receipt },
      });
      await env.app.inject({
        method: 'POST',
        url: '/api/v1/reporter/messages',
        headers: { authorization: `Bearer ${session.json().token}` },
        payload: { body: 'jawaban' },
      });
      const onTheHour = (d: Date) =>
        d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0 && d.getUTCMilliseconds() === 0;
      const row = await env.ctx.db
        .selectFrom('cases')
        .select(['submitted_at', 'updated_at'])
        .executeTakeFirstOrThrow();
      assert.ok(onTheHour(row.submitted_at) && onTheHour(row.updated_at));
      const message = await env.ctx.db
        .selectFrom('messages')
        .select('created_at')
        .executeTakeFirstOrThrow();
      assert.ok(onTheHour(message.created_at));
      const event = await env.ctx.db
        .selectFrom('case_events')
        .select('at')
        .executeTakeFirstOrThrow();
      assert.ok(onTheHour(event.at));
    });

    it('lets only a reader of the same kind confirm, and only a key holder move a case', async () => {
      const apresiasi = await staffToken(env, 'apresiasi');
      await createUser(env.ctx, {
        username: 'calon.triase',
        unit: 'POLRESTA-BPN',
        role: 'triase',
        password: 'sandi-calon-12345',
      });
      const vouched = await env.app.inject({
        method: 'POST',
        url: '/api/v1/staff/readers/calon.triase/confirmation',
        headers: { authorization: `Bearer ${apresiasi.token}` },
      });
      assert.equal(vouched.statusCode, 403);

      const { caseNumber } = (await submit(fullReport())).json();
      const unconfirmed = await logInStaff(env, 'calon.triase', 'sandi-calon-12345');
      const moved = await env.app.inject({
        method: 'POST',
        url: `/api/v1/cases/${encodeURIComponent(caseNumber)}/transitions`,
        headers: { authorization: `Bearer ${unconfirmed}` },
        payload: { to: 'selesai', outcome: 'tidak_terbukti' },
      });
      assert.equal(moved.statusCode, 403);
    });

    it('checks at most five guesses at once, and takes one code once', async () => {
      const staff = await staffToken(env, 'triase');
      const guesses = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          env.app.inject({
            method: 'POST',
            url: '/api/v1/staff/session',
            payload: { username: staff.username, password: `salah-${i}-xxxx` },
          }),
        ),
      );
      assert.ok(guesses.filter((g) => g.statusCode === 401).length <= 5);
      assert.ok(guesses.filter((g) => g.statusCode === 429).length >= 15);

      const other = await staffToken(env, 'pimpinan');
      const code = secondFactorFor(env, other.username);
      const logins = await Promise.all(
        Array.from({ length: 5 }, () =>
          env.app.inject({
            method: 'POST',
            url: '/api/v1/staff/session',
            payload: { username: other.username, password: other.password, totp: code },
          }),
        ),
      );
      assert.equal(logins.filter((l) => l.statusCode === 200).length, 1, 'one code, one session');
    });

    it('answers a broken multipart body with 400, not 500', async () => {
      const response = await env.app.inject({
        method: 'POST',
        url: '/api/v1/reports',
        payload: '--x\r\nContent-Disposition: form-data; name="report"\r\n\r\n{"a":',
        headers: { 'content-type': 'multipart/form-data; boundary=x' },
      });
      assert.equal(response.statusCode, 400);
    });
  });
}
