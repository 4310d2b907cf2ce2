/** The administration pages: who may open them, and what each one changes. */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { StaffRole } from '../db/schema.js';
import { getSettings } from '../settings/settings.js';
import {
  backOfficeCookies,
  engines,
  fullReport,
  openTestEnv,
  type TestEnv,
} from '../testing/harness.js';
import { backOffice, getPage, postForm } from './test-helpers.js';

const pages = [
  '/staf/admin',
  '/staf/admin/unit',
  '/staf/admin/pengguna',
  '/staf/admin/kategori',
  '/staf/admin/sanksi',
  '/staf/admin/pengaturan',
];
const forms: Array<[string, Record<string, string>]> = [
  [
    '/staf/admin/pengguna',
    { username: 'penyusup', role: 'admin', unit: 'MABES', password: 'sandi-penyusup-1' },
  ],
  ['/staf/admin/kategori', { code: 'penyusupan', labelId: 'Penyusupan', labelEn: 'Intrusion' }],
  ['/staf/admin/kategori/pungli/status', { active: 'no' }],
  ['/staf/admin/pengaturan', { acknowledgeAmount: '1', acknowledgeUnit: 'days' }],
  [
    '/staf/admin/sanksi',
    {
      rows: '1',
      's.0.code': 'x_y',
      's.0.track': 'disiplin',
      's.0.group': 'disiplin',
      's.0.label': 'Satu',
    },
  ],
];
const others: StaffRole[] = ['triase', 'penyidik', 'pimpinan', 'apresiasi', 'auditor'];

