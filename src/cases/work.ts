/**
 * The steps of work on a case: moves between states, assessment, assignment, approval,
 * forwarding, labels, messages, progress updates and identity reveals. Each step checks that
 * the user sees the case, that their role takes the step, and that they hold the case's key;
 * each is recorded in the case's history and in the audit log, in one transaction.
 */
import { z } from 'zod';
import type { AppContext } from '../app-context.js';
import { audit } from '../audit/audit.js';
import type { AuditAction } from '../audit/audit-log.js';
import type { ProgressUpdate } from '../content/content-store.js';
import type { Db } from '../db/database.js';
import type { Case } from '../db/schema.js';
import { AppError, forbidden, notFound, type FieldErrors } from '../errors.js';
import { grantToStaff, grantToUnitReaders } from '../keys/case-keys.js';
import { notify } from '../notifications/outbox.js';
import { findUnitByCode } from '../org/units.js';
import { difficulties, getSettings, tracks, type Sanction } from '../settings/settings.js';
import { validate } from '../validation.js';
import {
  assertStep,
  findVisibleCase,
  handles,
  openCaseKey,
  scopeOf,
  type Handler,
  type Step,
} from './access.js';
import { hearingTracks, isOutcome, needsOutcome, nextStates, outcomesFrom } from './states.js';

const refuse = (fields: FieldErrors) =>
  new AppError('validation_failed', 'error.validation', { fields });

/** Steps that only read: a unit that keeps reading a case it forwarded may take these. */
const readingSteps: Step[] = ['export'];

/**
 * The case, if the user sees it, takes `step` and holds its key. Steps that change a case are
 * for those who handle it: its unit's staff (or, while that unit has no readers, those of the
 * nearest unit above that has), and its assignee. Anyone else who holds the key only reads.
 */
async function workOn(ctx: AppContext, handler: Handler, caseNumber: string, step: Step) {
  const scope = await scopeOf(ctx.db, handler.user);
  const row = await findVisibleCase(ctx.db, scope, caseNumber);
  assertStep(handler.user, step);
  const key = await openCaseKey(ctx, handler, row);
  if (!readingSteps.includes(step) && !(await handles(ctx.db, handler.user, row)))
    throw forbidden(`${handler.user.username} reads but does not handle this case`);
  return { row, key };
}

