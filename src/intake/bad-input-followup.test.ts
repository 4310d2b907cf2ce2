/** Bad input after the form: mistyped receipts, expired sessions, no-JS drafts kept once. */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'kysely';
import {
  engines,
  fullReport,
  multipart,
  openTestEnv,
  staffToken,
  tinyJpeg,
  type TestEnv,
} from '../testing/harness.js';

const formUrl = '/q/BPN-SIDOKKES/pengaduan';
const submissionOf = (page: string) => /name="submission" value="([^"]+)"/.exec(page)![1]!;
const caseNumberOf = (page: string) => /WBS\/\d{4}\/[IVX]+\/\d{4}\/[A-Z-]+/.exec(page)![0];
const jpeg = (filename: string) => ({
  name: 'files',
  filename,
  type: 'image/jpeg',
  data: tinyJpeg,
});

for (const engine of engines) {
  describe(`bad input after the form (${engine})`, () => {
    let env: TestEnv;
    before(async () => {
      env = await openTestEnv(engine);
    });
    after(() => env.close());
    beforeEach(() => env.reset());

    const api = (payload: object) =>
      env.app.inject({ method: 'POST', url: '/api/v1/reports', payload });
    /** Posts the full form as a browser without JavaScript does: multipart, hidden fields. */
    const postForm = (fields: Record<string, string>, files: ReturnType<typeof jpeg>[] = []) => {
      const body = multipart([
        { name: 'channel', value: 'BPN-SIDOKKES' },
        { name: 'kind', value: 'pengaduan' },
        ...Object.entries(fields).map(([name, value]) => ({ name, value })),
        ...files,
      ]);
      return env.app.inject({ method: 'POST', url: formUrl, ...body });
    };
    const freshSubmission = async () => submissionOf((await env.app.inject({ url: formUrl })).body);
    const caseCount = async () => {
      const row = await env.ctx.db
        .selectFrom('cases')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    };
    const staffView = async (caseNumber: string) => {
      const { token } = await staffToken(env, 'triase');
      const url = `/api/v1/cases/${encodeURIComponent(caseNumber)}`;
      return (await env.app.inject({ url, headers: { authorization: `Bearer ${token}` } })).json();
    };

    it('reads receipts with spaces and dashes, and refuses letters', async () => {
      const { receipt } = (await api(fullReport())).json();
      const login = (value: string) =>
        env.app.inject({
          method: 'POST',
          url: '/api/v1/reporter/session',
          payload: { receipt: value },
        });
      const letters = await login('abcd efgh ijkl mnop');
      assert.equal(letters.statusCode, 400);
      assert.equal(letters.json().error.code, 'receipt_mistyped');
      assert.equal((await login(` ${receipt.replace(/ /g, ' - ')} `)).statusCode, 200);
      assert.equal((await login(receipt.replace(/ /g, ''))).statusCode, 200);

      const form = (value: string) =>
        env.app.inject({
          method: 'POST',
          url: '/q/BPN-SIDOKKES/ikuti',
          payload: { receipt: value },
        });
      const typed = await form('12ab <i>x</i>');
      assert.equal(typed.statusCode, 400);
      assert.match(typed.body, /Nomor tanda terima terdiri dari 16 angka\./);
      assert.ok(typed.body.includes('value="12ab &lt;i&gt;x&lt;/i&gt;"'));
      assert.equal((await form(receipt.replace(/ /g, '-'))).statusCode, 303);
    });

    it('asks for the receipt again after 31 idle minutes', async () => {
      const { receipt } = (await api(fullReport())).json();
      const session = await env.app.inject({
        method: 'POST',
        url: '/api/v1/reporter/session',
        payload: { receipt },
      });
      const token = session.json().token as string;
      const login = await env.app.inject({ method: 'POST', url: '/ikuti', payload: { receipt } });
      const cookie = String(login.headers['set-cookie']).split(';')[0]!;
      // Session times are stored to the hour (the exact ones are sealed): make it hours old.
      const ago = new Date(Date.now() - 3 * 60 * 60 * 1000);
      await sql`update sessions set last_seen_at = ${ago}`.execute(env.ctx.db);

      const viaApi = await env.app.inject({
        url: '/api/v1/reporter/report',
        headers: { authorization: `Bearer ${token}` },
      });
      assert.equal(viaApi.statusCode, 401);
      assert.equal(viaApi.json().error.code, 'unauthorized');
      const page = await env.app.inject({ url: '/laporan', headers: { cookie } });
      assert.equal(page.statusCode, 401);
      assert.match(page.body, /Sesi Anda berakhir\. Masukkan nomor tanda terima lagi\./);
      assert.match(page.body, /name="receipt"/);
      const answer = multipart([{ name: 'body', value: 'masih di sini' }]);
      const late = await env.app.inject({
        method: 'POST',
        url: '/laporan/balas',
        headers: { ...answer.headers, cookie },
        payload: answer.payload,
      });
      assert.equal(late.statusCode, 401);
      assert.match(late.body, /Sesi Anda berakhir/);
    });

    it('keeps a draft file through a failed no-JS post and attaches it exactly once', async () => {
      const submission = await freshSubmission();
      const fields = { submission, category: 'pungli', place: 'loket 2' };
      const failed = await postForm({ ...fields, description: '' }, [jpeg('bukti.jpg')]);
      assert.equal(failed.statusCode, 422);
      assert.match(failed.body, /Sudah terlampir:[\s\S]*bukti\.jpg/);
      assert.equal(submissionOf(failed.body), submission);
      const stillFailing = await postForm({ ...fields, description: ' ' });
      assert.equal(stillFailing.statusCode, 422);
      assert.equal(stillFailing.body.match(/bukti\.jpg/g)?.length, 1);

      const valid = { ...fields, description: 'Petugas meminta uang.' };
      const done = await postForm(valid);
      assert.equal(done.statusCode, 200, done.body.slice(0, 300));
      const receipt = /class="receipt"[^>]*>([\d ]+)</.exec(done.body)![1];
      const created = await staffView(caseNumberOf(done.body));
      assert.deepEqual(
        created.files.map((f: { name: string }) => f.name),
        ['bukti.jpg'],
      );

      const replayed = await postForm(valid);
      assert.equal(replayed.statusCode, 200);
      assert.equal(/class="receipt"[^>]*>([\d ]+)</.exec(replayed.body)![1], receipt);
      assert.equal(await caseCount(), 1);
      const files = await env.ctx.db.selectFrom('files').select(['case_id']).execute();
      assert.equal(files.length, 1);
      assert.notEqual(files[0]!.case_id, null);
    });
  });
}
