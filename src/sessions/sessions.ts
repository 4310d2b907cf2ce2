/** Server-side sessions for staff and reporters; the token itself is never stored. */
import type { Db } from '../db/database.js';
import { digestToken, newToken } from '../crypto/tokens.js';

export const idleTimeoutMs = 30 * 60 * 1000;
export const absoluteLifetimeMs = 12 * 60 * 60 * 1000;

export type Session = {
  kind: 'staff' | 'reporter';
  userId: number | null;
  caseId: string | null;
  csrf: string;
};

/** Starts a session and returns its token. */
export async function startSession(
  db: Db,
  owner: { kind: 'staff'; userId: number } | { kind: 'reporter'; caseId: string },
): Promise<string> {
  const token = newToken();
  await db
    .insertInto('sessions')
    .values({
      token_hash: digestToken(token),
      kind: owner.kind,
      user_id: owner.kind === 'staff' ? owner.userId : null,
      case_id: owner.kind === 'reporter' ? owner.caseId : null,
      csrf: newToken(),
      last_seen_at: new Date(),
    })
    .execute();
  return token;
}

/** The live session of a token, refreshing its idle clock; undefined once expired. */
export async function resumeSession(
  db: Db,
  token: string,
  kind: Session['kind'],
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
  return { kind: row.kind, userId: row.user_id, caseId: row.case_id, csrf: row.csrf };
}

export async function endSession(db: Db, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', digestToken(token)).execute();
}

/** Deletes sessions past their idle timeout. */
export async function purgeSessions(db: Db): Promise<void> {
  await db
    .deleteFrom('sessions')
    .where('last_seen_at', '<', new Date(Date.now() - idleTimeoutMs))
    .execute();
}
