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

const hourMs = 60 * 60 * 1000;
const toHour = (ms: number) => new Date(Math.floor(ms / hourMs) * hourMs);

/**
 * What is sealed under the token: the secret, and the session's exact times. The columns hold
 * those times only to the hour, so a copy of the database cannot date a reporter's visit.
 */
type Sealed = { secret?: string; created: number; seen: number };

function seal(token: string, kind: SessionKind, sealed: Sealed): Buffer {
  return sealRecord(sessionKey(token), JSON.stringify(sealed), `session:${kind}`);
}

/** Starts a session and returns its token. */
export async function startSession(
  db: Db,
  owner: { kind: 'staff' | 'enrol'; userId: number } | { kind: 'reporter'; caseId: string },
  secret?: Buffer,
): Promise<string> {
  const token = newToken();
  const now = Date.now();
  await db
    .insertInto('sessions')
    .values({
      token_hash: digestToken(token),
      kind: owner.kind,
      user_id: owner.kind === 'reporter' ? null : owner.userId,
      case_id: owner.kind === 'reporter' ? owner.caseId : null,
      csrf: newToken(),
      created_at: toHour(now),
      last_seen_at: toHour(now),
      sealed_secret: seal(token, owner.kind, {
        secret: secret?.toString('base64'),
        created: now,
        seen: now,
      }),
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
  if (!row?.sealed_secret) return undefined;

  let sealed: Sealed;
  try {
    sealed = JSON.parse(
      openRecord(sessionKey(token), row.sealed_secret, `session:${kind}`).toString('utf8'),
    ) as Sealed;
  } catch {
    return undefined;
  }
  const now = Date.now();
  const stale = now - row.last_seen_at.getTime() > idleTimeoutMs + hourMs;
  if (stale || now - sealed.seen > idleTimeoutMs || now - sealed.created > absoluteLifetimeMs) {
    await endSession(db, token);
    return undefined;
  }
  await db
    .updateTable('sessions')
    .set({ last_seen_at: toHour(now), sealed_secret: seal(token, kind, { ...sealed, seen: now }) })
    .where('token_hash', '=', hash)
    .execute();
  return {
    kind: row.kind as SessionKind,
    userId: row.user_id,
    caseId: row.case_id,
    csrf: row.csrf,
    secret: sealed.secret === undefined ? undefined : Buffer.from(sealed.secret, 'base64'),
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
    .where('last_seen_at', '<', new Date(Date.now() - idleTimeoutMs - hourMs))
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
