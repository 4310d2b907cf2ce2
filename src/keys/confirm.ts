/**
 * Confirming a reader: the step that gives a new account the keys of its unit's cases. Only a
 * confirmed reader of the account's unit or of a unit above it, or the holder of the offline
 * recovery key, can take it; an administrator alone never can.
 */
import type { AppContext } from '../app-context.js';
import { audit } from '../audit/audit.js';
import { newKeyPair, publicKeyOf, type KeyPair } from '../crypto/sealing.js';
import type { Db } from '../db/database.js';
import type { ReportKind, User } from '../db/schema.js';
import { AppError, forbidden, notFound } from '../errors.js';
import { ancestry } from '../org/units.js';
import {
  grantToStaff,
  isReaderRole,
  openCaseKeyAsStaff,
  openCaseKeyWithRecovery,
  readerRoles,
  recoveryPublicKey,
} from './case-keys.js';

/**
 * The cases an account of this role should hold the keys of: its unit's, of its kinds; for an
 * investigator, the cases assigned to it.
 */
async function casesFor(db: Db, user: User) {
  if (user.role === 'penyidik') {
    return db
      .selectFrom('cases')
      .select(['id', 'case_number'])
      .where('assignee_id', '=', user.id)
      .execute();
  }
  const kinds: ReportKind[] =
    user.role === 'apresiasi' ? ['apresiasi'] : ['pengaduan', 'pengaduan_cepat'];
  return db
    .selectFrom('cases')
    .select(['id', 'case_number'])
    .where('unit_id', '=', user.unit_id)
    .where('kind', 'in', kinds)
    .execute();
}

async function targetUser(db: Db, username: string): Promise<User> {
  const user = await db
    .selectFrom('users')
    .selectAll()
    .where('username', '=', username.trim().toLowerCase())
    .executeTakeFirst();
  if (!user) throw notFound(`no user ${username}`);
  // An account made with a temporary password gets its key pair only when its owner replaces it.
  if (!user.public_key)
    throw new AppError('conflict', 'error.readerWithoutKeys', {
      detail: `${user.username} has not replaced the temporary password yet, so has no keys`,
    });
  if (!isReaderRole(user.role)) {
    throw new AppError('validation_failed', 'error.notReaderRole', {
      detail: `${user.username} has role ${user.role}, which reads no unit's cases`,
    });
  }
  return user;
}

async function markConfirmed(db: Db, user: User, by: string) {
  await db
    .updateTable('users')
    .set({ keys_confirmed_at: new Date(), confirmed_by: by })
    .where('id', '=', user.id)
    .execute();
}

export type Confirmed = { username: string; granted: number; missing: number };

/** A confirmed reader confirms another reader of their unit or of a unit below it. */
export async function confirmByReader(
  ctx: AppContext,
  confirmer: { user: User; keys: KeyPair | undefined },
  username: string,
): Promise<Confirmed> {
  const target = await targetUser(ctx.db, username);
  if (
    !confirmer.keys ||
    !confirmer.user.keys_confirmed_at ||
    !isReaderRole(confirmer.user.role) ||
    confirmer.user.role === 'penyidik'
  ) {
    throw forbidden('only a confirmed reader confirms readers');
  }
  // Only a reader of the same kind of case: an appreciation reader never vouches for a reader
  // of misconduct reports, nor the other way round.
  const kind = target.role === 'apresiasi' ? 'apresiasi' : 'pengaduan';
  if (!readerRoles(kind).includes(confirmer.user.role)) {
    throw forbidden('a reader confirms only readers of the same kind of case');
  }
  const chain = await ancestry(ctx.db, target.unit_id);
  if (!chain.some((unit) => unit.id === confirmer.user.unit_id))
    throw forbidden('the account is not in your unit or below it');

  let granted = 0;
  let missing = 0;
  await ctx.db.transaction().execute(async (trx) => {
    for (const c of await casesFor(trx, target)) {
      const key = await openCaseKeyAsStaff(trx, c.id, confirmer.user, confirmer.keys!);
      if (!key) {
        missing++;
        continue;
      }
      await grantToStaff(trx, c.id, key, target);
      granted++;
    }
    await markConfirmed(trx, target, confirmer.user.username);
    await audit({ ...ctx, db: trx }, confirmer.user, 'confirm_reader', null, {
      username: target.username,
      granted,
      missing,
    });
  });
  return { username: target.username, granted, missing };
}

/** The operator confirms a reader with the recovery key, e.g. the very first reader. */
export async function confirmWithRecovery(
  ctx: AppContext,
  recoveryPrivateKey: string,
  username: string,
): Promise<Confirmed> {
  const stored = await recoveryPublicKey(ctx.db);
  if (!stored)
    throw new AppError('not_found', 'error.notFound', {
      detail: 'no recovery key yet: run `peluit keys init-recovery` first',
    });
  const privateKey = Buffer.from(recoveryPrivateKey.trim(), 'base64');
  if (privateKey.length !== 32 || !publicKeyOf(privateKey).equals(stored)) {
    throw new AppError('forbidden', 'error.forbidden', {
      detail: 'that is not the recovery key of this deployment',
    });
  }
  const pair = { publicKey: stored, privateKey };
  const target = await targetUser(ctx.db, username);

  let granted = 0;
  let missing = 0;
  await ctx.db.transaction().execute(async (trx) => {
    for (const c of await casesFor(trx, target)) {
      const key = await openCaseKeyWithRecovery(trx, c.id, pair);
      if (!key) {
        missing++;
        continue;
      }
      await grantToStaff(trx, c.id, key, target);
      granted++;
    }
    await markConfirmed(trx, target, 'recovery key');
    await audit({ ...ctx, db: trx }, 'operator', 'confirm_reader', null, {
      username: target.username,
      granted,
      missing,
    });
  });
  return { username: target.username, granted, missing };
}

/**
 * Creates the deployment's recovery key pair, once. The private half is returned to be kept
 * offline; only the public half is stored.
 */
export async function initRecovery(ctx: AppContext): Promise<string> {
  if (await recoveryPublicKey(ctx.db)) {
    throw new AppError('conflict', 'error.conflict', {
      detail: 'this deployment already has a recovery key; it is created only once',
    });
  }
  const pair = newKeyPair();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('settings')
      .values({ name: 'recovery_public_key', value: pair.publicKey.toString('base64') })
      .execute();
    await audit({ ...ctx, db: trx }, 'operator', 'recovery_init');
  });
  return pair.privateKey.toString('base64');
}

/** Readers of `unitId` (and below) waiting for confirmation. */
export async function unconfirmedReaders(db: Db, unitIds: number[]) {
  if (unitIds.length === 0) return [];
  return (
    db
      .selectFrom('users')
      .innerJoin('units', 'units.id', 'users.unit_id')
      .select(['users.username', 'users.role', 'users.public_key', 'units.name as unitName'])
      .where('users.unit_id', 'in', unitIds)
      .where('users.keys_confirmed_at', 'is', null)
      .where('users.disabled_at', 'is', null)
      // Only accounts whose owner chose a password: an account still on its temporary password
      // has no key pair yet, and nothing to confirm.
      .where('users.public_key', 'is not', null)
      .where('users.role', 'in', [
        ...readerRoles('pengaduan'),
        ...readerRoles('apresiasi'),
        'penyidik',
      ])
      .orderBy('users.username')
      .execute()
  );
}
