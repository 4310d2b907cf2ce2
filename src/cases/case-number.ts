/** Case numbers in the letter style of the force: WBS/0001/XII/2026/POLRESTA-BPN. */
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { Unit } from '../db/schema.js';

const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** Year and month (1–12) of an instant in a time zone. */
export function yearMonthIn(timeZone: string, at: Date): { year: number; month: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return { year: get('year'), month: get('month') };
}

/** Formats a case number; the sequence has at least four digits. */
export function formatCaseNumber(
  sequence: number,
  month: number,
  year: number,
  unitCode: string,
): string {
  return `WBS/${String(sequence).padStart(4, '0')}/${roman[month - 1]}/${year}/${unitCode}`;
}

/**
 * Takes the next number in the unit's yearly sequence. The counter row is updated in place, so
 * concurrent transactions queue on its lock and never share a number.
 */
export async function nextCaseNumber(trx: Db, unit: Unit, at: Date): Promise<string> {
  const { year, month } = yearMonthIn(unit.time_zone, at);
  const row = await trx
    .insertInto('case_sequences')
    .values({ unit_id: unit.id, year, last_value: 1 })
    .onConflict((oc) =>
      oc
        .columns(['unit_id', 'year'])
        .doUpdateSet({ last_value: sql`case_sequences.last_value + 1` }),
    )
    .returning('last_value')
    .executeTakeFirstOrThrow();
  return formatCaseNumber(row.last_value, month, year, unit.code);
}
