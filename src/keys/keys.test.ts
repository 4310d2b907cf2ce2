/** Who can read a case, and that keys survive restarts, password changes and new colleagues. */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createUser } from '../staff/users.js';
import {
  engines,
  fullReport,
  logInStaff,
  openTestEnv,
  staffToken,
  type TestEnv,
} from '../testing/harness.js';

for (const engine of engines) {
  describe(`keys (${engine})`, () => {
    let env: TestEnv;
    before(async () => {
      env = await openTestEnv(engine);
    });
    after(() => env.close());
    beforeEach(() => env.reset());

    const submit = async (marker: string) => {
      const response = await env.app.inject({
        method: 'POST',
        url: '/api/v1/reports',
        payload: fullReport(marker),
      });
      assert.equal(response.statusCode, 201, response.body);
      return response.json<{ receipt: string; caseNumber: string }>();
    };
    const get = (url: string, token: string) =>
      env.app.inject({ url, headers: { authorization: `Bearer ${token}` } });
    const caseUrl = (n: string) => `/api/v1/cases/${encodeURIComponent(n)}`;
    const reporterLogin = async (receipt: string) => {
      const response = await env.app.inject({
        method: 'POST',
        url: '/api/v1/reporter/session',
        payload: { receipt },
      });
      assert.equal(response.statusCode, 200, response.body);
      return response.json<{ token: string }>().token;
    };

    it('lets the reporter read their report and the answers after a restart, with no staff logged in', async () => {
      const { receipt, caseNumber } = await submit('restart-marker');
      const triase = await staffToken(env, 'triase');
      await env.app.inject({
        method: 'POST',
        url: `${caseUrl(caseNumber)}/messages`,
        headers: { authorization: `Bearer ${triase.token}` },
        payload: { body: 'Pertanyaan sesudah restart', visibility: 'reporter' },
      });
      await env.restart();
      const token = await reporterLogin(receipt);
      const view = (await get('/api/v1/reporter/report', token)).json();
      assert.match(view.report.description, /restart-marker/);
      assert.deepEqual(
        view.messages.map((m: { body: string }) => m.body),
        ['Pertanyaan sesudah restart'],
      );
    });

    it('keeps a reader’s access across a password change, and only with the new password', async () => {
      const triase = await staffToken(env, 'triase');
      const { caseNumber } = await submit('password-marker');
      const changed = await env.app.inject({
        method: 'POST',
        url: '/api/v1/staff/password',
        headers: { authorization: `Bearer ${triase.token}` },
        payload: { current: triase.password, password: 'kata-sandi-baru-123' },
      });
      assert.equal(changed.statusCode, 200, changed.body);
      assert.equal(
        (await get(caseUrl(caseNumber), triase.token)).statusCode,
        401,
        'old sessions end',
      );
      const old = await env.app.inject({
        method: 'POST',
        url: '/api/v1/staff/session',
        payload: { username: triase.username, password: triase.password },
      });
      assert.equal(old.statusCode, 401);
      const login = await logInStaff(env, triase.username, 'kata-sandi-baru-123');
      const read = await get(caseUrl(caseNumber), login);
      assert.equal(read.statusCode, 200);
      assert.match(read.json().report.description, /password-marker/);
    });

    it('gives a new colleague the unit’s cases only once a reader confirms them', async () => {
      const triase = await staffToken(env, 'triase');
      const { caseNumber } = await submit('colleague-marker');
      await createUser(env.ctx, {
        username: 'baru.bpn',
        unit: 'POLRESTA-BPN',
        role: 'pimpinan',
        password: 'sandi-rekan-baru',
      });
      const newcomer = await logInStaff(env, 'baru.bpn', 'sandi-rekan-baru');

      const before = await get(caseUrl(caseNumber), newcomer);
      assert.equal(before.statusCode, 403);
      assert.doesNotMatch(before.body, /colleague-marker/);
      assert.equal(
        (await get('/api/v1/cases', newcomer)).json().items.length,
        1,
        'the list is metadata',
      );

      const confirmed = await env.app.inject({
        method: 'POST',
        url: '/api/v1/staff/readers/baru.bpn/confirmation',
        headers: { authorization: `Bearer ${triase.token}` },
      });
      assert.equal(confirmed.statusCode, 200, confirmed.body);
      assert.equal(confirmed.json().granted, 1);
      const afterwards = await get(caseUrl(caseNumber), newcomer);
      assert.equal(afterwards.statusCode, 200);
      assert.match(afterwards.json().report.description, /colleague-marker/);
    });

    it('shows the confirming reader the fingerprint the newcomer sees, investigators too', async () => {
      const triase = await staffToken(env, 'triase');
      await createUser(env.ctx, {
        username: 'penyidik.baru',
        unit: 'POLRESTA-BPN',
        role: 'penyidik',
        password: 'sandi-penyidik-baru',
      });
      const { backOfficeCookies } = await import('../testing/harness.js');
      await logInStaff(env, 'penyidik.baru', 'sandi-penyidik-baru');
      const own = await env.app.inject({
        url: '/staf',
        cookies: await backOfficeCookies(env, {
          username: 'penyidik.baru',
          password: 'sandi-penyidik-baru',
        }),
      });
      const shown = /<code>([0-9A-F]{4}(?: [0-9A-F]{4}){3})<\/code>/.exec(own.body)?.[1];
      assert.ok(shown, 'the newcomer sees their fingerprint');
      const list = await env.app.inject({
        url: '/staf/pembaca',
        cookies: await backOfficeCookies(env, triase),
      });
      assert.match(list.body, /penyidik\.baru/);
      assert.ok(list.body.includes(`<code>${shown}</code>`), 'the reader sees the same');
      // An account still on a temporary password has no key yet, and is not offered.
      await createUser(
        env.ctx,
        {
          username: 'sementara',
          unit: 'POLRESTA-BPN',
          role: 'triase',
          password: 'sandi-sementara-1',
        },
        { temporary: true },
      );
      const again = await env.app.inject({
        url: '/staf/pembaca',
        cookies: await backOfficeCookies(env, triase),
      });
      assert.doesNotMatch(again.body, /sementara/);
    });

    it('never lets an administrator confirm a reader, nor a reader of another branch', async () => {
      const admin = await staffToken(env, 'admin');
      const samarinda = await staffToken(env, 'triase', 'POLRESTA-SMD');
      await createUser(env.ctx, {
        username: 'calon.bpn',
        unit: 'POLRESTA-BPN',
        role: 'triase',
        password: 'sandi-calon-pembaca',
      });
      for (const token of [admin.token, samarinda.token]) {
        const response = await env.app.inject({
          method: 'POST',
          url: '/api/v1/staff/readers/calon.bpn/confirmation',
          headers: { authorization: `Bearer ${token}` },
        });
        assert.equal(response.statusCode, 403);
      }
      const polda = await staffToken(env, 'triase', 'POLDA-KALTIM');
      const fromAbove = await env.app.inject({
        method: 'POST',
        url: '/api/v1/staff/readers/calon.bpn/confirmation',
        headers: { authorization: `Bearer ${polda.token}` },
      });
      assert.equal(fromAbove.statusCode, 200, fromAbove.body);
    });

    it('refuses report content to administrators and auditors on every content route', async () => {
      const { caseNumber } = await submit('admin-marker');
      const triase = await staffToken(env, 'triase');
      const file = (await get(caseUrl(caseNumber), triase.token)).json();
      for (const role of ['admin', 'auditor'] as const) {
        const { token } = await staffToken(env, role);
        const auth = { authorization: `Bearer ${token}` };
        const responses = await Promise.all([
          env.app.inject({ url: '/api/v1/cases', headers: auth }),
          env.app.inject({ url: caseUrl(caseNumber), headers: auth }),
          env.app.inject({
            url: `${caseUrl(caseNumber)}/files/${file.files[0]?.id ?? '00000000-0000-0000-0000-000000000000'}`,
            headers: auth,
          }),
          env.app.inject({
            method: 'POST',
            url: `${caseUrl(caseNumber)}/messages`,
            headers: auth,
            payload: { body: 'x', visibility: 'internal' },
          }),
          env.app.inject({
            method: 'POST',
            url: `${caseUrl(caseNumber)}/identity`,
            headers: auth,
            payload: { reason: 'ingin melihat saja' },
          }),
        ]);
        for (const response of responses) {
          assert.equal(response.statusCode, 403, response.body);
          assert.equal(response.json().error.code, 'forbidden');
          assert.doesNotMatch(response.body, /admin-marker/);
        }
      }
      const grants = await env.ctx.db
        .selectFrom('key_grants')
        .innerJoin('users', 'users.id', 'key_grants.user_id')
        .select('users.role')
        .execute();
      assert.ok(grants.every((g) => g.role !== 'admin' && g.role !== 'auditor'));
    });

    it('keeps a report nobody can read yet with its unit, and hands it over through the recovery key', async () => {
      const { caseNumber } = await submit('nobody-yet');
      const row = await env.ctx.db
        .selectFrom('cases')
        .select(['unit_id', 'id'])
        .where('case_number', '=', caseNumber)
        .executeTakeFirstOrThrow();
      const holders = await env.ctx.db
        .selectFrom('key_grants')
        .select('holder')
        .where('case_id', '=', row.id)
        .execute();
      assert.deepEqual(holders.map((h) => h.holder).sort(), ['recovery', 'reporter']);
      const triase = await staffToken(env, 'triase');
      assert.match(
        (await get(caseUrl(caseNumber), triase.token)).json().report.description,
        /nobody-yet/,
      );
    });

    it('opens a confidential identity only with a reason, audited, and tells the reporter', async () => {
      const triase = await staffToken(env, 'triase');
      const payload = fullReport('rahasia', {
        identity: { mode: 'confidential', name: 'Siti Pelapor', contact: '0812' },
      });
      const { receipt, caseNumber } = (
        await env.app.inject({ method: 'POST', url: '/api/v1/reports', payload })
      ).json();
      const auth = { authorization: `Bearer ${triase.token}` };
      const hidden = (await get(caseUrl(caseNumber), triase.token)).json();
      assert.equal(hidden.identity, null);
      assert.doesNotMatch(JSON.stringify(hidden), /Siti/);
      const noReason = await env.app.inject({
        method: 'POST',
        url: `${caseUrl(caseNumber)}/identity`,
        headers: auth,
        payload: { reason: '' },
      });
      assert.equal(noReason.statusCode, 422);
      const opened = await env.app.inject({
        method: 'POST',
        url: `${caseUrl(caseNumber)}/identity`,
        headers: auth,
        payload: { reason: 'Perlu klarifikasi langsung dengan pelapor' },
      });
      assert.equal(opened.statusCode, 200, opened.body);
      assert.deepEqual(opened.json().identity, { name: 'Siti Pelapor', contact: '0812' });
      const entries = await env.ctx.db
        .selectFrom('audit_log')
        .select(['action', 'case_number'])
        .where('action', '=', 'identity_reveal')
        .execute();
      assert.deepEqual(entries, [{ action: 'identity_reveal', case_number: caseNumber }]);
      const page = await env.app.inject({ method: 'POST', url: '/ikuti', payload: { receipt } });
      const follow = await env.app.inject({
        url: '/laporan',
        cookies: { peluit_pelapor: String(page.cookies[0]?.value) },
      });
      assert.match(follow.body, /Identitas Anda dibuka/);
    });
  });
}