/** Runs a step in one transaction with its history entry and its audit entry. */
async function recorded<T>(
  ctx: AppContext,
  handler: Handler,
  row: Case,
  entry: {
    action: AuditAction;
    event?: { kind: string; to?: string; outcome?: string | null; detail?: string | null };
    audit?: Record<string, string | number | boolean | null>;
  },
  work: (trx: Db, now: Date) => Promise<T>,
): Promise<T> {
  return ctx.db.transaction().execute(async (trx) => {
    // One step at a time on a case: the row is locked, and a step decided on what the case was
    // a moment ago is refused if another step changed it meanwhile.
    const current = await trx
      .selectFrom('cases')
      .select(['state', 'unit_id', 'assignee_id', 'approved_at', 'track'])
      .where('id', '=', row.id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (
      current.state !== row.state ||
      current.unit_id !== row.unit_id ||
      current.assignee_id !== row.assignee_id ||
      current.track !== row.track ||
      (current.approved_at?.getTime() ?? null) !== (row.approved_at?.getTime() ?? null)
    )
      throw new AppError('conflict', 'error.caseChanged');
    const now = new Date();
    const result = await work(trx, now);
    if (entry.event) {
      await trx
        .insertInto('case_events')
        .values({
          case_id: row.id,
          kind: entry.event.kind,
          from_state: entry.event.kind === 'state' ? row.state : null,
          to_state: entry.event.to ?? row.state,
          outcome: entry.event.outcome ?? null,
          detail: entry.event.detail ?? null,
          actor_user_id: handler.user.id,
          at: now,
        })
        .execute();
    }
    await audit({ ...ctx, db: trx }, handler.user, entry.action, row.case_number, entry.audit);
    return result;
  });
}

/** Marks a case as changed, and acknowledged if this step is the first answer to it. */
async function touch(trx: Db, row: Case, now: Date, acknowledges: boolean) {
  await trx
    .updateTable('cases')
    .set({
      updated_at: now,
      ...(acknowledges && !row.acknowledged_at ? { acknowledged_at: now } : {}),
    })
    .where('id', '=', row.id)
    .execute();
}

const optionalText = (max: number) =>
  z
    .string()
    .optional()
    .transform((v) => (v === undefined ? undefined : v.replace(/\u0000/g, '').trim()))
    .pipe(z.string().max(max, 'field.tooLong').optional());

/** What clears an approval: it was given for the case as it stood. */
const unapproved = {
  approved_at: null,
  approved_by: null,
  approved_outcome: null,
  approved_sanction: null,
  approval_requested_at: null,
};

/**
 * Refuses a conclusion that does not fit the case: an outcome the state allows (substantiated
 * only after a hearing) and, when substantiated, a sanction from the list of the case's track.
 */
function checkConclusion(
  row: Case,
  outcome: string | undefined,
  sanction: string | undefined,
  sanctions: Sanction[],
): void {
  if (!outcome || !isOutcome(outcome)) throw refuse({ outcome: 'field.outcomeRequired' });
  if (!outcomesFrom(row.state).includes(outcome))
    throw refuse({ outcome: 'field.outcomeNotFromHere' });
  if (outcome === 'terbukti') {
    if (!sanction) throw refuse({ sanction: 'field.sanctionRequired' });
    if (!sanctions.some((s) => s.track === row.track && s.code === sanction))
      throw refuse({ sanction: 'field.sanctionInvalid' });
  } else if (sanction) {
    throw refuse({ sanction: 'field.sanctionOnlyWhenSubstantiated' });
  }
}

const transitionSchema = z.object({
  to: z.string('field.required').min(1, 'field.required'),
  outcome: optionalText(40).transform((v) => v || undefined),
  sanction: optionalText(60).transform((v) => v || undefined),
});

/**
 * Moves a case to another state. Concluding a complaint records its outcome (one that fits
 * the state it is concluded from) and, when substantiated, a sanction from the list of its
 * track; where the deployment says so it needs a pimpinan's approval first.
 */
export async function transitionCase(
  ctx: AppContext,
  handler: Handler,
  caseNumber: string,
  input: unknown,
): Promise<Case> {
  const { to, outcome, sanction } = validate(transitionSchema, input);
  const { row } = await workOn(ctx, handler, caseNumber, 'move');
  const settings = await getSettings(ctx.db);
  const concluding = needsOutcome(row.kind, to);

  if (!nextStates(row.kind, row.state).includes(to))
    throw refuse({ to: 'field.transitionNotAllowed' });
  if (outcome && !concluding) throw refuse({ outcome: 'field.outcomeOnlyOnConclusion' });
  if (concluding) checkConclusion(row, outcome, sanction, settings.sanctions);
  else if (sanction) throw refuse({ sanction: 'field.sanctionOnlyWhenSubstantiated' });
  if (row.state === 'verifikasi' && !row.track) throw refuse({ to: 'field.trackRequired' });
  if (to === 'sidang' && !hearingTracks.includes(row.track ?? ''))
    throw refuse({ to: 'field.hearingNeedsTrack' });
  if (concluding && settings.approvalRequired && handler.user.role !== 'pimpinan') {
    if (!row.approved_at) throw refuse({ to: 'field.approvalNeeded' });
    if (row.approved_outcome !== outcome || (row.approved_sanction ?? undefined) !== sanction)
      throw refuse({ outcome: 'field.approvalDiffers' });
  }

  return recorded(
    ctx,
    handler,
    row,
    {
      action: 'state_change',
      event: { kind: 'state', to, outcome: outcome ?? null, detail: sanction ?? null },
      audit: { from: row.state, to, outcome: outcome ?? null, sanction: sanction ?? null },
    },
    async (trx, now) => {
      const updated = await trx
        .updateTable('cases')
        .set({
          state: to,
          outcome: outcome ?? null,
          sanction: sanction ?? null,
          updated_at: now,
          concluded_at: to === 'selesai' ? now : null,
          acknowledged_at: row.acknowledged_at ?? now,
          // An approval is for concluding the case as it stood; a move asks for a new one.
          ...(concluding ? {} : unapproved),
        })
        .where('id', '=', row.id)
        .where('state', '=', row.state)
        .returningAll()
        .executeTakeFirst();
      if (!updated) throw new AppError('conflict', 'error.caseChanged');
      return updated;
    },
  );
}

const assessSchema = z
  .object({
    track: z.enum(tracks, 'field.trackInvalid').optional(),
    difficulty: z.enum(difficulties, 'field.difficultyInvalid').optional(),
    retaliationRisk: optionalText(4_000),
  })
  .strict();

/** Records the legal track, the difficulty and the note on the risk of retaliation. */
export async function assessCase(
  ctx: AppContext,
  handler: Handler,
  caseNumber: string,
  input: unknown,
): Promise<Case> {
  const data = validate(assessSchema, emptyToUndefined(input, ['track', 'difficulty']));
  const { row, key } = await workOn(ctx, handler, caseNumber, 'assess');
  if (row.kind === 'apresiasi' || row.state === 'selesai')
    throw refuse({ track: 'field.notAssessable' });
  const detail = [
    data.track && `track=${data.track}`,
    data.difficulty && `difficulty=${data.difficulty}`,
    data.retaliationRisk !== undefined && 'retaliation_risk',
  ]
    .filter(Boolean)
    .join(' ');
  return recorded(
    ctx,
    handler,
    row,
    { action: 'assess', event: { kind: 'assess', detail }, audit: { changed: detail } },
    async (trx, now) =>
      trx
        .updateTable('cases')
        .set({
          ...(data.track ? { track: data.track } : {}),
          ...(data.difficulty ? { difficulty: data.difficulty } : {}),
          // An approval is for concluding the case as it stood.
          ...(data.track && data.track !== row.track ? unapproved : {}),
          ...(data.retaliationRisk !== undefined
            ? {
                retaliation_risk: data.retaliationRisk
                  ? ctx.content.sealRetaliationRisk(key, row.id, data.retaliationRisk)
                  : null,
              }
            : {}),
          updated_at: now,
        })
        .where('id', '=', row.id)
        .returningAll()
        .executeTakeFirstOrThrow(),
  );
}

/** Form posts send '' for an untouched select; the API leaves the field out. Both mean "no change". */
function emptyToUndefined(input: unknown, names: string[]): unknown {
  if (!input || typeof input !== 'object') return input;
  const copy: Record<string, unknown> = { ...(input as Record<string, unknown>) };
  for (const name of names) if (copy[name] === '' || copy[name] === null) delete copy[name];
  for (const [name, value] of Object.entries(copy)) if (value === undefined) delete copy[name];
  return copy;
}

const assignSchema = z.object({
  username: z.string('field.required').trim().toLowerCase().min(1, 'field.required').max(40),
});

/**
 * Assigns a case to an investigator of its unit, who gets its key and a notification. The
 * investigator assigned before loses the key, unless they hold it for another reason.
 */
export async function assignCase(
  ctx: AppContext,
  handler: Handler,
  caseNumber: string,
  input: unknown,
): Promise<{ assignee: string }> {
  const { username } = validate(assignSchema, input);
  const { row, key } = await workOn(ctx, handler, caseNumber, 'assign');
  if (row.kind === 'apresiasi' || row.state === 'selesai')
    throw refuse({ username: 'field.notAssignable' });
  const target = await ctx.db
    .selectFrom('users')
    .selectAll()
    .where('username', '=', username)
    .executeTakeFirst();
  if (!target || target.role !== 'penyidik' || target.unit_id !== row.unit_id || target.disabled_at)
    throw refuse({ username: 'field.assigneeNotInvestigator' });
  if (!target.keys_confirmed_at || !target.public_key)
    throw refuse({ username: 'field.assigneeNotConfirmed' });

  await recorded(
    ctx,
    handler,
    row,
    {
      action: 'assign',
      event: { kind: 'assign', detail: target.username },
      audit: { username: target.username },
    },
    async (trx, now) => {
      // The account again, locked: a move or a disabling in the meantime must not be undone.
      const current = await trx
        .selectFrom('users')
        .selectAll()
        .where('id', '=', target.id)
        .forShare()
        .executeTakeFirstOrThrow();
      if (
        current.role !== 'penyidik' ||
        current.unit_id !== row.unit_id ||
        current.disabled_at ||
        !current.keys_confirmed_at ||
        !current.public_key
      )
        throw new AppError('conflict', 'error.caseChanged');
      if (row.assignee_id !== null && row.assignee_id !== target.id) {
        await trx
          .deleteFrom('key_grants')
          .where('case_id', '=', row.id)
          .where('holder', '=', 'staff')
          .where('user_id', '=', row.assignee_id)
          .where((eb) =>
            eb.exists(
              eb
                .selectFrom('users')
                .select('users.id')
                .whereRef('users.id', '=', 'key_grants.user_id')
                .where('users.role', '=', 'penyidik'),
            ),
          )
          .execute();
      }
      await grantToStaff(trx, row.id, key, target);
      await trx
        .updateTable('cases')
        .set({ assignee_id: target.id, ...unapproved, updated_at: now })
        .where('id', '=', row.id)
        .execute();
      await notify(trx, 'assignment', { caseId: row.id, userIds: [target.id] });
    },
  );
  return { assignee: target.username };
}

const approvalSchema = z.object({
  outcome: optionalText(40).transform((v) => v || undefined),
  sanction: optionalText(60).transform((v) => v || undefined),
});

/**
 * A pimpinan approves concluding the case with a given outcome (and sanction): the handlers may
 * then conclude it with that and nothing else. Any later move, new track or assignee asks for
 * a new approval.
 */
export async function approveConclusion(
  ctx: AppContext,
  handler: Handler,
  caseNumber: string,
  input: unknown = {},
): Promise<Case> {
  const { outcome, sanction } = validate(approvalSchema, input);
  const { row } = await workOn(ctx, handler, caseNumber, 'approve');
  if (row.kind === 'apresiasi' || row.state === 'selesai')
    throw refuse({ outcome: 'field.notApprovable' });
  if (row.state === 'verifikasi' && !row.track) throw refuse({ outcome: 'field.trackRequired' });
  checkConclusion(row, outcome, sanction, (await getSettings(ctx.db)).sanctions);
  return recorded(
    ctx,
    handler,
    row,
    {
      action: 'approve',
      event: { kind: 'approve', outcome: outcome ?? null, detail: sanction ?? null },
      audit: { outcome: outcome ?? null, sanction: sanction ?? null },
    },
    async (trx, now) =>
      trx
        .updateTable('cases')
        .set({
          approved_at: now,
          approved_by: handler.user.id,
          approved_outcome: outcome ?? null,
          approved_sanction: sanction ?? null,
          approval_requested_at: null,
          updated_at: now,
        })
        .where('id', '=', row.id)
        .returningAll()
        .executeTakeFirstOrThrow(),
  );
}

/**
 * A handler asks the unit's head to approve concluding the case with an outcome (and sanction):
 * the proposal goes in the history, the head is told, and the head's inbox lists the case as
 * waiting for them.
 */
export async function requestApproval(
  ctx: AppContext,
  handler: Handler,
  caseNumber: string,
  input: unknown = {},
): Promise<Case> {
  const { outcome, sanction } = validate(approvalSchema, input);
  const { row } = await workOn(ctx, handler, caseNumber, 'move');
  const settings = await getSettings(ctx.db);
  if (
    row.kind === 'apresiasi' ||
    row.state === 'selesai' ||
    !settings.approvalRequired ||
    row.approved_at
  )
    throw refuse({ outcome: 'field.notApprovable' });
  if (row.state === 'verifikasi' && !row.track) throw refuse({ to: 'field.trackRequired' });
  checkConclusion(row, outcome, sanction, settings.sanctions);
  return recorded(
    ctx,
    handler,
    row,
    {
      action: 'approval_request',
      event: { kind: 'approval_request', outcome: outcome ?? null, detail: sanction ?? null },
      audit: { outcome: outcome ?? null, sanction: sanction ?? null },
    },
    async (trx, now) => {
      await notify(trx, 'approval_request', { caseId: row.id });
      return trx
        .updateTable('cases')
        .set({ approval_requested_at: now, updated_at: now })
        .where('id', '=', row.id)
        .returningAll()
        .executeTakeFirstOrThrow();
    },
  );
}

/** A written reason, for a step that must say why (a forward, an identity opened). */
const reasonText = z
  .string('field.required')
  .transform((v) => v.replace(/\u0000/g, '').trim())
  .pipe(z.string().min(10, 'field.reasonRequired').max(2_000, 'field.tooLong'));

const forwardSchema = z.object({
  unit: z.string('field.required').trim().toUpperCase().min(1, 'field.required').max(60),
  reason: reasonText,
});

/**
 * Hands an open case to another Propam unit (a wrong routing, or up the hierarchy). The case
 * keeps its number and state; the receiving unit's readers get its key; the sending side keeps
 * reading it only where the deployment says so. The reason is kept as an internal note.
 */
export async function forwardCase(
  ctx: AppContext,
  handler: Handler,
  caseNumber: string,
  input: unknown,
): Promise<{ unit: string }> {
  const { unit: code, reason } = validate(forwardSchema, input);
  const { row, key } = await workOn(ctx, handler, caseNumber, 'forward');
  if (row.state === 'selesai') throw refuse({ unit: 'field.notForwardable' });
  const unit = await findUnitByCode(ctx.db, code);
  if (!unit) throw refuse({ unit: 'field.unitUnknown' });
  if (unit.id === row.unit_id) throw refuse({ unit: 'field.forwardSameUnit' });
  if (!unit.has_propam) throw refuse({ unit: 'field.unitWithoutPropam' });
  const from = await ctx.db
    .selectFrom('units')
    .select('code')
    .where('id', '=', row.unit_id)
    .executeTakeFirstOrThrow();
  const { forwardKeepsAccess } = await getSettings(ctx.db);

  await recorded(
    ctx,
    handler,
    row,
    {
      action: 'forward',
      event: { kind: 'forward', detail: `${from.code}→${unit.code}` },
      audit: { from: from.code, to: unit.code, keepsAccess: forwardKeepsAccess },
    },
    async (trx, now) => {
      await trx
        .updateTable('cases')
        .set({
          unit_id: unit.id,
          assignee_id: null,
          ...unapproved,
          updated_at: now,
        })
        .where('id', '=', row.id)
        .execute();
      const granted = await grantToUnitReaders(trx, row.id, key, unit.id, row.kind);
      if (!forwardKeepsAccess) {
        let revoke = trx
          .deleteFrom('key_grants')
          .where('case_id', '=', row.id)
          .where('holder', '=', 'staff');
        if (granted.userIds.length) revoke = revoke.where('user_id', 'not in', granted.userIds);
        await revoke.execute();
      }
      await ctx.content.addMessage(trx, key, {
        caseId: row.id,
        author: 'staff',
        authorUserId: handler.user.id,
        visibility: 'internal',
        body: `${from.code} → ${unit.code}: ${reason}`,
      });
      await notify(trx, 'new_case', { caseId: row.id });
    },
  );
  return { unit: unit.code };
}

const label = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} _-]{0,39}$/u, 'field.labelFormat');
const labelsSchema = z.object({
  add: z.union([label, z.array(label).max(20)]).optional(),
  remove: z.union([label, z.array(label).max(20)]).optional(),
});

