/** Who may see which case. One rule, used by the inbox, the case page and the API alike. */
import type { SelectQueryBuilder } from 'kysely';
import type { AppContext } from '../app-context.js';
import type { KeyPair } from '../crypto/sealing.js';
import type { Case, Database, User } from '../db/schema.js';
import { AppError, forbidden } from '../errors.js';
import { openCaseKeyAsStaff } from '../keys/case-keys.js';

/** A staff member at work: the account, and the key pair unwrapped at log-in (if it has one). */
export type Handler = { user: User; keys: KeyPair | undefined };

/**
 * The key of a case the handler may see. A reader whose account is not yet confirmed, or who
 * was never granted this case, is refused with 403 `forbidden`, saying why.
 */
export async function openCaseKey(ctx: AppContext, handler: Handler, row: Case): Promise<Buffer> {
  const key = handler.keys
    ? await openCaseKeyAsStaff(ctx.db, row.id, handler.user, handler.keys)
    : undefined;
  if (!key) {
    const waiting = !handler.user.keys_confirmed_at;
    throw new AppError('forbidden', waiting ? 'error.awaitingConfirmation' : 'error.noGrant', {
      detail: 'no key for this case',
    });
  }
  return key;
}

const contentReaders = new Set(['triase', 'penyidik', 'pimpinan', 'apresiasi']);

/** Refuses roles that never read report content (administrators, auditors) with 403. */
export function assertReadsContent(user: User): void {
  if (!contentReaders.has(user.role))
    throw forbidden(`role ${user.role} does not read report content`);
}

/**
 * Narrows a query on `cases` to what the user may see: the cases routed to their unit, and of
 * those only appreciation for `apresiasi` and only misconduct for the others. Investigators
 * see the cases assigned to them, and none are assigned before assignment exists.
 */
export function visibleTo<O>(
  query: SelectQueryBuilder<Database, 'cases', O>,
  user: User,
): SelectQueryBuilder<Database, 'cases', O> {
  const own = query.where('cases.unit_id', '=', user.unit_id);
  switch (user.role) {
    case 'apresiasi':
      return own.where('cases.kind', '=', 'apresiasi');
    case 'triase':
    case 'pimpinan':
      return own.where('cases.kind', '!=', 'apresiasi');
    case 'penyidik':
    case 'auditor':
    case 'admin':
      return own.where((eb) => eb.val(false));
  }
}
