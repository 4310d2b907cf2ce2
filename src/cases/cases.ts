/** The handler's side: the inbox, a case, its moves and its messages. */
import { z } from 'zod';
import type { AppContext } from '../app-context.js';
import type { Identity, Message, ReportContent, StoredFile } from '../content/content-store.js';
import { audit } from '../audit/audit.js';
import type { Case, User } from '../db/schema.js';
import { AppError, notFound } from '../errors.js';
import { validate } from '../validation.js';
import { assertReadsContent, openCaseKey, visibleTo, type Handler } from './access.js';
import { isOutcome, needsOutcome, nextStates } from './states.js';

export type InboxItem = Pick<
  Case,
  | 'case_number'
  | 'kind'
  | 'category'
  | 'state'
  | 'outcome'
  | 'submitted_at'
  | 'updated_at'
  | 'escalated'
>;

/** The cases routed to the user's unit that they may see, newest activity first. */
export async function listInbox(
  ctx: AppContext,
  user: User,
  filter: { state?: string } = {},
): Promise<InboxItem[]> {
  assertReadsContent(user);
  let query = visibleTo(ctx.db.selectFrom('cases'), user).select([
    'case_number',
    'kind',
    'category',
    'state',
    'outcome',
    'submitted_at',
    'updated_at',
    'escalated',
  ]);
  if (filter.state) query = query.where('state', '=', filter.state);
  return query.orderBy('updated_at', 'desc').orderBy('case_number', 'desc').limit(500).execute();
}

export type CaseDetail = {
  case: Case;
  unit: { code: string; name: string; timeZone: string };
  channel: { code: string; place: string };
  report: ReportContent;
  /** Shown for an open report, and for a confidential one once this handler revealed it. */
  identity: Identity | undefined;
  reveals: Array<{ at: Date; username: string; reason: string }>;
  messages: Array<Message & { authorName: string | null }>;
  files: StoredFile[];
  events: Array<{
    from: string | null;
    to: string;
    outcome: string | null;
    at: Date;
    actor: string | null;
  }>;
  nextStates: string[];
};

/** Loads a case the user may see; any other case is 404, as if it did not exist. */
export async function findVisibleCase(
  ctx: AppContext,
  user: User,
  caseNumber: string,
): Promise<Case> {
  assertReadsContent(user);
  const row = await visibleTo(ctx.db.selectFrom('cases'), user)
    .selectAll()
    .where('case_number', '=', caseNumber)
    .executeTakeFirst();
  if (!row) throw notFound(`case not visible`);
  return row;
}

/** A case with its content, opened with the handler's key; the view is audited. */
export async function caseDetail(
  ctx: AppContext,
  handler: Handler,
  caseNumber: string,
): Promise<CaseDetail> {
  const row = await findVisibleCase(ctx, handler.user, caseNumber);
  const key = await openCaseKey(ctx, handler, row);
  await audit(ctx, handler.user, 'case_view', row.case_number);
  const reveals = await ctx.content.listReveals(ctx.db, key, row.id);
  const unit = await ctx.db
    .selectFrom('units')
    .select(['code', 'name', 'time_zone'])
    .where('id', '=', row.unit_id)
    .executeTakeFirstOrThrow();
  const channel = await ctx.db
    .selectFrom('channels')
    .select(['code', 'place'])
    .where('id', '=', row.channel_id)
    .executeTakeFirstOrThrow();
  const events = await ctx.db
    .selectFrom('case_events')
    .leftJoin('users', 'users.id', 'case_events.actor_user_id')
    .select(['from_state', 'to_state', 'outcome', 'at', 'users.username'])
    .where('case_id', '=', row.id)
    .orderBy('case_events.id')
    .execute();

  return {
    case: row,
    unit: { code: unit.code, name: unit.name, timeZone: unit.time_zone },
    channel,
    report: await ctx.content.readReport(ctx.db, key, row.id),
    identity: await visibleIdentity(ctx, handler, key, row, reveals),
    reveals,
    messages: await withAuthors(ctx, await ctx.content.listMessages(ctx.db, key, row.id, false)),
    files: await ctx.content.listFiles(ctx.db, key, row.id),
    events: events.map((e) => ({
      from: e.from_state,
      to: e.to_state,
      outcome: e.outcome,
      at: e.at,
      actor: e.username,
    })),
    nextStates: nextStates(row.kind, row.state),
  };
}

const transitionSchema = z.object({
  to: z.string('field.required').min(1, 'field.required'),
  outcome: z
    .string()
    .optional()
    .transform((v) => v || undefined),
});