/** Adds and removes labels: the handlers' own words for grouping and finding cases. */
export async function changeLabels(
  ctx: AppContext,
  handler: Handler,
  caseNumber: string,
  input: unknown,
): Promise<string[]> {
  const data = validate(labelsSchema, emptyToUndefined(input, ['add', 'remove']));
  const list = (v: string | string[] | undefined) => (v === undefined ? [] : [v].flat());
  const add = list(data.add);
  const remove = list(data.remove);
  if (add.length === 0 && remove.length === 0) throw refuse({ add: 'field.required' });
  const { row } = await workOn(ctx, handler, caseNumber, 'label');
  return recorded(
    ctx,
    handler,
    row,
    {
      action: 'label',
      event: {
        kind: 'label',
        detail: [...add.map((l) => `+${l}`), ...remove.map((l) => `-${l}`)].join(' '),
      },
    },
    async (trx, now) => {
      if (add.length)
        await trx
          .insertInto('case_labels')
          .values(add.map((l) => ({ case_id: row.id, label: l })))
          .onConflict((oc) => oc.columns(['case_id', 'label']).doNothing())
          .execute();
      if (remove.length)
        await trx
          .deleteFrom('case_labels')
          .where('case_id', '=', row.id)
          .where('label', 'in', remove)
          .execute();
      await touch(trx, row, now, false);
      const rows = await trx
        .selectFrom('case_labels')
        .select('label')
        .where('case_id', '=', row.id)
        .orderBy('label')
        .execute();
      return rows.map((r) => r.label);
    },
  );
}

