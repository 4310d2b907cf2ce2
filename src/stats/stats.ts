/**
 * Statistics of a unit's cases, from metadata only (kind, category, state, outcome, dates and
 * deadlines): never anything a reporter or a handler wrote, so nothing here needs a key.
 */
import { z } from 'zod';
import type { AppContext } from '../app-context.js';
import { appreciationStates, complaintStates } from '../cases/states.js';
import type { ReportKind, Unit, User } from '../db/schema.js';
import { isIsoDate } from '../deadlines/calendar.js';
import { deadlinesOf, type Deadline } from '../deadlines/deadlines.js';
import { AppError, forbidden } from '../errors.js';
import { findUnitByCode, unitAndDescendants } from '../org/units.js';
import { validate } from '../validation.js';
import { endOfDay, startOfDay } from './days.js';

export const kinds: ReportKind[] = ['pengaduan', 'pengaduan_cepat', 'apresiasi'];
/** Every state a case can be in, complaints' first. */
export const states = [...new Set<string>([...complaintStates, ...appreciationStates])];

export type Counts = {
  total: number;
  byKind: Record<ReportKind, number>;
  /** Misconduct categories that occur; appreciation has none. */
  byCategory: Record<string, number>;
  byState: Record<string, number>;
  /** Outcomes of concluded complaints. */
  byOutcome: Record<string, number>;
  /** Concluded cases whose reporter had the outcome within the feedback deadline, or not. */
  feedback: { onTime: number; late: number };
  /** Cases not yet concluded, and of those the ones past a deadline not met. */
  open: number;
  overdue: number;
  appreciations: number;
};

export type UnitStats = { code: string; name: string; counts: Counts };

export type Statistics = {
  unit: { code: string; name: string; timeZone: string };
  descendants: boolean;
  /** The period, as the days asked for (in the unit's time zone); null is open-ended. */
  from: string | null;
  to: string | null;
  total: Counts;
  /** The unit asked for first, then each unit below it that has cases in the period. */
  units: UnitStats[];
};

/** Roles that see statistics, and whether they also see the units below their own. */
const scopeOf: Partial<Record<User['role'], 'unit' | 'tree'>> = {
  triase: 'unit',
  pimpinan: 'tree',
  auditor: 'tree',
  admin: 'tree',
};

/** Whether a role may see statistics at all (for the link in the header). */
export function seesStatistics(role: User['role']): boolean {
  return scopeOf[role] !== undefined;
}

const day = z
  .string()
  .trim()
  .optional()
  .transform((v) => v || undefined)
  .refine((v) => v === undefined || isIsoDate(v), 'field.dateInvalid');

export const statsQuerySchema = z
  .object({
    unit: z
      .string()
      .trim()
      .max(60, 'field.unitNotListed')
      .optional()
      .transform((v) => v || undefined),
    descendants: z
      .union([z.boolean(), z.string()])
      .optional()
      .transform((v) => v === true || v === 'true' || v === '1' || v === 'on'),
    from: day,
    to: day,
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    path: ['to'],
    message: 'field.periodReversed',
  });

export type StatsQuery = z.input<typeof statsQuerySchema>;

/**
 * The units whose statistics `user` may see: their own, and for a `pimpinan`, `auditor` or
 * `admin` every unit below it too. Other roles are refused with 403.
 */
export async function statisticsScope(ctx: AppContext, user: User): Promise<number[]> {
  const scope = scopeOf[user.role];
  if (!scope) throw forbidden(`role ${user.role} does not see statistics`);
  return scope === 'tree' ? unitAndDescendants(ctx.db, user.unit_id) : [user.unit_id];
}

