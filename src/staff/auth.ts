/** Finding the staff member behind a request: a cookie for pages, a bearer token for the API. */
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../app-context.js';
import type { KeyPair } from '../crypto/sealing.js';
import type { User } from '../db/schema.js';
import { AppError } from '../errors.js';
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
  const keys =
    session.secret && user.public_key
      ? { publicKey: Buffer.from(user.public_key), privateKey: session.secret }
      : undefined;
  return { user, csrf: session.csrf, token, keys };
}

export { checkCsrf } from '../sessions/sessions.js';
