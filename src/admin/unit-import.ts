/**
 * Importing units from the back office: the administrator's own units only, problems named by
 * line in the administrator's language, progress reported as the rows go in.
 */
import type { Db } from '../db/database.js';
import { CsvError, parseCsv } from '../import/csv.js';
import type { MessageKey, T } from '../i18n/catalog.js';

const columns = ['code', 'name', 'type', 'parent', 'time_zone', 'has_propam'];

/**
 * Refuses a file that would add or change a unit outside the administrator's units: each row
 * must be a unit already in `scope`, or a new one whose parent is (in the file or stored). The
 * administrator's own unit may appear, but not move. Problems of form are left to the import.
 */
export async function checkImportScope(
  db: Db,
  scope: number[],
  ownUnitId: number,
  text: string,
): Promise<void> {
  let rows;
  try {
    rows = parseCsv(text, columns);
  } catch {
    return;
  }
  const stored = await db.selectFrom('units').select(['id', 'code', 'parent_id']).execute();
  const byCode = new Map(stored.map((u) => [u.code, u]));
  const codeOf = new Map(stored.map((u) => [u.id, u.code]));
  const inFile = new Map(rows.map((r) => [r.values.code!, r.values]));
  const allowed = new Map<string, boolean>();

  const parentAllowed = (parent: string): boolean => {
    if (!parent) return false;
    if (inFile.has(parent)) return rowAllowed(parent);
    const unit = byCode.get(parent);
    // An unknown parent is the import's to report, with its own message.
    return unit === undefined || scope.includes(unit.id);
  };
  const rowAllowed = (code: string): boolean => {
    const known = allowed.get(code);
    if (known !== undefined) return known;
    // A loop among new rows is the import's to report; it refuses the whole file anyway.
    allowed.set(code, true);
    const parent = inFile.get(code)!.parent ?? '';
    const unit = byCode.get(code);
    let ok: boolean;
    if (unit?.id === ownUnitId) ok = parent === (codeOf.get(unit.parent_id ?? -1) ?? '');
    else if (unit) ok = scope.includes(unit.id) && parentAllowed(parent);
    else ok = parentAllowed(parent);
    allowed.set(code, ok);
    return ok;
  };

  for (const row of rows) {
    const code = row.values.code!;
    if (!rowAllowed(code)) throw new CsvError(row.line, `unit ${code} is outside your units`);
  }
}

/** The problems `importUnits` and the CSV reader name, and how the page says them. */
const problems: Array<[RegExp, MessageKey, string[]]> = [
  [/^code must/, 'units.problem.code', []],
  [/^name is empty/, 'units.problem.name', []],
  [/^Too big/, 'units.problem.nameLong', []],
  [/^type must/, 'units.problem.type', []],
  [/^time_zone/, 'units.problem.timeZone', []],
  [/^has_propam/, 'units.problem.hasPropam', []],
  [/^parent (\S+) is neither/, 'units.problem.parentUnknown', ['parent']],
  [/^a unit cannot be its own parent/, 'units.problem.ownParent', []],
  [/^the parents of (\S+) form a loop/, 'units.problem.loop', ['code']],
  [/^the file is empty/, 'units.problem.empty', []],
  [/^missing column\(s\): (.*)$/, 'units.problem.columns', ['columns']],
  [/^expected (\d+) values, found (\d+)/, 'units.problem.count', ['expected', 'found']],
  [/^unit (\S+) is outside your units/, 'units.problem.outsideScope', ['code']],
];

/** An import problem as the administrator reads it: "Baris 7: …". */
export function describeImportProblem(t: T, error: CsvError): string {
  let text = t('units.problem.other', { problem: error.problem });
  for (const [pattern, key, names] of problems) {
    const match = pattern.exec(error.problem);
    if (!match) continue;
    text = t(key, Object.fromEntries(names.map((name, i) => [name, match[i + 1]!])));
    break;
  }
  return error.line > 0 ? t('units.line', { line: error.line, problem: text }) : text;
}

/** Reads an uploaded file as UTF-8 text, or undefined when it is not text. */
export function decodeUpload(data: Buffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return undefined;
  }
}
