/** The handler's side of cases: the list (inbox, search, API) and one case in full. */
import { z } from 'zod';
import type { AppContext } from '../app-context.js';
import { audit } from '../audit/audit.js';
import type { Identity, Message, ReportContent, StoredFile } from '../content/content-store.js';
import type { Case, User } from '../db/schema.js';
import {
  deadlinesOf,
  deadlineStatus,
  nextOpenDeadline,
  type Deadline,
} from '../deadlines/deadlines.js';
import { AppError } from '../errors.js';
import { findUnitByCode, unitAndDescendants } from '../org/units.js';
import { getSettings, tracks } from '../settings/settings.js';
import { validate } from '../validation.js';
import {
  assertReadsContent,
  findVisibleCase,
  handles,
  mayTake,
  scopeOf,
  tryCaseKey,
  visibleTo,
  visibleWhere,
  holdsKey,
  openCaseKey,
  type Handler,
  type Scope,
  type Step,
} from './access.js';
import { indexOfficers, officerMacs } from './officer-index.js';
import { nextStates } from './states.js';

export type InboxItem = Pick<
  Case,
  | 'case_number'
  | 'kind'
  | 'category'
  | 'state'
  | 'outcome'
  | 'track'
  | 'submitted_at'
  | 'updated_at'
  | 'escalated'
> & {
  unitCode: string;
  timeZone: string;
  assignee: string | null;
  /** Whether the user holds the key: false for a head's view of the units below. */
  readable: boolean;
  labels: string[];
  deadlines: Deadline[];
  /** The earliest deadline not met yet, and whether it is overdue or close. */
  next: (Deadline & { status: ReturnType<typeof deadlineStatus> }) | undefined;
};

const flag = z
  .union([z.boolean(), z.enum(['true', 'false', '1', '0', ''])])
  .optional()
  .transform((v) => v === true || v === 'true' || v === '1');

export const listSchema = z.object({
  unit: z.string().trim().max(60).optional(),
  descendants: flag,
  state: z
    .string()
    .regex(/^[a-z_]{3,30}$/, 'field.invalid')
    .optional(),
  track: z.enum(tracks, 'field.invalid').optional(),
  overdue: flag,
  assignee: z.string().trim().toLowerCase().max(40).optional(),
  label: z.string().trim().toLowerCase().max(40).optional(),
  q: z.string().trim().max(100).optional(),
  /** `approval`: conclusions put to the head and not approved yet. */
  awaiting: z.enum(['approval'], 'field.invalid').optional(),
  limit: z.coerce.number('field.invalid').int('field.invalid').min(1).max(200).default(50),
  cursor: z.string().max(300).optional(),
});
export type ListFilter = z.input<typeof listSchema>;

type SortKey = [number, number, string];

function sortKey(item: InboxItem): SortKey {
  return item.next
    ? [0, item.next.dueAt.getTime(), item.case_number]
    : [1, -item.updated_at.getTime(), item.case_number];
}

function compareKeys(a: SortKey, b: SortKey): number {
  return a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0);
}

function encodeCursor(key: SortKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

function decodeCursor(cursor: string): SortKey {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(key) &&
      key.length === 3 &&
      typeof key[0] === 'number' &&
      typeof key[1] === 'number' &&
      typeof key[2] === 'string'
    )
      return key as SortKey;
  } catch {
    // falls through to the message below
  }
  throw new AppError('validation_failed', 'error.validation', {
    fields: { cursor: 'field.invalid' },
  });
}

/**
 * The cases the user may see, filtered, nearest deadline first (cases with no open deadline
 * after, most recently changed first), a page at a time.
 */
