/**
 * Notification e-mail against a real SMTP server on loopback: who gets it, what it holds (never
 * anything of the report), retries while the server is down, and the outbox across a restart.
 */
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, beforeEach, describe, it } from 'node:test';
import { backgroundJobs, startBackgroundWork } from '../jobs/background.js';
import { Worker, type WorkerOptions } from '../jobs/queue.js';
import type { StaffRole } from '../db/schema.js';
import { translate } from '../i18n/catalog.js';
import { confirmWithRecovery } from '../keys/confirm.js';
import { createUser } from '../staff/users.js';
import {
  backOfficeCookies,
  engines,
  fullReport,
  logInStaff,
  openTestEnv,
  type TestEnv,
} from '../testing/harness.js';
import { freePort, startSmtpSink, type SmtpSink } from '../testing/smtp.js';
import { smtpMailer } from './mailer.js';
import { notify } from './outbox.js';

let people = 0;

/** A staff member with an address; readers are confirmed, as a reader confirms them. */
async function staff(
  env: TestEnv,
  role: StaffRole,
  options: { unit?: string; email?: string | null; notify?: string; disabled?: boolean } = {},
) {
  const username = `${role}.surel.${++people}`;
  const email = options.email === undefined ? `${username}@polri.test` : options.email;
  const user = await createUser(env.ctx, {
    username,
    unit: options.unit ?? 'POLRESTA-BPN',
    role,
    password: `sandi-rahasia-${people}`,
    ...(email ? { email } : {}),
  });
  if (['triase', 'pimpinan', 'apresiasi'].includes(role))
    await confirmWithRecovery(env.ctx, env.recoveryKey, username);
  const changes = {
    ...(options.notify !== undefined ? { notify: options.notify } : {}),
    ...(options.disabled ? { disabled_at: new Date() } : {}),
  };
  if (Object.keys(changes).length > 0)
    await env.ctx.db.updateTable('users').set(changes).where('id', '=', user.id).execute();
  return { id: user.id, username, email, password: `sandi-rahasia-${people}` };
}

async function submit(env: TestEnv, report: Record<string, unknown> = fullReport()) {
  const response = await env.app.inject({
    method: 'POST',
    url: '/api/v1/reports',
    payload: report,
  });
  assert.equal(response.statusCode, 201, response.body);
  const body = response.json<{ receipt: string; caseNumber: string }>();
  const row = await env.ctx.db
    .selectFrom('cases')
    .select('id')
    .where('case_number', '=', body.caseNumber)
    .executeTakeFirstOrThrow();
  return { ...body, caseId: row.id };
}

/** What a reporter's action waits for (the next whole hour) has come. */
async function timePasses(env: TestEnv) {
  await env.ctx.db
    .updateTable('jobs')
    .set({ run_at: new Date(Date.now() - 1000) })
    .where('done_at', 'is', null)
    .execute();
}

const recipients = (sink: SmtpSink) => sink.messages.flatMap((m) => m.to).sort();