/** Moves a case to another state; concluding a complaint records its outcome. */
export async function transitionCase(
  ctx: AppContext,
  handler: Handler,
  caseNumber: string,
  input: unknown,
): Promise<Case> {
  const { to, outcome } = validate(transitionSchema, input);
  const user = handler.user;
  const row = await findVisibleCase(ctx, user, caseNumber);
  // Moving a case is for those who can read it: an account nobody confirmed cannot close one.
  await openCaseKey(ctx, handler, row);

  if (!nextStates(row.kind, row.state).includes(to)) {
    throw new AppError('validation_failed', 'error.validation', {
      fields: { to: 'field.transitionNotAllowed' },
    });
  }
  if (outcome && !needsOutcome(row.kind, to)) {
    throw new AppError('validation_failed', 'error.validation', {
      fields: { outcome: 'field.outcomeOnlyOnConclusion' },
    });
  }
  if (needsOutcome(row.kind, to) && (!outcome || !isOutcome(outcome))) {
    throw new AppError('validation_failed', 'error.validation', {
      fields: { outcome: 'field.outcomeRequired' },
    });
  }

  return ctx.db.transaction().execute(async (trx) => {
    const now = new Date();
    const updated = await trx
      .updateTable('cases')
      .set({
        state: to,
        outcome: outcome ?? null,
        updated_at: now,
        concluded_at: to === 'selesai' ? now : null,
      })
      .where('id', '=', row.id)
      .where('state', '=', row.state)
      .returningAll()
      .executeTakeFirst();
    if (!updated) throw new AppError('conflict', 'error.caseChanged');
    await trx
      .insertInto('case_events')
      .values({
        case_id: row.id,
        from_state: row.state,
        to_state: to,
        outcome: outcome ?? null,
        actor_user_id: user.id,
        at: now,
      })
      .execute();
    await audit({ ...ctx, db: trx }, user, 'state_change', row.case_number, {
      from: row.state,
      to,
      outcome: outcome ?? null,
    });
    return updated;
  });
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
  const row = await findVisibleCase(ctx, handler.user, caseNumber);
  const key = await openCaseKey(ctx, handler, row);
  return ctx.db.transaction().execute(async (trx) => {
    const id = await ctx.content.addMessage(trx, key, {
      caseId: row.id,
      author: 'staff',
      authorUserId: handler.user.id,
      visibility,
      body,
    });
    await audit({ ...ctx, db: trx }, handler.user, 'message', row.case_number, { visibility });
    await trx
      .updateTable('cases')
      .set({ updated_at: new Date() })
      .where('id', '=', row.id)
      .execute();
    return id;
  });
}

/** An evidence file of a case, decrypted as it streams; every download is audited. */
export async function downloadFile(
  ctx: AppContext,
  handler: Handler,
  caseNumber: string,
  fileId: string,
) {
  const row = await findVisibleCase(ctx, handler.user, caseNumber);
  const key = await openCaseKey(ctx, handler, row);
  const found = /^[0-9a-f-]{36}$/.test(fileId)
    ? await ctx.content.readFile(ctx.db, key, row.id, fileId)
    : undefined;
  if (!found) throw notFound('no such file');
  await audit(ctx, handler.user, 'file_download', row.case_number, { file: fileId });
  return found;
}

async function visibleIdentity(
  ctx: AppContext,
  handler: Handler,
  key: Buffer,
  row: Case,
  reveals: Array<{ userId: number }>,
): Promise<Identity | undefined> {
  if (row.identity_mode === 'anonymous') return undefined;
  if (row.identity_mode === 'confidential' && !reveals.some((r) => r.userId === handler.user.id)) {
    return undefined;
  }
  return ctx.content.readIdentity(ctx.db, key, row.id);
}

const revealSchema = z.object({
  reason: z
    .string('field.required')
    .transform((v) => v.replace(/\u0000/g, '').trim())
    .pipe(z.string().min(10, 'field.reasonRequired').max(2_000, 'field.tooLong')),
});

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
  const row = await findVisibleCase(ctx, handler.user, caseNumber);
  if (row.identity_mode !== 'confidential') {
    throw new AppError('validation_failed', 'error.validation', {
      fields: { reason: 'field.notConfidential' },
    });
  }
  const key = await openCaseKey(ctx, handler, row);
  await ctx.db.transaction().execute(async (trx) => {
    await ctx.content.recordReveal(trx, key, row.id, handler.user.id, reason);
    await audit({ ...ctx, db: trx }, handler.user, 'identity_reveal', row.case_number);
  });
}

/** Names the staff member who wrote each message, for the handlers' view. */
async function withAuthors(ctx: AppContext, messages: Message[]) {
  const ids = [
    ...new Set(messages.map((m) => m.authorUserId).filter((id): id is number => id !== null)),
  ];
  const users = ids.length
    ? await ctx.db.selectFrom('users').select(['id', 'username']).where('id', 'in', ids).execute()
    : [];
  const names = new Map(users.map((u) => [u.id, u.username]));
  return messages.map((m) => ({
    ...m,
    authorName: m.authorUserId === null ? null : (names.get(m.authorUserId) ?? null),
  }));
}

/** Per unit, how many cases no staff member can read yet: the administrator is warned. */
export async function casesWithoutReader(db: AppContext['db']) {
  return db
    .selectFrom('cases')
    .innerJoin('units', 'units.id', 'cases.unit_id')
    .select((eb) => ['units.code', 'units.name', eb.fn.countAll<number>().as('count')])
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('key_grants')
            .select('key_grants.id')
            .whereRef('key_grants.case_id', '=', 'cases.id')
            .where('key_grants.holder', '=', 'staff'),
        ),
      ),
    )
    .groupBy(['units.code', 'units.name'])
    .orderBy('units.code')
    .execute();
}