export async function listCases(
  ctx: AppContext,
  user: User,
  input: unknown = {},
): Promise<{ items: InboxItem[]; nextCursor: string | null }> {
  assertReadsContent(user);
  const filter = validate(listSchema, input);
  const scope = await scopeOf(ctx.db, user);
  let query = visibleTo(ctx.db.selectFrom('cases'), scope)
    .innerJoin('units', 'units.id', 'cases.unit_id')
    .innerJoin('channels', 'channels.id', 'cases.channel_id')
    .leftJoin('users as assignee', 'assignee.id', 'cases.assignee_id')
    .select([
      'cases.id',
      'cases.case_number',
      'cases.kind',
      'cases.category',
      'cases.state',
      'cases.outcome',
      'cases.track',
      'cases.submitted_at',
      'cases.updated_at',
      'cases.escalated',
      'units.code as unitCode',
      'units.time_zone as timeZone',
      'assignee.username as assignee',
      (eb) => holdsKey(eb, user.id).as('readable'),
    ]);

  if (filter.unit) {
    const unit = await findUnitByCode(ctx.db, filter.unit);
    if (!unit)
      throw new AppError('validation_failed', 'error.validation', {
        fields: { unit: 'field.unitUnknown' },
      });
    const ids = filter.descendants ? await unitAndDescendants(ctx.db, unit.id) : [unit.id];
    query = query.where('cases.unit_id', 'in', ids);
  }
  if (filter.state) query = query.where('cases.state', '=', filter.state);
  if (filter.track) query = query.where('cases.track', '=', filter.track);
  if (filter.awaiting === 'approval')
    query = query
      .where('cases.approval_requested_at', 'is not', null)
      .where('cases.approved_at', 'is', null);
  if (filter.assignee) query = query.where('assignee.username', '=', filter.assignee);
  if (filter.label) {
    const label = filter.label;
    // Labels are the handlers' own words, so content: found only in cases one can read.
    query = query.where((eb) =>
      eb.and([
        holdsKey(eb, user.id),
        eb.exists(
          eb
            .selectFrom('case_labels')
            .select('case_labels.case_id')
            .whereRef('case_labels.case_id', '=', 'cases.id')
            .where('case_labels.label', '=', label),
        ),
      ]),
    );
  }
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([
        eb('cases.case_number', 'ilike', like),
        eb('cases.category', 'ilike', like),
        eb('channels.code', 'ilike', like),
        eb('channels.place', 'ilike', like),
        eb('units.code', 'ilike', like),
        eb.and([
          holdsKey(eb, user.id),
          eb.exists(
            eb
              .selectFrom('case_labels')
              .select('case_labels.case_id')
              .whereRef('case_labels.case_id', '=', 'cases.id')
              .where('case_labels.label', 'ilike', like),
          ),
        ]),
      ]),
    );
  }

  const rows = await query.execute();
  const ids = rows.map((r) => r.id);
  const deadlines = await deadlinesOf(ctx.db, ids);
  const labels = await labelsOf(ctx, ids);
  const { remindHoursBefore } = (await getSettings(ctx.db)).deadlines;
  const now = new Date();

  let items: InboxItem[] = rows.map(({ id, ...row }) => {
    const ds = deadlines.get(id) ?? [];
    const next = nextOpenDeadline(ds);
    return {
      ...row,
      readable: Boolean(row.readable),
      labels: row.readable ? (labels.get(id) ?? []) : [],
      deadlines: ds,
      next: next && { ...next, status: deadlineStatus(next, now, remindHoursBefore) },
    };
  });
  if (filter.overdue) items = items.filter((i) => i.next?.status === 'overdue');
  items.sort((a, b) => compareKeys(sortKey(a), sortKey(b)));
  if (filter.cursor) {
    const after = decodeCursor(filter.cursor);
    items = items.filter((i) => compareKeys(sortKey(i), after) > 0);
  }
  const page = items.slice(0, filter.limit);
  const last = page.at(-1);
  return {
    items: page,
    nextCursor: items.length > page.length && last ? encodeCursor(sortKey(last)) : null,
  };
}

async function labelsOf(ctx: AppContext, caseIds: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (caseIds.length === 0) return map;
  const rows = await ctx.db
    .selectFrom('case_labels')
    .select(['case_id', 'label'])
    .where('case_id', 'in', caseIds)
    .orderBy('label')
    .execute();
  for (const row of rows) map.set(row.case_id, [...(map.get(row.case_id) ?? []), row.label]);
  return map;
}

