/**
 * The notification outbox. `notify` records, in the caller's transaction, that something
 * happened on a case; a job later decides who is told (as things stand then) and queues one
 * e-mail job per person, so one address that fails is retried without mailing the others again.
 */
import { z } from 'zod';
import { coarsen, type TimePrecision } from '../content/content-store.js';
import type { Db } from '../db/database.js';
import type { ReportKind, StaffRole } from '../db/schema.js';
import { defineJob, enqueue, type JobDefinition } from '../jobs/queue.js';
import { readerRoles } from '../keys/case-keys.js';
import { ancestry } from '../org/units.js';
import type { Mailer } from './mailer.js';
import { wantsNotification, type NotifyKind } from './preferences.js';
import {
  deadlineKinds,
  notificationEvents,
  notificationMail,
  type DeadlineRef,
  type NotificationEvent,
} from './templates.js';

export type { NotificationEvent, DeadlineRef };

export type NotifyOptions = {
  caseId: string;
  /**
   * Who an assignment goes to (without it, the case's assignee). For other events, people to
   * tell besides those the event reaches anyway.
   */
  userIds?: number[];
  /** Which deadline a `deadline_soon` or `deadline_missed` is about. */
  deadline?: DeadlineRef;
  /** How finely the deployment keeps the times of what reporters send (default: hour). */
  precision?: TimePrecision;
};

/** Events that a reporter's action causes, whose timing must not date that action. */
const reporterEvents: NotificationEvent[] = ['new_case', 'reporter_reply'];

/**
 * When what a reporter did may be told: at the next whole hour (or day), and dated as coarsely
 * as the case itself, so neither the queue nor the e-mail's arrival times it more finely.
 */
export function heldUntil(now: Date, precision: TimePrecision): { runAt: Date; createdAt: Date } {
  const createdAt = coarsen(now, precision);
  const step = precision === 'day' ? 24 * 60 * 60 * 1000 : 60 * 60 * 1000;
  return { createdAt, runAt: new Date(createdAt.getTime() + step) };
}

const notifyJob = 'notify';
const emailJob = 'email';

/**
 * Records that staff should hear of `event` on a case. Pass the transaction of the change that
 * causes it, so that a change rolled back tells nobody. Who hears is decided when the job runs.
 * What a reporter did (`new_case`, `reporter_reply`) is told at the next whole hour or day.
 */
export async function notify(
  db: Db,
  event: NotificationEvent,
  options: NotifyOptions,
): Promise<void> {
  if (preferenceOf(event) === 'deadline' && !options.deadline)
    throw new Error(`a ${event} notification needs the deadline it is about`);
  const payload = {
    event,
    caseId: options.caseId,
    ...(options.userIds ? { userIds: options.userIds } : {}),
    ...(options.deadline ? { deadline: options.deadline } : {}),
  };
  const timing = reporterEvents.includes(event)
    ? heldUntil(new Date(), options.precision ?? 'hour')
    : {};
  await enqueue(db, notifyJob, payload, timing);
}

/** The preference that lets each event through. */
export function preferenceOf(event: NotificationEvent): NotifyKind {
  if (event === 'deadline_soon' || event === 'deadline_missed') return 'deadline';
  // A conclusion waiting for the head is work given to them, as an assignment is.
  if (event === 'approval_request') return 'assignment';
  return event;
}

const deadlineRef = z.object({
  kind: z.enum(deadlineKinds),
  dueAt: z.iso.datetime().transform((value) => new Date(value)),
});

const notifyPayload = z.object({
  event: z.enum(notificationEvents),
  caseId: z.uuid(),
  userIds: z.array(z.number().int()).optional(),
  deadline: deadlineRef.optional(),
});

const emailPayload = z.object({
  event: z.enum(notificationEvents),
  caseId: z.uuid(),
  userId: z.number().int(),
  deadline: deadlineRef.optional(),
});

type CaseRow = { id: string; unit_id: number; kind: ReportKind; assignee_id: number | null };

/**
 * Confirmed, active readers in `roles` of the case's unit, or, while it has none, of the
 * nearest unit above that has: the same people its key is sealed to.
 */