for (const engine of engines) {
  describe(`notification e-mail (${engine})`, () => {
    let env: TestEnv;
    let sink: SmtpSink;
    let worker: Worker;
    const workerFor = (options: WorkerOptions = {}) =>
      new Worker(env.ctx, backgroundJobs(smtpMailer(env.ctx.config)), options);

    before(async () => {
      sink = await startSmtpSink();
      env = await openTestEnv(engine, { SMTP_URL: sink.url, MAIL_FROM: 'Peluit <wbs@polri.test>' });
    });
    after(async () => {
      await env.close();
      await sink.close();
    });
    beforeEach(async () => {
      await env.reset();
      await env.ctx.db.deleteFrom('jobs').execute();
      sink.messages.length = 0;
      worker = workerFor();
    });

    it('tells the readers of the unit who chose it of a new case, and nobody else', async () => {
      const triase = await staff(env, 'triase');
      const pimpinan = await staff(env, 'pimpinan');
      await staff(env, 'triase', { email: null });
      await staff(env, 'pimpinan', { notify: 'assignment,reporter_reply,deadline' });
      await staff(env, 'triase', { disabled: true });
      await staff(env, 'apresiasi');
      await staff(env, 'penyidik');
      await staff(env, 'admin');
      await staff(env, 'triase', { unit: 'POLRESTA-SMD' });
      await staff(env, 'triase', { unit: 'POLDA-KALTIM' });

      const before = Date.now();
      const { caseNumber } = await submit(env);
      const job = await env.ctx.db
        .selectFrom('jobs')
        .selectAll()
        .where('kind', '=', 'notify')
        .executeTakeFirstOrThrow();
      // Held to the next whole hour and dated to the hour: the e-mail does not time the report.
      const hour = 60 * 60 * 1000;
      assert.equal(job.created_at.getTime() % hour, 0);
      assert.equal(job.run_at.getTime(), job.created_at.getTime() + hour);
      assert.ok(job.run_at.getTime() > before);
      assert.doesNotMatch(job.payload, /penanda|Bripka|pungli/);
      await worker.drain();
      assert.equal(sink.messages.length, 0, 'nothing before the hour');

      await timePasses(env);
      await worker.drain();
      await sink.waitFor(2);
      assert.deepEqual(recipients(sink), [triase.email, pimpinan.email].sort());
      const mail = sink.messages[0]!;
      assert.equal(mail.subject, `[Peluit] Perkara baru ${caseNumber}`);
      assert.match(mail.raw, /^From: Peluit <wbs@polri\.test>/m);
      const link = `http://peluit.test/staf/kasus/${encodeURIComponent(caseNumber)}`;
      assert.ok(mail.text.includes(link), mail.text);
      assert.match(mail.text, /Ada perkara baru di unit Anda/);
      assert.match(mail.text, /There is a new case in your unit/);

      await worker.drain();
      assert.equal(sink.messages.length, 2, 'each e-mail is sent once');
    });

    it('tells the readers above when the case’s unit has none yet, as its key is sealed', async () => {
      await staff(env, 'triase');
      const mabes = await staff(env, 'triase', { unit: 'MABES' });
      // About Propam staff: routed to Polda Kalimantan Timur, which has no reader yet.
      const { caseNumber } = await submit(env, fullReport('penanda', { subjectIsPropam: true }));
      assert.match(caseNumber, /POLDA-KALTIM$/);
      await timePasses(env);
      await worker.drain();
      await sink.waitFor(1);
      assert.deepEqual(recipients(sink), [mabes.email]);
    });

    it('puts nothing of the report in any e-mail', async () => {
      await staff(env, 'triase');
      await staff(env, 'pimpinan');
      const markers = {
        description: 'TANDA-URAIAN-7731',
        occurredAtNote: 'TANDA-WAKTU-8812',
        place: 'TANDA-TEMPAT-9920',
        name: 'TANDA-NAMA-1043',
        rank: 'TANDA-PANGKAT-2291',
        nrp: '99887766',
        unit: 'TANDA-SATUAN-3380',
        subject: 'TANDA-CIRI-4417',
        witnesses: 'TANDA-SAKSI-5526',
        reporterName: 'TANDA-PELAPOR-6634',
        contact: 'TANDA-KONTAK-7745',
        reply: 'TANDA-JAWABAN-8856',
      };
      const report = fullReport(markers.description, {
        occurredAtNote: markers.occurredAtNote,
        place: markers.place,
        subjects: [
          {
            name: markers.name,
            rank: markers.rank,
            nrp: markers.nrp,
            unit: markers.unit,
            description: markers.subject,
          },
        ],
        witnesses: markers.witnesses,
        identity: { mode: 'open', name: markers.reporterName, contact: markers.contact },
      });
      const { receipt, caseNumber } = await submit(env, report);
      const session = await env.app.inject({
        method: 'POST',
        url: '/api/v1/reporter/session',
        payload: { receipt },
      });
      const reply = await env.app.inject({
        method: 'POST',
        url: '/api/v1/reporter/messages',
        headers: { authorization: `Bearer ${session.json<{ token: string }>().token}` },
        payload: { body: markers.reply },
      });
      assert.equal(reply.statusCode, 201);

      await timePasses(env);
      await worker.drain();
      // The new case to both readers; the answer to triage only.
      await sink.waitFor(3);
      const forbidden = [
        ...Object.values(markers),
        'pungli',
        translate('id', 'category.pungli'),
        translate('en', 'category.pungli'),
        'Petugas meminta uang',
      ];
      for (const mail of sink.messages) {
        assert.ok(mail.text.includes(caseNumber), 'the decoding works: the case number is read');
        for (const marker of forbidden) {
          for (const seen of [mail.raw, mail.subject, mail.text])
            assert.ok(!seen.includes(marker), `an e-mail holds "${marker}"`);
        }
      }
      const jobs = await env.ctx.db.selectFrom('jobs').select('payload').execute();
      for (const { payload } of jobs)
        for (const marker of forbidden) assert.ok(!payload.includes(marker));
    });

    it('tells the assignee and the unit’s triage of a reporter’s answer', async () => {
      const triase = await staff(env, 'triase');
      await staff(env, 'pimpinan');
      const penyidik = await staff(env, 'penyidik');
      const { receipt, caseId, caseNumber } = await submit(env);
      await env.ctx.db
        .updateTable('cases')
        .set({ assignee_id: penyidik.id })
        .where('id', '=', caseId)
        .execute();
      await timePasses(env);
      await worker.drain();
      sink.messages.length = 0;

      const session = await env.app.inject({
        method: 'POST',
        url: '/api/v1/reporter/session',
        payload: { receipt },
      });
      await env.app.inject({
        method: 'POST',
        url: '/api/v1/reporter/messages',
        headers: { authorization: `Bearer ${session.json<{ token: string }>().token}` },
        payload: { body: 'Saya punya bukti tambahan.' },
      });
      await timePasses(env);
      await worker.drain();
      await sink.waitFor(2);
      assert.deepEqual(recipients(sink), [triase.email, penyidik.email].sort());
      assert.equal(
        sink.messages[0]!.subject,
        `[Peluit] Jawaban pelapor pada perkara ${caseNumber}`,
      );
    });

    it('sends an assignment to whom it names, at once', async () => {
      const penyidik = await staff(env, 'penyidik');
      const other = await staff(env, 'penyidik');
      const { caseId, caseNumber } = await submit(env);
      await env.ctx.db.deleteFrom('jobs').execute();
      await env.ctx.db
        .transaction()
        .execute((trx) => notify(trx, 'assignment', { caseId, userIds: [penyidik.id] }));
      await worker.drain();
      await sink.waitFor(1);
      assert.deepEqual(recipients(sink), [penyidik.email]);
      assert.notEqual(other.email, penyidik.email);
      assert.equal(
        sink.messages[0]!.subject,
        `[Peluit] Perkara ${caseNumber} ditugaskan kepada Anda`,
      );
    });

    it('respects each one’s choices, set on the account page or through the API', async () => {
      const byApi = await staff(env, 'triase');
      const byForm = await staff(env, 'triase');
      const token = await logInStaff(env, byApi.username, byApi.password);
      const auth = { authorization: `Bearer ${token}` };

      const bad = await env.app.inject({
        method: 'PATCH',
        url: '/api/v1/me?lang=en',
        headers: auth,
        payload: { email: 'bukan alamat', notify: ['new_case', 'gosip'] },
      });
      assert.equal(bad.statusCode, 422);
      const problem = bad.json<{ error: { fields: Record<string, string> } }>().error;
      assert.equal(problem.fields.email, 'Not a valid e-mail address.');
      assert.equal(problem.fields['notify.1'], 'Choose from the notifications offered.');

      const saved = await env.app.inject({
        method: 'PATCH',
        url: '/api/v1/me',
        headers: auth,
        payload: { email: ' Triase.Baru@Polri.Test ', notify: ['assignment'] },
      });
      assert.equal(saved.statusCode, 200, saved.body);
      assert.deepEqual(saved.json(), { email: 'triase.baru@polri.test', notify: ['assignment'] });
      const me = await env.app.inject({ url: '/api/v1/me', headers: auth });
      assert.equal(me.json<{ email: string }>().email, 'triase.baru@polri.test');

      await logInStaff(env, byForm.username, byForm.password);
      const cookies = await backOfficeCookies(env, byForm);
      const page = await env.app.inject({ url: '/staf/akun', cookies });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Akun dan pemberitahuan/);
      assert.match(page.body, /value="new_case"\s+checked/);
      const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;

      const noCsrf = await env.app.inject({
        method: 'POST',
        url: '/staf/akun',
        cookies,
        payload: { email: 'x@polri.test', notify: 'deadline' },
      });
      assert.equal(noCsrf.statusCode, 403);

      const typo = await env.app.inject({
        method: 'POST',
        url: '/staf/akun',
        cookies,
        payload: { _csrf: csrf, email: 'triase@@polri', notify: ['deadline', 'reporter_reply'] },
      });
      assert.equal(typo.statusCode, 422);
      assert.match(typo.body, /Alamat e-mail tidak valid/);
      assert.match(typo.body, /value="triase@@polri"/);
      assert.match(typo.body, /value="deadline"\s+checked/);
      assert.match(typo.body, /value="reporter_reply"\s+checked/);
      assert.doesNotMatch(typo.body, /value="new_case"\s+checked/);

      const done = await env.app.inject({
        method: 'POST',
        url: '/staf/akun',
        cookies,
        payload: { _csrf: csrf, email: byForm.email!, notify: 'deadline' },
      });
      assert.equal(done.statusCode, 303);
      assert.equal(done.headers.location, '/staf/akun?tersimpan=1');
      const after = await env.app.inject({ url: '/staf/akun?tersimpan=1', cookies });
      assert.match(after.body, /Pilihan pemberitahuan tersimpan/);
      assert.match(after.body, /value="deadline"\s+checked/);
      assert.doesNotMatch(after.body, /value="new_case"\s+checked/);

      const audited = await env.ctx.db
        .selectFrom('audit_log')
        .select(['actor', 'detail'])
        .where('action', '=', 'account_update')
        .orderBy('id')
        .execute();
      assert.deepEqual(
        audited.map((a) => a.actor),
        [byApi.username, byForm.username],
      );
      assert.ok(
        audited.every((a) => !a.detail.includes('@')),
        'no address in the log',
      );

      // Neither wants a new case now: a new case mails nobody.
      await submit(env);
      await timePasses(env);
      await worker.drain();
      assert.equal(sink.messages.length, 0);
      assert.equal(
        await env.ctx.db
          .selectFrom('jobs')
          .where('kind', '=', 'email')
          .select('id')
          .executeTakeFirst(),
        undefined,
      );
    });

    it('retries while the SMTP server is down, waiting longer each time, then delivers', async () => {
      const port = await freePort();
      const down = await openTestEnv(engine, { SMTP_URL: `smtp://127.0.0.1:${port}` });
      let back: SmtpSink | undefined;
      try {
        await staff(down, 'triase');
        const { caseId } = await submit(down);
        await down.ctx.db.deleteFrom('jobs').execute();
        await notify(down.ctx.db, 'assignment', {
          caseId,
          userIds: [(await staff(down, 'penyidik')).id],
        });
        const retrying = new Worker(down.ctx, backgroundJobs(smtpMailer(down.ctx.config)), {
          backoffMs: (attempts) => 200 * 2 ** (attempts - 1),
        });
        const emailJob = () =>
          down.ctx.db
            .selectFrom('jobs')
            .selectAll()
            .where('kind', '=', 'email')
            .executeTakeFirstOrThrow();

        const t0 = Date.now();
        await retrying.drain();
        const first = await emailJob();
        assert.equal(first.attempts, 1);
        assert.match(first.last_error ?? '', /ECONNREFUSED|connect/i);
        assert.ok(first.run_at.getTime() - t0 >= 150);
        await sleep(250);
        await retrying.drain();
        const second = await emailJob();
        assert.equal(second.attempts, 2);
        const wait = second.run_at.getTime() - Date.now();
        assert.ok(wait > 250 && wait <= 450, `the second wait is longer: ${wait} ms`);

        back = await startSmtpSink(port);
        await retrying.drain();
        assert.equal(back.messages.length, 0, 'not before its time');
        await sleep(450);
        await retrying.drain();
        await back.waitFor(1);
        const sent = await emailJob();
        assert.ok(sent.done_at);
        assert.equal(sent.attempts, 2);
      } finally {
        await back?.close();
        await down.close();
      }
    });

    it('keeps queued e-mail across a restart and delivers it afterwards', async () => {
      const triase = await staff(env, 'triase');
      await submit(env);
      await env.restart();
      await timePasses(env);
      // Recipients resolved, e-mail queued, then the server stops again before sending.
      const fanOutOnly = new Worker(env.ctx, backgroundJobs(undefined));
      await fanOutOnly.drain();
      assert.equal(sink.messages.length, 0);
      await env.restart();

      const work = await startBackgroundWork(env.ctx, { pollMs: 50 });
      try {
        await sink.waitFor(1);
      } finally {
        await work.stop();
      }
      assert.deepEqual(recipients(sink), [triase.email]);
    });

    it('leaves e-mail queued and says so once when no SMTP server is set', async () => {
      const off = await openTestEnv(engine);
      try {
        await staff(off, 'triase');
        await submit(off);
        await timePasses(off);
        const work = await startBackgroundWork(off.ctx, { pollMs: 20 });
        await sleep(300);
        await work.stop();
        const emails = await off.ctx.db
          .selectFrom('jobs')
          .selectAll()
          .where('kind', '=', 'email')
          .execute();
        assert.equal(emails.length, 1, 'resolved and queued');
        assert.equal(emails[0]!.done_at, null);
        assert.equal(emails[0]!.locked_until, null, 'never taken');
        assert.equal(off.logs().match(/notifications are off/g)?.length, 1);
      } finally {
        await off.close();
      }
    });
  });
}
