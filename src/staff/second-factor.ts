/**
 * The staff second factor. A first log-in can only enrol: it yields a session good for setting
 * up TOTP and nothing else. After that every log-in needs a current code, or a one-time
 * recovery code. The TOTP secret is sealed with a key from SECRETS_DIR.
 */
import { createHash, randomInt } from 'node:crypto';
import type { AppContext } from '../app-context.js';
import { audit } from '../audit/audit.js';
import { openRecord, sealRecord } from '../crypto/sealing.js';
import type { User } from '../db/schema.js';
import { AppError, unauthorized } from '../errors.js';
import { endSession, resumeSession, startSession } from '../sessions/sessions.js';
import { base32Encode, newTotpSecret, totpUri, verifyTotp } from './totp.js';
import { findUser } from './users.js';

type Ctx = Pick<AppContext, 'db' | 'secrets'>;

const recoveryAlphabet = 'abcdefghjkmnpqrstuvwxyz23456789';

function sealSecret(ctx: Ctx, user: User, secret: Buffer): Buffer {
  return sealRecord(ctx.secrets.totpKey, secret, `totp:${user.id}`);
}

function openSecret(ctx: Ctx, user: User): Buffer {
  return openRecord(ctx.secrets.totpKey, user.totp_secret!, `totp:${user.id}`);
}

const digestCode = (code: string) =>
  createHash('sha256').update(code.replace(/[\s-]/g, '').toLowerCase()).digest();

/** The user and secret of an enrolment session, or 401. */
export async function enrolmentOf(ctx: Ctx, token: string | undefined) {
  const session = token ? await resumeSession(ctx.db, token, 'enrol') : undefined;
  const user = session?.userId ? await findUser(ctx.db, session.userId) : undefined;
  if (!token || !session || !user) throw unauthorized('no enrolment session');
  return { token, user, secret: session.secret, csrf: session.csrf };
}

/** Starts (or restarts) enrolment: a new secret, returned once to be put in an authenticator. */
export async function setUpTotp(ctx: Ctx, user: User): Promise<{ secret: string; uri: string }> {
  if (user.totp_enabled_at)
    throw new AppError('conflict', 'error.conflict', { detail: 'TOTP is already set up' });
  const secret = newTotpSecret();
  await ctx.db
    .updateTable('users')
    .set({ totp_secret: sealSecret(ctx, user, secret) })
    .where('id', '=', user.id)
    .execute();
  return { secret: base32Encode(secret), uri: totpUri(secret, user.username) };
}

/** The secret of an enrolment begun but not yet confirmed, to show it again on a reload. */
export function pendingSetup(ctx: Ctx, user: User): { secret: string; uri: string } | undefined {
  if (!user.totp_secret || user.totp_enabled_at) return undefined;
  const secret = openSecret(ctx, user);
  return { secret: base32Encode(secret), uri: totpUri(secret, user.username) };
}

/**
 * Confirms enrolment with a first code. Ends the enrolment session and starts a full one;
 * returns it with ten recovery codes, shown this once.
 */
export async function confirmTotp(
  ctx: Ctx,
  enrolment: { token: string; user: User; secret: Buffer | undefined },
  code: unknown,
): Promise<{ token: string; recoveryCodes: string[] }> {
  const user = (await findUser(ctx.db, enrolment.user.id))!;
  if (!user.totp_secret)
    throw new AppError('validation_failed', 'error.validation', {
      fields: { code: 'field.totpSetupFirst' },
    });
  const counter = verifyTotp(openSecret(ctx, user), String(code ?? ''), Date.now());
  if (counter === undefined)
    throw new AppError('validation_failed', 'error.validation', {
      fields: { code: 'field.totpWrong' },
    });

  const codes = Array.from({ length: 10 }, () => {
    const raw = Array.from(
      { length: 10 },
      () => recoveryAlphabet[randomInt(recoveryAlphabet.length)],
    ).join('');
    return `${raw.slice(0, 5)}-${raw.slice(5)}`;
  });
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ totp_enabled_at: new Date(), totp_last_counter: Number(counter) })
      .where('id', '=', user.id)
      .execute();
    await trx.deleteFrom('recovery_codes').where('user_id', '=', user.id).execute();
    await trx
      .insertInto('recovery_codes')
      .values(codes.map((c) => ({ user_id: user.id, code_hash: digestCode(c), used_at: null })))
      .execute();
    await audit({ ...ctx, db: trx }, user, 'totp_enrol');
  });
  await endSession(ctx.db, enrolment.token);
  const token = await startSession(ctx.db, { kind: 'staff', userId: user.id }, enrolment.secret);
  return { token, recoveryCodes: codes };
}

/**
 * Checks the second factor of a log-in: a TOTP code not used before, or an unused recovery
 * code (which is then spent). Throws 401 `totp_required` when none was given.
 */
export async function checkSecondFactor(ctx: Ctx, user: User, code: unknown): Promise<void> {
  const typed = typeof code === 'string' ? code.trim() : '';
  if (!typed) throw new AppError('totp_required', 'error.totpRequired');

  if (/^\d{3}\s?\d{3}$/.test(typed)) {
    const counter = verifyTotp(
      openSecret(ctx, user),
      typed,
      Date.now(),
      BigInt(user.totp_last_counter ?? -1),
    );
    if (counter !== undefined) {
      // Taken in one statement, so two log-ins racing with one code cannot both win.
      const taken = await ctx.db
        .updateTable('users')
        .set({ totp_last_counter: Number(counter) })
        .where('id', '=', user.id)
        .where((eb) =>
          eb.or([
            eb('totp_last_counter', 'is', null),
            eb('totp_last_counter', '<', Number(counter)),
          ]),
        )
        .returning('id')
        .executeTakeFirst();
      if (taken) return;
    }
  } else {
    const spent = await ctx.db
      .updateTable('recovery_codes')
      .set({ used_at: new Date() })
      .where('user_id', '=', user.id)
      .where('code_hash', '=', digestCode(typed))
      .where('used_at', 'is', null)
      .returning('user_id')
      .executeTakeFirst();
    if (spent) return;
  }
  throw new AppError('unauthorized', 'error.totpWrong', { detail: 'wrong second factor' });
}
