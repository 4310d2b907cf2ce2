/**
 * Server-side sessions for staff and reporters. The token is never stored: the database keeps
 * its digest, and the session's secret (a staff member's private key, or a reporter's case key)
 * sealed under a key derived from the token. So any server process can serve a session, and a
 * copy of the database holds no usable key.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { openRecord, sealRecord } from '../crypto/sealing.js';
import { digestToken, newToken } from '../crypto/tokens.js';
import type { Db } from '../db/database.js';
import { AppError } from '../errors.js';

export const idleTimeoutMs = 30 * 60 * 1000;
export const absoluteLifetimeMs = 12 * 60 * 60 * 1000;

export type SessionKind = 'staff' | 'reporter' | 'enrol';

export type Session = {
  kind: SessionKind;
  userId: number | null;
  caseId: string | null;
  csrf: string;
  /** What the session unlocks; only a holder of the token can open it. */
  secret: Buffer | undefined;
};

function sessionKey(token: string): Buffer {
  return createHmac('sha256', token).update('peluit session key').digest();
}

/** Starts a session and returns its token. */
export async function startSession(
  db: Db,
  owner: { kind: 'staff' | 'enrol'; userId: number } | { kind: 'reporter'; caseId: string },
  secret?: Buffer,
): Promise<string> {
  const token = newToken();
  await db
    .insertInto('sessions')
    .values({
      token_hash: digestToken(token),
      kind: owner.kind,
      user_id: owner.kind === 'reporter' ? null : owner.userId,
      case_id: owner.kind === 'reporter' ? owner.caseId : null,
      csrf: newToken(),
      last_seen_at: new Date(),
      sealed_secret: secret ? sealRecord(sessionKey(token), secret, `session:${owner.kind}`) : null,
    })
    .execute();
  return token;
}

/** The live session of a token, refreshing its idle clock; undefined once expired. */
export async function resumeSession(
  db: Db,
  token: string,
  kind: SessionKind,
): Promise<Session | undefined> {
  const hash = digestToken(token);
  const row = await db
    .selectFrom('sessions')
    .selectAll()
    .where('token_hash', '=', hash)
    .where('kind', '=', kind)
    .executeTakeFirst();
  if (!row) return undefined;

  const now = Date.now();
  if (
    now - row.last_seen_at.getTime() > idleTimeoutMs ||
    now - row.created_at.getTime() > absoluteLifetimeMs
  ) {
    await endSession(db, token);
    return undefined;
  }
  await db
    .updateTable('sessions')
    .set({ last_seen_at: new Date(now) })
    .where('token_hash', '=', hash)
    .execute();
  const secret = row.sealed_secret
    ? openRecord(sessionKey(token), row.sealed_secret, `session:${kind}`)
    : undefined;
  return {
    kind: row.kind as SessionKind,
    userId: row.user_id,
    caseId: row.case_id,
    csrf: row.csrf,
    secret,
  };
}

export async function endSession(db: Db, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', digestToken(token)).execute();
}

/** Ends every session of a staff member (a password change, a move to another unit). */
export async function endSessionsOf(db: Db, userId: number): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

/** Deletes sessions past their idle timeout. */
export async function purgeSessions(db: Db): Promise<void> {
  await db
    .deleteFrom('sessions')
    .where('last_seen_at', '<', new Date(Date.now() - idleTimeoutMs))
    .execute();
}

/** Refuses a form post whose CSRF token is not its session's. */
export function checkCsrf(session: { csrf: string }, sent: string | undefined): void {
  const expected = Buffer.from(session.csrf);
  const given = Buffer.from(sent ?? '');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new AppError('forbidden', 'error.csrf', { detail: 'csrf token mismatch' });
  }
}
