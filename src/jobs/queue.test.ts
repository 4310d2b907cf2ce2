/** The job queue: once-only runs across workers and processes, retries, leases, periodic jobs. */
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, beforeEach, describe, it } from 'node:test';
import { z } from 'zod';
import { openContext, type AppContext } from '../app-context.js';
import { engines, openTestEnv, type TestEnv } from '../testing/harness.js';
import { defaultBackoff, defineJob, enqueue, enqueueOnce, Worker } from './queue.js';

const jobRow = (ctx: AppContext, id: string) =>
  ctx.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

const pending = (ctx: AppContext, kind: string) =>
  ctx.db
    .selectFrom('jobs')
    .select('id')
    .where('kind', '=', kind)
    .where('done_at', 'is', null)
    .where('failed_at', 'is', null)
    .execute();

const finished = async (ctx: AppContext, kind: string) =>
  (
    await ctx.db
      .selectFrom('jobs')
      .select('id')
      .where('kind', '=', kind)
      .where('done_at', 'is not', null)
      .execute()
  ).length;

for (const engine of engines) {
  describe(`job queue (${engine})`, () => {
    let env: TestEnv;
    before(async () => {
      env = await openTestEnv(engine);
    });
    after(() => env.close());
    beforeEach(async () => {
      await env.reset();
      await env.ctx.db.deleteFrom('jobs').execute();
    });

    it('keeps a job only if the transaction that enqueued it commits', async () => {
      await env.ctx.db
        .transaction()
        .execute(async (trx) => {
          await enqueue(trx, 'test.noop', { n: 1 });
          throw new Error('the caller changes its mind');
        })
        .catch(() => undefined);
      await env.ctx.db.transaction().execute((trx) => enqueue(trx, 'test.noop', { n: 2 }));
      const rows = await env.ctx.db.selectFrom('jobs').select('payload').execute();
      assert.deepEqual(
        rows.map((r) => JSON.parse(r.payload)),
        [{ n: 2 }],
      );
    });

    it('runs a due job once with its payload, and leaves a later one for its time', async () => {
      const seen: unknown[] = [];
      const job = defineJob({
        kind: 'test.record',
        payload: z.object({ n: z.number() }),
        run: async (_ctx, payload) => void seen.push(payload.n),
      });
      const due = await enqueue(env.ctx.db, 'test.record', { n: 1 });
      const later = await enqueue(
        env.ctx.db,
        'test.record',
        { n: 2 },
        {
          runAt: new Date(Date.now() + 60_000),
        },
      );
      const other = await enqueue(env.ctx.db, 'test.unknown', {});
      const worker = new Worker(env.ctx, [job]);
      await worker.drain();
      await worker.drain();

      assert.deepEqual(seen, [1]);
      const done = await jobRow(env.ctx, due);
      assert.ok(done.done_at);
      assert.equal(done.locked_until, null);
      assert.equal((await jobRow(env.ctx, later)).done_at, null);
      // A kind this worker does not know is left for a worker that does.
      const untouched = await jobRow(env.ctx, other);
      assert.equal(untouched.done_at, null);
      assert.equal(untouched.locked_until, null);
    });

    it('retries a failing job with growing waits and gives up after the last attempt', async () => {
      let calls = 0;
      const job = defineJob({
        kind: 'test.fail',
        payload: z.unknown(),
        run: async () => {
          calls++;
          throw new Error(`refused ${calls}`);
        },
      });
      const id = await enqueue(env.ctx.db, 'test.fail', {});
      const worker = new Worker(env.ctx, [job], { maxAttempts: 3, backoffMs: () => 0 });

      const before = Date.now();
      await new Worker(env.ctx, [job], { maxAttempts: 3 }).runOnce();
      const first = await jobRow(env.ctx, id);
      assert.equal(first.attempts, 1);
      assert.equal(first.last_error, 'refused 1');
      assert.equal(first.done_at, null);
      assert.equal(first.failed_at, null);
      // The default wait after one failure is 30 s, then doubling to an hour at most.
      const wait = first.run_at.getTime() - before;
      assert.ok(wait >= 29_000 && wait <= 32_000, `waited ${wait} ms`);
      assert.deepEqual(
        [1, 2, 3, 8, 20].map(defaultBackoff),
        [30_000, 60_000, 120_000, 3_600_000, 3_600_000],
      );

      await env.ctx.db
        .updateTable('jobs')
        .set({ run_at: new Date(Date.now() - 1000) })
        .execute();
      await worker.drain();
      const last = await jobRow(env.ctx, id);
      assert.equal(calls, 3);
      assert.equal(last.attempts, 3);
      assert.ok(last.failed_at, 'given up after the third attempt');
      assert.equal(last.last_error, 'refused 3');
      await worker.drain();
      assert.equal(calls, 3, 'a job given up is not run again');
    });

    it('gives up at once on a payload its kind does not accept', async () => {
      let calls = 0;
      const job = defineJob({
        kind: 'test.strict',
        payload: z.object({ caseId: z.uuid() }),
        run: async () => void calls++,
      });
      const id = await enqueue(env.ctx.db, 'test.strict', { caseId: 'not a uuid' });
      await new Worker(env.ctx, [job]).drain();
      assert.equal(calls, 0);
      assert.ok((await jobRow(env.ctx, id)).failed_at);
    });

    it('takes a job again when the process that held it died, once its lease ends', async () => {
      let calls = 0;
      const job = defineJob({
        kind: 'test.lease',
        payload: z.unknown(),
        run: async () => void calls++,
      });
      const id = await enqueue(env.ctx.db, 'test.lease', {});
      const dying = new Worker(env.ctx, [job], { leaseMs: 300 });
      // Claimed and never finished: what a process killed mid-job leaves behind.
      assert.equal((await dying.claim()).length, 1);

      const survivor = new Worker(env.ctx, [job], { leaseMs: 300 });
      await survivor.drain();
      assert.equal(calls, 0, 'not while the lease holds');
      await sleep(400);
      await survivor.drain();
      assert.equal(calls, 1);
      assert.ok((await jobRow(env.ctx, id)).done_at);
    });

    it('lets only the holder of the current lease end a job or schedule its next run', async () => {
      let calls = 0;
      const periodic = defineJob({
        kind: 'test.periodic',
        payload: z.unknown(),
        everyMs: 60_000,
        run: async () => {
          calls++;
          // The first run outlives its lease, so a second worker takes the job meanwhile.
          if (calls === 1) await sleep(500);
        },
      });
      await enqueueOnce(env.ctx.db, 'test.periodic', {});
      const slow = new Worker(env.ctx, [periodic], { leaseMs: 200 });
      const fast = new Worker(env.ctx, [periodic], { leaseMs: 200 });
      const slowRun = slow.runOnce();
      await sleep(300);
      assert.equal(await fast.runOnce(), 1);
      await slowRun;

      assert.equal(calls, 2);
      const next = await pending(env.ctx, 'test.periodic');
      assert.equal(next.length, 1, 'one next run, not two');
      const all = await env.ctx.db.selectFrom('jobs').selectAll().orderBy('id').execute();
      assert.equal(all.length, 2);
      assert.ok(all[0]!.done_at);
      assert.ok(all[1]!.run_at.getTime() > Date.now() + 50_000);
    });

    it('enqueues a periodic job once however many workers start at the same time', async () => {
      const periodic = defineJob({
        kind: 'test.scan',
        payload: z.unknown(),
        everyMs: 10 * 60_000,
        run: async () => undefined,
      });
      const workers = [1, 2, 3].map(() => new Worker(env.ctx, [periodic], { pollMs: 60_000 }));
      await Promise.all(workers.map((w) => w.start()));
      await Promise.all(workers.map((w) => w.stop()));
      // Starting may already have run it once; either way one run waits, never more.
      assert.equal((await pending(env.ctx, 'test.scan')).length, 1);
      const doneBefore = await finished(env.ctx, 'test.scan');

      await env.ctx.db
        .updateTable('jobs')
        .set({ run_at: new Date(Date.now() - 1000) })
        .where('done_at', 'is', null)
        .execute();
      await Promise.all(workers.map((w) => w.runOnce()));
      assert.equal((await pending(env.ctx, 'test.scan')).length, 1);
      assert.equal(await finished(env.ctx, 'test.scan'), doneBefore + 1);
    });

    it('finishes the job in hand when stopped, and then takes no more', async () => {
      const ran: number[] = [];
      const job = defineJob({
        kind: 'test.slow',
        payload: z.object({ n: z.number() }),
        run: async (_ctx, payload) => {
          await sleep(200);
          ran.push(payload.n);
        },
      });
      await enqueue(env.ctx.db, 'test.slow', { n: 1 });
      const worker = new Worker(env.ctx, [job], { batch: 1, pollMs: 20 });
      await worker.start();
      await sleep(50);
      await enqueue(env.ctx.db, 'test.slow', { n: 2 });
      await worker.stop();
      assert.deepEqual(ran, [1]);
      await sleep(100);
      assert.deepEqual(ran, [1]);
      assert.equal((await pending(env.ctx, 'test.slow')).length, 1);
    });

    it('runs each of 50 jobs exactly once with two workers racing', async () => {
      // On PostgreSQL the second worker has its own process context: its own pool, as a
      // second server would. The embedded database is one process's, so both share it.
      const second =
        engine === 'postgres'
          ? await openContext(env.ctx.config, env.ctx.log, 'second server')
          : env.ctx;
      try {
        const runs = new Map<number, string[]>();
        const counting = (name: string) =>
          defineJob({
            kind: 'test.count',
            payload: z.object({ n: z.number() }),
            run: async (_ctx, payload) => {
              runs.set(payload.n, [...(runs.get(payload.n) ?? []), name]);
              await sleep(2);
            },
          });
        for (let n = 0; n < 50; n++) await enqueue(env.ctx.db, 'test.count', { n });
        const a = new Worker(env.ctx, [counting('a')], { batch: 3 });
        const b = new Worker(second, [counting('b')], { batch: 3 });
        await Promise.all([a.drain(), b.drain()]);

        assert.equal(runs.size, 50);
        for (const [n, by] of runs) assert.equal(by.length, 1, `job ${n} ran ${by.length} times`);
        const workers = new Set([...runs.values()].flat());
        assert.deepEqual([...workers].sort(), ['a', 'b'], 'both workers took part');
        assert.equal((await pending(env.ctx, 'test.count')).length, 0);
      } finally {
        if (second !== env.ctx) await second.close();
      }
    });
  });
}
