/**
 * Account administration: creating accounts with a temporary password, changing role, unit
 * and e-mail, disabling, and resetting the second factor. Every change is audited; a move to
 * another role or unit takes away what the account could read.
 */
import { z } from 'zod';
import type { AppContext } from '../app-context.js';
import { audit } from '../audit/audit.js';
import type { Db } from '../db/database.js';
import type { User } from '../db/schema.js';
import { AppError, notFound } from '../errors.js';
import { isReaderRole } from '../keys/case-keys.js';
import { endSessionsOf } from '../sessions/sessions.js';
import { validate } from '../validation.js';
import { createUser, newUserSchema } from './users.js';

/** Who administers accounts: an administrator within their units, or the operator at the CLI. */
export type AccountActor = { user: User; scope: number[] } | 'operator';

const actorOf = (actor: AccountActor) => (actor === 'operator' ? 'operator' : actor.user);

/** An account the actor may administer; any other is 404, as if it did not exist. */
export async function managedUser(db: Db, actor: AccountActor, username: string): Promise<User> {
  const user = await db
    .selectFrom('users')
    .selectAll()
    .where('username', '=', username.trim().toLowerCase())
    .executeTakeFirst();
  if (!user || (actor !== 'operator' && !actor.scope.includes(user.unit_id)))
    throw notFound(`no user ${username}`);
  return user;
}

/** A unit the actor may put accounts in, or a field error on `unit`. */
async function unitFor(db: Db, actor: AccountActor, code: string): Promise<number> {
  const unit = await db
    .selectFrom('units')
    .select('id')
    .where('code', '=', code.trim().toUpperCase())
    .executeTakeFirst();
  if (!unit) {
    throw new AppError('validation_failed', 'error.validation', {
      detail: `there is no unit ${code}`,
      fields: { unit: 'field.unitUnknown' },
    });
  }
  if (actor !== 'operator' && !actor.scope.includes(unit.id)) {
    throw new AppError('validation_failed', 'error.validation', {
      detail: `unit ${code} is outside the administrator's units`,
      fields: { unit: 'field.unitOutsideScope' },
    });
  }
  return unit.id;
}

/** Refuses an administrator's change to their own account that could lock them out. */
function refuseOwn(actor: AccountActor, target: User): void {
  if (actor !== 'operator' && actor.user.id === target.id)
    throw new AppError('forbidden', 'error.ownAccount', { detail: 'own account' });
}

/**
 * Creates an account for an administrator (with a temporary password, see `createUser`) or
 * for the operator, in a unit the actor administers; audited.
 */
export async function createAccount(
  ctx: Pick<AppContext, 'db' | 'secrets'>,
  actor: AccountActor,
  input: Record<string, string | undefined>,
  options: { temporary: boolean },
): Promise<User> {
  const data = validate(newUserSchema, input);
  await unitFor(ctx.db, actor, data.unit);
  const user = await createUser(ctx, data, options);
  await audit(ctx, actorOf(actor), 'user_create', null, {
    username: user.username,
    role: user.role,
    unit: data.unit,
    temporary: options.temporary,
  });
  return user;
}

/** What a move would take from an account: the case keys it holds, the cases assigned to it. */
export async function accessAtStake(
  db: Db,
  userId: number,
): Promise<{ grants: number; assigned: number }> {
  const grants = await db
    .selectFrom('key_grants')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('holder', '=', 'staff')
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  const assigned = await db
    .selectFrom('cases')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('assignee_id', '=', userId)
    .executeTakeFirstOrThrow();
  return { grants: Number(grants.n), assigned: Number(assigned.n) };
}

const changeSchema = z.object({
  role: newUserSchema.shape.role.optional(),
  unit: newUserSchema.shape.unit.optional(),
  /** An empty address removes the e-mail. */
  email: z
    .literal('')
    .transform(() => null)
    .or(z.email('field.emailInvalid'))
    .optional(),
});

export type AccountUpdate = { user: User; moved: boolean; revoked: number; unassigned: number };

/**
 * Changes an account's role, unit or e-mail. A new role or unit ends the access the account
 * had: its case keys are deleted, its assignments cleared and its confirmation withdrawn (a
 * reader of the new unit must confirm it before it reads anything there), and its sessions end.
 */
