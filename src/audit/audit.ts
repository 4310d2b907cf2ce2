/** Recording a staff action in the audit log, from the services that perform it. */
import type { AppContext } from '../app-context.js';
import type { User } from '../db/schema.js';
import { appendAudit, type AuditAction, type AuditEntry } from './audit-log.js';

/**
 * Appends an entry for `user`'s action. Pass a context whose `db` is the action's transaction,
 * so that the action and its record are committed together.
 */
export async function audit(
  ctx: Pick<AppContext, 'db' | 'secrets'>,
  user: Pick<User, 'id' | 'username'> | 'operator' | 'system',
  action: AuditAction,
  caseNumber?: string | null,
  detail?: AuditEntry['detail'],
): Promise<void> {
  const actor =
    typeof user === 'string'
      ? { actorUserId: null, actor: user }
      : { actorUserId: user.id, actor: user.username };
  await appendAudit(ctx.db, ctx.secrets.auditKey, {
    ...actor,
    action,
    caseNumber: caseNumber ?? null,
    detail,
  });
}