for (const engine of engines) {
  describe(`administration pages (${engine})`, () => {
    let env: TestEnv;
    before(async () => {
      env = await openTestEnv(engine);
    });
    after(() => env.close());
    beforeEach(async () => {
      await env.reset();
      await env.ctx.db.deleteFrom('settings').where('name', '!=', 'recovery_public_key').execute();
    });

    it('opens every page for an administrator, in Indonesian, with the menu', async () => {
      const admin = await backOffice(env, 'admin');
      for (const url of pages) {
        const response = await getPage(env, admin, url);
        assert.equal(response.statusCode, 200, url);
        assert.match(response.body, /<html lang="id">/);
        assert.match(response.body, /href="\/staf\/admin\/pengguna"/, `${url} has the menu`);
      }
      const own = await getPage(env, admin, `/staf/admin/pengguna/${admin.username}`);
      assert.equal(own.statusCode, 200);
      const home = await getPage(env, admin, '/staf');
      assert.match(home.body, /href="\/staf\/admin"/, 'the header leads to administration');
    });

    it('refuses every page and form to each other role with 403, changing nothing', async () => {
      for (const role of others) {
        const staff = await backOffice(env, role, 'POLRESTA-BPN');
        for (const url of pages) {
          const response = await getPage(env, staff, url);
          assert.equal(response.statusCode, 403, `${role} ${url}`);
          assert.doesNotMatch(response.body, /Impor unit|Pengguna baru/);
        }
        for (const [url, fields] of forms) {
          const response = await postForm(env, staff, url, fields);
          assert.equal(response.statusCode, 403, `${role} POST ${url}`);
          assert.match(response.body, /Anda tidak berwenang/, 'refused for the role, not the form');
        }
        const home = await getPage(env, staff, '/staf');
        assert.doesNotMatch(home.body, /href="\/staf\/admin"/, `${role} sees no admin link`);
      }
      const intruder = await env.ctx.db
        .selectFrom('users')
        .select('id')
        .where('username', '=', 'penyusup')
        .executeTakeFirst();
      assert.equal(intruder, undefined);
      assert.equal(
        (
          await env.ctx.db
            .selectFrom('settings')
            .select('name')
            .where('name', '!=', 'recovery_public_key')
            .execute()
        ).length,
        0,
        'no setting was written',
      );
    });

    it('sends a visitor without a session to the log-in page', async () => {
      for (const url of pages) {
        const response = await env.app.inject({ method: 'GET', url });
        assert.equal(response.statusCode, 303, url);
        assert.equal(response.headers.location, '/staf/masuk');
      }
    });

    it('keeps an administrator to their own unit and the units below it', async () => {
      const bpn = await backOffice(env, 'admin', 'POLRESTA-BPN');
      const top = await backOffice(env, 'admin');
      const units = await getPage(env, bpn, '/staf/admin/unit');
      assert.match(units.body, /POLSEK-BPN-KOTA/);
      assert.doesNotMatch(units.body, /POLRESTA-SMD/);
      assert.match(units.body, /7 dari 7 unit/);
      const filtered = await getPage(env, bpn, '/staf/admin/unit?q=selatan&propam=no');
      assert.match(filtered.body, /1 dari 1 unit/);
      assert.equal(
        (await getPage(env, bpn, `/staf/admin/pengguna/${top.username}`)).statusCode,
        404,
      );
      const outside = await postForm(env, bpn, '/staf/admin/pengguna', {
        username: 'luar.smd',
        role: 'triase',
        unit: 'POLRESTA-SMD',
        password: 'sementara-123',
      });
      assert.equal(outside.statusCode, 422);
      assert.match(outside.body, /Unit ini di luar wilayah Anda/);
      assert.match(outside.body, /value="luar.smd"/, 'what was typed stays');
    });

    it('offers a new category, renames one, and retires one while old cases keep its name', async () => {
      const admin = await backOffice(env, 'admin');
      const submitted = await env.app.inject({
        method: 'POST',
        url: '/api/v1/reports',
        payload: fullReport('narkoba-lama', { category: 'narkoba' }),
      });
      assert.equal(submitted.statusCode, 201, submitted.body);

      const bad = await postForm(env, admin, '/staf/admin/kategori', {
        code: 'Tilang!',
        labelId: 'P',
        labelEn: '',
      });
      assert.equal(bad.statusCode, 422);
      assert.match(bad.body, /Huruf kecil, angka dan garis bawah/);
      assert.match(bad.body, /value="Tilang!"/);
      const added = await postForm(env, admin, '/staf/admin/kategori', {
        code: 'pemerasan_tilang',
        labelId: 'Pemerasan saat tilang',
        labelEn: 'Extortion at traffic stops',
      });
      assert.equal(added.statusCode, 303, added.body);
      const renamed = await postForm(env, admin, '/staf/admin/kategori/narkoba', {
        labelId: 'Narkotika dan obat terlarang',
        labelEn: 'Narcotics',
      });
      assert.equal(renamed.statusCode, 303);
      const retired = await postForm(env, admin, '/staf/admin/kategori/narkoba/status', {
        active: 'no',
      });
      assert.equal(retired.statusCode, 303);

      const form = await env.app.inject({ method: 'GET', url: '/q/BPN-SIDOKKES/pengaduan' });
      assert.match(form.body, /value="pemerasan_tilang"/);
      assert.match(form.body, /Pemerasan saat tilang/);
      assert.doesNotMatch(form.body, /value="narkoba"/);
      const refused = await env.app.inject({
        method: 'POST',
        url: '/api/v1/reports',
        payload: fullReport('narkoba-baru', { category: 'narkoba' }),
      });
      assert.equal(refused.statusCode, 422);
      assert.ok(refused.json().error.fields.category);
      const accepted = await env.app.inject({
        method: 'POST',
        url: '/api/v1/reports',
        payload: fullReport('tilang', { category: 'pemerasan_tilang' }),
      });
      assert.equal(accepted.statusCode, 201, accepted.body);

      const triase = await backOffice(env, 'triase', 'POLRESTA-BPN');
      const inbox = await getPage(env, triase, '/staf');
      assert.match(
        inbox.body,
        /Narkotika dan obat terlarang/,
        'the retired category keeps its name',
      );
      assert.match(inbox.body, /Pemerasan saat tilang/);
      const number = submitted.json<{ caseNumber: string }>().caseNumber;
      const casePage = await getPage(env, triase, `/staf/kasus/${encodeURIComponent(number)}`);
      assert.equal(casePage.statusCode, 200);
      assert.match(casePage.body, /Narkotika dan obat terlarang/);
      const english = await getPage(
        env,
        triase,
        `/staf/kasus/${encodeURIComponent(number)}?lang=en`,
      );
      assert.match(english.body, /Narcotics/);

      const audited = await env.ctx.db
        .selectFrom('audit_log')
        .select('detail')
        .where('action', '=', 'setting_change')
        .execute();
      assert.equal(audited.length, 3);
    });

    it('refuses to retire the last category on offer', async () => {
      const admin = await backOffice(env, 'admin');
      const { categories } = await getSettings(env.ctx.db);
      for (const c of categories.slice(1)) {
        await postForm(env, admin, `/staf/admin/kategori/${c.code}/status`, { active: 'no' });
      }
      const last = await postForm(
        env,
        admin,
        `/staf/admin/kategori/${categories[0]!.code}/status`,
        {
          active: 'no',
        },
      );
      assert.equal(last.statusCode, 422);
      assert.match(last.body, /Setidaknya satu kategori/);
      assert.equal((await getSettings(env.ctx.db)).categories.filter((c) => c.active).length, 1);
    });

    it('saves deadline settings, and shows a message at each bad field keeping what was typed', async () => {
      const admin = await backOffice(env, 'admin');
      const good = {
        acknowledgeAmount: '5',
        acknowledgeUnit: 'workdays',
        feedbackAmount: '60',
        feedbackUnit: 'days',
        'progress.mudah': '10, 20, 30',
        'progress.sedang': '15 30 45 60',
        'progress.sulit': '15,30,45,60,75,90',
        'progress.sangat_sulit': '20,40,60,80,100,120',
        progressUnit: 'workdays',
        remindHoursBefore: '24',
        forwardKeepsAccess: 'on',
      };
      const bad = await postForm(env, admin, '/staf/admin/pengaturan', {
        ...good,
        acknowledgeAmount: 'tujuh',
        'progress.mudah': '10, dua puluh',
        remindHoursBefore: '9999',
      });
      assert.equal(bad.statusCode, 422);
      assert.match(bad.body, /id="acknowledgeAmount-error">Bilangan bulat dari 1 sampai 1000/);
      assert.match(bad.body, /id="progress.mudah-error">Hari dari 1 sampai 1000/);
      assert.match(bad.body, /id="remindHoursBefore-error">Bilangan bulat dari 1 sampai 720/);
      assert.match(bad.body, /value="tujuh"/);
      assert.match(bad.body, /value="10, dua puluh"/);
      assert.match(bad.body, /value="15 30 45 60"/, 'good fields stay as typed');
      assert.equal(
        (await getSettings(env.ctx.db)).deadlines.acknowledge.amount,
        7,
        'nothing saved',
      );

      const saved = await postForm(env, admin, '/staf/admin/pengaturan', good);
      assert.equal(saved.statusCode, 303);
      const settings = await getSettings(env.ctx.db);
      assert.deepEqual(settings.deadlines.acknowledge, { amount: 5, unit: 'workdays' });
      assert.deepEqual(settings.deadlines.progress.sedang, [15, 30, 45, 60]);
      assert.equal(settings.deadlines.progressUnit, 'workdays');
      assert.equal(settings.approvalRequired, false, 'an unticked box turns approval off');
      assert.equal(settings.forwardKeepsAccess, true);
      const page = await getPage(env, admin, '/staf/admin/pengaturan?ok=1');
      assert.match(page.body, /Tersimpan/);
      assert.match(page.body, /value="15, 30, 45, 60"/);
    });

    it('edits the sanction list, and keeps a sanction that a case records', async () => {
      const admin = await backOffice(env, 'admin');
      const { sanctions } = await getSettings(env.ctx.db);
      const rows: Record<string, string> = {};
      sanctions.forEach((s, i) => {
        for (const [k, v] of Object.entries(s)) rows[`s.${i}.${k}`] = v;
      });
      const n = sanctions.length;
      const fields = {
        ...rows,
        rows: String(n + 1),
        [`s.${n}.code`]: 'teguran_lisan',
        [`s.${n}.track`]: 'disiplin',
        [`s.${n}.group`]: 'etika',
        [`s.${n}.label`]: 'Teguran lisan',
      };
      const mismatch = await postForm(env, admin, '/staf/admin/sanksi', fields);
      assert.equal(mismatch.statusCode, 422);
      assert.match(mismatch.body, new RegExp(`id="s.${n}.group-error">Kelompok ini tidak sesuai`));
      assert.match(mismatch.body, /value="Teguran lisan"/);

      const { caseNumber } = (
        await env.app.inject({ method: 'POST', url: '/api/v1/reports', payload: fullReport() })
      ).json<{ caseNumber: string }>();
      await sql`update cases set sanction = 'teguran_tertulis' where case_number = ${caseNumber}`.execute(
        env.ctx.db,
      );
      const removeUsed = await postForm(env, admin, '/staf/admin/sanksi', {
        ...fields,
        [`s.${n}.group`]: 'disiplin',
        's.0.remove': 'yes',
      });
      assert.equal(removeUsed.statusCode, 422);
      assert.match(removeUsed.body, /id="s.0.remove-error">Sanksi ini tercatat pada kasus/);

      const saved = await postForm(env, admin, '/staf/admin/sanksi', {
        ...fields,
        [`s.${n}.group`]: 'disiplin',
        's.1.remove': 'yes',
      });
      assert.equal(saved.statusCode, 303, saved.body);
      const list = (await getSettings(env.ctx.db)).sanctions;
      assert.equal(list.length, n);
      assert.ok(list.some((s) => s.code === 'teguran_lisan'));
      assert.ok(!list.some((s) => s.code === sanctions[1]!.code));
    });

    it('lets only an administrator of the top unit change what holds for every unit', async () => {
      const local = await backOffice(env, 'admin', 'POLRESTA-BPN');
      const page = await getPage(env, local, '/staf/admin/pengaturan');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /hanya administrator Mabes/);
      const before = await getSettings(env.ctx.db);
      for (const [url, fields] of [
        ['/staf/admin/pengaturan', { acknowledgeAmount: '1', acknowledgeUnit: 'days' }],
        ['/staf/admin/sanksi', { rows: '0' }],
        ['/staf/admin/kategori', { code: 'baru_sekali', labelId: 'Baru', labelEn: 'New' }],
      ] as const) {
        const refused = await postForm(env, local, url, fields);
        assert.equal(refused.statusCode, 403, url);
      }
      assert.deepEqual(await getSettings(env.ctx.db), before);
    });

    it('ends nothing for a wrong CSRF token', async () => {
      const admin = await backOffice(env, 'admin');
      const cookies = await backOfficeCookies(env, admin);
      const response = await postForm(
        env,
        { cookies, csrf: 'x'.repeat(43) },
        '/staf/admin/kategori',
        {
          code: 'lewat_csrf',
          labelId: 'Lewat',
          labelEn: 'Through',
        },
      );
      assert.equal(response.statusCode, 403);
      assert.ok(!(await getSettings(env.ctx.db)).categories.some((c) => c.code === 'lewat_csrf'));
    });
  });
}
