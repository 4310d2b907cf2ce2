/** Statistics: counts on a set of cases made through the real intake and transitions. */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import {
  backOfficeCookies,
  engines,
  fullReport,
  openTestEnv,
  staffToken,
  type TestEnv,
} from '../testing/harness.js';
import type { Counts, Statistics } from './stats.js';

const day = 24 * 60 * 60 * 1000;
/** A date in Balikpapan's zone, `days` from now, as the filter takes it. */
const wita = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Makassar' }).format(
    new Date(Date.now() + days * day),
  );

for (const engine of engines) {
  describe(`statistics (${engine})`, () => {
    let env: TestEnv;
    before(async () => {
      env = await openTestEnv(engine);
    });
    after(() => env.close());
    beforeEach(() => env.reset());

    const submit = async (payload: object) => {
      const response = await env.app.inject({ method: 'POST', url: '/api/v1/reports', payload });
      assert.equal(response.statusCode, 201, response.body);
      return response.json<{ caseNumber: string }>().caseNumber;
    };
    const move = async (token: string, caseNumber: string, payload: object) => {
      const response = await env.app.inject({
        method: 'POST',
        url: `/api/v1/cases/${encodeURIComponent(caseNumber)}/transitions`,
        headers: { authorization: `Bearer ${token}` },
        payload,
      });
      assert.equal(response.statusCode, 200, response.body);
    };
    const backdate = (caseNumber: string, days: number) =>
      env.ctx.db
        .updateTable('cases')
        .set({ submitted_at: new Date(Date.now() - days * day) })
        .where('case_number', '=', caseNumber)
        .execute();
    const stats = (token: string, query = '') =>
      env.app.inject({
        url: `/api/v1/stats${query}`,
        headers: { authorization: `Bearer ${token}` },
      });
    const appreciation = (unit?: string) => ({
      channel: 'BPN-CC110',
      kind: 'apresiasi',
      description: 'Pelayanan cepat dan ramah.',
      ...(unit ? { unit } : {}),
    });

    /**
     * Balikpapan: four complaints (one concluded in time, one concluded late, one overdue, one
     * in assessment) and two appreciations (one passed on and done); one appreciation to a
     * Polsek below it, one to Polres Paser, and one escalated complaint at Polda Kaltim.
     */
    const seed = async () => {
      const head = await staffToken(env, 'pimpinan', 'POLRESTA-BPN');
      const reader = await staffToken(env, 'apresiasi', 'POLRESTA-BPN');

      const inTime = await submit(fullReport('satu'));
      await move(head.token, inTime, { to: 'selesai', outcome: 'tidak_dapat_ditindaklanjuti' });
      const late = await submit(fullReport('dua'));
      await move(head.token, late, { to: 'selesai', outcome: 'dilimpahkan' });
      await backdate(late, 120);
      const overdue = await submit(fullReport('tiga', { category: 'kekerasan' }));
      await backdate(overdue, 10);
      const quick = await submit({
        channel: 'bpn-cepat',
        kind: 'pengaduan_cepat',
        category: 'pelayanan_tidak_profesional',
        description: 'Antrean tidak dilayani',
      });
      await move(head.token, quick, { to: 'verifikasi' });

      const passedOn = await submit(appreciation());
      await move(reader.token, passedOn, { to: 'diteruskan' });
      await move(reader.token, passedOn, { to: 'selesai' });
      await submit(appreciation());
      assert.match(await submit(appreciation('POLSEK-BPN-KOTA')), /POLSEK-BPN-KOTA$/);
      assert.match(await submit(appreciation('POLRES-PASER')), /POLRES-PASER$/);
      const escalated = await submit(
        fullReport('empat', { category: 'asusila', subjectIsPropam: true }),
      );
      assert.match(escalated, /POLDA-KALTIM$/);
      return { head };
    };

    const balikpapan: Counts = {
      total: 6,
      byKind: { pengaduan: 3, pengaduan_cepat: 1, apresiasi: 2 },
      byCategory: { pungli: 2, kekerasan: 1, pelayanan_tidak_profesional: 1 },
      byState: {
        diterima: 2,
        verifikasi: 1,
        penyelidikan: 0,
        sidang: 0,
        selesai: 3,
        diteruskan: 0,
      },
      byOutcome: { tidak_dapat_ditindaklanjuti: 1, dilimpahkan: 1 },
      feedback: { onTime: 1, late: 1 },
      open: 3,
      overdue: 1,
      appreciations: 2,
    };

    it('counts a unit and the units below it, appreciation included', async () => {
      const { head } = await seed();
      const response = await stats(head.token, '?unit=POLRESTA-BPN&descendants=true');
      assert.equal(response.statusCode, 200, response.body);
      const body = response.json<Statistics>();
      assert.deepEqual(
        body.units.map((u) => u.code),
        ['POLRESTA-BPN', 'POLSEK-BPN-KOTA'],
      );
      assert.deepEqual(body.units[0]!.counts, balikpapan);
      assert.equal(body.units[1]!.counts.appreciations, 1);
      assert.equal(body.units[1]!.counts.open, 1);
      assert.equal(body.total.total, 7);
      assert.equal(body.total.appreciations, 3);
      assert.equal(body.total.byKind.apresiasi, 3);
    });

    it('lets an auditor of the Polda see every unit below it', async () => {
      await seed();
      const auditor = await staffToken(env, 'auditor', 'POLDA-KALTIM');
      const all = (await stats(auditor.token, '?descendants=true')).json<Statistics>();
      assert.equal(all.unit.code, 'POLDA-KALTIM');
      assert.deepEqual(
        all.units.map((u) => [u.code, u.counts.total, u.counts.appreciations]),
        [
          ['POLDA-KALTIM', 1, 0],
          ['POLRES-PASER', 1, 1],
          ['POLRESTA-BPN', 6, 2],
          ['POLSEK-BPN-KOTA', 1, 1],
        ],
      );
      assert.equal(all.total.total, 9);
      assert.equal(all.total.appreciations, 4);
      assert.deepEqual(all.total.byCategory, {
        pungli: 2,
        kekerasan: 1,
        pelayanan_tidak_profesional: 1,
        asusila: 1,
      });

      const own = (await stats(auditor.token)).json<Statistics>();
      assert.deepEqual(
        own.units.map((u) => u.code),
        ['POLDA-KALTIM'],
      );
      assert.equal(own.total.total, 1);
    });

    it('counts only the cases received in the period', async () => {
      const { head } = await seed();
      const recent = (await stats(head.token, `?from=${wita(-5)}`)).json<Statistics>();
      assert.equal(recent.from, wita(-5));
      assert.equal(recent.units[0]!.counts.total, 4);
      assert.equal(recent.units[0]!.counts.overdue, 0);
      const older = (await stats(head.token, `?to=${wita(-5)}`)).json<Statistics>();
      assert.equal(older.units[0]!.counts.total, 2);
      assert.deepEqual(older.units[0]!.counts.feedback, { onTime: 0, late: 1 });
      assert.equal(older.units[0]!.counts.overdue, 1);
      const today = (await stats(head.token, `?from=${wita(0)}&to=${wita(0)}`)).json<Statistics>();
      assert.equal(today.units[0]!.counts.total, 4);
    });

    it('refuses a period or a unit it cannot read, with a message at the field', async () => {
      const head = await staffToken(env, 'pimpinan', 'POLRESTA-BPN');
      const impossible = await stats(head.token, '?from=2026-02-30');
      assert.equal(impossible.statusCode, 422);
      assert.ok(impossible.json().error.fields.from);
      const reversed = await stats(head.token, '?from=2026-03-10&to=2026-03-01');
      assert.equal(reversed.statusCode, 422);
      assert.equal(
        reversed.json().error.fields.to,
        'Tanggal akhir tidak boleh sebelum tanggal awal.',
      );
      const unknown = await stats(head.token, '?unit=POLRES-ATLANTIS');
      assert.equal(unknown.statusCode, 422);
      assert.ok(unknown.json().error.fields.unit);
    });

    it('keeps each role to its own units, and refuses roles that see no statistics', async () => {
      await seed();
      const head = await staffToken(env, 'pimpinan', 'POLRESTA-BPN');
      assert.equal((await stats(head.token, '?unit=POLDA-KALTIM')).statusCode, 403);
      assert.equal((await stats(head.token, '?unit=POLRES-PASER')).statusCode, 403);

      const triage = await staffToken(env, 'triase', 'POLRESTA-BPN');
      const own = (await stats(triage.token, '?descendants=true')).json<Statistics>();
      assert.deepEqual(
        own.units.map((u) => u.code),
        ['POLRESTA-BPN'],
      );
      assert.deepEqual(own.units[0]!.counts, balikpapan);
      assert.equal((await stats(triage.token, '?unit=POLSEK-BPN-KOTA')).statusCode, 403);

      for (const role of ['penyidik', 'apresiasi'] as const) {
        const staff = await staffToken(env, role, 'POLRESTA-BPN');
        const refused = await stats(staff.token);
        assert.equal(refused.statusCode, 403, role);
        assert.equal(refused.json().error.code, 'forbidden');
        const cookies = await backOfficeCookies(env, staff);
        const page = await env.app.inject({ url: '/staf/statistik', cookies });
        assert.equal(page.statusCode, 403, role);
        assert.doesNotMatch(page.body, /stats-grid/);
      }
      assert.equal((await env.app.inject({ url: '/api/v1/stats' })).statusCode, 401);
      const anonymous = await env.app.inject({ url: '/staf/statistik' });
      assert.equal(anonymous.statusCode, 303);
      assert.equal(anonymous.headers.location, '/staf/masuk');
    });

    it('shows a table per unit on the page, and keeps a bad filter as typed', async () => {
      const { head } = await seed();
      const cookies = await backOfficeCookies(env, head);
      const page = await env.app.inject({ url: '/staf/statistik', cookies });
      assert.equal(page.statusCode, 200);
      const section = (code: string) => {
        const start = page.body.indexOf(`id="unit-${code}"`);
        assert.ok(start > 0, code);
        return page.body.slice(start, page.body.indexOf('</section>', start));
      };
      const bpn = section('POLRESTA-BPN');
      assert.match(bpn, /<strong>6<\/strong>\s*laporan/);
      assert.match(bpn, /<strong>1<\/strong>\s*lewat tenggat/);
      assert.match(bpn, /<strong>2<\/strong>\s*apresiasi/);
      assert.match(bpn, /Pungutan liar \/ pemerasan<\/th>\s*<td>2<\/td>/);
      assert.match(section('POLSEK-BPN-KOTA'), /<strong>1<\/strong>\s*apresiasi/);
      assert.doesNotMatch(page.body, /Polres Paser/);
      // Nothing any reporter wrote reaches the page.
      assert.doesNotMatch(page.body, /surat keterangan sehat|Pelayanan cepat dan ramah/);

      const bad = await env.app.inject({
        url: '/staf/statistik?unit=POLRESTA-BPN&from=2026-13-01&to=2026-12-31',
        cookies,
      });
      assert.equal(bad.statusCode, 422);
      assert.match(bad.body, /name="from"\s+value="2026-13-01"\s+aria-invalid="true"/);
      assert.match(bad.body, /name="to"\s+value="2026-12-31"/);
      assert.doesNotMatch(bad.body, /id="unit-POLRESTA-BPN"/);
    });
  });
}
