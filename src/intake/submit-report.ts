/**
 * Taking in a report: validate, route, number, store its content, and hand back a receipt.
 * Submitting twice with the same key makes one report and returns the same receipt.
 */
import { indexOfficers } from '../cases/officer-index.js';
import { createHmac, randomUUID } from 'node:crypto';
import type { AppContext } from '../app-context.js';
import { nextCaseNumber } from '../cases/case-number.js';
import { findChannel } from '../channels/channels.js';
import { coarsen, type NewFile } from '../content/content-store.js';
import { cleanEvidence } from '../content/clean-file.js';
import { sniffEvidence } from '../content/file-type.js';
import type { MessageKey } from '../i18n/catalog.js';
import { deriveReporterKey, hashReceipt } from '../crypto/argon2.js';
import { openRecord, sealRecord } from '../crypto/sealing.js';
import { newCaseKey, sealNewCase } from '../keys/case-keys.js';
import { digestToken } from '../crypto/tokens.js';
import type { Db } from '../db/database.js';
import type { Unit } from '../db/schema.js';
import { AppError, type FieldErrors } from '../errors.js';
import { routeAppreciation, routeComplaint } from '../org/routing.js';
import { findUnitByCode } from '../org/units.js';
import { validate } from '../validation.js';
import { generateReceipt } from '../receipts/receipt.js';
import { limits, reportSchema, type ReportInput } from './report-schema.js';
import { notify } from '../notifications/outbox.js';
import { getSettings } from '../settings/settings.js';
import { isOffered } from './categories.js';

/** The receipt is absent when a repeat comes after the replay window: it was shown once. */
export type Submitted = { receipt: string | undefined; caseNumber: string; replayed: boolean };

export type Upload = { name: string; data: Buffer; truncated?: boolean; field?: string };

/**
 * Submits a report. `key` is the form's submission token or the API's Idempotency-Key; files
 * uploaded earlier under the same key (a form that came back with errors) join the report.
 */
export async function submitReport(
  ctx: AppContext,
  input: unknown,
  uploads: Upload[],
  key: string | undefined,
): Promise<Submitted> {
  if (key) {
    const earlier = await findSubmission(ctx, key, input);
    if (earlier) return earlier;
  }

  const fields: FieldErrors = {};
  let report: ReportInput | undefined;
  try {
    report = validate(reportSchema, input);
  } catch (error) {
    if (!(error instanceof AppError) || !error.fields) throw error;
    Object.assign(fields, error.fields);
  }
  const category = (input as { category?: unknown } | null)?.category;
  if (
    typeof category === 'string' &&
    category &&
    !fields.category &&
    report?.kind !== 'apresiasi'
  ) {
    // Only a category the deployment offers now; a retired one stays on the cases it labels.
    if (!isOffered((await getSettings(ctx.db)).categories, category.trim()))
      fields.category = 'field.categoryInvalid';
  }
  const draftKey = key ? digestToken(key) : undefined;
  const drafts = draftKey ? await ctx.content.hasDrafts(ctx.db, draftKey) : 0;
  const files = await prepareUploads(uploads, drafts, fields);
  const channel = report ? await checkChannel(ctx.db, report.channel, fields) : undefined;
  const target = report && channel ? await appreciationTarget(ctx.db, report, fields) : undefined;

  if (Object.keys(fields).length > 0 || !report || !channel) {
    // Files that were fine are kept for the next try, so a reporter never uploads twice.
    if (key && draftKey && files.length) {
      const caseKey = await draftCaseKey(ctx, key, true);
      for (const file of files) await ctx.content.saveFile(ctx.db, caseKey!, { draftKey }, file);
    }
    throw new AppError('validation_failed', 'error.validation', { fields });
  }

  const route =
    report.kind === 'apresiasi'
      ? routeAppreciation(channel.unit, target)
      : await routeComplaint(
          ctx.db,
          channel.unit_id,
          report.subjectIsPropam || report.subjectIsCommander,
        );

  const receipt = generateReceipt();
  const receiptHash = await hashReceipt(receipt, ctx.secrets.receiptPepper);
  const reporterKey = await deriveReporterKey(receipt, ctx.secrets.receiptPepper);
  const caseKey = (key && drafts ? await draftCaseKey(ctx, key, false) : undefined) ?? newCaseKey();
  const caseId = randomUUID();
  const now = new Date();

  const caseNumber = await ctx.db.transaction().execute(async (trx) => {
    if (key) {
      const claimed = await trx
        .insertInto('submissions')
        .values({
          key_hash: digestToken(key),
          case_id: caseId,
          sealed_receipt: sealReceipt(ctx, key, receipt),
          created_at: coarsen(now, ctx.content.precision),
          body_digest: bodyDigest(ctx, input),
        })
        .onConflict((oc) => oc.column('key_hash').doNothing())
        .returning('case_id')
        .executeTakeFirst();
      if (!claimed) return undefined;
    }

    const number = await nextCaseNumber(trx, route.unit, now);
    await trx
      .insertInto('cases')
      .values({
        id: caseId,
        case_number: number,
        unit_id: route.unit.id,
        channel_id: channel.id,
        kind: report.kind,
        category: report.kind === 'apresiasi' ? null : (report.category ?? null),
        state: 'diterima',
        outcome: null,
        identity_mode: report.identity.mode,
        subject_is_propam: report.subjectIsPropam,
        subject_is_commander: report.subjectIsCommander,
        escalated: route.escalated,
        receipt_hash: receiptHash,
        submitted_at: coarsen(now, ctx.content.precision),
        updated_at: coarsen(now, ctx.content.precision),
      })
      .execute();
    await trx
      .insertInto('case_events')
      .values({
        case_id: caseId,
        from_state: null,
        to_state: 'diterima',
        outcome: null,
        actor_user_id: null,
        at: coarsen(now, ctx.content.precision),
      })
      .execute();

    const content = {
      description: report.description,
      occurredAt: report.occurredAt,
      occurredAtNote: report.occurredAtNote,
      place: report.place,
      subjects: report.subjects,
      witnesses: report.witnesses,
    };
    const identity =
      report.identity.mode === 'anonymous'
        ? undefined
        : { name: report.identity.name, contact: report.identity.contact };
    await ctx.content.saveReport(trx, caseKey, caseId, content, identity);
    await indexOfficers(trx, ctx.secrets.officerKey, caseId, content);
    for (const file of files) await ctx.content.saveFile(trx, caseKey, { caseId }, file);
    if (draftKey) {
      await ctx.content.attachDrafts(trx, draftKey, caseId);
      await trx.deleteFrom('draft_keys').where('draft_key', '=', draftKey).execute();
    }
    await sealNewCase(trx, {
      caseId,
      caseKey,
      unitId: route.unit.id,
      kind: report.kind,
      reporterKey,
    });
    await notify(trx, 'new_case', { caseId, precision: ctx.content.precision });
    return number;
  });

  if (caseNumber === undefined) {
    // Another request with the same key won the race; answer with its receipt.
    const earlier = await findSubmission(ctx, key!, input);
    if (earlier) return earlier;
    throw new Error('submission vanished after its key was claimed');
  }
  return { receipt, caseNumber, replayed: false };
}