/** The statistics of a unit (and the units below it), for the period asked. */
export async function unitStatistics(
  ctx: AppContext,
  user: User,
  input: StatsQuery,
  now = new Date(),
): Promise<Statistics> {
  const query = validate(statsQuerySchema, input);
  const scope = await statisticsScope(ctx, user);
  const unit = await chosenUnit(ctx, user, query.unit, scope);

  const ids = query.descendants
    ? (await unitAndDescendants(ctx.db, unit.id)).filter((id) => scope.includes(id))
    : [unit.id];
  const from = query.from ? startOfDay(query.from, unit.time_zone) : undefined;
  const to = query.to ? endOfDay(query.to, unit.time_zone) : undefined;

  const rows = await casesOf(ctx, ids, from, to);
  const deadlines = await deadlinesOf(
    ctx.db,
    rows.map((r) => r.id),
  );

  const perUnit = new Map<number, Counts>([[unit.id, emptyCounts()]]);
  const total = emptyCounts();
  for (const row of rows) {
    let counts = perUnit.get(row.unit_id);
    if (!counts) perUnit.set(row.unit_id, (counts = emptyCounts()));
    const due = deadlines.get(row.id) ?? [];
    for (const target of [counts, total]) countCase(target, row, due, now);
  }

  const names = await ctx.db
    .selectFrom('units')
    .select(['id', 'code', 'name'])
    .where('id', 'in', [...perUnit.keys()])
    .execute();
  const byId = new Map(names.map((n) => [n.id, n]));
  const units = [...perUnit.entries()]
    .map(([id, counts]) => ({ code: byId.get(id)!.code, name: byId.get(id)!.name, counts }))
    .sort((a, b) =>
      a.code === unit.code ? -1 : b.code === unit.code ? 1 : a.code.localeCompare(b.code),
    );

  return {
    unit: { code: unit.code, name: unit.name, timeZone: unit.time_zone },
    descendants: query.descendants,
    from: query.from ?? null,
    to: query.to ?? null,
    total,
    units,
  };
}

async function chosenUnit(
  ctx: AppContext,
  user: User,
  code: string | undefined,
  scope: number[],
): Promise<Unit> {
  const unit = code
    ? await findUnitByCode(ctx.db, code)
    : await ctx.db
        .selectFrom('units')
        .selectAll()
        .where('id', '=', user.unit_id)
        .executeTakeFirst();
  if (!unit) {
    throw new AppError('validation_failed', 'error.validation', {
      fields: { unit: 'field.unitNotListed' },
    });
  }
  if (!scope.includes(unit.id)) throw forbidden(`unit ${unit.code} is outside the caller's scope`);
  return unit;
}

type CaseRow = {
  id: string;
  unit_id: number;
  kind: ReportKind;
  category: string | null;
  state: string;
  outcome: string | null;
};

/** The metadata of the cases routed to `unitIds`, submitted within the period. */
async function casesOf(ctx: AppContext, unitIds: number[], from?: Date, to?: Date) {
  let query = ctx.db
    .selectFrom('cases')
    .select(['id', 'unit_id', 'kind', 'category', 'state', 'outcome'])
    .where('unit_id', 'in', unitIds);
  if (from) query = query.where('submitted_at', '>=', from);
  if (to) query = query.where('submitted_at', '<', to);
  return (await query.execute()) as CaseRow[];
}

function emptyCounts(): Counts {
  return {
    total: 0,
    byKind: { pengaduan: 0, pengaduan_cepat: 0, apresiasi: 0 },
    byCategory: {},
    byState: Object.fromEntries(states.map((s) => [s, 0])),
    byOutcome: {},
    feedback: { onTime: 0, late: 0 },
    open: 0,
    overdue: 0,
    appreciations: 0,
  };
}

function countCase(counts: Counts, row: CaseRow, deadlines: Deadline[], now: Date) {
  const add = (into: Record<string, number>, key: string) => {
    into[key] = (into[key] ?? 0) + 1;
  };

  counts.total++;
  counts.byKind[row.kind]++;
  if (row.kind === 'apresiasi') counts.appreciations++;
  if (row.category) add(counts.byCategory, row.category);
  add(counts.byState, row.state);
  if (row.outcome) add(counts.byOutcome, row.outcome);

  if (row.state === 'selesai') {
    const feedback = deadlines.find((d) => d.kind === 'feedback');
    if (feedback) {
      const onTime = feedback.metAt !== null && feedback.metAt <= feedback.dueAt;
      counts.feedback[onTime ? 'onTime' : 'late']++;
    }
    return;
  }
  counts.open++;
  if (deadlines.some((d) => d.metAt === null && d.dueAt < now)) counts.overdue++;
}
