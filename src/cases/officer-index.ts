/**
 * A keyed index of the officers a report names, by NRP, so that a reader notices repeat
 * complaints about one officer. Only an HMAC of the normalised NRP is stored, keyed with a
 * secret outside the database: a database copy cannot list or test who was reported.
 */
import { createHmac } from 'node:crypto';
import type { Db } from '../db/database.js';
import type { ReportContent } from '../content/content-store.js';

/** The NRP as digits only, or undefined when it is too short to name anyone. */
export function normaliseNrp(nrp: string | undefined): string | undefined {
  const digits = (nrp ?? '').replace(/\D/g, '');
  return digits.length >= 6 ? digits : undefined;
}

export function officerMac(key: Buffer, nrp: string): Buffer {
  return createHmac('sha256', key).update(`nrp:${nrp}`).digest();
}

/** The MACs of the officers a report names. */
export function officerMacs(key: Buffer, report: ReportContent): Buffer[] {
  const nrps = new Set(report.subjects.map((s) => normaliseNrp(s.nrp)).filter(Boolean));
  return [...nrps].map((nrp) => officerMac(key, nrp as string));
}

/** Records the officers a case names; harmless to repeat. */
export async function indexOfficers(
  db: Db,
  key: Buffer,
  caseId: string,
  report: ReportContent,
): Promise<void> {
  const macs = officerMacs(key, report);
  if (macs.length === 0) return;
  await db
    .insertInto('officer_index')
    .values(macs.map((mac) => ({ case_id: caseId, officer_mac: mac })))
    .onConflict((oc) => oc.columns(['case_id', 'officer_mac']).doNothing())
    .execute();
}