const messageSchema = z.object({
  body: z
    .string('field.required')
    .transform((v) => v.replace(/\u0000/g, '').trim())
    .pipe(z.string().min(1, 'field.required').max(10_000, 'field.descriptionTooLong')),
  visibility: z.enum(['reporter', 'internal'], 'field.invalid'),
});

/** A handler writes to the reporter, or an internal note that the reporter never sees. */
export async function postStaffMessage(
  ctx: AppContext,
  handler: Handler,
  caseNumber: string,
  input: unknown,
): Promise<string> {
  const { body, visibility } = validate(messageSchema, input);
  const { row, key } = await workOn(ctx, handler, caseNumber, 'write');
  return recorded(
    ctx,
    handler,
    row,
    { action: 'message', audit: { visibility } },
    async (trx, now) => {
      const id = await ctx.content.addMessage(trx, key, {
        caseId: row.id,
        author: 'staff',
        authorUserId: handler.user.id,
        visibility,
        body,
      });
      await touch(trx, row, now, visibility === 'reporter');
      return id;
    },
  );
}

const part = (required: boolean) =>
  z
    .string(required ? 'field.required' : undefined)
    .optional()
    .transform((v) => (v ?? '').replace(/\u0000/g, '').trim())
    .pipe(
      required
        ? z.string().min(1, 'field.required').max(4_000, 'field.tooLong')
        : z.string().max(4_000, 'field.tooLong'),
    );
