/** The reporter's side after submitting: logging in with the receipt, reading, answering. */
import type { AppContext } from '../app-context.js';
import type {
  Message,
  ProgressUpdate,
  StoredFile,
  ReportContent,
} from '../content/content-store.js';
import { progressLetterInputFrom, progressLetterPdf } from '../documents/progress-letter.js';
import type { Lang } from '../i18n/catalog.js';
import { deriveReporterKey, hashReceipt } from '../crypto/argon2.js';
import { openCaseKeyAsReporter } from '../keys/case-keys.js';
import { AppError, notFound } from '../errors.js';
import { parseReceipt } from '../receipts/receipt.js';
import type { ReceiptThrottle } from '../receipts/throttle.js';
import { prepareUploads, type Upload } from '../intake/submit-report.js';
import { limits } from '../intake/report-schema.js';
import { resumeSession, startSession } from '../sessions/sessions.js';
import type { FieldErrors } from '../errors.js';
import { notify } from '../notifications/outbox.js';

/**
 * Exchanges a receipt for a reporter session. A mistyped receipt is refused before any look-up
 * and costs nothing; an unknown one counts towards the client's slow-down.
 */
export async function openReporterSession(
  ctx: AppContext,
  throttle: ReceiptThrottle,
  typed: unknown,
  address: string,
): Promise<string> {
  const parsed = parseReceipt(typeof typed === 'string' ? typed : '');
  if (!parsed.ok) {
    const key =
      parsed.reason === 'check_digit' ? 'error.receiptCheckDigit' : 'error.receiptMalformed';
    throw new AppError('receipt_mistyped', key, { fields: { receipt: key } });
  }

  const caseId = await throttle.attempt(address, async () => {
    const hash = await hashReceipt(parsed.receipt, ctx.secrets.receiptPepper);
    const row = await ctx.db
      .selectFrom('cases')
      .select('id')
      .where('receipt_hash', '=', hash)
      .executeTakeFirst();
    return { known: row !== undefined, value: row?.id };
  });
  if (!caseId) {
    throw new AppError('receipt_unknown', 'error.receiptUnknown', {
      fields: { receipt: 'error.receiptUnknown' },
    });
  }
  const reporterKey = await deriveReporterKey(parsed.receipt, ctx.secrets.receiptPepper);
  const caseKey = await openCaseKeyAsReporter(ctx.db, caseId, reporterKey);
  if (!caseKey) throw new Error('the reporter grant of a known receipt did not open');
  return startSession(ctx.db, { kind: 'reporter', caseId }, caseKey);
}

/** What a reporter session opens: its case, and that case's key. */
export type ReporterAccess = { caseId: string; caseKey: Buffer; csrf: string };

/** The case a reporter token opens, or 401 when the session has expired. */
export async function reporterAccess(
  ctx: AppContext,
  token: string | undefined,
): Promise<ReporterAccess> {
  const session = token ? await resumeSession(ctx.db, token, 'reporter') : undefined;
  if (!session?.caseId || !session.secret)
    throw new AppError('unauthorized', 'error.reporterSessionExpired');
  return { caseId: session.caseId, caseKey: session.secret, csrf: session.csrf };
}

export type ReporterView = {
  caseNumber: string;
  kind: string;
  state: string;
  outcome: string | null;
  submittedAt: Date;
  /** The time zone of the case's unit, to date what the reporter reads. */
  timeZone: string;
  /** The unit the case is routed to: for appreciation, the one whose leaders received it. */
  unitName: string;
  /** When an appreciation was passed on to the commander or HR, and when that was done. */
  forwardedAt: Date | undefined;
  concludedAt: Date | null;
  report: ReportContent;
  messages: Message[];
  files: StoredFile[];
  /** When a handler opened the reporter's identity (confidential reports). */
  reveals: Date[];
};

