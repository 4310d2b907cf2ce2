/**
 * Who may see which case, and what they may do with it. One rule, used by the inbox, the case
 * page, the API and the search alike; a case outside it is 404, as if it did not exist.
 *
 * - `triase` and `pimpinan` see the misconduct cases routed to their unit; `apresiasi` the
 *   appreciation routed to theirs; `penyidik` the cases assigned to them.
 * - Anyone also sees a case of their kind whose key is sealed to them: the fallback of a unit
 *   with no readers yet, or a case their unit forwarded and kept reading.
 * - `pimpinan` also oversees the units below theirs: they see the metadata of those cases,
 *   and their content only where the key was sealed to them.
 * - `auditor` and `admin` read no case at all.
 */
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { SelectQueryBuilder } from 'kysely';
import type { AppContext } from '../app-context.js';
import type { KeyPair } from '../crypto/sealing.js';
import type { Db } from '../db/database.js';
import type { Case, Database, StaffRole, User } from '../db/schema.js';
import { AppError, forbidden, notFound } from '../errors.js';
import { confirmedReaders, openCaseKeyAsStaff, readerRoles } from '../keys/case-keys.js';
import { ancestry, unitAndDescendants } from '../org/units.js';

/** A staff member at work: the account, and the key pair unwrapped at log-in (if it has one). */
export type Handler = { user: User; keys: KeyPair | undefined };

/** What a user's visibility rests on, computed once per request. */
export type Scope = { user: User; overseen: number[] };

export async function scopeOf(db: Db, user: User): Promise<Scope> {
  const overseen = user.role === 'pimpinan' ? await unitAndDescendants(db, user.unit_id) : [];
  return { user, overseen };
}

const contentReaders = new Set<StaffRole>(['triase', 'penyidik', 'pimpinan', 'apresiasi']);

/** Refuses roles that never read report content (administrators, auditors) with 403. */
export function assertReadsContent(user: User): void {
  if (!contentReaders.has(user.role))
    throw forbidden(`role ${user.role} does not read report content`);
}

/** Whether the case's key is sealed to the user. */
export function holdsKey(eb: ExpressionBuilder<Database, 'cases'>, userId: number) {
  return eb.exists(
    eb
      .selectFrom('key_grants')
      .select('key_grants.id')
      .whereRef('key_grants.case_id', '=', 'cases.id')
      .where('key_grants.holder', '=', 'staff')
      .where('key_grants.user_id', '=', userId),
  );
}

/** The condition on `cases` that a scope may see. */
export function visibleWhere(
  eb: ExpressionBuilder<Database, 'cases'>,
  scope: Scope,
): Expression<SqlBool> {
  const { user } = scope;
  const complaints = eb('cases.kind', '!=', 'apresiasi');
  switch (user.role) {
    case 'apresiasi':
      return eb.and([
        eb('cases.kind', '=', 'apresiasi'),
        eb.or([eb('cases.unit_id', '=', user.unit_id), holdsKey(eb, user.id)]),
      ]);
    case 'triase':
      return eb.and([
        complaints,
        eb.or([eb('cases.unit_id', '=', user.unit_id), holdsKey(eb, user.id)]),
      ]);
    case 'pimpinan':
      return eb.and([
        complaints,
        eb.or([eb('cases.unit_id', 'in', scope.overseen), holdsKey(eb, user.id)]),
      ]);
    case 'penyidik':
      return eb.and([
        complaints,
        eb.or([eb('cases.assignee_id', '=', user.id), holdsKey(eb, user.id)]),
      ]);
    case 'auditor':
    case 'admin':
      return sql<SqlBool>`false`;
  }
}

/** Narrows a query on `cases` to what the scope may see. */
export function visibleTo<O>(
  query: SelectQueryBuilder<Database, 'cases', O>,
  scope: Scope,
): SelectQueryBuilder<Database, 'cases', O> {
  return query.where((eb) => visibleWhere(eb, scope));
}

/** Loads a case the user may see; any other case is 404, as if it did not exist. */
export async function findVisibleCase(db: Db, scope: Scope, caseNumber: string): Promise<Case> {
  assertReadsContent(scope.user);
  const row = await visibleTo(db.selectFrom('cases'), scope)
    .selectAll()
    .where('case_number', '=', caseNumber)
    .executeTakeFirst();
  if (!row) throw notFound('case not visible');
  return row;
}

/** The key of a case, or undefined when the handler holds none (an overseer's view). */
export async function tryCaseKey(
  ctx: AppContext,
  handler: Handler,
  row: Case,
): Promise<Buffer | undefined> {
  return handler.keys ? openCaseKeyAsStaff(ctx.db, row.id, handler.user, handler.keys) : undefined;
}

/**
 * The key of a case the handler may see. A reader whose account is not yet confirmed, or who
 * was never granted this case, is refused with 403 `forbidden`, saying why.
 */
export async function openCaseKey(ctx: AppContext, handler: Handler, row: Case): Promise<Buffer> {
  const key = await tryCaseKey(ctx, handler, row);
  if (!key) {
    const waiting = !handler.user.keys_confirmed_at;
    throw new AppError('forbidden', waiting ? 'error.awaitingConfirmation' : 'error.noGrant', {
      detail: 'no key for this case',
    });
  }
  return key;
}

/** What each step on a case asks of the role (besides seeing the case and holding its key). */
const stepRoles = {
  assess: ['triase', 'pimpinan'],
  assign: ['triase', 'pimpinan'],
  forward: ['triase', 'pimpinan'],
  approve: ['pimpinan'],
  move: ['triase', 'pimpinan', 'penyidik', 'apresiasi'],
  progress: ['triase', 'pimpinan', 'penyidik'],
  write: ['triase', 'pimpinan', 'penyidik', 'apresiasi'],
  label: ['triase', 'pimpinan', 'penyidik', 'apresiasi'],
  export: ['triase', 'pimpinan', 'penyidik', 'apresiasi'],
} satisfies Record<string, StaffRole[]>;

export type Step = keyof typeof stepRoles;

export function mayTake(user: User, step: Step): boolean {
  return (stepRoles[step] as StaffRole[]).includes(user.role);
}

/** Refuses a step the user's role does not take, with 403. */
export function assertStep(user: User, step: Step): void {
  if (!mayTake(user, step)) throw forbidden(`role ${user.role} may not ${step} a case`);
}

/** Whether the user handles the case, rather than only reading it. */
export async function handles(db: Db, user: User, row: Case): Promise<boolean> {
  if (user.role === 'penyidik') return row.assignee_id === user.id;
  if (row.unit_id === user.unit_id) return true;
  for (const unit of await ancestry(db, row.unit_id)) {
    const readers = await confirmedReaders(db, unit.id, readerRoles(row.kind));
    if (readers.length) return unit.id === user.unit_id;
  }
  return false;
}
