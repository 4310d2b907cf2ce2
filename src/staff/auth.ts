/** Finding the staff member behind a request: a cookie for pages, a bearer token for the API. */
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../app-context.js';
import type { KeyPair } from '../crypto/sealing.js';
import type { User } from '../db/schema.js';
import { AppError } from '../errors.js';
import { digestToken } from '../crypto/tokens.js';
import { resumeSession } from '../sessions/sessions.js';
import { findUser } from './users.js';

export const staffCookie = 'peluit_staf';

export type StaffRequestAuth = {
  user: User;
  csrf: string;
  token: string;
  /** The staff member's key pair, unwrapped at log-in and kept only in the sealed session. */
  keys: KeyPair | undefined;
};

/**
 * The signed-in staff member, or 401. The API takes only a bearer token and pages only the
 * cookie: a browser sends the cookie with any form aimed at us, so a route that accepted it
 * without a CSRF check could be driven by another page of the same site.
 */
export async function requireStaff(
  ctx: AppContext,
  request: FastifyRequest,
  options: { passwordChange?: boolean } = {},
): Promise<StaffRequestAuth> {
  const header = request.headers.authorization;
  const token = request.url.startsWith('/api/')
    ? header?.startsWith('Bearer ')
      ? header.slice(7).trim()
      : undefined
    : request.cookies[staffCookie];
  const session = token ? await resumeSession(ctx.db, token, 'staff') : undefined;
  const user = session?.userId ? await findUser(ctx.db, session.userId) : undefined;
  if (!token || !session || !user) throw new AppError('unauthorized', 'error.unauthorized');
  // A temporary password opens only the page that replaces it (and log-out).
  if (user.must_change_password && !options.passwordChange)
    throw new AppError('password_change_required', 'error.passwordChangeRequired');
  const keys =
    session.secret && user.public_key
      ? { publicKey: Buffer.from(user.public_key), privateKey: session.secret }
      : undefined;
  return { user, csrf: session.csrf, token, keys };
}

export { checkCsrf } from '../sessions/sessions.js';

/** Whether a back office cookie belongs to an account that must first replace its password. */
export async function passwordChangePending(ctx: AppContext, token: string): Promise<boolean> {
  const row = await ctx.db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select('users.must_change_password')
    .where('sessions.token_hash', '=', digestToken(token))
    .where('sessions.kind', '=', 'staff')
    .executeTakeFirst();
  return row?.must_change_password === true;
}
