/**
 * Background work in a database-backed queue. A job is a row in `jobs`; workers in any number
 * of server processes claim due rows with `for update skip locked` and hold each under a lease
 * (`locked_until`), so a job runs once even with several processes on one PostgreSQL, and a job
 * whose process died is taken again when its lease ends.
 */
import { sql } from 'kysely';
import type { z } from 'zod';
import type { AppContext } from '../app-context.js';
import type { Db } from '../db/database.js';
import type { Job } from '../db/schema.js';
import type { Logger } from '../log/logger.js';

/** A kind of job: its payload's schema, what running it does, and, if periodic, how often. */
export type JobDefinition<S extends z.ZodType = z.ZodType> = {
  kind: string;
  payload: S;
  run: (ctx: AppContext, payload: z.output<S>, job: Job) => Promise<void>;
  /** A periodic job enqueues its next run this many milliseconds after each run. */
  everyMs?: number;
  /**
   * Runs the job in one transaction with its completion, so what it writes (more jobs, say) is
   * committed exactly once. Its `ctx.db` is then that transaction: use nothing else, since the
   * embedded database has one connection.
   */
  inTransaction?: boolean;
};

/** Names a job definition with its payload type checked against its handler. */
export function defineJob<S extends z.ZodType>(definition: JobDefinition<S>): JobDefinition {
  return definition as unknown as JobDefinition;
}

/**
 * Adds a job. Pass the caller's transaction as `db` so that the job exists only if the work
 * that asked for it is committed. The payload is stored as JSON: identifiers, never content.
 * `createdAt` dates the row otherwise than now (coarsely, for what a reporter did).
 */
