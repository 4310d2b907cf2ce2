/** Appreciation: routed to the apresiasi readers of a unit from the list, and the thank-you. */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { engines, openTestEnv, staffToken, type TestEnv } from '../testing/harness.js';

const thanks = (overrides: Record<string, unknown> = {}) => ({
  channel: 'BPN-CC110',
  kind: 'apresiasi',
  description: 'Briptu Baik menolong kami tengah malam. Terima kasih.',
  subjects: [{ name: 'Briptu Baik' }],
  ...overrides,
});

for (const engine of engines) {
  describe(`appreciation (${engine})`, () => {
    let env: TestEnv;
    before(async () => {
      env = await openTestEnv(engine);
    });
    after(() => env.close());
    beforeEach(() => env.reset());

    const submit = (payload: object) =>
      env.app.inject({ method: 'POST', url: '/api/v1/reports', payload });

    const status = async (token: string, caseNumber: string) =>
      (
        await env.app.inject({
          url: `/api/v1/cases/${encodeURIComponent(caseNumber)}`,
          headers: { authorization: `Bearer ${token}` },
        })
      ).statusCode;

    /** The usernames the case key is sealed to. */
    const holders = async (caseNumber: string) =>
      (
        await env.ctx.db
          .selectFrom('key_grants')
          .innerJoin('cases', 'cases.id', 'key_grants.case_id')
          .innerJoin('users', 'users.id', 'key_grants.user_id')
          .select('users.username')
          .where('cases.case_number', '=', caseNumber)
          .where('key_grants.holder', '=', 'staff')
          .orderBy('users.username')
          .execute()
      ).map((r) => r.username);

    /** Staff of two units: the appreciation readers and the triage officers of each. */
    const staffOfTwoUnits = async () => ({
      apresiasiBpn: await staffToken(env, 'apresiasi', 'POLRESTA-BPN'),
      apresiasiPaser: await staffToken(env, 'apresiasi', 'POLRES-PASER'),
      triaseBpn: await staffToken(env, 'triase', 'POLRESTA-BPN'),
      triasePaser: await staffToken(env, 'triase', 'POLRES-PASER'),
      pimpinanBpn: await staffToken(env, 'pimpinan', 'POLRESTA-BPN'),
    });

    it("reaches the apresiasi readers of the channel's unit and nobody else", async () => {
      const staff = await staffOfTwoUnits();
      const response = await submit(thanks());
      assert.equal(response.statusCode, 201, response.body);
      const { caseNumber } = response.json<{ caseNumber: string }>();
      assert.match(caseNumber, /\/POLRESTA-BPN$/);

      assert.deepEqual(await holders(caseNumber), [staff.apresiasiBpn.username]);
      assert.equal(await status(staff.apresiasiBpn.token, caseNumber), 200);
      for (const other of [
        staff.apresiasiPaser,
        staff.triaseBpn,
        staff.triasePaser,
        staff.pimpinanBpn,
      ]) {
        assert.equal(await status(other.token, caseNumber), 404, other.username);
      }
    });

    it('reaches the apresiasi readers of a unit the reporter picked, and nobody else', async () => {
      const staff = await staffOfTwoUnits();
      const response = await submit(thanks({ unit: 'polres-paser' }));
      assert.equal(response.statusCode, 201, response.body);
      const { caseNumber } = response.json<{ caseNumber: string }>();
      assert.match(caseNumber, /\/POLRES-PASER$/);

      assert.deepEqual(await holders(caseNumber), [staff.apresiasiPaser.username]);
      assert.equal(await status(staff.apresiasiPaser.token, caseNumber), 200);
      for (const other of [staff.apresiasiBpn, staff.triaseBpn, staff.triasePaser]) {
        assert.equal(await status(other.token, caseNumber), 404, other.username);
      }
    });

    it('offers the units as a list, the channel’s unit chosen, and routes the form’s choice', async () => {
      const form = await env.app.inject({ url: '/q/BPN-CC110/apresiasi' });
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /<select[^>]*name="unit"/);
      assert.doesNotMatch(form.body, /<input[^>]*name="unit"/);
      assert.match(form.body, /<option value="POLRESTA-BPN"\s+selected/);
      assert.match(form.body, /<option value="POLSEK-BPN-KOTA"/);
      assert.match(form.body, /<option value="MABES"/);
      // The channel's own region is offered first.
      assert.ok(form.body.indexOf('POLDA-KALTIM') < form.body.indexOf('value="MABES"'));

      const sent = await env.app.inject({
        method: 'POST',
        url: '/q/BPN-CC110/apresiasi',
        payload: {
          submission: 'a'.repeat(40),
          description: 'Pelayanan di Polsek Balikpapan Kota sangat ramah.',
          unit: 'POLSEK-BPN-KOTA',
        },
      });
      assert.equal(sent.statusCode, 200, sent.body);
      assert.match(sent.body, /WBS\/0001\/[IVX]+\/\d{4}\/POLSEK-BPN-KOTA/);
    });

    it('keeps everything typed when the unit is not one of the list', async () => {
      const typed = 'Bripda Sigap mengantar anak kami yang tersesat pulang.';
      const page = await env.app.inject({
        method: 'POST',
        url: '/q/BPN-CC110/apresiasi',
        payload: {
          submission: 'b'.repeat(40),
          description: typed,
          place: 'Jalan Sudirman',
          'subjects.0.name': 'Bripda Sigap',
          unit: 'POLRES-ATLANTIS',
        },
      });
      assert.equal(page.statusCode, 422);
      assert.ok(page.body.includes(typed));
      assert.match(page.body, /value="Jalan Sudirman"/);
      assert.match(page.body, /value="Bripda Sigap"/);
      assert.match(page.body, /id="f-unit-error">Pilih unit dari daftar\./);
      assert.match(page.body, /<select[^>]*aria-invalid="true"/);
      assert.match(page.body, /<option value="POLRESTA-BPN"\s+selected/);

      const api = await submit(thanks({ unit: 'POLRES-ATLANTIS' }));
      assert.equal(api.statusCode, 422);
      assert.equal(api.json().error.fields.unit, 'Pilih unit dari daftar.');
      const cases = await env.ctx.db.selectFrom('cases').select('id').execute();
      assert.equal(cases.length, 0);
    });

    it('thanks the reporter when it is passed on, and again when it is done', async () => {
      const reader = await staffToken(env, 'apresiasi', 'POLRESTA-BPN');
      const { receipt, caseNumber } = (await submit(thanks())).json<{
        receipt: string;
        caseNumber: string;
      }>();

      const login = await env.app.inject({
        method: 'POST',
        url: '/ikuti',
        payload: { receipt },
      });
      assert.equal(login.statusCode, 303, login.body);
      const cookie = login.cookies.find((c) => c.name === 'peluit_pelapor')!;
      const follow = async () =>
        (await env.app.inject({ url: '/laporan', cookies: { [cookie.name]: cookie.value } })).body;
      const move = async (to: string) => {
        const moved = await env.app.inject({
          method: 'POST',
          url: `/api/v1/cases/${encodeURIComponent(caseNumber)}/transitions`,
          headers: { authorization: `Bearer ${reader.token}` },
          payload: { to },
        });
        assert.equal(moved.statusCode, 200, moved.body);
      };

      assert.doesNotMatch(await follow(), /telah diteruskan/);

      await move('diteruskan');
      const forwarded = await follow();
      assert.match(
        forwarded,
        /Apresiasi Anda telah diteruskan kepada pimpinan\/SDM Polresta Balikpapan pada \d{1,2} \w{3} \d{4}\./,
      );
      assert.doesNotMatch(forwarded, /telah menerima apresiasi Anda/);

      await move('selesai');
      const done = await follow();
      assert.match(done, /telah diteruskan kepada pimpinan\/SDM Polresta Balikpapan/);
      assert.match(
        done,
        /Pimpinan\/SDM Polresta Balikpapan telah menerima apresiasi Anda \(\d{1,2} \w{3} \d{4}\)/,
      );
    });
  });
}
