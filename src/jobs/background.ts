/** Every kind of background job the server runs, and starting the worker that runs them. */
import { z } from 'zod';
import type { AppContext } from '../app-context.js';
import type { Db } from '../db/database.js';
import { smtpMailer, type Mailer } from '../notifications/mailer.js';
import { notificationJobs } from '../notifications/outbox.js';
import { reminderJobs } from '../notifications/reminders.js';
import { defineJob, Worker, type JobDefinition, type WorkerOptions } from './queue.js';

const day = 24 * 60 * 60 * 1000;

/** Forgets finished jobs: done ones after a week, given-up ones (kept to be looked at) after 30 days. */
export async function purgeFinishedJobs(db: Db, now = new Date()): Promise<number> {
  const result = await db
    .deleteFrom('jobs')
    .where((eb) =>
      eb.or([
        eb('done_at', '<', new Date(now.getTime() - 7 * day)),
        eb('failed_at', '<', new Date(now.getTime() - 30 * day)),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

const purgeJob = defineJob({
  kind: 'jobs.purge',
  payload: z.unknown(),
  everyMs: 60 * 60 * 1000,
  run: async (ctx) => {
    await purgeFinishedJobs(ctx.db);
  },
});

/** The job kinds of the product; e-mail is among them only when there is a mailer. */
export function backgroundJobs(mailer: Mailer | undefined): JobDefinition[] {
  return [...notificationJobs(mailer), ...reminderJobs(), purgeJob];
}

export type BackgroundWork = { worker: Worker; stop: () => Promise<void> };

/**
 * Starts the worker of a server process. Without SMTP_URL it says once that notifications are
 * off; their e-mails then wait in the queue and go out once a server with SMTP_URL runs.
 */
export async function startBackgroundWork(
  ctx: AppContext,
  options: WorkerOptions = {},
): Promise<BackgroundWork> {
  const mailer = smtpMailer(ctx.config);
  if (!mailer) {
    ctx.log.warn(
      { category: 'notifications' },
      'notifications are off: SMTP_URL is not set, so e-mails wait in the queue unsent',
    );
  }
  const worker = new Worker(ctx, backgroundJobs(mailer), options);
  await worker.start();
  return {
    worker,
    stop: async () => {
      await worker.stop();
      mailer?.close();
    },
  };
}