/** What the reporter may see: their own report and the messages addressed to them. */
export async function reporterView(
  ctx: AppContext,
  { caseId, caseKey }: ReporterAccess,
): Promise<ReporterView> {
  const row = await ctx.db
    .selectFrom('cases')
    .selectAll()
    .where('id', '=', caseId)
    .executeTakeFirstOrThrow();
  const messages = await ctx.content.listMessages(ctx.db, caseKey, caseId, true);
  const shown = new Set(messages.map((m) => m.id));
  const files = (await ctx.content.listFiles(ctx.db, caseKey, caseId)).filter(
    (f) => f.messageId === null || shown.has(f.messageId),
  );
  const unit = await ctx.db
    .selectFrom('units')
    .select(['name', 'time_zone'])
    .where('id', '=', row.unit_id)
    .executeTakeFirstOrThrow();
  const forwarded = await ctx.db
    .selectFrom('case_events')
    .select('at')
    .where('case_id', '=', caseId)
    .where('to_state', '=', 'diteruskan')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return {
    caseNumber: row.case_number,
    kind: row.kind,
    state: row.state,
    outcome: row.outcome,
    submittedAt: row.submitted_at,
    timeZone: unit.time_zone,
    unitName: unit.name,
    forwardedAt: forwarded?.at,
    concludedAt: row.concluded_at,
    report: await ctx.content.readReport(ctx.db, caseKey, caseId),
    messages,
    files,
    reveals: (await ctx.content.listReveals(ctx.db, caseKey, caseId)).map((r) => r.at),
  };
}

/** The reporter answers: a message to the handlers, with evidence files if any. */
export async function replyAsReporter(
  ctx: AppContext,
  { caseId, caseKey }: ReporterAccess,
  body: unknown,
  uploads: Upload[],
): Promise<void> {
  const fields: FieldErrors = {};
  const text = typeof body === 'string' ? body.replace(/\u0000/g, '').trim() : '';
  const files = await prepareUploads(uploads, 0, fields);
  if (!text && files.length === 0 && !fields.files) fields.body = 'field.required';
  if (text.length > limits.description) fields.body = 'field.descriptionTooLong';
  if (Object.keys(fields).length)
    throw new AppError('validation_failed', 'error.validation', { fields });

  await ctx.db.transaction().execute(async (trx) => {
    const messageId = await ctx.content.addMessage(trx, caseKey, {
      caseId,
      author: 'reporter',
      authorUserId: null,
      visibility: 'reporter',
      body: text,
    });
    for (const file of files) await ctx.content.saveFile(trx, caseKey, { caseId, messageId }, file);
    await trx
      .updateTable('cases')
      .set({ updated_at: ctx.content.coarseNow() })
      .where('id', '=', caseId)
      .execute();
    await notify(trx, 'reporter_reply', { caseId, precision: ctx.content.precision });
  });
}

/** One of the case's progress updates as the letter the handlers print. */
export async function reporterLetter(
  ctx: AppContext,
  { caseId, caseKey }: ReporterAccess,
  messageId: string,
  lang: Lang,
): Promise<Uint8Array> {
  const updates = (await ctx.content.listMessages(ctx.db, caseKey, caseId, true)).filter(
    (m) => m.kind === 'progress',
  );
  const index = updates.findIndex((m) => m.id === messageId);
  if (index < 0) throw notFound('no such progress update');
  const row = await ctx.db
    .selectFrom('cases')
    .innerJoin('units', 'units.id', 'cases.unit_id')
    .select(['cases.case_number', 'units.name', 'units.code', 'units.time_zone'])
    .where('cases.id', '=', caseId)
    .executeTakeFirstOrThrow();
  const update = JSON.parse(updates[index]!.body) as ProgressUpdate;
  return progressLetterPdf(
    progressLetterInputFrom({
      case: row,
      unit: row,
      update: { ...update, sequence: index + 1, sentAt: updates[index]!.createdAt },
      lang,
      publicUrl: ctx.config.publicUrl,
    }),
  );
}