const progressSchema = z.object({
  done: part(true),
  results: part(true),
  obstacles: part(false),
  next: part(true),
});

/**
 * A progress update to the reporter (the SP2HP practice): what was done, the results, the
 * obstacles and the next step. The reporter sees it; it can be printed as a letter.
 */
export async function postProgressUpdate(
  ctx: AppContext,
  handler: Handler,
  caseNumber: string,
  input: unknown,
): Promise<string> {
  const update: ProgressUpdate = validate(progressSchema, input);
  const { row, key } = await workOn(ctx, handler, caseNumber, 'progress');
  if (row.kind === 'apresiasi' || row.state === 'selesai') throw refuse({ done: 'field.notOpen' });
  return recorded(ctx, handler, row, { action: 'progress_update' }, async (trx, now) => {
    const id = await ctx.content.addMessage(trx, key, {
      caseId: row.id,
      author: 'staff',
      authorUserId: handler.user.id,
      visibility: 'reporter',
      kind: 'progress',
      body: JSON.stringify(update),
    });
    await touch(trx, row, now, true);
    return id;
  });
}

const revealSchema = z.object({ reason: reasonText });

/**
 * A handler opens a confidential reporter's identity. The reason is required and kept (sealed),
 * the step is audited, and the reporter sees that it happened.
 */
export async function revealIdentity(
  ctx: AppContext,
  handler: Handler,
  caseNumber: string,
  input: unknown,
): Promise<void> {
  const { reason } = validate(revealSchema, input);
  const { row, key } = await workOn(ctx, handler, caseNumber, 'write');
  if (row.identity_mode !== 'confidential') throw refuse({ reason: 'field.notConfidential' });
  await recorded(ctx, handler, row, { action: 'identity_reveal' }, async (trx) => {
    await ctx.content.recordReveal(trx, key, row.id, handler.user.id, reason);
  });
}

/** An evidence file of a case, decrypted as it streams; every download is audited. */
export async function downloadFile(
  ctx: AppContext,
  handler: Handler,
  caseNumber: string,
  fileId: string,
) {
  const { row, key } = await workOn(ctx, handler, caseNumber, 'export');
  const found = /^[0-9a-f-]{36}$/.test(fileId)
    ? await ctx.content.readFile(ctx.db, key, row.id, fileId)
    : undefined;
  if (!found) throw notFound('no such file');
  await audit(ctx, handler.user, 'file_download', row.case_number, { file: fileId });
  return found;
}

export { workOn };
