/**
 * Deadline reminders: every ten minutes, open cases' deadlines are computed from the rules and
 * each one coming within the reminder window, or past, is told once. A row in
 * `deadline_notices` per deadline and stage makes "once" hold across scans and processes.
 */
import { z } from 'zod';
import type { Db } from '../db/database.js';
import { deadlinesOf, deadlineStatus, type Deadline } from '../deadlines/deadlines.js';
import { defineJob, type JobDefinition } from '../jobs/queue.js';
import { getSettings } from '../settings/settings.js';
import { notify } from './outbox.js';

/** How often the scan runs. */
export const reminderScanMs = 10 * 60 * 1000;

/** Cases read per round of the scan, so a large deployment never loads all at once. */
const batchSize = 1000;

type Stage = 'soon' | 'missed';

function stageOf(deadline: Deadline, now: Date, remindHoursBefore: number): Stage | undefined {
  const status = deadlineStatus(deadline, now, remindHoursBefore);
  if (status === 'overdue') return 'missed';
  if (status === 'due_soon') return 'soon';
  return undefined;
}

/**
 * Records a reminder and queues its notification in one transaction, unless it was recorded
 * before (by an earlier scan or another process): then nothing is sent twice.
 */
async function remindOnce(db: Db, caseId: string, deadline: Deadline, stage: Stage) {
  return db.transaction().execute(async (trx) => {
    const taken = await trx
      .insertInto('deadline_notices')
      .values({ case_id: caseId, kind: deadline.kind, due_at: deadline.dueAt, stage })
      .onConflict((oc) => oc.doNothing())
      .returning('case_id')
      .executeTakeFirst();
    if (!taken) return false;
    await notify(trx, stage === 'soon' ? 'deadline_soon' : 'deadline_missed', {
      caseId,
      deadline: { kind: deadline.kind, dueAt: deadline.dueAt },
    });
    return true;
  });
}

/** Looks at every open case once; returns how many reminders it queued. */
export async function scanDeadlines(db: Db, now = new Date()): Promise<number> {
  const { remindHoursBefore } = (await getSettings(db)).deadlines;
  let sent = 0;
  let after = '';
  for (;;) {
    const ids = (
      await db
        .selectFrom('cases')
        .select('id')
        .where('concluded_at', 'is', null)
        .$if(after !== '', (q) => q.where('id', '>', after))
        .orderBy('id')
        .limit(batchSize)
        .execute()
    ).map((row) => row.id);
    if (ids.length === 0) return sent;

    for (const [caseId, deadlines] of await deadlinesOf(db, ids)) {
      for (const deadline of deadlines) {
        const stage = stageOf(deadline, now, remindHoursBefore);
        if (stage && (await remindOnce(db, caseId, deadline, stage))) sent++;
      }
    }
    after = ids[ids.length - 1]!;
  }
}

/** The periodic scan, as a job of the queue. */
export function reminderJobs(): JobDefinition[] {
  return [
    defineJob({
      kind: 'deadlines.scan',
      payload: z.unknown(),
      everyMs: reminderScanMs,
      run: async (ctx) => {
        const sent = await scanDeadlines(ctx.db);
        if (sent > 0)
          ctx.log.info({ category: 'jobs', reminders: sent }, 'deadline reminders queued');
      },
    }),
  ];
}
