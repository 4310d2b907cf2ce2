/** The units an appreciation can be sent to, grouped by region for a select list. */
import type { Db } from '../db/database.js';

export type UnitChoice = { code: string; name: string; depth: number };
/** One region (a Polda, or the top of the tree with the units right under it). */
export type UnitGroup = { name: string; units: UnitChoice[] };

type Row = { id: number; code: string; name: string; parent_id: number | null };

/**
 * Every unit, in tree order, grouped under the regions below the top unit. The region of
 * `channelUnitId` comes first: the unit a reporter means is most often close to the room.
 */
export async function unitChoices(db: Db, channelUnitId: number): Promise<UnitGroup[]> {
  const rows: Row[] = await db
    .selectFrom('units')
    .select(['id', 'code', 'name', 'parent_id'])
    .orderBy('code')
    .execute();
  const children = new Map<number | null, Row[]>();
  for (const row of rows) {
    const siblings = children.get(row.parent_id) ?? [];
    siblings.push(row);
    children.set(row.parent_id, siblings);
  }

  const walk = (row: Row, depth: number, into: UnitChoice[], seen: Set<number>) => {
    if (seen.has(row.id)) return;
    seen.add(row.id);
    into.push({ code: row.code, name: row.name, depth });
    for (const child of children.get(row.id) ?? []) walk(child, depth + 1, into, seen);
  };

  const seen = new Set<number>();
  const groups: Array<UnitGroup & { ids: Set<number> }> = [];
  for (const top of children.get(null) ?? []) {
    const regions = children.get(top.id) ?? [];
    const topGroup = { name: top.name, units: [] as UnitChoice[], ids: new Set<number>() };
    seen.add(top.id);
    topGroup.units.push({ code: top.code, name: top.name, depth: 0 });
    groups.push(topGroup);
    for (const region of regions) {
      const units: UnitChoice[] = [];
      const before = new Set(seen);
      walk(region, 0, units, seen);
      const ids = new Set([...seen].filter((id) => !before.has(id)));
      if ((children.get(region.id) ?? []).length) groups.push({ name: region.name, units, ids });
      else {
        // A leaf right under the top (a national body) stays with the top unit.
        topGroup.units.push(...units.map((u) => ({ ...u, depth: 1 })));
        for (const id of ids) topGroup.ids.add(id);
      }
    }
  }

  const home = groups.findIndex((g) => g.ids.has(channelUnitId));
  if (home > 0) groups.unshift(...groups.splice(home, 1));
  return groups.map(({ name, units }) => ({ name, units }));
}