export async function enqueue(
  db: Db,
  kind: string,
  payload: unknown,
  options: { runAt?: Date; createdAt?: Date } = {},
): Promise<string> {
  const row = await db
    .insertInto('jobs')
    .values({
      kind,
      payload: JSON.stringify(payload ?? null),
      ...(options.runAt ? { run_at: options.runAt } : {}),
      ...(options.createdAt ? { created_at: options.createdAt } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return String(row.id);
}

/**
 * Adds a job of `kind` unless one is already waiting or running, for work that must exist once
 * (a periodic scan). An advisory lock on the kind serialises two processes doing this at once.
 * Returns the new job's id, or undefined when one was already there.
 */
export async function enqueueOnce(
  db: Db,
  kind: string,
  payload: unknown,
  options: { runAt?: Date } = {},
): Promise<string | undefined> {
  const add = async (trx: Db) => {
    await sql`select pg_advisory_xact_lock(hashtext(${`peluit.jobs:${kind}`}))`.execute(trx);
    const pending = await trx
      .selectFrom('jobs')
      .select('id')
      .where('kind', '=', kind)
      .where('done_at', 'is', null)
      .where('failed_at', 'is', null)
      .executeTakeFirst();
    return pending ? undefined : enqueue(trx, kind, payload, options);
  };
  return db.isTransaction ? add(db) : db.transaction().execute(add);
}

export type WorkerOptions = {
  /** How long a claimed job is held before another worker may take it again. */
  leaseMs?: number;
  /** How long to wait between looks at the queue when it was empty. */
  pollMs?: number;
  /** How many jobs one look claims (and runs side by side). */
  batch?: number;
  /** Attempts after which a job is given up (`failed_at`). Periodic jobs never give up. */
  maxAttempts?: number;
  /** The wait before attempt n+1 after n failures. Default: 30 s · 2^(n-1), at most an hour. */
  backoffMs?: (attempts: number) => number;
};

const minute = 60 * 1000;

/** 30 s, 1 min, 2 min, … doubling up to an hour. */
export function defaultBackoff(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 60 * minute);
}

/** Runs due jobs of the kinds it was given, until stopped. */
export class Worker {
  readonly #ctx: AppContext;
  readonly #definitions = new Map<string, JobDefinition>();
  readonly #options: Required<WorkerOptions>;
  readonly #log: Logger;
  #timer: NodeJS.Timeout | undefined;
  #pass: Promise<number> | undefined;
  #running = false;

  constructor(ctx: AppContext, definitions: JobDefinition[], options: WorkerOptions = {}) {
    this.#ctx = ctx;
    for (const definition of definitions) this.#definitions.set(definition.kind, definition);
    this.#options = {
      leaseMs: options.leaseMs ?? 5 * minute,
      pollMs: options.pollMs ?? 2000,
      batch: options.batch ?? 5,
      maxAttempts: options.maxAttempts ?? 12,
      backoffMs: options.backoffMs ?? defaultBackoff,
    };
    this.#log = ctx.log.child({ category: 'jobs' });
  }

  /** The kinds this worker runs. */
  get kinds(): string[] {
    return [...this.#definitions.keys()];
  }

  /** Makes sure every periodic job exists, then looks at the queue until `stop`. */
  async start(): Promise<void> {
    for (const definition of this.#definitions.values()) {
      if (definition.everyMs) await enqueueOnce(this.#ctx.db, definition.kind, {});
    }
    this.#running = true;
    this.#schedule(0);
  }

  /** Stops looking at the queue and waits for the jobs in hand to finish. */
  async stop(): Promise<void> {
    this.#running = false;
    clearTimeout(this.#timer);
    await this.#pass?.catch(() => undefined);
  }

  /** One look at the queue: claims a batch of due jobs and runs them. Returns how many ran. */
  async runOnce(): Promise<number> {
    const jobs = await this.claim();
    await Promise.all(jobs.map((job) => this.#run(job)));
    return jobs.length;
  }

  /** Runs due jobs until none is left; for commands and tests that want the queue empty. */
  async drain(): Promise<void> {
    while ((await this.runOnce()) > 0);
  }

  /** Claims up to a batch of due jobs under a fresh lease. Exposed so tests can abandon one. */
  async claim(): Promise<Job[]> {
    if (this.#definitions.size === 0) return [];
    const leaseSeconds = this.#options.leaseMs / 1000;
    // Milliseconds only, so the lease read back into a Date is exactly the one stored.
    const result = await sql<Job>`
      update jobs
      set locked_until = date_trunc('milliseconds', now() + make_interval(secs => ${leaseSeconds}))
      where id in (
        select id from jobs
        where done_at is null and failed_at is null and run_at <= now()
          and (locked_until is null or locked_until < now())
          and kind in (${sql.join(this.kinds)})
        order by run_at, id
        limit ${this.#options.batch}
        for update skip locked)
      returning *`.execute(this.#ctx.db);
    return result.rows.map((row) => ({ ...row, id: String(row.id) }));
  }

  #schedule(delay: number) {
    if (!this.#running) return;
    this.#timer = setTimeout(() => {
      this.#pass = this.runOnce();
      this.#pass
        .then((ran) => this.#schedule(ran === this.#options.batch ? 0 : this.#options.pollMs))
        .catch((err: unknown) => {
          this.#log.error({ err }, 'could not look at the job queue');
          this.#schedule(this.#options.pollMs);
        });
    }, delay);
  }

  async #run(job: Job): Promise<void> {
    const definition = this.#definitions.get(job.kind)!;
    const log = this.#log.child({ job: job.id, kind: job.kind });
    const parsed = definition.payload.safeParse(JSON.parse(job.payload));
    if (!parsed.success) {
      log.error('job payload does not match its kind; given up');
      await this.#finish(job, { failed: 'payload does not match its kind' });
      return;
    }

    try {
      if (definition.inTransaction) {
        await this.#runInTransaction(definition, parsed.data, job);
        return;
      }
      await definition.run(this.#ctx, parsed.data, job);
    } catch (err) {
      const attempts = job.attempts + 1;
      const giveUp = !definition.everyMs && attempts >= this.#options.maxAttempts;
      const message = err instanceof Error ? err.message : String(err);
      log.warn({ err, attempts, giveUp }, 'job failed');
      await this.#finish(
        job,
        giveUp ? { failed: message, attempts } : { retry: message, attempts },
      );
      return;
    }
    await this.#finish(job, {});
  }

  async #runInTransaction(definition: JobDefinition, payload: unknown, job: Job) {
    await this.#ctx.db.transaction().execute(async (trx) => {
      const held = await trx
        .updateTable('jobs')
        .set({ done_at: sql<Date>`now()`, locked_until: null })
        .where('id', '=', job.id)
        .where('locked_until', '=', job.locked_until)
        .executeTakeFirst();
      // Another worker took the job after this one's lease ran out: it is theirs now.
      if (held.numUpdatedRows === 0n) return;
      await definition.run({ ...this.#ctx, db: trx }, payload, job);
      if (definition.everyMs) {
        const runAt = new Date(Date.now() + definition.everyMs);
        await enqueueOnce(trx, definition.kind, {}, { runAt });
      }
    });
  }

  /**
   * Records how a run ended, but only while this worker still holds the lease: a worker whose
   * lease ran out (and whose job another took) changes nothing. A periodic job's next run is
   * enqueued in the same transaction as this one's end, so it is never lost nor doubled.
   */
  async #finish(
    job: Job,
    end: { failed?: string; retry?: string; attempts?: number },
  ): Promise<void> {
    const definition = this.#definitions.get(job.kind)!;
    await this.#ctx.db.transaction().execute(async (trx) => {
      const mine = trx
        .updateTable('jobs')
        .where('id', '=', job.id)
        .where('locked_until', '=', job.locked_until);
      const error = (end.failed ?? end.retry)?.slice(0, 1000) ?? null;

      if (end.retry !== undefined) {
        const wait = this.#options.backoffMs(end.attempts!);
        const delay = definition.everyMs ? Math.min(wait, definition.everyMs) : wait;
        await mine
          .set({
            attempts: end.attempts!,
            last_error: error,
            locked_until: null,
            run_at: sql<Date>`now() + make_interval(secs => ${delay / 1000})`,
          })
          .execute();
        return;
      }

      const ended = await mine
        .set(
          end.failed !== undefined
            ? {
                failed_at: sql<Date>`now()`,
                last_error: error,
                locked_until: null,
                ...(end.attempts ? { attempts: end.attempts } : {}),
              }
            : { done_at: sql<Date>`now()`, locked_until: null },
        )
        .executeTakeFirst();
      if (definition.everyMs && ended.numUpdatedRows > 0n) {
        const runAt = new Date(Date.now() + definition.everyMs);
        await enqueueOnce(trx, definition.kind, {}, { runAt });
      }
    });
  }
}