const refusal: Record<'name_mismatch' | 'unsupported' | 'heic', MessageKey> = {
  name_mismatch: 'field.fileNameMismatch',
  unsupported: 'field.fileType',
  heic: 'field.fileHeic',
};

/**
 * Checks uploads (count, counting drafts already attached; size; type by content) and cleans
 * each of its metadata. A file that cannot be cleaned is refused, never kept as it came.
 */
export async function prepareUploads(
  uploads: Upload[],
  alreadyAttached: number,
  fields: FieldErrors,
): Promise<NewFile[]> {
  const real = uploads.filter((u) => u.data.length > 0 || u.name !== '');
  if (real.length + alreadyAttached > limits.files) {
    fields.files = 'field.tooManyFiles';
    return [];
  }
  const files: NewFile[] = [];
  for (const upload of real) {
    if (upload.truncated || upload.data.length > limits.fileBytes) {
      fields.files = 'field.fileTooLarge';
      continue;
    }
    const sniffed = sniffEvidence(upload.data, upload.name);
    if (!sniffed.ok) {
      fields.files = refusal[sniffed.reason];
      continue;
    }
    const cleaned = await cleanEvidence(upload.data, sniffed.type);
    if (!cleaned.ok) {
      fields.files = 'field.fileDamaged';
      continue;
    }
    files.push({
      name: safeName(upload.name, sniffed.type.extensions),
      contentType: sniffed.type.mime,
      data: cleaned.data,
      cleaned: true,
    });
  }
  return files;
}

/**
 * A file name safe to hand to a handler's computer: no control characters or paths, and an
 * extension that matches what the content is, so `bukti.html` holding a PDF opens as a PDF.
 */
export function safeName(name: string, extensions: string[]): string {
  const clean =
    name
      .replace(/[\u0000-\u001f\u007f/\\]/g, '_')
      .trim()
      .slice(0, 200) || 'file';
  const dot = clean.lastIndexOf('.');
  const extension = dot > 0 ? clean.slice(dot + 1).toLowerCase() : '';
  return extensions.includes(extension) ? clean : `${clean}.${extensions[0]}`;
}

async function checkChannel(db: Db, code: string, fields: FieldErrors) {
  const channel = await findChannel(db, code);
  if (!channel) {
    fields.channel = 'field.channelUnknown';
    return undefined;
  }
  if (channel.state === 'retired') {
    fields.channel = 'field.channelRetired';
    return undefined;
  }
  return channel;
}

