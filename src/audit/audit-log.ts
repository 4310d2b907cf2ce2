/**
 * The tamper-evident audit log. Each entry's hash is a keyed hash (HMAC-SHA-256, key in
 * SECRETS_DIR) over the previous entry's hash and this entry's fields, so editing, deleting or
 * reordering any entry breaks every hash after it; a head kept elsewhere also reveals a log cut
 * short. Entries name actions and case numbers, never report content.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Db } from '../db/database.js';

export type AuditAction =
  | 'login'
  | 'login_failed'
  | 'logout'
  | 'case_view'
  | 'case_view_metadata'
  | 'assess'
  | 'assign'
  | 'approve'
  | 'approval_request'
  | 'forward'
  | 'label'
  | 'progress_update'
  | 'progress_letter'
  | 'case_list'
  | 'file_download'
  | 'case_export'
  | 'state_change'
  | 'message'
  | 'grant'
  | 'confirm_reader'
  | 'identity_reveal'
  | 'audit_view'
  | 'totp_enrol'
  | 'account_update'
  | 'recovery_init'
  // Administration: accounts, units and settings.
  | 'user_create'
  | 'user_update'
  | 'user_disable'
  | 'user_enable'
  | 'totp_reset'
  | 'password_change'
  | 'units_import'
  | 'setting_change';

export type AuditEntry = {
  actorUserId: number | null;
  /** Who acted, as shown in the log: a username, `operator` (CLI) or `system`. */
  actor: string;
  action: AuditAction;
  caseNumber?: string | null;
  detail?: Record<string, string | number | boolean | null>;
};

const genesis: Buffer = Buffer.alloc(32);

type StoredEntry = {
  id: number;
  at: Date;
  actor_user_id: number | null;
  actor: string;
  action: string;
  case_number: string | null;
  detail: string;
  hash: Buffer | Uint8Array;
};

function entryHash(key: Buffer, previous: Buffer, entry: Omit<StoredEntry, 'hash'>): Buffer {
  const fields = [
    String(entry.id),
    entry.at.toISOString(),
    String(entry.actor_user_id ?? ''),
    entry.actor,
    entry.action,
    entry.case_number ?? '',
    entry.detail,
  ];
  const mac = createHmac('sha256', key).update(previous);
  for (const field of fields) mac.update(`${Buffer.byteLength(field)}:${field};`);
  return mac.digest();
}

/**
 * Appends an entry. Call it inside the transaction of the action it records, so the action and
 * its record stand or fall together.
 */
export async function appendAudit(db: Db, key: Buffer, entry: AuditEntry): Promise<void> {
  // The head's row lock orders appends only inside a transaction: take one if not given one.
  if (!db.isTransaction) return db.transaction().execute((trx) => appendAudit(trx, key, entry));

  await db
    .insertInto('audit_head')
    .values({ id: 1, last_id: 0, last_hash: genesis })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  const head = await db.selectFrom('audit_head').selectAll().forUpdate().executeTakeFirstOrThrow();

  const row = {
    id: Number(head.last_id) + 1,
    at: new Date(),
    actor_user_id: entry.actorUserId,
    actor: entry.actor,
    action: entry.action,
    case_number: entry.caseNumber ?? null,
    detail: JSON.stringify(entry.detail ?? {}),
  };
  const hash = entryHash(key, Buffer.from(head.last_hash), row);
  await db
    .insertInto('audit_log')
    .values({ ...row, hash })
    .execute();
  await db.updateTable('audit_head').set({ last_id: row.id, last_hash: hash }).execute();
}

export type AuditHead = { id: number; hash: string };

/** The newest entry, as `id:hash`, to be kept somewhere the database's owner cannot reach. */
export async function auditHead(db: Db): Promise<AuditHead> {
  const last = await db
    .selectFrom('audit_log')
    .select(['id', 'hash'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return last
    ? { id: Number(last.id), hash: Buffer.from(last.hash).toString('hex') }
    : { id: 0, hash: genesis.toString('hex') };
}

export function formatHead(head: AuditHead): string {
  return `${head.id}:${head.hash}`;
}

export type Verification =
  { ok: true; entries: number; head: AuditHead } | { ok: false; entries: number; problem: string };

/**
 * Walks the whole log and recomputes every hash. With `expectedHead`, also fails when that
 * entry is missing or differs, which catches a log cut short after it.
 */
export async function verifyAudit(
  db: Db,
  key: Buffer,
  expectedHead?: string,
): Promise<Verification> {
  let previous: Buffer = genesis;
  let expectedId = 1;
  let entries = 0;
  let sawHead = false;
  const wanted = expectedHead ? parseHead(expectedHead) : undefined;
  const pageSize = 1000;

  for (let after = 0; ;) {
    const page = (await db
      .selectFrom('audit_log')
      .selectAll()
      .where('id', '>', after)
      .orderBy('id')
      .limit(pageSize)
      .execute()) as StoredEntry[];
    for (const row of page) {
      const id = Number(row.id);
      if (id !== expectedId)
        return { ok: false, entries, problem: `entry ${expectedId} is missing (found ${id} next)` };
      const hash = entryHash(key, previous, { ...row, id });
      const stored = Buffer.from(row.hash);
      if (stored.length !== hash.length || !timingSafeEqual(stored, hash)) {
        return {
          ok: false,
          entries,
          problem: `entry ${id} does not match its hash: it or an entry before it was changed`,
        };
      }
      if (wanted && id === wanted.id) {
        if (stored.toString('hex') !== wanted.hash)
          return { ok: false, entries, problem: `entry ${id} differs from the head you kept` };
        sawHead = true;
      }
      previous = hash;
      expectedId++;
      entries++;
    }
    if (page.length < pageSize) break;
    after = Number(page[page.length - 1]!.id);
  }

  const headRow = await db.selectFrom('audit_head').selectAll().executeTakeFirst();
  if (headRow && Number(headRow.last_id) !== entries) {
    return {
      ok: false,
      entries,
      problem: `the log ends at entry ${entries} but its head says ${headRow.last_id}: entries were deleted`,
    };
  }
  if (wanted && wanted.id > 0 && !sawHead) {
    return {
      ok: false,
      entries,
      problem: `entry ${wanted.id} of the head you kept is gone: the log was cut short`,
    };
  }
  const head: AuditHead = { id: entries, hash: previous.toString('hex') };
  return { ok: true, entries, head };
}

function parseHead(text: string): AuditHead {
  const match = /^(\d+):([0-9a-f]{64})$/.exec(text.trim());
  if (!match)
    throw new Error('a head looks like 42:<64 hex digits>, as `peluit audit head` prints it');
  return { id: Number(match[1]), hash: match[2]! };
}
