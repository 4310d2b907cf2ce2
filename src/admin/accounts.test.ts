/** Accounts: temporary passwords, moves between units, disabling, resetting the second factor. */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { upsertChannel } from '../channels/channels.js';
import { unwrapKeyPair } from '../keys/staff-keys.js';
import {
  engines,
  fullReport,
  logInStaff,
  openTestEnv,
  secondFactorFor,
  staffToken,
  type TestEnv,
} from '../testing/harness.js';
import { backOffice, csrfOf, getPage, postForm, type BackOffice } from './test-helpers.js';

for (const engine of engines) {
  describe(`account administration (${engine})`, () => {
    let env: TestEnv;
    let admin: BackOffice;
    before(async () => {
      env = await openTestEnv(engine);
    });
    after(() => env.close());
    beforeEach(async () => {
      await env.reset();
      admin = await backOffice(env, 'admin');
    });

    const api = (method: 'GET' | 'POST', url: string, token: string, payload?: object) =>
      env.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, payload });
    const caseUrl = (number: string) => `/api/v1/cases/${encodeURIComponent(number)}`;
    const submit = async (marker: string, channel = 'BPN-SIDOKKES') => {
      const response = await env.app.inject({
        method: 'POST',
        url: '/api/v1/reports',
        payload: fullReport(marker, { channel }),
      });
      assert.equal(response.statusCode, 201, response.body);
      return response.json<{ caseNumber: string }>().caseNumber;
    };
    const userRow = (username: string) =>
      env.ctx.db
        .selectFrom('users')
        .selectAll()
        .where('username', '=', username)
        .executeTakeFirstOrThrow();
    const create = (username: string, role: string, unit = 'POLRESTA-BPN') =>
      postForm(env, admin, '/staf/admin/pengguna', {
        username,
        role,
        unit,
        email: `${username}@polri.example`,
        password: 'sementara-dari-admin',
      });

    it('makes an account whose temporary password opens nothing until its owner replaces it', async () => {
      const created = await create('baru.triase', 'triase');
      assert.equal(created.statusCode, 303, created.body);
      const fresh = await userRow('baru.triase');
      assert.equal(fresh.must_change_password, true);
      assert.equal(fresh.public_key, null, 'no key pair under a password the admin knows');
      assert.equal(fresh.email, 'baru.triase@polri.example');

      const reader = await staffToken(env, 'triase');
      const early = await api(
        'POST',
        '/api/v1/staff/readers/baru.triase/confirmation',
        reader.token,
      );
      assert.equal(early.statusCode, 409, 'nothing can be sealed to it yet');

      const first = await env.app.inject({
        method: 'POST',
        url: '/api/v1/staff/session',
        payload: { username: 'baru.triase', password: 'sementara-dari-admin' },
      });
      assert.equal(first.statusCode, 200);
      assert.equal(first.json().totpSetupRequired, true);
      assert.equal(first.json().passwordChangeRequired, true);
      const token = await logInStaff(env, 'baru.triase', 'sementara-dari-admin');
      const refused = await api('GET', '/api/v1/cases', token);
      assert.equal(refused.statusCode, 403);
      assert.equal(refused.json().error.code, 'password_change_required');

      const same = await api('POST', '/api/v1/staff/password', token, {
        current: 'sementara-dari-admin',
        password: 'sementara-dari-admin',
      });
      assert.equal(same.statusCode, 422);
      assert.ok(same.json().error.fields.password);
      const changed = await api('POST', '/api/v1/staff/password', token, {
        current: 'sementara-dari-admin',
        password: 'sandi-pilihan-sendiri',
      });
      assert.equal(changed.statusCode, 200, changed.body);
      const owned = await userRow('baru.triase');
      assert.equal(owned.must_change_password, false);
      assert.ok(owned.public_key, 'the key pair is made now');
      const pepper = env.ctx.secrets.passwordPepper;
      assert.equal(await unwrapKeyPair(owned, 'sementara-dari-admin', pepper), undefined);
      assert.ok(await unwrapKeyPair(owned, 'sandi-pilihan-sendiri', pepper));

      const number = await submit('kunci-sendiri');
      const confirmed = await api(
        'POST',
        '/api/v1/staff/readers/baru.triase/confirmation',
        reader.token,
      );
      assert.equal(confirmed.statusCode, 200, confirmed.body);
      const read = await api('GET', caseUrl(number), changed.json<{ token: string }>().token);
      assert.equal(read.statusCode, 200, read.body);
      assert.match(read.json().report.description, /kunci-sendiri/);
    });

    it('leads a first back office log-in to the password page before anything else', async () => {
      await create('baru.pimpinan', 'pimpinan');
      await logInStaff(env, 'baru.pimpinan', 'sementara-dari-admin'); // enrols the second factor
      const login = await env.app.inject({
        method: 'POST',
        url: '/staf/masuk',
        payload: {
          username: 'baru.pimpinan',
          password: 'sementara-dari-admin',
          totp: secondFactorFor(env, 'baru.pimpinan'),
        },
      });
      assert.equal(login.statusCode, 303);
      assert.equal(login.headers.location, '/staf/sandi');
      const cookie = login.cookies.find((c) => c.name === 'peluit_staf')!;
      const cookies = { peluit_staf: cookie.value };
      for (const url of ['/staf', '/staf/pembaca', '/staf/admin', '/staf/kanal']) {
        const away = await env.app.inject({ method: 'GET', url, cookies });
        assert.equal(away.statusCode, 303, url);
        assert.equal(away.headers.location, '/staf/sandi');
      }
      const form = await env.app.inject({ method: 'GET', url: '/staf/sandi', cookies });
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /kata sandi sementara/i);
      const changed = await postForm(env, { cookies, csrf: csrfOf(form.body) }, '/staf/sandi', {
        current: 'sementara-dari-admin',
        password: 'sandi-pimpinan-baru',
      });
      assert.equal(changed.statusCode, 303, changed.body);
      assert.equal(changed.headers.location, '/staf');
      const next = changed.cookies.find((c) => c.name === 'peluit_staf')!;
      const inbox = await env.app.inject({
        method: 'GET',
        url: '/staf',
        cookies: { peluit_staf: next.value },
      });
      assert.equal(inbox.statusCode, 200);
    });

    it('takes a moved reader’s access to the old unit, until a reader of the new one confirms', async () => {
      await upsertChannel(env.ctx.db, {
        unit: 'POLRESTA-SMD',
        code: 'SMD-SPKT',
        place: 'Ruang SPKT',
        form: 'full',
      });
      const mover = await staffToken(env, 'triase', 'POLRESTA-BPN');
      const readerB = await staffToken(env, 'triase', 'POLRESTA-SMD');
      const caseA = await submit('kasus-bpn');
      const caseB = await submit('kasus-smd', 'SMD-SPKT');
      assert.equal((await api('GET', caseUrl(caseA), mover.token)).statusCode, 200);
      const moverId = (await userRow(mover.username)).id;
      await env.ctx.db
        .updateTable('cases')
        .set({ assignee_id: moverId })
        .where('case_number', '=', caseA)
        .execute();

      const oldUnit = (await userRow(mover.username)).unit_id;
      const href = `/staf/admin/pengguna/${mover.username}/peran`;
      const asked = await postForm(env, admin, href, { role: 'triase', unit: 'POLRESTA-SMD' });
      assert.equal(asked.statusCode, 200);
      assert.match(asked.body, /kehilangan akses ke 1 kasus, dan 1 penugasan dilepas/);
      assert.equal((await userRow(mover.username)).unit_id, oldUnit, 'asking changes nothing');
      assert.equal((await api('GET', caseUrl(caseA), mover.token)).statusCode, 200, 'not yet');

      const moved = await postForm(env, admin, href, {
        role: 'triase',
        unit: 'POLRESTA-SMD',
        confirm: 'yes',
      });
      assert.equal(moved.statusCode, 303, moved.body);
      const after = await userRow(mover.username);
      assert.equal(after.keys_confirmed_at, null, 'not confirmed in the new unit');
      const grants = await env.ctx.db
        .selectFrom('key_grants')
        .select('id')
        .where('user_id', '=', moverId)
        .execute();
      assert.equal(grants.length, 0);
      const assigned = await env.ctx.db
        .selectFrom('cases')
        .select('assignee_id')
        .where('case_number', '=', caseA)
        .executeTakeFirstOrThrow();
      assert.equal(assigned.assignee_id, null);
      assert.equal(
        (await api('GET', '/api/v1/cases', mover.token)).statusCode,
        401,
        'sessions end',
      );

      const again = await logInStaff(env, mover.username, mover.password);
      assert.equal((await api('GET', caseUrl(caseA), again)).statusCode, 404);
      const waiting = await api('GET', caseUrl(caseB), again);
      assert.equal(waiting.statusCode, 403);
      assert.doesNotMatch(waiting.body, /kasus-smd/);

      const confirmed = await api(
        'POST',
        `/api/v1/staff/readers/${mover.username}/confirmation`,
        readerB.token,
      );
      assert.equal(confirmed.statusCode, 200, confirmed.body);
      const read = await api('GET', caseUrl(caseB), again);
      assert.equal(read.statusCode, 200, read.body);
      assert.match(read.json().report.description, /kasus-smd/);
      assert.equal((await api('GET', caseUrl(caseA), again)).statusCode, 404);

      const logged = await env.ctx.db
        .selectFrom('audit_log')
        .select('detail')
        .where('action', '=', 'user_update')
        .executeTakeFirstOrThrow();
      assert.match(logged.detail, /"revoked":1/);
    });

    it('changes an e-mail without touching access', async () => {
      const staff = await staffToken(env, 'triase');
      const number = await submit('email-saja');
      const bad = await postForm(env, admin, `/staf/admin/pengguna/${staff.username}/email`, {
        email: 'bukan-email',
      });
      assert.equal(bad.statusCode, 422);
      assert.match(bad.body, /value="bukan-email"/);
      const saved = await postForm(env, admin, `/staf/admin/pengguna/${staff.username}/email`, {
        email: 'triase@polri.example',
      });
      assert.equal(saved.statusCode, 303);
      assert.equal((await userRow(staff.username)).email, 'triase@polri.example');
      assert.equal((await api('GET', caseUrl(number), staff.token)).statusCode, 200);
    });

    it('disables an account: its sessions end and it cannot log in until enabled', async () => {
      const staff = await staffToken(env, 'triase');
      const href = `/staf/admin/pengguna/${staff.username}/status`;
      const unsure = await postForm(env, admin, href, { disabled: 'yes' });
      assert.equal(unsure.statusCode, 422);
      assert.match(unsure.body, /Centang kotak ini/);
      assert.equal((await api('GET', '/api/v1/cases', staff.token)).statusCode, 200);

      const disabled = await postForm(env, admin, href, { disabled: 'yes', confirm: 'yes' });
      assert.equal(disabled.statusCode, 303);
      assert.equal((await api('GET', '/api/v1/cases', staff.token)).statusCode, 401);
      const id = (await userRow(staff.username)).id;
      const sessions = await env.ctx.db
        .selectFrom('sessions')
        .select('user_id')
        .where('user_id', '=', id)
        .execute();
      assert.equal(sessions.length, 0);
      const login = await env.app.inject({
        method: 'POST',
        url: '/api/v1/staff/session',
        payload: {
          username: staff.username,
          password: staff.password,
          totp: secondFactorFor(env, staff.username),
        },
      });
      assert.equal(login.statusCode, 401);

      const enabled = await postForm(env, admin, href, { disabled: 'no' });
      assert.equal(enabled.statusCode, 303);
      assert.equal(
        (await userRow(staff.username)).keys_confirmed_at,
        null,
        'to be confirmed again',
      );
      await logInStaff(env, staff.username, staff.password);
    });

    it('resets the second factor: sessions end and the next log-in enrols again', async () => {
      const staff = await staffToken(env, 'triase');
      const before = await env.app.inject({
        method: 'POST',
        url: '/api/v1/staff/session',
        payload: { username: staff.username, password: staff.password },
      });
      assert.equal(before.json().error.code, 'totp_required');

      const href = `/staf/admin/pengguna/${staff.username}/faktor`;
      assert.equal((await postForm(env, admin, href, {})).statusCode, 422);
      const reset = await postForm(env, admin, href, { confirm: 'yes' });
      assert.equal(reset.statusCode, 303);
      assert.equal((await api('GET', '/api/v1/cases', staff.token)).statusCode, 401);
      const row = await userRow(staff.username);
      assert.equal(row.totp_enabled_at, null);
      const codes = await env.ctx.db
        .selectFrom('recovery_codes')
        .select('user_id')
        .where('user_id', '=', row.id)
        .execute();
      assert.equal(codes.length, 0);
      const enrol = await env.app.inject({
        method: 'POST',
        url: '/api/v1/staff/session',
        payload: { username: staff.username, password: staff.password },
      });
      assert.equal(enrol.statusCode, 200);
      assert.equal(enrol.json().totpSetupRequired, true);
    });

    it('refuses an administrator’s change to their own role, state or factor', async () => {
      const own = `/staf/admin/pengguna/${admin.username}`;
      const page = await getPage(env, admin, own);
      assert.match(page.body, /Ini akun Anda sendiri/);
      const move = await postForm(env, admin, `${own}/peran`, {
        role: 'triase',
        unit: 'MABES',
        confirm: 'yes',
      });
      assert.equal(move.statusCode, 403);
      assert.equal(
        (await postForm(env, admin, `${own}/faktor`, { confirm: 'yes' })).statusCode,
        403,
      );
      assert.equal((await userRow(admin.username)).role, 'admin');
    });
  });
}
