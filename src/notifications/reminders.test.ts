/** Deadline reminders: one e-mail per deadline and stage, however often and wherever the scan runs. */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { openContext, type AppContext } from '../app-context.js';
import { backgroundJobs } from '../jobs/background.js';
import { Worker } from '../jobs/queue.js';
import { confirmWithRecovery } from '../keys/confirm.js';
import { createUser } from '../staff/users.js';
import { engines, fullReport, openTestEnv, type TestEnv } from '../testing/harness.js';
import { startSmtpSink, type SmtpSink } from '../testing/smtp.js';
import { smtpMailer } from './mailer.js';
import { scanDeadlines } from './reminders.js';

const day = 24 * 60 * 60 * 1000;
let people = 0;

for (const engine of engines) {
  describe(`deadline reminders (${engine})`, () => {
    let env: TestEnv;
    let sink: SmtpSink;
    const workerOn = (ctx: AppContext) =>
      new Worker(ctx, backgroundJobs(smtpMailer(ctx.config)), { batch: 2 });

    before(async () => {
      sink = await startSmtpSink();
      env = await openTestEnv(engine, { SMTP_URL: sink.url });
    });
    after(async () => {
      await env.close();
      await sink.close();
    });
    beforeEach(async () => {
      await env.reset();
      await env.ctx.db.deleteFrom('jobs').execute();
      sink.messages.length = 0;
    });

    /** A triage officer with an address, and a pimpinan without: one recipient per reminder. */
    async function unitStaff() {
      const username = `triase.tenggat.${++people}`;
      await createUser(env.ctx, {
        username,
        unit: 'POLRESTA-BPN',
        role: 'triase',
        password: 'sandi-rahasia-tenggat',
        email: `${username}@polri.test`,
      });
      await confirmWithRecovery(env.ctx, env.recoveryKey, username);
      await createUser(env.ctx, {
        username: `pimpinan.tenggat.${people}`,
        unit: 'POLRESTA-BPN',
        role: 'pimpinan',
        password: 'sandi-rahasia-tenggat',
      });
      return `${username}@polri.test`;
    }

    /** A case submitted `daysAgo` days ago, with its new-case notice already out of the way. */
    async function caseSubmitted(daysAgo: number) {
      const response = await env.app.inject({
        method: 'POST',
        url: '/api/v1/reports',
        payload: fullReport(),
      });
      const { caseNumber } = response.json<{ caseNumber: string }>();
      const row = await env.ctx.db
        .updateTable('cases')
        .set({ submitted_at: new Date(Date.now() - daysAgo * day) })
        .where('case_number', '=', caseNumber)
        .returning('id')
        .executeTakeFirstOrThrow();
      await env.ctx.db.deleteFrom('jobs').execute();
      return { caseId: row.id, caseNumber };
    }

    it('mails one missed acknowledgement, however often and wherever the scan runs', async () => {
      const address = await unitStaff();
      const { caseNumber } = await caseSubmitted(10);

      // Two server processes scanning at the same moment, then again and again.
      const second =
        engine === 'postgres'
          ? await openContext(env.ctx.config, env.ctx.log, 'second server')
          : env.ctx;
      try {
        const both = await Promise.all([scanDeadlines(env.ctx.db), scanDeadlines(second.db)]);
        assert.equal(both[0] + both[1], 1);
        assert.equal(await scanDeadlines(second.db), 0);
        assert.equal(await scanDeadlines(env.ctx.db), 0);
        await Promise.all([workerOn(env.ctx).drain(), workerOn(second).drain()]);
      } finally {
        if (second !== env.ctx) await second.close();
      }

      await sink.waitFor(1);
      assert.equal(sink.messages.length, 1);
      const mail = sink.messages[0]!;
      assert.deepEqual(mail.to, [address]);
      assert.equal(mail.subject, `[Peluit] Tenggat perkara ${caseNumber} terlewat`);
      assert.match(mail.text, /Tenggat tanggapan pertama perkara .* telah lewat sejak .* WITA\./);
      assert.match(mail.text, /The acknowledgement deadline of case .* passed on .* WITA\./);
      const notices = await env.ctx.db.selectFrom('deadline_notices').selectAll().execute();
      assert.deepEqual(
        notices.map((n) => [n.kind, n.stage]),
        [['acknowledge', 'missed']],
      );
    });

    it('mails the same deadline once when near and once when missed, as time goes by', async () => {
      await unitStaff();
      const { caseId, caseNumber } = await caseSubmitted(6);
      const worker = workerOn(env.ctx);

      assert.equal(await scanDeadlines(env.ctx.db), 1);
      await worker.drain();
      await sink.waitFor(1);
      assert.equal(sink.messages[0]!.subject, `[Peluit] Tenggat perkara ${caseNumber} segera tiba`);
      assert.equal(await scanDeadlines(env.ctx.db), 0);

      const threeDaysLater = new Date(Date.now() + 3 * day);
      assert.equal(await scanDeadlines(env.ctx.db, threeDaysLater), 1);
      assert.equal(await scanDeadlines(env.ctx.db, threeDaysLater), 0);
      await worker.drain();
      await sink.waitFor(2);
      assert.equal(sink.messages[1]!.subject, `[Peluit] Tenggat perkara ${caseNumber} terlewat`);

      const stages = await env.ctx.db
        .selectFrom('deadline_notices')
        .select('stage')
        .where('case_id', '=', caseId)
        .orderBy('stage', 'desc')
        .execute();
      assert.deepEqual(
        stages.map((s) => s.stage),
        ['soon', 'missed'],
      );
    });

    it('reminds of nothing met, concluded or far off', async () => {
      await unitStaff();
      const acknowledged = await caseSubmitted(10);
      await env.ctx.db
        .updateTable('cases')
        .set({ acknowledged_at: new Date(Date.now() - 9 * day) })
        .where('id', '=', acknowledged.caseId)
        .execute();
      const concluded = await caseSubmitted(10);
      await env.ctx.db
        .updateTable('cases')
        .set({ state: 'selesai', outcome: 'tidak_terbukti', concluded_at: new Date() })
        .where('id', '=', concluded.caseId)
        .execute();
      await caseSubmitted(1);

      assert.equal(await scanDeadlines(env.ctx.db), 0);
      assert.equal(await env.ctx.db.selectFrom('jobs').select('id').executeTakeFirst(), undefined);
    });

    it('runs the scan as a periodic job that exists once and mails through the queue', async () => {
      await unitStaff();
      await caseSubmitted(10);
      const workers = [workerOn(env.ctx), workerOn(env.ctx)];
      await Promise.all(workers.map((w) => w.start()));
      await sink.waitFor(1);
      await Promise.all(workers.map((w) => w.stop()));

      const scans = await env.ctx.db
        .selectFrom('jobs')
        .selectAll()
        .where('kind', '=', 'deadlines.scan')
        .orderBy('id')
        .execute();
      const waiting = scans.filter((s) => !s.done_at);
      assert.equal(waiting.length, 1, 'one next scan');
      const gap = waiting[0]!.run_at.getTime() - Date.now();
      assert.ok(gap > 9 * 60_000 && gap <= 10 * 60_000, `next scan in ${gap} ms`);
      assert.equal(sink.messages.length, 1);
    });
  });
}
