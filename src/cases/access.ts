/** Who may see which case. One rule, used by the inbox, the case page and the API alike. */
import type { SelectQueryBuilder } from 'kysely';
import type { Database, User } from '../db/schema.js';
import { forbidden } from '../errors.js';

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
