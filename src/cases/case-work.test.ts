/**
 * The work of a Propam section on a case, through the API: assessment, assignment, the moves
 * with their rules, approval, forwarding, labels and search, related cases, paging.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { upsertChannel } from '../channels/channels.js';
import { importUnits } from '../org/units.js';
import { saveSetting } from '../settings/settings.js';
import { engines, fullReport, openTestEnv, staffToken, type TestEnv } from '../testing/harness.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

for (const engine of engines) {
  describe(`case work (${engine})`, () => {
    let env: TestEnv;
    before(async () => {
      env = await openTestEnv(engine);
    });
    after(() => env.close());
    beforeEach(() => env.reset());

    const call = async (
      token: string,
      method: 'GET' | 'POST' | 'PATCH',
      url: string,
      payload?: object,
    ): Promise<{ status: number; body: Json }> => {
      const response = await env.app.inject({
        method,
        url,
        headers: { authorization: `Bearer ${token}` },
        ...(payload ? { payload } : {}),
      });
      const type = String(response.headers['content-type'] ?? '');
      return {
        status: response.statusCode,
        body: type.includes('json') ? response.json() : { raw: response.rawPayload },
      };
    };
    const report = async (overrides: Record<string, unknown> = {}, marker = 'penanda') => {
      const response = await env.app.inject({
        method: 'POST',
        url: '/api/v1/reports',
        payload: fullReport(marker, overrides),
      });
      assert.equal(response.statusCode, 201, response.body);
      return response.json<{ caseNumber: string; receipt: string }>();
    };
    const path = (caseNumber: string) => `/api/v1/cases/${encodeURIComponent(caseNumber)}`;

    it('carries a complaint from diterima to selesai: triage, investigator and head', async () => {
      const { caseNumber, receipt } = await report();
      const c = path(caseNumber);
      const triase = (await staffToken(env, 'triase')).token;
      const investigator = await staffToken(env, 'penyidik');
      const head = (await staffToken(env, 'pimpinan')).token;

      // Before assignment the investigator cannot tell the case exists.
      assert.equal((await call(investigator.token, 'GET', c)).status, 404);
      assert.deepEqual((await call(investigator.token, 'GET', '/api/v1/cases')).body.items, []);

      assert.equal(
        (await call(triase, 'POST', `${c}/transitions`, { to: 'verifikasi' })).status,
        200,
      );
      const leave = await call(triase, 'POST', `${c}/transitions`, { to: 'penyelidikan' });
      assert.equal(leave.status, 422);
      assert.ok(leave.body.error.fields.to, 'a case does not leave verifikasi without a track');

      const assessed = await call(triase, 'PATCH', c, {
        track: 'kode_etik',
        difficulty: 'sedang',
        retaliationRisk: 'Pelapor satu ruangan dengan terlapor',
      });
      assert.equal(assessed.status, 200, JSON.stringify(assessed.body));
      assert.equal(assessed.body.track, 'kode_etik');
      assert.equal(assessed.body.retaliationRisk, 'Pelapor satu ruangan dengan terlapor');
      assert.ok(
        assessed.body.deadlines.some((d: Json) => d.kind === 'progress'),
        'a difficulty schedules progress updates',
      );
      const badTrack = await call(triase, 'PATCH', c, { track: 'perdata' });
      assert.equal(badTrack.status, 422);

      const assigned = await call(triase, 'POST', `${c}/assignment`, {
        username: investigator.username,
      });
      assert.equal(assigned.status, 200, JSON.stringify(assigned.body));
      const seen = await call(investigator.token, 'GET', c);
      assert.equal(seen.status, 200);
      assert.match(seen.body.report.description, /penanda/);
      const mine = await call(
        investigator.token,
        'GET',
        `/api/v1/cases?assignee=${investigator.username}`,
      );
      assert.deepEqual(
        mine.body.items.map((i: Json) => i.caseNumber),
        [caseNumber],
      );

      assert.equal(
        (await call(investigator.token, 'POST', `${c}/transitions`, { to: 'penyelidikan' })).status,
        200,
      );
      const progress = await call(investigator.token, 'POST', `${c}/progress`, {
        done: 'Memeriksa dua saksi',
        results: 'Keterangan saksi sejalan dengan laporan',
        obstacles: '',
        next: 'Gelar perkara',
      });
      assert.equal(progress.status, 201, JSON.stringify(progress.body));
      assert.equal(
        (await call(investigator.token, 'POST', `${c}/transitions`, { to: 'sidang' })).status,
        200,
      );

      // Substantiated needs a sanction of the case's own track.
      const noSanction = await call(investigator.token, 'POST', `${c}/transitions`, {
        to: 'selesai',
        outcome: 'terbukti',
      });
      assert.equal(noSanction.status, 422);
      assert.ok(noSanction.body.error.fields.sanction);
      const wrongTrack = await call(investigator.token, 'POST', `${c}/transitions`, {
        to: 'selesai',
        outcome: 'terbukti',
        sanction: 'teguran_tertulis',
      });
      assert.ok(wrongTrack.body.error.fields.sanction, 'a discipline sanction on an ethics case');
      const unapproved = await call(investigator.token, 'POST', `${c}/transitions`, {
        to: 'selesai',
        outcome: 'terbukti',
        sanction: 'minta_maaf',
      });
      assert.equal(unapproved.status, 422);
      assert.ok(unapproved.body.error.fields.to, 'concluding waits for the head');
      assert.equal(
        (await call(triase, 'POST', `${c}/approval`)).status,
        403,
        'only a head approves',
      );
      const blank = await call(head, 'POST', `${c}/approval`);
      assert.equal(blank.status, 422, 'a head approves a conclusion, not a blank');
      assert.equal(
        (await call(head, 'POST', `${c}/approval`, { outcome: 'terbukti', sanction: 'minta_maaf' }))
          .status,
        200,
      );
      const other = await call(investigator.token, 'POST', `${c}/transitions`, {
        to: 'selesai',
        outcome: 'terbukti',
        sanction: 'pembinaan',
      });
      assert.equal(other.status, 422, 'not another sanction than the approved one');
      assert.ok(other.body.error.fields.outcome);
      const concluded = await call(investigator.token, 'POST', `${c}/transitions`, {
        to: 'selesai',
        outcome: 'terbukti',
        sanction: 'minta_maaf',
      });
      assert.equal(concluded.status, 200, JSON.stringify(concluded.body));
      assert.equal(concluded.body.sanction, 'minta_maaf');

      const detail = (await call(head, 'GET', c)).body;
      assert.deepEqual(
        detail.events.filter((e: Json) => e.kind === 'state').map((e: Json) => e.to),
        ['diterima', 'verifikasi', 'penyelidikan', 'sidang', 'selesai'],
      );
      assert.ok(detail.events.some((e: Json) => e.kind === 'assign' && e.by));
      const feedback = detail.deadlines.find((d: Json) => d.kind === 'feedback');
      assert.ok(feedback.metAt, 'the conclusion meets the feedback deadline');

      // The reporter sees every public step: the states, the progress update, the outcome.
      const login = await env.app.inject({
        method: 'POST',
        url: '/api/v1/reporter/session',
        payload: { receipt },
      });
      const reporter = (
        await env.app.inject({
          url: '/api/v1/reporter/report',
          headers: { authorization: `Bearer ${login.json().token}` },
        })
      ).json();
      assert.equal(reporter.state, 'selesai');
      assert.equal(reporter.outcome, 'terbukti');
      assert.match(JSON.stringify(reporter), /Memeriksa dua saksi/);
      assert.doesNotMatch(JSON.stringify(reporter), /satu ruangan|minta_maaf/);
    });

    it('puts a conclusion to the head, who finds it waiting, is told, and approves it', async () => {
      const { caseNumber } = await report();
      const c = path(caseNumber);
      const triase = (await staffToken(env, 'triase')).token;
      const head = await staffToken(env, 'pimpinan');
      await env.ctx.db
        .updateTable('users')
        .set({ email: 'kepala@propam.test' })
        .where('username', '=', head.username)
        .execute();
      await call(triase, 'POST', `${c}/transitions`, { to: 'verifikasi' });
      await call(triase, 'PATCH', c, { track: 'disiplin' });
      const bad = await call(triase, 'POST', `${c}/approval-request`, { outcome: 'terbukti' });
      assert.equal(bad.status, 422, 'only what could be concluded can be put to the head');
      const asked = await call(triase, 'POST', `${c}/approval-request`, {
        outcome: 'tidak_terbukti',
      });
      assert.equal(asked.status, 200, JSON.stringify(asked.body));
      const waiting = await call(head.token, 'GET', '/api/v1/cases?awaiting=approval');
      assert.deepEqual(
        waiting.body.items.map((i: Json) => i.caseNumber),
        [caseNumber],
      );
      const jobs = await env.ctx.db.selectFrom('jobs').select(['kind', 'payload']).execute();
      assert.ok(
        jobs.some((j) => j.payload.includes('approval_request')),
        'the head is told',
      );
      const detail = (await call(head.token, 'GET', c)).body;
      assert.ok(detail.approvalRequestedAt);
      assert.ok(
        detail.events.some(
          (e: Json) => e.kind === 'approval_request' && e.outcome === 'tidak_terbukti',
        ),
      );
      assert.equal(
        (await call(head.token, 'POST', `${c}/approval`, { outcome: 'tidak_terbukti' })).status,
        200,
      );
      const none = await call(head.token, 'GET', '/api/v1/cases?awaiting=approval');
      assert.deepEqual(none.body.items, []);
      assert.equal(
        (
          await call(triase, 'POST', `${c}/transitions`, {
            to: 'selesai',
            outcome: 'tidak_terbukti',
          })
        ).status,
        200,
      );
    });

    it('refuses moves that make no sense', async () => {
      const { caseNumber } = await report();
      const c = path(caseNumber);
      const head = (await staffToken(env, 'pimpinan')).token;
      const tries: Array<[object, string]> = [
        [{ to: 'sidang' }, 'to'],
        [{ to: 'diterima' }, 'to'],
        [{ to: 'selesai' }, 'outcome'],
        [{ to: 'selesai', outcome: 'terbukti' }, 'outcome'],
        [{ to: 'verifikasi', outcome: 'terbukti' }, 'outcome'],
        [{ to: 'selesai', outcome: 'dilimpahkan', sanction: 'ptdh' }, 'sanction'],
      ];
      for (const [payload, fieldName] of tries) {
        const refused = await call(head, 'POST', `${c}/transitions`, payload);
        assert.equal(refused.status, 422, JSON.stringify(payload));
        assert.ok(
          refused.body.error.fields[fieldName],
          `${JSON.stringify(payload)} → ${fieldName}`,
        );
      }
      await call(head, 'POST', `${c}/transitions`, { to: 'verifikasi' });
      await call(head, 'PATCH', c, { track: 'pidana' });
      await call(head, 'POST', `${c}/transitions`, { to: 'penyelidikan' });
      const hearing = await call(head, 'POST', `${c}/transitions`, { to: 'sidang' });
      assert.ok(hearing.body.error.fields.to, 'a criminal case has no Propam hearing');
      // A head concludes without asking anyone; a criminal case is handed on.
      const handed = await call(head, 'POST', `${c}/transitions`, {
        to: 'selesai',
        outcome: 'dilimpahkan',
      });
      assert.equal(handed.status, 200, JSON.stringify(handed.body));
      assert.equal(
        (await call(head, 'POST', `${c}/transitions`, { to: 'verifikasi' })).status,
        422,
        'nothing moves a concluded case',
      );
    });

    it('concludes without approval where the deployment does not ask for it', async () => {
      await saveSetting(env.ctx.db, 'approvalRequired', false);
      const { caseNumber } = await report();
      const triase = (await staffToken(env, 'triase')).token;
      const done = await call(triase, 'POST', `${path(caseNumber)}/transitions`, {
        to: 'selesai',
        outcome: 'tidak_dapat_ditindaklanjuti',
      });
      assert.equal(done.status, 200, JSON.stringify(done.body));
    });

    it('assigns only confirmed investigators of the case unit, and moves the key with it', async () => {
      const { caseNumber } = await report();
      const c = path(caseNumber);
      const triase = (await staffToken(env, 'triase')).token;
      const first = await staffToken(env, 'penyidik');
      const second = await staffToken(env, 'penyidik');
      const elsewhere = await staffToken(env, 'penyidik', 'POLRESTA-SMD');
      const colleague = await staffToken(env, 'triase');

      for (const username of [elsewhere.username, colleague.username, 'nobody']) {
        const refused = await call(triase, 'POST', `${c}/assignment`, { username });
        assert.equal(refused.status, 422, username);
      }
      const { createUser } = await import('../staff/users.js');
      await createUser(env.ctx, {
        username: 'penyidik.baru',
        unit: 'POLRESTA-BPN',
        role: 'penyidik',
        password: 'sandi-rahasia-baru',
      });
      const unconfirmed = await call(triase, 'POST', `${c}/assignment`, {
        username: 'penyidik.baru',
      });
      assert.equal(unconfirmed.status, 422);

      await call(triase, 'POST', `${c}/assignment`, { username: first.username });
      assert.equal((await call(first.token, 'GET', c)).status, 200);
      await call(triase, 'POST', `${c}/assignment`, { username: second.username });
      assert.equal((await call(second.token, 'GET', c)).status, 200);
      assert.equal((await call(first.token, 'GET', c)).status, 404, 'the first loses the case');
      // An investigator does not assign, assess or forward.
      assert.equal(
        (await call(second.token, 'POST', `${c}/assignment`, { username: first.username })).status,
        403,
      );
      assert.equal((await call(second.token, 'PATCH', c, { track: 'disiplin' })).status, 403);
    });

    it('forwards a case to another unit with its key, and the sender lets go', async () => {
      const { caseNumber } = await report();
      const c = path(caseNumber);
      const bpn = (await staffToken(env, 'triase')).token;
      const smd = (await staffToken(env, 'triase', 'POLRESTA-SMD')).token;
      assert.equal((await call(smd, 'GET', c)).status, 404);

      const noReason = await call(bpn, 'POST', `${c}/forward`, {
        unit: 'POLRESTA-SMD',
        reason: '',
      });
      assert.ok(noReason.body.error.fields.reason);
      const unknown = await call(bpn, 'POST', `${c}/forward`, {
        unit: 'POLRES-ATLANTIS',
        reason: 'salah alamat kanal',
      });
      assert.ok(unknown.body.error.fields.unit);
      const same = await call(bpn, 'POST', `${c}/forward`, {
        unit: 'POLRESTA-BPN',
        reason: 'salah alamat kanal',
      });
      assert.ok(same.body.error.fields.unit);

      const forwarded = await call(bpn, 'POST', `${c}/forward`, {
        unit: 'polresta-smd',
        reason: 'Kejadian di wilayah Samarinda, salah alamat',
      });
      assert.equal(forwarded.status, 200, JSON.stringify(forwarded.body));
      const there = await call(smd, 'GET', c);
      assert.equal(there.status, 200);
      assert.equal(there.body.unit, 'POLRESTA-SMD');
      assert.equal(there.body.caseNumber, caseNumber, 'the number never changes');
      assert.ok(
        there.body.messages.some(
          (m: Json) => m.visibility === 'internal' && /wilayah Samarinda/.test(m.body),
        ),
      );
      assert.equal((await call(bpn, 'GET', c)).status, 404, 'the sender keeps no access');
    });

    it('lets the sender keep reading a forwarded case where the deployment says so', async () => {
      await saveSetting(env.ctx.db, 'forwardKeepsAccess', true);
      const { caseNumber } = await report();
      const bpn = (await staffToken(env, 'triase')).token;
      await staffToken(env, 'triase', 'POLDA-KALTIM');
      await call(bpn, 'POST', `${path(caseNumber)}/forward`, {
        unit: 'POLDA-KALTIM',
        reason: 'Terlapor pejabat utama, diteruskan ke Polda',
      });
      const kept = await call(bpn, 'GET', path(caseNumber));
      assert.equal(kept.status, 200);
      assert.equal(kept.body.approvalRequestedAt, null);
      assert.equal(kept.body.unit, 'POLDA-KALTIM');
      assert.deepEqual(kept.body.nextStates, [], 'the sender reads, and no longer handles');
      const c = path(caseNumber);
      for (const [method, url, payload] of [
        ['POST', `${c}/transitions`, { to: 'selesai', outcome: 'dilimpahkan' }],
        ['POST', `${c}/messages`, { body: 'Masih kami pantau', visibility: 'reporter' }],
        ['POST', `${c}/forward`, { unit: 'POLRESTA-BPN', reason: 'Kami ambil kembali saja' }],
        ['PATCH', c, { track: 'disiplin' }],
      ] as const) {
        assert.equal((await call(bpn, method, url, payload)).status, 403, `${method} ${url}`);
      }
      assert.equal(
        (await call(bpn, 'GET', `${c}/dossier.pdf`)).status,
        200,
        'reading includes printing',
      );
    });

    it('takes one step at a time on a case: a conclusion and a forward do not both go through', async () => {
      const head = (await staffToken(env, 'pimpinan')).token;
      for (let round = 0; round < 3; round++) {
        const { caseNumber } = await report();
        const c = path(caseNumber);
        const [concluded, forwarded] = await Promise.all([
          call(head, 'POST', `${c}/transitions`, { to: 'selesai', outcome: 'dilimpahkan' }),
          call(head, 'POST', `${c}/forward`, {
            unit: 'POLRES-PASER',
            reason: 'Kejadian di wilayah Paser',
          }),
        ]);
        const statuses = [concluded.status, forwarded.status].sort();
        assert.ok(
          statuses[0] === 200 && statuses[1] !== 200,
          `round ${round}: ${concluded.status} ${forwarded.status}`,
        );
        const row = await env.ctx.db
          .selectFrom('cases')
          .innerJoin('units', 'units.id', 'cases.unit_id')
          .select(['state', 'units.code'])
          .where('case_number', '=', caseNumber)
          .executeTakeFirstOrThrow();
        assert.ok(
          !(row.state === 'selesai' && row.code === 'POLRES-PASER'),
          'concluded and forwarded',
        );
      }
    });

    it('asks for approval again when the track changes after it', async () => {
      const { caseNumber } = await report();
      const c = path(caseNumber);
      const triase = (await staffToken(env, 'triase')).token;
      const head = (await staffToken(env, 'pimpinan')).token;
      await call(triase, 'POST', `${c}/transitions`, { to: 'verifikasi' });
      await call(triase, 'PATCH', c, { track: 'pidana' });
      assert.equal(
        (await call(head, 'POST', `${c}/approval`, { outcome: 'tidak_terbukti' })).status,
        200,
      );
      await call(triase, 'PATCH', c, { track: 'disiplin' });
      const concluded = await call(triase, 'POST', `${c}/transitions`, {
        to: 'selesai',
        outcome: 'tidak_terbukti',
      });
      assert.equal(concluded.status, 422);
      assert.ok(concluded.body.error.fields.to);
    });

    it('counts on a channel only the reports its unit holds, not those sent over its head', async () => {
      await report();
      await report({ subjectIsCommander: true });
      const triase = await staffToken(env, 'triase');
      const { backOfficeCookies } = await import('../testing/harness.js');
      const page = await env.app.inject({
        url: '/staf/kanal',
        cookies: await backOfficeCookies(env, triase),
      });
      assert.equal(page.statusCode, 200);
      const row = page.body.slice(page.body.indexOf('BPN-SIDOKKES'));
      assert.match(row, /1 laporan/);
      assert.doesNotMatch(page.body, /2 laporan/);
    });

    it('shows a head the cases of the units below as data only', async () => {
      const { caseNumber } = await report();
      // A label is the handlers' own words: what they wrote stays with those who read the case.
      const bpn = (await staffToken(env, 'triase')).token;
      await call(bpn, 'POST', `${path(caseNumber)}/labels`, { add: 'nrp 85010123' });
      const polda = (await staffToken(env, 'pimpinan', 'POLDA-KALTIM')).token;
      const list = await call(polda, 'GET', '/api/v1/cases?unit=POLRESTA-BPN&descendants=true');
      assert.deepEqual(
        list.body.items.map((i: Json) => i.caseNumber),
        [caseNumber],
      );
      assert.equal(list.body.items[0].contentVisible, false, 'the list says it is data only');
      assert.deepEqual(list.body.items[0].labels, []);
      for (const query of ['label=nrp%2085010123', 'q=85010123']) {
        const found = await call(polda, 'GET', `/api/v1/cases?${query}`);
        assert.deepEqual(found.body.items, [], query);
      }
      const detail = await call(polda, 'GET', path(caseNumber));
      assert.equal(detail.status, 200);
      assert.equal(detail.body.contentVisible, false);
      assert.equal(detail.body.report, null);
      assert.doesNotMatch(JSON.stringify(detail.body), /penanda|Bripka|85010123/);
      assert.ok(detail.body.deadlines.length > 0);
      assert.equal(
        (await call(polda, 'POST', `${path(caseNumber)}/transitions`, { to: 'verifikasi' })).status,
        403,
      );
      assert.equal((await call(polda, 'GET', `${path(caseNumber)}/dossier.pdf`)).status, 403);
      // A head of a unit beside it sees nothing.
      const smdHead = (await staffToken(env, 'pimpinan', 'POLRESTA-SMD')).token;
      assert.equal((await call(smdHead, 'GET', path(caseNumber))).status, 404);
    });

    it('exports the dossier and the progress letter as PDF, each audited', async () => {
      const { caseNumber } = await report({}, 'penanda-berkas');
      const triase = (await staffToken(env, 'triase')).token;
      const c = path(caseNumber);
      const { body: posted } = await call(triase, 'POST', `${c}/progress`, {
        done: 'Klarifikasi awal',
        results: 'Ada dasar untuk penyelidikan',
        next: 'Memanggil saksi',
      });
      const pdfText = async (url: string) => {
        const response = await env.app.inject({
          url,
          headers: { authorization: `Bearer ${triase}` },
        });
        assert.equal(response.statusCode, 200, response.body);
        assert.equal(response.headers['content-type'], 'application/pdf');
        assert.match(String(response.headers['content-disposition']), /^attachment/);
        const { execFileSync } = await import('node:child_process');
        return execFileSync('pdftotext', ['-', '-'], { input: response.rawPayload }).toString();
      };
      const dossier = await pdfText(`${c}/dossier.pdf`);
      assert.match(dossier, /penanda-berkas/);
      assert.match(dossier, /85010123/);
      const letter = await pdfText(`${c}/progress/${posted.id}/letter.pdf`);
      assert.match(letter, /Klarifikasi awal/);
      assert.doesNotMatch(letter, /penanda-berkas|85010123|Bripka/);
      const actions = await env.ctx.db
        .selectFrom('audit_log')
        .select('action')
        .where('case_number', '=', caseNumber)
        .execute();
      assert.ok(actions.some((a) => a.action === 'case_export'));
      assert.ok(actions.some((a) => a.action === 'progress_letter'));
      const missing = await call(
        triase,
        'GET',
        `${c}/progress/00000000-0000-0000-0000-000000000000/letter.pdf`,
      );
      assert.equal(missing.status, 404);
    });

    it('labels cases and finds them by label, number, channel or category', async () => {
      const first = await report();
      const second = await report({ channel: 'BPN-CC110', category: 'kekerasan' });
      const triase = (await staffToken(env, 'triase')).token;
      const labelled = await call(triase, 'POST', `${path(first.caseNumber)}/labels`, {
        add: ['Loket 2', 'berulang'],
      });
      assert.deepEqual(labelled.body.labels, ['berulang', 'loket 2']);
      const bad = await call(triase, 'POST', `${path(first.caseNumber)}/labels`, { add: '<b>' });
      assert.equal(bad.status, 422);
      const found = async (query: string) =>
        (await call(triase, 'GET', `/api/v1/cases?${query}`)).body.items.map(
          (i: Json) => i.caseNumber,
        );
      assert.deepEqual(await found('label=berulang'), [first.caseNumber]);
      assert.deepEqual(await found('q=loket'), [first.caseNumber]);
      assert.deepEqual(await found('q=CC110'), [second.caseNumber]);
      assert.deepEqual(await found('q=kekerasan'), [second.caseNumber]);
      assert.deepEqual(await found(`q=${encodeURIComponent(second.caseNumber)}`), [
        second.caseNumber,
      ]);
      await call(triase, 'POST', `${path(first.caseNumber)}/labels`, { remove: 'berulang' });
      assert.deepEqual(await found('label=berulang'), []);
    });

    it('shows a reader the other cases naming the same NRP, through a keyed index only', async () => {
      const nrp = (value: string, marker: string) =>
        report({ subjects: [{ name: 'Bripda Contoh', nrp: value }] }, marker);
      const one = await nrp('85010123', 'satu');
      const two = await nrp('8501 0123', 'dua');
      const other = await nrp('99887766', 'tiga');
      const elsewhere = await report({ channel: 'SMD-TEST' }).catch(() => undefined);
      assert.equal(elsewhere, undefined);
      const triase = (await staffToken(env, 'triase')).token;
      const seen = (await call(triase, 'GET', path(one.caseNumber))).body;
      assert.deepEqual(
        seen.related.map((r: Json) => r.caseNumber),
        [two.caseNumber],
      );
      assert.deepEqual((await call(triase, 'GET', path(other.caseNumber))).body.related, []);
      const rows = await env.ctx.db.selectFrom('officer_index').selectAll().execute();
      assert.ok(rows.length >= 3);
      const { createHash } = await import('node:crypto');
      const plain = createHash('sha256').update('85010123').digest();
      for (const row of rows) {
        assert.notEqual(Buffer.from(row.officer_mac).toString('hex'), plain.toString('hex'));
        assert.doesNotMatch(Buffer.from(row.officer_mac).toString('latin1'), /85010123/);
      }
      // Another unit's reader sees no relation into cases they may not see.
      const smd = (await staffToken(env, 'triase', 'POLRESTA-SMD')).token;
      assert.equal((await call(smd, 'GET', path(one.caseNumber))).status, 404);
      // Nor does a head above, who sees those cases' data but not what they say: their own case
      // about the same officer (sent over the Polres to them) lists none of the Polres cases.
      const polda = (await staffToken(env, 'pimpinan', 'POLDA-KALTIM')).token;
      const escalated = await report(
        { subjectIsPropam: true, subjects: [{ name: 'Bripda Contoh', nrp: '8501-0123' }] },
        'empat',
      );
      const own = await call(polda, 'GET', path(escalated.caseNumber));
      assert.equal(own.status, 200, JSON.stringify(own.body));
      assert.equal(own.body.contentVisible, true);
      assert.deepEqual(own.body.related, []);
    });

    it('pages through the list, nearest deadline first', async () => {
      const numbers: string[] = [];
      for (let i = 0; i < 7; i++) numbers.push((await report({}, `m${i}`)).caseNumber);
      const triase = (await staffToken(env, 'triase')).token;
      // Answering one meets its acknowledgement: its next deadline moves months away.
      await call(triase, 'POST', `${path(numbers[0]!)}/messages`, {
        body: 'Terima kasih, kami periksa.',
        visibility: 'reporter',
      });
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: string = `limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
        const page = (await call(triase, 'GET', `/api/v1/cases?${query}`)).body;
        seen.push(...page.items.map((i: Json) => i.caseNumber));
        const dues = page.items.map((i: Json) => Date.parse(i.nextDeadline.dueAt));
        assert.deepEqual(
          dues,
          [...dues].sort((a, b) => a - b),
        );
        cursor = page.nextCursor;
        pages++;
      } while (cursor && pages < 10);
      assert.equal(pages, 3);
      assert.deepEqual([...seen].sort(), [...numbers].sort());
      assert.equal(seen.at(-1), numbers[0], 'the answered case comes last');
      const bad = await call(triase, 'GET', '/api/v1/cases?cursor=rubbish');
      assert.equal(bad.status, 422);
      const unknownUnit = await call(triase, 'GET', '/api/v1/cases?unit=NOWHERE');
      assert.equal(unknownUnit.status, 422);
    });

    it('shows handlers in UTC+7 and UTC+9 the same deadlines, in the case unit zone', async () => {
      await importUnits(
        env.ctx.db,
        'code,name,type,parent,time_zone,has_propam\nPOLDA-PAPUA,Polda Papua,polda,MABES,Asia/Jayapura,true\nPOLRESTA-JAYAPURA-KOTA,Polresta Jayapura Kota,polres,POLDA-PAPUA,Asia/Jayapura,true\n',
      );
      await upsertChannel(env.ctx.db, {
        code: 'JYP-SPKT',
        unit: 'POLRESTA-JAYAPURA-KOTA',
        place: 'Ruang SPKT',
        form: 'full',
      });
      const { caseNumber } = await report({ channel: 'JYP-SPKT' });
      const jayapura = await staffToken(env, 'triase', 'POLRESTA-JAYAPURA-KOTA');
      const mabes = await staffToken(env, 'pimpinan', 'MABES');
      const a = (await call(jayapura.token, 'GET', path(caseNumber))).body;
      const b = (await call(mabes.token, 'GET', path(caseNumber))).body;
      assert.equal(a.timeZone, 'Asia/Jayapura');
      assert.deepEqual(a.deadlines, b.deadlines);
      const acknowledge = a.deadlines.find((d: Json) => d.kind === 'acknowledge');
      // Due at the end of a day in WIT (UTC+9): 14:59:59.999 UTC.
      assert.match(acknowledge.dueAt, /T14:59:59\.999Z$/);

      const { backOfficeCookies } = await import('../testing/harness.js');
      for (const staff of [jayapura, mabes]) {
        const page = await env.app.inject({
          url: `/staf/kasus/${encodeURIComponent(caseNumber)}`,
          cookies: await backOfficeCookies(env, staff),
        });
        assert.equal(page.statusCode, 200);
        assert.match(page.body, /23\.59 WIT/);
        assert.doesNotMatch(page.body, /WIB|WITA/);
      }
    });
  });
}