export async function updateUser(
  ctx: Pick<AppContext, 'db' | 'secrets'>,
  actor: AccountActor,
  username: string,
  input: { role?: string | undefined; unit?: string | undefined; email?: string | undefined },
): Promise<AccountUpdate> {
  const target = await managedUser(ctx.db, actor, username);
  const data = validate(changeSchema, {
    role: input.role,
    unit: input.unit,
    email: input.email?.trim(),
  });
  const unitId = data.unit === undefined ? target.unit_id : await unitFor(ctx.db, actor, data.unit);
  const role = data.role ?? target.role;
  const moved = unitId !== target.unit_id || role !== target.role;
  if (moved) refuseOwn(actor, target);

  return ctx.db.transaction().execute(async (trx) => {
    // Locked first, so that an assignment or a confirmation of this account waits for the move
    // and sees it, instead of handing a key to someone who is leaving.
    await trx.selectFrom('users').select('id').where('id', '=', target.id).forUpdate().execute();
    let revoked = 0;
    let unassigned = 0;
    if (moved) {
      const grants = await trx
        .deleteFrom('key_grants')
        .where('holder', '=', 'staff')
        .where('user_id', '=', target.id)
        .executeTakeFirst();
      revoked = Number(grants.numDeletedRows);
      const cases = await trx
        .updateTable('cases')
        .set({ assignee_id: null })
        .where('assignee_id', '=', target.id)
        .executeTakeFirst();
      unassigned = Number(cases.numUpdatedRows);
      await endSessionsOf(trx, target.id);
    }
    const user = await trx
      .updateTable('users')
      .set({
        role,
        unit_id: unitId,
        ...(data.email === undefined ? {} : { email: data.email }),
        ...(moved ? { keys_confirmed_at: null, confirmed_by: null } : {}),
      })
      .where('id', '=', target.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit({ ...ctx, db: trx }, actorOf(actor), 'user_update', null, {
      username: user.username,
      role: role === target.role ? null : `${target.role}→${role}`,
      unit: unitId === target.unit_id ? null : (data.unit ?? null),
      email: data.email === undefined ? null : data.email === null ? 'removed' : 'set',
      revoked,
      unassigned,
    });
    return { user, moved, revoked, unassigned };
  });
}

/**
 * Disables an account (its sessions end at once; it can no longer log in) or enables it again.
 * A reader enabled again must be confirmed again, so that it also receives the keys of the
 * cases that arrived while it was disabled; the keys it held are kept.
 */
export async function setDisabled(
  ctx: Pick<AppContext, 'db' | 'secrets'>,
  actor: AccountActor,
  username: string,
  disabled: boolean,
): Promise<User> {
  const target = await managedUser(ctx.db, actor, username);
  refuseOwn(actor, target);
  return ctx.db.transaction().execute(async (trx) => {
    const reconfirm = !disabled && target.disabled_at !== null && isReaderRole(target.role);
    const user = await trx
      .updateTable('users')
      .set({
        disabled_at: disabled ? (target.disabled_at ?? new Date()) : null,
        ...(reconfirm ? { keys_confirmed_at: null, confirmed_by: null } : {}),
      })
      .where('id', '=', target.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    if (disabled) await endSessionsOf(trx, target.id);
    await audit(
      { ...ctx, db: trx },
      actorOf(actor),
      disabled ? 'user_disable' : 'user_enable',
      null,
      {
        username: user.username,
      },
    );
    return user;
  });
}

/**
 * Removes an account's second factor and its recovery codes (a lost phone): its sessions end,
 * and its next log-in enrols a new authenticator, as a first log-in does.
 */
export async function resetSecondFactor(
  ctx: Pick<AppContext, 'db' | 'secrets'>,
  actor: AccountActor,
  username: string,
): Promise<User> {
  const target = await managedUser(ctx.db, actor, username);
  refuseOwn(actor, target);
  return ctx.db.transaction().execute(async (trx) => {
    const user = await trx
      .updateTable('users')
      .set({ totp_secret: null, totp_enabled_at: null, totp_last_counter: null })
      .where('id', '=', target.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx.deleteFrom('recovery_codes').where('user_id', '=', target.id).execute();
    await endSessionsOf(trx, target.id);
    await audit({ ...ctx, db: trx }, actorOf(actor), 'totp_reset', null, {
      username: user.username,
    });
    return user;
  });
}