/** What a reader sees beyond the metadata: only with the case's key. */
export type CaseContent = {
  report: ReportContent;
  /** Shown for an open report, and for a confidential one once this handler revealed it. */
  identity: Identity | undefined;
  reveals: Array<{ at: Date; username: string; reason: string }>;
  messages: Array<Message & { authorName: string | null }>;
  files: StoredFile[];
  retaliationRisk: string | null;
  /** Other cases the user may see that name an officer this one names (by NRP). */
  related: Array<{ caseNumber: string; state: string; unitCode: string; submittedAt: Date }>;
};

export type CaseDetail = {
  case: Case;
  unit: { code: string; name: string; timeZone: string };
  channel: { code: string; place: string };
  assignee: string | null;
  approvedBy: string | null;
  labels: string[];
  deadlines: Deadline[];
  events: Array<{
    kind: string;
    from: string | null;
    to: string;
    outcome: string | null;
    detail: string | null;
    at: Date;
    actor: string | null;
  }>;
  nextStates: string[];
  /** Undefined for an overseer who holds no key to this case: metadata only. */
  content: CaseContent | undefined;
  /** The steps this user may take on this case now. */
  steps: Record<Step, boolean>;
  /** Investigators of the case's unit who can be assigned (confirmed, active). */
  investigators: string[];
  approvalRequired: boolean;
  /** A handler who is not the head may put a conclusion to them. */
  mayRequestApproval: boolean;
  /** The conclusion last put to the head, to start the approval form with. */
  proposal: { outcome: string | null; sanction: string | null } | undefined;
};

/**
 * A case as the handler may see it. With the case's key, its content too (the view is
 * audited); an overseer without the key sees the metadata only. A reader of the case's own unit
 * who holds no key is refused with 403, saying why (not confirmed yet, or not granted).
 */
export async function caseDetail(
  ctx: AppContext,
  handler: Handler,
  caseNumber: string,
): Promise<CaseDetail> {
  const scope = await scopeOf(ctx.db, handler.user);
  const row = await findVisibleCase(ctx.db, scope, caseNumber);
  const overseer = handler.user.role === 'pimpinan' && row.unit_id !== handler.user.unit_id;
  const key = overseer ? await tryCaseKey(ctx, handler, row) : await openCaseKey(ctx, handler, row);
  await audit(ctx, handler.user, key ? 'case_view' : 'case_view_metadata', row.case_number);

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
  const names = await usernames(ctx, [row.assignee_id, row.approved_by]);
  const events = await ctx.db
    .selectFrom('case_events')
    .leftJoin('users', 'users.id', 'case_events.actor_user_id')
    .select([
      'case_events.kind',
      'from_state',
      'to_state',
      'outcome',
      'detail',
      'at',
      'users.username',
    ])
    .where('case_id', '=', row.id)
    .orderBy('case_events.id')
    .execute();
  const settings = await getSettings(ctx.db);
  const investigators = await ctx.db
    .selectFrom('users')
    .select('username')
    .where('unit_id', '=', row.unit_id)
    .where('role', '=', 'penyidik')
    .where('disabled_at', 'is', null)
    .where('keys_confirmed_at', 'is not', null)
    .orderBy('username')
    .execute();

  const open = row.state !== 'selesai';
  // Holding the key lets one read; changing the case is for those who handle it.
  const handling = key ? await handles(ctx.db, handler.user, row) : false;
  const can = (step: Step) =>
    Boolean(key) && mayTake(handler.user, step) && (handling || step === 'export');
  const isComplaint = row.kind !== 'apresiasi';
  return {
    case: row,
    unit: { code: unit.code, name: unit.name, timeZone: unit.time_zone },
    channel,
    assignee: row.assignee_id === null ? null : (names.get(row.assignee_id) ?? null),
    approvedBy: row.approved_by === null ? null : (names.get(row.approved_by) ?? null),
    labels: key ? ((await labelsOf(ctx, [row.id])).get(row.id) ?? []) : [],
    deadlines: (await deadlinesOf(ctx.db, [row.id])).get(row.id) ?? [],
    events: events.map((e) => ({
      kind: e.kind,
      from: e.from_state,
      to: e.to_state,
      outcome: e.outcome,
      // What a label said is content; the data view keeps only that one was changed.
      detail: e.kind === 'label' && !key ? null : e.detail,
      at: e.at,
      actor: e.username,
    })),
    nextStates: can('move') ? nextStates(row.kind, row.state) : [],
    content: key ? await readContent(ctx, handler, scope, row, key) : undefined,
    steps: {
      assess: open && isComplaint && can('assess'),
      assign: open && isComplaint && can('assign'),
      forward: open && can('forward'),
      approve: open && isComplaint && settings.approvalRequired && can('approve'),
      move: open && can('move'),
      progress: open && isComplaint && can('progress'),
      write: can('write'),
      label: can('label'),
      export: can('export'),
    },
    investigators: investigators.map((i) => i.username),
    approvalRequired: isComplaint && settings.approvalRequired,
    mayRequestApproval:
      open &&
      isComplaint &&
      settings.approvalRequired &&
      !row.approved_at &&
      handler.user.role !== 'pimpinan' &&
      can('move'),
    proposal: row.approval_requested_at
      ? events
          .filter((e) => e.kind === 'approval_request')
          .map((e) => ({ outcome: e.outcome, sanction: e.detail }))
          .at(-1)
      : undefined,
  };
}

