/** The organisation tree: units, their import, and the chain of ancestors a report climbs. */
import { sql } from 'kysely';
import { z } from 'zod';
import type { Db } from '../db/database.js';
import type { Unit } from '../db/schema.js';
import { CsvError, parseCsv } from '../import/csv.js';

const timeZones = new Set(Intl.supportedValuesOf('timeZone'));

const unitRow = z.object({
  code: z
    .string()
    .regex(/^[A-Z0-9][A-Z0-9-]{0,59}$/, 'code must be up to 60 capital letters, digits and dashes'),
  name: z.string().min(1, 'name is empty').max(200),
  type: z.string().regex(/^[a-z_]{2,30}$/, 'type must be a lowercase word such as polres'),
  parent: z.string(),
  time_zone: z.string().refine((tz) => timeZones.has(tz), 'time_zone is not an IANA time zone'),
  has_propam: z.enum(['true', 'false'], 'has_propam must be true or false'),
});

/**
 * Upserts units from CSV (`code,name,type,parent,time_zone,has_propam`) by code, all or
 * nothing. A parent may be a unit already stored or one further down the same file.
 */
export async function importUnits(
  db: Db,
  text: string,
  onProgress?: (done: number, total: number) => void,
): Promise<number> {
  const rows = parseCsv(text, Object.keys(unitRow.shape)).map(({ line, values }) => {
    const parsed = unitRow.safeParse(values);
    if (!parsed.success) throw new CsvError(line, parsed.error.issues[0]!.message);
    return { line, ...parsed.data };
  });

  const codes = new Set(rows.map((r) => r.code));
  await db.transaction().execute(async (trx) => {
    const known = new Set(
      (await trx.selectFrom('units').select('code').execute()).map((u) => u.code),
    );
    for (const row of rows) {
      if (row.parent && !codes.has(row.parent) && !known.has(row.parent)) {
        throw new CsvError(row.line, `parent ${row.parent} is neither in the file nor stored`);
      }
      if (row.parent === row.code) throw new CsvError(row.line, 'a unit cannot be its own parent');
    }

    let done = 0;
    for (const row of rows) {
      const values = {
        code: row.code,
        name: row.name,
        type: row.type,
        time_zone: row.time_zone,
        has_propam: row.has_propam === 'true',
      };
      await trx
        .insertInto('units')
        .values(values)
        .onConflict((oc) => oc.column('code').doUpdateSet(values))
        .execute();
      onProgress?.(++done, rows.length * 2);
    }
    for (const row of rows) {
      const parentId = row.parent
        ? trx.selectFrom('units').select('id').where('code', '=', row.parent)
        : null;
      await trx
        .updateTable('units')
        .set({ parent_id: parentId })
        .where('code', '=', row.code)
        .execute();
      onProgress?.(++done, rows.length * 2);
    }
    await assertNoCycle(trx);
  });
  return rows.length;
}

async function assertNoCycle(db: Db): Promise<void> {
  const result = await sql<{ code: string }>`
    with recursive walk(id, start, depth) as (
      select id, id, 0 from units
      union all
      select u.parent_id, w.start, w.depth + 1 from walk w join units u on u.id = w.id
      where u.parent_id is not null and w.depth < 64
    )
    select u.code from walk w join units u on u.id = w.start where w.depth >= 64 limit 1
  `.execute(db);
  const code = result.rows[0]?.code;
  if (code) throw new CsvError(0, `the parents of ${code} form a loop`);
}

/** Finds a unit by its code, matched without regard to case. */
export async function findUnitByCode(db: Db, code: string): Promise<Unit | undefined> {
  return db
    .selectFrom('units')
    .selectAll()
    .where('code', '=', code.toUpperCase())
    .executeTakeFirst();
}

/** The unit and its ancestors, nearest first. */
export async function ancestry(db: Db, unitId: number): Promise<Unit[]> {
  const result = await sql<Unit & { depth: number }>`
    with recursive chain as (
      select u.*, 0 as depth from units u where u.id = ${unitId}
      union all
      select p.*, c.depth + 1 from units p join chain c on p.id = c.parent_id where c.depth < 64
    )
    select id, code, name, type, parent_id, time_zone, has_propam, depth from chain order by depth
  `.execute(db);
  return result.rows;
}

/** The ids of a unit and every unit below it. */
export async function unitAndDescendants(db: Db, unitId: number): Promise<number[]> {
  const result = await sql<{ id: number }>`
    with recursive tree as (
      select id, 0 as depth from units where id = ${unitId}
      union all
      select u.id, t.depth + 1 from units u join tree t on u.parent_id = t.id where t.depth < 64
    )
    select id from tree
  `.execute(db);
  return result.rows.map((r) => r.id);
}
