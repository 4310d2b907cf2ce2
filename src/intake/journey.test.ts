/** The main journey through the API, on both databases: report, triage, question, answer, conclude. */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, beforeEach, describe, it } from 'node:test';
import {
  engines,
  fullReport,
  multipart,
  openTestEnv,
  staffToken,
  tinyJpeg,
  type TestEnv,
} from '../testing/harness.js';

for (const engine of engines) {
  describe(`the journey (${engine})`, () => {
    let env: TestEnv;
    before(async () => {
      env = await openTestEnv(engine);
    });
    after(() => env.close());
    beforeEach(() => env.reset());

    const submit = (payload: object, headers: Record<string, string> = {}) =>
      env.app.inject({ method: 'POST', url: '/api/v1/reports', payload, headers });

    it('takes a report, routes it to Si Propam Polresta Balikpapan and numbers it', async () => {
      const response = await submit(fullReport());
      assert.equal(response.statusCode, 201, response.body);
      const { receipt, caseNumber } = response.json();
      assert.match(receipt, /^\d{4} \d{4} \d{4} \d{4}$/);
      assert.match(
        caseNumber,
        /^WBS\/0001\/(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)\/20\d\d\/POLRESTA-BPN$/,
      );

      const second = await submit(fullReport());
      assert.match(second.json().caseNumber, /^WBS\/0002\//);
    });

    it('sends a report about Propam staff or the commander one level up, to Polda Kalimantan Timur', async () => {
      const aboutPropam = await submit(fullReport('x', { subjectIsPropam: true }));
      assert.match(aboutPropam.json().caseNumber, /\/POLDA-KALTIM$/);
      const aboutCommander = await submit(fullReport('x', { subjectIsCommander: true }));
      assert.match(aboutCommander.json().caseNumber, /\/POLDA-KALTIM$/);
    });

    it('makes one report for one Idempotency-Key, with the same receipt', async () => {
      const key = 'kunci-idempotensi-0001';
      const [a, b] = await Promise.all([
        submit(fullReport(), { 'idempotency-key': key }),
        submit(fullReport(), { 'idempotency-key': key }),
      ]);
      assert.equal(a.statusCode, 201);
      assert.equal(b.statusCode, 201);
      assert.deepEqual(a.json(), b.json());
      const c = await submit(fullReport(), { 'idempotency-key': key });
      assert.deepEqual(c.json(), a.json());
      const count = await env.ctx.db
        .selectFrom('cases')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      assert.equal(Number(count.n), 1);
    });

    it('gives unique numbers when many reports arrive at once', async () => {
      const responses = await Promise.all(Array.from({ length: 20 }, () => submit(fullReport())));
      const numbers = responses.map((r) => r.json().caseNumber as string);
      assert.equal(new Set(numbers).size, 20);
      const sequences = numbers.map((n) => Number(n.split('/')[1])).sort((x, y) => x - y);
      assert.deepEqual(
        sequences,
        Array.from({ length: 20 }, (_, i) => i + 1),
      );
    });

    it('carries a case from diterima to selesai while the reporter follows it', async () => {
      const { receipt, caseNumber } = (await submit(fullReport('rahasia-penanda'))).json();
      const { token } = await staffToken(env, 'triase');
      const auth = { authorization: `Bearer ${token}` };
      const path = `/api/v1/cases/${encodeURIComponent(caseNumber)}`;

      const inbox = await env.app.inject({ url: '/api/v1/cases', headers: auth });
      assert.deepEqual(
        inbox.json().items.map((i: { caseNumber: string }) => i.caseNumber),
        [caseNumber],
      );

      const opened = await env.app.inject({ url: path, headers: auth });
      assert.equal(opened.statusCode, 200);
      assert.match(opened.json().report.description, /rahasia-penanda/);
      assert.equal(opened.json().state, 'diterima');

      const moved = await env.app.inject({
        method: 'POST',
        url: `${path}/transitions`,
        headers: auth,
        payload: { to: 'verifikasi' },
      });
      assert.equal(moved.statusCode, 200, moved.body);
      await env.app.inject({
        method: 'POST',
        url: `${path}/messages`,
        headers: auth,
        payload: { body: 'Jam berapa kejadiannya?', visibility: 'reporter' },
      });
      await env.app.inject({
        method: 'POST',
        url: `${path}/messages`,
        headers: auth,
        payload: { body: 'Catatan: cek CCTV loket', visibility: 'internal' },
      });

      const login = await env.app.inject({
        method: 'POST',
        url: '/api/v1/reporter/session',
        payload: { receipt },
      });
      assert.equal(login.statusCode, 200, login.body);
      const reporter = { authorization: `Bearer ${login.json().token}` };
      const view = (
        await env.app.inject({ url: '/api/v1/reporter/report', headers: reporter })
      ).json();
      assert.equal(view.state, 'verifikasi');
      assert.deepEqual(
        view.messages.map((m: { body: string }) => m.body),
        ['Jam berapa kejadiannya?'],
      );
      assert.doesNotMatch(JSON.stringify(view), /CCTV/);

      const form = multipart([
        { name: 'body', value: 'Sekitar jam empat sore.' },
        { name: 'files', filename: 'foto.jpg', type: 'image/jpeg', data: tinyJpeg },
      ]);
      const answered = await env.app.inject({
        method: 'POST',
        url: '/api/v1/reporter/messages',
        headers: { ...reporter, ...form.headers },
        payload: form.payload,
      });
      assert.equal(answered.statusCode, 201, answered.body);

      const seen = (await env.app.inject({ url: path, headers: auth })).json();
      assert.deepEqual(
        seen.messages.map((m: { body: string }) => m.body),
        ['Jam berapa kejadiannya?', 'Catatan: cek CCTV loket', 'Sekitar jam empat sore.'],
      );
      assert.equal(seen.files.length, 1);
      assert.equal(seen.files[0].name, 'foto.jpg');
      const download = await env.app.inject({
        url: `${path}/files/${seen.files[0].id}`,
        headers: auth,
      });
      assert.equal(
        download.headers['content-disposition']?.toString().startsWith('attachment'),
        true,
      );
      // Stored cleaned (re-encoded without metadata): still a JPEG, and the digest handlers see.
      assert.deepEqual(download.rawPayload.subarray(0, 3), Buffer.from([0xff, 0xd8, 0xff]));
      const digest = createHash('sha256').update(download.rawPayload).digest('hex');
      assert.equal(digest, seen.files[0].sha256);
      assert.equal(seen.files[0].cleaned, true);

      const noOutcome = await env.app.inject({
        method: 'POST',
        url: `${path}/transitions`,
        headers: auth,
        payload: { to: 'selesai' },
      });
      assert.equal(noOutcome.statusCode, 422);
      assert.ok(noOutcome.json().error.fields.outcome);
      // Only a hearing finds a complaint substantiated; leaving assessment needs a track; and
      // a triage officer's conclusion needs the head's approval first.
      const tooEarly = await env.app.inject({
        method: 'POST',
        url: `${path}/transitions`,
        headers: auth,
        payload: { to: 'selesai', outcome: 'terbukti' },
      });
      assert.match(tooEarly.json().error.fields.outcome, /sidang/);
      const untracked = await env.app.inject({
        method: 'POST',
        url: `${path}/transitions`,
        headers: auth,
        payload: { to: 'selesai', outcome: 'tidak_terbukti' },
      });
      assert.match(untracked.json().error.fields.to, /jalur/);
      const assessed = await env.app.inject({
        method: 'PATCH',
        url: path,
        headers: auth,
        payload: { track: 'disiplin', difficulty: 'mudah' },
      });
      assert.equal(assessed.statusCode, 200, assessed.body);
      const unapproved = await env.app.inject({
        method: 'POST',
        url: `${path}/transitions`,
        headers: auth,
        payload: { to: 'selesai', outcome: 'tidak_terbukti' },
      });
      assert.match(unapproved.json().error.fields.to, /pimpinan/);
      const head = await staffToken(env, 'pimpinan');
      const approved = await env.app.inject({
        method: 'POST',
        url: `${path}/approval`,
        payload: { outcome: 'tidak_terbukti' },
        headers: { authorization: `Bearer ${head.token}` },
      });
      assert.equal(approved.statusCode, 200, approved.body);
      const concluded = await env.app.inject({
        method: 'POST',
        url: `${path}/transitions`,
        headers: auth,
        payload: { to: 'selesai', outcome: 'tidak_terbukti' },
      });
      assert.equal(concluded.statusCode, 200, concluded.body);

      const final = (
        await env.app.inject({ url: '/api/v1/reporter/report', headers: reporter })
      ).json();
      assert.equal(final.state, 'selesai');
      assert.equal(final.outcome, 'tidak_terbukti');
    });

    it('refuses a mistyped receipt before any look-up, and an unknown one with 401', async () => {
      const { receipt } = (await submit(fullReport())).json();
      const digits = receipt.replace(/ /g, '');
      const typo = digits.slice(0, 3) + ((Number(digits[3]) + 1) % 10) + digits.slice(4);
      const mistyped = await env.app.inject({
        method: 'POST',
        url: '/api/v1/reporter/session',
        payload: { receipt: typo },
      });
      assert.equal(mistyped.statusCode, 400);
      assert.equal(mistyped.json().error.code, 'receipt_mistyped');

      const letters = await env.app.inject({
        method: 'POST',
        url: '/api/v1/reporter/session',
        payload: { receipt: 'abcd efgh' },
      });
      assert.equal(letters.json().error.code, 'receipt_mistyped');

      // A well-formed receipt nobody holds: 15 digits and its check digit.
      const { checkDigit } = await import('../receipts/receipt.js');
      const body = '123456789012345';
      const unknown = await env.app.inject({
        method: 'POST',
        url: '/api/v1/reporter/session',
        payload: { receipt: body + checkDigit(body) },
      });
      assert.equal(unknown.statusCode, 401);
      assert.equal(unknown.json().error.code, 'receipt_unknown');
      assert.notEqual(unknown.json().error.message, mistyped.json().error.message);

      const dashed = await env.app.inject({
        method: 'POST',
        url: '/api/v1/reporter/session',
        payload: { receipt: receipt.replace(/ /g, '-') },
      });
      assert.equal(dashed.statusCode, 200);
    });

    it('routes quick complaints and appreciation with their own fields', async () => {
      const quick = await submit({
        channel: 'bpn-cepat',
        kind: 'pengaduan_cepat',
        category: 'pelayanan_tidak_profesional',
        description: 'Antrean tidak dilayani',
      });
      assert.equal(quick.statusCode, 201, quick.body);
      assert.match(quick.json().caseNumber, /POLRESTA-BPN$/);

      const thanks = await submit({
        channel: 'BPN-CC110',
        kind: 'apresiasi',
        description: 'Cepat tanggap',
        subjects: [{ name: 'Briptu Baik' }],
      });
      assert.equal(thanks.statusCode, 201, thanks.body);
      const elsewhere = await submit({
        channel: 'BPN-CC110',
        kind: 'apresiasi',
        description: 'Ramah',
        appreciationUnit: 'POLRES-PASER',
      });
      assert.match(elsewhere.json().caseNumber, /POLRES-PASER$/);

      const { token } = await staffToken(env, 'apresiasi');
      const list = await env.app.inject({
        url: '/api/v1/cases',
        headers: { authorization: `Bearer ${token}` },
      });
      assert.deepEqual(
        list.json().items.map((i: { kind: string }) => i.kind),
        ['apresiasi'],
      );
      const moved = await env.app.inject({
        method: 'POST',
        url: `/api/v1/cases/${encodeURIComponent(thanks.json().caseNumber)}/transitions`,
        headers: { authorization: `Bearer ${token}` },
        payload: { to: 'diteruskan' },
      });
      assert.equal(moved.statusCode, 200, moved.body);
    });

    it('hides cases of other units and refuses content to admin and auditor', async () => {
      const { caseNumber } = (await submit(fullReport())).json();
      const path = `/api/v1/cases/${encodeURIComponent(caseNumber)}`;
      const other = await staffToken(env, 'triase', 'POLRESTA-SMD');
      assert.equal(
        (await env.app.inject({ url: path, headers: { authorization: `Bearer ${other.token}` } }))
          .statusCode,
        404,
      );
      for (const role of ['admin', 'auditor'] as const) {
        const { token } = await staffToken(env, role);
        const response = await env.app.inject({
          url: path,
          headers: { authorization: `Bearer ${token}` },
        });
        assert.equal(response.statusCode, 403);
        assert.equal(response.json().error.code, 'forbidden');
      }
      assert.equal((await env.app.inject({ url: path })).statusCode, 401);
    });
  });
}
