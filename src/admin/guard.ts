/** Who may open the administration pages: an administrator, over their unit and those below. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../app-context.js';
import { forbidden } from '../errors.js';
import { unitAndDescendants } from '../org/units.js';
import type { AccountActor } from '../staff/accounts.js';
import { requireStaff, type StaffRequestAuth } from '../staff/auth.js';

export type AdminAuth = StaffRequestAuth & { scope: number[]; actor: AccountActor };

/**
 * The administrator behind a page request. Without a session the log-in page is sent instead
 * (and undefined returned); any other role is refused with 403.
 */
export async function adminPage(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<AdminAuth | undefined> {
  const auth = await requireStaff(ctx, request).catch(() => undefined);
  if (!auth) {
    await reply.redirect('/staf/masuk', 303);
    return undefined;
  }
  if (auth.user.role !== 'admin') throw forbidden(`role ${auth.user.role} is not admin`);
  const scope = await unitAndDescendants(ctx.db, auth.user.unit_id);
  return { ...auth, scope, actor: { user: auth.user, scope } };
}
