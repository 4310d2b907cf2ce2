/** What an attack on the first release taught: each of these once went through. */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'kysely';
import {
  engines,
  fullReport,
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
      const login = await env.app.inject({
        method: 'POST',
        url: '/staf/masuk',
        payload: {
          username: staff.username,
          password: staff.password,
          totp: secondFactorFor(env, staff.username),
        },
      });
      const cookie = login.cookies.find((c) => c.name === 'peluit_staf');
      assert.ok(cookie);
      const forged = await env.app.inject({
        method: 'POST',
        url: `/api/v1/cases/${encodeURIComponent(caseNumber)}/transitions`,
        cookies: { peluit_staf: cookie.value },
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

    it('shows a receipt again only within a quarter of an hour', async () => {
      const key = 'kunci-tanda-terima-01';
      const first = (await submit(fullReport(), key)).json();
      assert.deepEqual((await submit(fullReport(), key)).json(), first);
      await sql`update submissions set created_at = now() - interval '16 minutes'`.execute(
        env.ctx.db,
      );
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