async function unitReaders(db: Db, unitId: number, roles: StaffRole[]): Promise<number[]> {
  for (const unit of await ancestry(db, unitId)) {
    const rows = await db
      .selectFrom('users')
      .select('id')
      .where('unit_id', '=', unit.id)
      .where('role', 'in', roles)
      .where('keys_confirmed_at', 'is not', null)
      .where('disabled_at', 'is', null)
      .execute();
    if (rows.length > 0) return rows.map((r) => r.id);
  }
  return [];
}

/** Everyone the event concerns, before their own choices are applied. */
async function concerned(
  db: Db,
  event: NotificationEvent,
  row: CaseRow,
  userIds: number[] = [],
): Promise<number[]> {
  const assignee = row.assignee_id === null ? [] : [row.assignee_id];
  const handlers = row.kind === 'apresiasi' ? readerRoles(row.kind) : (['triase'] as StaffRole[]);
  switch (event) {
    case 'new_case':
      return [...userIds, ...(await unitReaders(db, row.unit_id, readerRoles(row.kind)))];
    case 'assignment':
      return userIds.length > 0 ? userIds : assignee;
    case 'reporter_reply':
      return [...userIds, ...assignee, ...(await unitReaders(db, row.unit_id, handlers))];
    case 'approval_request':
      return [...userIds, ...(await unitReaders(db, row.unit_id, ['pimpinan']))];
    case 'deadline_soon':
    case 'deadline_missed':
      return [
        ...userIds,
        ...assignee,
        ...(await unitReaders(db, row.unit_id, readerRoles(row.kind))),
      ];
  }
}

/** Who gets an e-mail: those concerned who are active, have an address and chose the kind. */
export async function recipientsOf(
  db: Db,
  event: NotificationEvent,
  caseId: string,
  userIds?: number[],
): Promise<number[]> {
  const row = await db
    .selectFrom('cases')
    .select(['id', 'unit_id', 'kind', 'assignee_id'])
    .where('id', '=', caseId)
    .executeTakeFirst();
  if (!row) return [];
  const ids = [...new Set(await concerned(db, event, row, userIds))];
  if (ids.length === 0) return [];

  const users = await db
    .selectFrom('users')
    .select(['id', 'email', 'notify'])
    .where('id', 'in', ids)
    .where('disabled_at', 'is', null)
    .execute();
  return users
    .filter((u) => u.email && wantsNotification(u.notify, preferenceOf(event)))
    .map((u) => u.id)
    .sort((a, b) => a - b);
}

/** The jobs behind notifications; without a mailer the e-mails wait in the outbox. */
export function notificationJobs(mailer: Mailer | undefined): JobDefinition[] {
  const fanOut = defineJob({
    kind: notifyJob,
    payload: notifyPayload,
    inTransaction: true,
    run: async (ctx, payload) => {
      const recipients = await recipientsOf(ctx.db, payload.event, payload.caseId, payload.userIds);
      for (const userId of recipients) {
        await enqueue(ctx.db, emailJob, {
          event: payload.event,
          caseId: payload.caseId,
          userId,
          ...(payload.deadline ? { deadline: payload.deadline } : {}),
        });
      }
    },
  });
  if (!mailer) return [fanOut];

  const send = defineJob({
    kind: emailJob,
    payload: emailPayload,
    run: async (ctx, payload) => {
      // Checked again at sending: an account disabled or a choice changed since still counts.
      const user = await ctx.db
        .selectFrom('users')
        .select(['email', 'notify'])
        .where('id', '=', payload.userId)
        .where('disabled_at', 'is', null)
        .executeTakeFirst();
      if (!user?.email || !wantsNotification(user.notify, preferenceOf(payload.event))) return;
      const found = await ctx.db
        .selectFrom('cases')
        .innerJoin('units', 'units.id', 'cases.unit_id')
        .select(['cases.case_number', 'units.time_zone'])
        .where('cases.id', '=', payload.caseId)
        .executeTakeFirst();
      if (!found) return;

      const mail = notificationMail({
        event: payload.event,
        caseNumber: found.case_number,
        publicUrl: ctx.config.publicUrl,
        timeZone: found.time_zone,
        ...(payload.deadline ? { deadline: payload.deadline } : {}),
      });
      await mailer.send({ to: user.email, ...mail });
    },
  });
  return [fanOut, send];
}
