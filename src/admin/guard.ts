/** Who may open the administration pages: an administrator, over their unit and those below. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../app-context.js';
import { AppError, forbidden } from '../errors.js';
import { unitAndDescendants } from '../org/units.js';
import type { AccountActor } from '../staff/accounts.js';
import { requireStaff, type StaffRequestAuth } from '../staff/auth.js';

export type AdminAuth = StaffRequestAuth & {
  scope: number[];
  actor: AccountActor;
  /** An administrator of the top unit, who alone changes the deployment's settings. */
  deploymentWide: boolean;
};

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
  const unit = await ctx.db
    .selectFrom('units')
    .select('parent_id')
    .where('id', '=', auth.user.unit_id)
    .executeTakeFirstOrThrow();
  const deploymentWide = unit.parent_id === null;
  return { ...auth, scope, actor: { user: auth.user, scope }, deploymentWide };
}

/**
 * Settings hold for the whole deployment (deadlines, approval, sanctions, categories), so only
 * an administrator of the top unit changes them; an administrator of a Polda or a Polres would
 * otherwise change them for every other unit too.
 */
export function assertDeploymentAdmin(_ctx: AppContext, auth: AdminAuth): Promise<void> {
  if (!auth.deploymentWide)
    throw new AppError('forbidden', 'error.deploymentAdminOnly', {
      detail: `${auth.user.username} administers a unit below the top, not the deployment`,
    });
  return Promise.resolve();
}
