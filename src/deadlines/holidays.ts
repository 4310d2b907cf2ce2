/** The national holidays working-day deadlines skip: their import from CSV, and their list. */
import { sql } from 'kysely';
import { z } from 'zod';
import type { Db } from '../db/database.js';
import { AppError } from '../errors.js';
import { isMessageKey, type MessageKey } from '../i18n/catalog.js';
import { CsvError, parseCsv } from '../import/csv.js';
import { isIsoDate } from './calendar.js';

const holidayRow = z.object({
  date: z
    .string()
    .refine((d) => isIsoDate(d) && d >= '1970-01-01' && d < '2200-01-01', 'holidays.dateInvalid'),
  name: z.string().min(1, 'holidays.nameMissing').max(200, 'holidays.nameTooLong'),
});

/** The refusal of a whole file because of one line; `fields` is `{ "line.N": problem }`. */
function refused(line: number, problem: MessageKey): AppError {
  return new AppError('validation_failed', 'holidays.refused', {
    detail: `holiday import refused at line ${line}: ${problem}`,
    fields: { [`line.${line}`]: problem },
  });
}

/** The line and the problem that refused an import, from the error `importHolidays` threw. */
export function holidayImportProblem(
  error: unknown,
): { line: number; problem: MessageKey } | undefined {
  if (!(error instanceof AppError) || error.messageKey !== 'holidays.refused') return undefined;
  const [field, problem] = Object.entries(error.fields ?? {})[0] ?? [];
  const line = Number(field?.replace(/^line\./, ''));
  return problem && Number.isInteger(line) ? { line, problem } : undefined;
}

/** The first line that is not blank must name the columns `date` and `name`. */
function checkHeader(text: string): void {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const index = lines.findIndex((l) => l.trim() !== '');
  if (index < 0) throw refused(1, 'holidays.empty');
  const names = lines[index]!.split(',').map((n) => n.trim().replace(/^"|"$/g, ''));
  if (!names.includes('date') || !names.includes('name'))
    throw refused(index + 1, 'holidays.header');
}

function readRows(text: string): Array<{ day: string; name: string }> {
  checkHeader(text);
  let rows;
  try {
    rows = parseCsv(text, ['date', 'name']);
  } catch (error) {
    // The header is known to be right, so what is left is a line with too few or too many values.
    if (error instanceof CsvError) throw refused(error.line, 'holidays.valueCount');
    throw error;
  }

  const lineOf = new Map<string, number>();
  return rows.map(({ line, values }) => {
    const parsed = holidayRow.safeParse(values);
    if (!parsed.success) {
      const key = parsed.error.issues[0]!.message;
      throw refused(line, isMessageKey(key) ? key : 'holidays.dateInvalid');
    }
    if (lineOf.has(parsed.data.date)) throw refused(line, 'holidays.dateRepeated');
    lineOf.set(parsed.data.date, line);
    return { day: parsed.data.date, name: parsed.data.name };
  });
}

/**
 * Adds or renames holidays from CSV (`date,name`, dates as `YYYY-MM-DD`), all or nothing: a bad
 * line refuses the file with an AppError naming the line, and nothing is stored.
 * Returns how many lines were imported.
 */
export async function importHolidays(db: Db, csvText: string): Promise<number> {
  const rows = readRows(csvText);
  if (rows.length === 0) return 0;
  await db
    .insertInto('holidays')
    .values(rows)
    .onConflict((oc) => oc.column('day').doUpdateSet((eb) => ({ name: eb.ref('excluded.name') })))
    .execute();
  return rows.length;
}

/** Every stored holiday as an ISO date (`YYYY-MM-DD`). */
export async function loadHolidays(db: Db): Promise<Set<string>> {
  const rows = await db
    .selectFrom('holidays')
    .select(sql<string>`to_char(day, 'YYYY-MM-DD')`.as('day'))
    .execute();
  return new Set(rows.map((r) => r.day));
}
