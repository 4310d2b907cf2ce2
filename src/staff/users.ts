/** Staff accounts: who may work cases, in which unit, in which role. */
import { z } from 'zod';
import { hashPassword, verifyPassword } from '../crypto/argon2.js';
import { newKeyPair } from '../crypto/sealing.js';
import type { Db } from '../db/database.js';
import type { StaffRole, User } from '../db/schema.js';
import { AppError } from '../errors.js';
import { endSessionsOf, startSession } from '../sessions/sessions.js';
import { validate } from '../validation.js';
import type { LoginThrottle } from './login-throttle.js';
import { checkSecondFactor } from './second-factor.js';
import type { AppContext } from '../app-context.js';
import { audit } from '../audit/audit.js';
import {
  newStaffKeys,
  unwrapKeyPair,
  wrapPrivateKey,
  type StaffKeyColumns,
} from '../keys/staff-keys.js';

export const roles = [
  'triase',
  'penyidik',
  'pimpinan',
  'apresiasi',
  'auditor',
  'admin',
] as const satisfies readonly StaffRole[];

export const newUserSchema = z.object({
  username: z
    .string('field.required')
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9._-]{2,39}$/, 'field.usernameFormat'),
  unit: z.string('field.required').trim().toUpperCase().min(1, 'field.required'),
  role: z.enum(roles, 'field.roleInvalid'),
  email: z.email('field.emailInvalid').optional(),
  password: z.string('field.required').min(10, 'field.passwordShort').max(200, 'field.tooLong'),
});

/**
 * Creates a staff account; the password is stored only as an Argon2id hash. A `temporary`
 * password is one an administrator chose: the account gets no key pair until its owner logs in
 * and replaces it (see `changePassword`), so whoever knew the temporary password can never
 * unwrap a key that cases are sealed to.
 */
export async function createUser(
  ctx: Pick<AppContext, 'db' | 'secrets'>,
  input: z.input<typeof newUserSchema>,
  options: { temporary?: boolean } = {},
): Promise<User> {
  const db = ctx.db;
  const data = validate(newUserSchema, input);
  const unit = await db
    .selectFrom('units')
    .select('id')
    .where('code', '=', data.unit)
    .executeTakeFirst();
  if (!unit)
    throw new AppError('validation_failed', 'error.validation', {
      detail: `There is no unit ${data.unit}. Import units first (peluit import units FILE); a first start of the server loads the demo units.`,
      fields: { unit: 'field.unitUnknown' },
    });
  const taken = await db
    .selectFrom('users')
    .select('id')
    .where('username', '=', data.username)
    .executeTakeFirst();
  if (taken)
    throw new AppError('conflict', 'error.usernameTaken', {
      fields: { username: 'field.usernameTaken' },
    });

  return db
    .insertInto('users')
    .values({
      username: data.username,
      password_hash: await hashPassword(data.password),
      unit_id: unit.id,
      role: data.role,
      email: data.email ?? null,
      must_change_password: options.temporary === true,
      ...(options.temporary ? {} : await newStaffKeys(data.password, ctx.secrets.passwordPepper)),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

// Compared against when the username does not exist, so both paths cost one Argon2id run.
let decoyHash: Promise<string> | undefined;

/** Checks a username and password and starts a staff session. */
export type LoggedIn = {
  token: string;
  user: User;
  totpSetupRequired: boolean;
  /** The password was set by an administrator: nothing else is allowed until it is replaced. */
  passwordChangeRequired: boolean;
};

/**
 * Checks a username, password and second factor, and starts a session. An account without a
 * second factor yet gets an enrolment session only (`totpSetupRequired`).
 */
export async function logIn(
  ctx: Pick<AppContext, 'db' | 'secrets'>,
  throttle: LoginThrottle,
  attempt: { username: string; password: string; totp?: unknown; address: string },
): Promise<LoggedIn> {
  throttle.check(attempt.username, attempt.address);
  const user = await ctx.db
    .selectFrom('users')
    .selectAll()
    .where('username', '=', attempt.username.trim().toLowerCase())
    .executeTakeFirst();
  decoyHash ??= hashPassword('decoy password that no account has');
  const ok = await verifyPassword(user?.password_hash ?? (await decoyHash), attempt.password);
  try {
    if (!user || !ok || user.disabled_at) {
      throw new AppError('unauthorized', 'error.loginFailed', {
        detail: 'bad username or password',
      });
    }
    if (user.totp_enabled_at) await checkSecondFactor(ctx, user, attempt.totp);
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'unauthorized')) {
      throttle.released(attempt.username, attempt.address);
    } else {
      throttle.failed(attempt.username, attempt.address);
      // What was typed as a username may be a mistyped password: only known accounts are named.
      await audit(ctx, user ?? 'system', 'login_failed', null, { known: user !== undefined });
    }
    throw error;
  }

  throttle.succeeded(attempt.username, attempt.address);
  const pair = await unwrapKeyPair(user, attempt.password, ctx.secrets.passwordPepper);
  const totpSetupRequired = !user.totp_enabled_at;
  const kind = totpSetupRequired ? 'enrol' : 'staff';
  const token = await startSession(ctx.db, { kind, userId: user.id }, pair?.privateKey);
  await audit(ctx, user, 'login', null, { enrolment: totpSetupRequired });
  return { token, user, totpSetupRequired, passwordChangeRequired: user.must_change_password };
}

export async function findUser(db: Db, id: number): Promise<User | undefined> {
  return db
    .selectFrom('users')
    .selectAll()
    .where('id', '=', id)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
}

/**
 * Changes a password: the private key is re-wrapped under the new one (it is never lost), and
 * every other session of the account ends. An account that has no key pair yet (its password
 * was temporary) gets one now, wrapped by the password only its owner knows.
 */
export async function changePassword(
  ctx: Pick<AppContext, 'db' | 'secrets'>,
  user: User,
  current: string,
  next: string,
): Promise<string> {
  const { password } = validate(z.object({ password: newUserSchema.shape.password }), {
    password: next,
  });
  if (!(await verifyPassword(user.password_hash, current))) {
    throw new AppError('validation_failed', 'error.validation', {
      fields: { current: 'error.loginFailed' },
    });
  }
  if (password === current) {
    throw new AppError('validation_failed', 'error.validation', {
      fields: { password: 'field.passwordSame' },
    });
  }
  const pepper = ctx.secrets.passwordPepper;
  let pair = await unwrapKeyPair(user, current, pepper);
  let keys: Partial<StaffKeyColumns> = {};
  if (pair) keys = await wrapPrivateKey(pair.privateKey, password, pepper);
  else if (!user.public_key) {
    pair = newKeyPair();
    keys = {
      public_key: pair.publicKey,
      ...(await wrapPrivateKey(pair.privateKey, password, pepper)),
    };
  }
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ password_hash: await hashPassword(password), must_change_password: false, ...keys })
      .where('id', '=', user.id)
      .execute();
    await endSessionsOf(trx, user.id);
    await audit({ ...ctx, db: trx }, user, 'password_change', null, {
      wasTemporary: user.must_change_password,
    });
  });
  return startSession(ctx.db, { kind: 'staff', userId: user.id }, pair?.privateKey);
}