async function appreciationTarget(
  db: Db,
  report: ReportInput,
  fields: FieldErrors,
): Promise<Unit | undefined> {
  const code = report.unit ?? report.appreciationUnit;
  if (report.kind !== 'apresiasi' || !code) return undefined;
  const unit = /^[A-Za-z0-9][A-Za-z0-9-]{0,59}$/.test(code)
    ? await findUnitByCode(db, code)
    : undefined;
  // The message names the field the client filled, so a form shows it at its select.
  if (!unit) fields[report.unit ? 'unit' : 'appreciationUnit'] = 'field.unitNotListed';
  return unit;
}

function submissionKeyFor(ctx: AppContext, key: string): Buffer {
  return createHmac('sha256', ctx.secrets.submissionKey).update(key).digest();
}

/**
 * The case key chosen for a form whose files arrived before the form was valid. It is sealed
 * to the form's submission token (with a server secret), which only the reporter's page holds.
 */
export async function draftCaseKey(
  ctx: AppContext,
  submission: string,
  create: boolean,
): Promise<Buffer | undefined> {
  const draftKey = digestToken(submission);
  const wrapKey = createHmac('sha256', ctx.secrets.submissionKey)
    .update('draft')
    .update(submission)
    .digest();
  const row = await ctx.db
    .selectFrom('draft_keys')
    .select('sealed_key')
    .where('draft_key', '=', draftKey)
    .executeTakeFirst();
  if (row) return openRecord(wrapKey, row.sealed_key, 'draft-key');
  if (!create) return undefined;

  const caseKey = newCaseKey();
  const stored = await ctx.db
    .insertInto('draft_keys')
    .values({ draft_key: draftKey, sealed_key: sealRecord(wrapKey, caseKey, 'draft-key') })
    .onConflict((oc) => oc.column('draft_key').doNothing())
    .returning('draft_key')
    .executeTakeFirst();
  // Two tries of one form at once: the first key stored is the form's key.
  return stored ? caseKey : draftCaseKey(ctx, submission, false);
}

/** How long a repeated submission may show the receipt again (a reload, a double tap). */
export const receiptReplayMs = 15 * 60 * 1000;

/**
 * The receipt is kept, sealed, only so that a repeated submission can show it again, and only
 * for a quarter of an hour. The key is derived from the client's submission key and a server
 * secret: neither alone opens it. The exact time of submission is sealed with it; the row
 * itself is dated only as coarsely as the case.
 */
function sealReceipt(ctx: AppContext, key: string, receipt: string): Buffer {
  return sealRecord(
    submissionKeyFor(ctx, key),
    JSON.stringify({ receipt, at: Date.now() }),
    'receipt',
  );
}

function openReceipt(
  ctx: AppContext,
  key: string,
  sealed: Buffer | Uint8Array,
): string | undefined {
  const { receipt, at } = JSON.parse(
    openRecord(submissionKeyFor(ctx, key), sealed, 'receipt').toString('utf8'),
  ) as { receipt: string; at: number };
  return Date.now() - at < receiptReplayMs ? receipt : undefined;
}

/** A digest of what was submitted, to tell a repeat from a different report under one key. */
function bodyDigest(ctx: AppContext, input: unknown): Buffer {
  return createHmac('sha256', ctx.secrets.submissionKey)
    .update(JSON.stringify(input) ?? '')
    .digest();
}

async function findSubmission(
  ctx: AppContext,
  key: string,
  input: unknown,
): Promise<Submitted | undefined> {
  const row = await ctx.db
    .selectFrom('submissions')
    .innerJoin('cases', 'cases.id', 'submissions.case_id')
    .select(['submissions.sealed_receipt', 'submissions.body_digest', 'cases.case_number'])
    .where('submissions.key_hash', '=', digestToken(key))
    .executeTakeFirst();
  if (!row) return undefined;

  if (!Buffer.from(row.body_digest).equals(bodyDigest(ctx, input))) {
    throw new AppError('validation_failed', 'error.submissionReused', {
      detail: 'a submission key was reused for a different report',
    });
  }
  const receipt = row.sealed_receipt ? openReceipt(ctx, key, row.sealed_receipt) : undefined;
  return { receipt, caseNumber: row.case_number, replayed: true };
}

/**
 * Forgets sealed receipts past the replay window. Rows are dated to the hour, so this waits
 * two hours; within that time the sealed time refuses a late replay anyway.
 */
export async function forgetOldReceipts(db: Db): Promise<void> {
  await db
    .updateTable('submissions')
    .set({ sealed_receipt: null })
    .where('created_at', '<', new Date(Date.now() - 2 * 60 * 60 * 1000))
    .where('sealed_receipt', 'is not', null)
    .execute();
}
