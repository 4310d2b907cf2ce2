/**
 * Who holds a case's key. Each case has its own random key, sealed to every confirmed reader of
 * the unit it is routed to (or, while that unit has none, of the nearest ancestor that has),
 * to the reporter's receipt-derived key, and to the deployment's recovery key. Administrators
 * and auditors are never readers, so nothing is ever sealed to them.
 */
import { sql } from 'kysely';
import {
  newSymmetricKey,
  openRecord,
  openSealed,
  sealRecord,
  sealTo,
  type KeyPair,
} from '../crypto/sealing.js';
import type { Db } from '../db/database.js';
import type { ReportKind, StaffRole, User } from '../db/schema.js';
import { ancestry } from '../org/units.js';

/** Roles that read a kind of case. Investigators are granted case by case, on assignment. */
export function readerRoles(kind: ReportKind): StaffRole[] {
  return kind === 'apresiasi' ? ['apresiasi'] : ['triase', 'pimpinan'];
}

/** Whether a role ever reads content (and so needs keys). */
export function isReaderRole(role: StaffRole): boolean {
  return role === 'triase' || role === 'pimpinan' || role === 'apresiasi' || role === 'penyidik';
}

export { newSymmetricKey as newCaseKey };

// The unique index of key_grants: one grant per case, holder and user.
const grantIdentity = sql`case_id, holder, coalesce(user_id, 0)`;

/** The active, confirmed staff of a unit in the given roles. */
export async function confirmedReaders(db: Db, unitId: number, roles: StaffRole[]) {
  return db
    .selectFrom('users')
    .select(['id', 'public_key'])
    .where('unit_id', '=', unitId)
    .where('role', 'in', roles)
    .where('keys_confirmed_at', 'is not', null)
    .where('disabled_at', 'is', null)
    .execute();
}

/** Seals a case key to one staff member (again, harmlessly, if they hold it already). */
export async function grantToStaff(
  db: Db,
  caseId: string,
  caseKey: Buffer,
  user: { id: number; public_key: Buffer | null },
): Promise<void> {
  if (!user.public_key) return;
  await db
    .insertInto('key_grants')
    .values({
      case_id: caseId,
      holder: 'staff',
      user_id: user.id,
      sealed_key: sealTo(user.public_key, caseKey),
    })
    .onConflict((oc) => oc.expression(grantIdentity).doNothing())
    .execute();
}

export type SealResult = { readers: number; sealedToUnitId: number | null };

/**
 * Seals a new case's key to its readers, the reporter and the recovery key. Returns how many
 * staff can read it, and where they sit, so that a case nobody can read yet is visible as such.
 */
export async function sealNewCase(
  db: Db,
  input: { caseId: string; caseKey: Buffer; unitId: number; kind: ReportKind; reporterKey: Buffer },
): Promise<SealResult> {
  await db
    .insertInto('key_grants')
    .values({
      case_id: input.caseId,
      holder: 'reporter',
      user_id: null,
      sealed_key: sealRecord(input.reporterKey, input.caseKey, `reporter-grant:${input.caseId}`),
    })
    .execute();

  const recovery = await recoveryPublicKey(db);
  if (recovery) {
    await db
      .insertInto('key_grants')
      .values({
        case_id: input.caseId,
        holder: 'recovery',
        user_id: null,
        sealed_key: sealTo(recovery, input.caseKey),
      })
      .execute();
  }

  return grantToUnitReaders(db, input.caseId, input.caseKey, input.unitId, input.kind);
}

/**
 * Seals a case key to the confirmed readers of a unit, or, while it has none, of the nearest
 * unit above it that has some. Used for a new case and for a case forwarded to another unit.
 */
export async function grantToUnitReaders(
  db: Db,
  caseId: string,
  caseKey: Buffer,
  unitId: number,
  kind: ReportKind,
): Promise<SealResult & { userIds: number[] }> {
  for (const unit of await ancestry(db, unitId)) {
    const readers = await confirmedReaders(db, unit.id, readerRoles(kind));
    if (readers.length === 0) continue;
    for (const reader of readers) await grantToStaff(db, caseId, caseKey, reader);
    return { readers: readers.length, sealedToUnitId: unit.id, userIds: readers.map((r) => r.id) };
  }
  return { readers: 0, sealedToUnitId: null, userIds: [] };
}

/** Opens a case key with a staff member's key pair; undefined when nothing is sealed to them. */
export async function openCaseKeyAsStaff(
  db: Db,
  caseId: string,
  user: Pick<User, 'id'>,
  pair: KeyPair,
): Promise<Buffer | undefined> {
  const grant = await db
    .selectFrom('key_grants')
    .select('sealed_key')
    .where('case_id', '=', caseId)
    .where('holder', '=', 'staff')
    .where('user_id', '=', user.id)
    .executeTakeFirst();
  return grant ? openSealed(pair, grant.sealed_key) : undefined;
}

/** The sealed key a holder has for a case, if any. */
async function sealedGrant(db: Db, caseId: string, holder: 'reporter' | 'recovery') {
  const grant = await db
    .selectFrom('key_grants')
    .select('sealed_key')
    .where('case_id', '=', caseId)
    .where('holder', '=', holder)
    .executeTakeFirst();
  return grant?.sealed_key;
}

/** Opens a case key with the key derived from the reporter's receipt. */
export async function openCaseKeyAsReporter(
  db: Db,
  caseId: string,
  reporterKey: Buffer,
): Promise<Buffer | undefined> {
  const sealed = await sealedGrant(db, caseId, 'reporter');
  if (!sealed) return undefined;
  try {
    return openRecord(reporterKey, sealed, `reporter-grant:${caseId}`);
  } catch {
    return undefined;
  }
}

/** Opens a case key with the recovery key pair (held offline, given to the CLI). */
export async function openCaseKeyWithRecovery(
  db: Db,
  caseId: string,
  pair: KeyPair,
): Promise<Buffer | undefined> {
  const sealed = await sealedGrant(db, caseId, 'recovery');
  return sealed ? openSealed(pair, sealed) : undefined;
}

export async function recoveryPublicKey(db: Db): Promise<Buffer | undefined> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('name', '=', 'recovery_public_key')
    .executeTakeFirst();
  return row ? Buffer.from(row.value, 'base64') : undefined;
}