async function readContent(
  ctx: AppContext,
  handler: Handler,
  scope: Scope,
  row: Case,
  key: Buffer,
): Promise<CaseContent> {
  const report = await ctx.content.readReport(ctx.db, key, row.id);
  const reveals = await ctx.content.listReveals(ctx.db, key, row.id);
  return {
    report,
    identity: await visibleIdentity(ctx, handler, key, row, reveals),
    reveals,
    messages: await withAuthors(ctx, await ctx.content.listMessages(ctx.db, key, row.id, false)),
    files: await ctx.content.listFiles(ctx.db, key, row.id),
    retaliationRisk: ctx.content.openRetaliationRisk(key, row.id, row.retaliation_risk),
    related: await relatedCases(ctx, scope, row, report),
  };
}

/**
 * Other cases naming an officer this case names, among those the user may see. Cases made
 * before the index existed join it the first time a reader opens them.
 */
async function relatedCases(ctx: AppContext, scope: Scope, row: Case, report: ReportContent) {
  const macs = officerMacs(ctx.secrets.officerKey, report);
  if (macs.length === 0) return [];
  await indexOfficers(ctx.db, ctx.secrets.officerKey, row.id, report);
  const found = await ctx.db
    .selectFrom('cases')
    .innerJoin('units', 'units.id', 'cases.unit_id')
    .select([
      'cases.case_number as caseNumber',
      'cases.state',
      'units.code as unitCode',
      'cases.submitted_at as submittedAt',
    ])
    .where((eb) =>
      eb.and([
        // Only cases the user could read: an overseer's view of the units below is metadata,
        // and which of those cases name an officer is content.
        visibleWhere(eb, scope),
        holdsKey(eb, scope.user.id),
        eb('cases.id', '!=', row.id),
        eb.exists(
          eb
            .selectFrom('officer_index')
            .select('officer_index.case_id')
            .whereRef('officer_index.case_id', '=', 'cases.id')
            .where('officer_index.officer_mac', 'in', macs),
        ),
      ]),
    )
    .orderBy('cases.submitted_at', 'desc')
    .limit(50)
    .execute();
  return found;
}

async function usernames(ctx: AppContext, ids: Array<number | null>) {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
  const rows = wanted.length
    ? await ctx.db
        .selectFrom('users')
        .select(['id', 'username'])
        .where('id', 'in', wanted)
        .execute()
    : [];
  return new Map(rows.map((u) => [u.id, u.username]));
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

/** Names the staff member who wrote each message, for the handlers' view. */
async function withAuthors(ctx: AppContext, messages: Message[]) {
  const names = await usernames(
    ctx,
    messages.map((m) => m.authorUserId),
  );
  return messages.map((m) => ({
    ...m,
    authorName: m.authorUserId === null ? null : (names.get(m.authorUserId) ?? null),
  }));
}

/** Per unit, how many cases no staff member can read yet: the administrator is warned. */
export async function casesWithoutReader(db: AppContext['db'], unitIds: number[]) {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom('cases')
    .innerJoin('units', 'units.id', 'cases.unit_id')
    .where('cases.unit_id', 'in', unitIds)
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
