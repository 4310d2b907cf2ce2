/**
 * A case's deadlines: the acknowledgement, the progress updates to the reporter (SP2HP, on the
 * schedule of the case's difficulty) and the feedback on the outcome. They are computed from
 * the deployment's rules each time they are read, never stored, so a change of rules or a
 * holiday list imported later corrects every open case at once.
 */
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { ReportKind } from '../db/schema.js';
import {
  difficulties,
  getSettings,
  type DeadlineRules,
  type Difficulty,
  type Period,
} from '../settings/settings.js';
import { addMonths, addWorkdays, endOfLocalDay, holidayDayNumbers, localDay } from './calendar.js';
import { loadHolidays } from './holidays.js';

export type DeadlineKind = 'acknowledge' | 'progress' | 'feedback';

/** When something is due, and when it was done (null while it is not). */
export type Deadline = { kind: DeadlineKind; dueAt: Date; metAt: Date | null };

/** What a case's deadlines depend on. */
export type DeadlineFacts = {
  kind: ReportKind;
  /** Stored to the hour. */
  submittedAt: Date;
  /** The IANA zone of the case's unit: its local date is where counting starts. */
  timeZone: string;
  /** `mudah`, `sedang`, `sulit` or `sangat_sulit`; null before the assessment. */
  difficulty: string | null;
  /** The first reply to the reporter or the first move out of `diterima`. */
  acknowledgedAt: Date | null;
  /** When each progress update (SP2HP) was sent to the reporter. */
  progressAt: Date[];
  concludedAt: Date | null;
};

export type DeadlineStatus = 'met' | 'late_met' | 'overdue' | 'due_soon' | 'upcoming';

/**
 * The deadlines of one case, earliest first. Each is due at the end of its local day in the
 * case's zone; counting starts from the local date of the submission.
 *
 * @example
 * computeDeadlines(facts, (await getSettings(db)).deadlines, await loadHolidays(db))
 */
export function computeDeadlines(
  facts: DeadlineFacts,
  rules: DeadlineRules,
  holidays: ReadonlySet<string>,
): Deadline[] {
  return deadlinesFor(facts, rules, holidayDayNumbers(holidays));
}

function deadlinesFor(
  facts: DeadlineFacts,
  rules: DeadlineRules,
  holidays: ReadonlySet<number>,
): Deadline[] {
  const start = localDay(facts.submittedAt, facts.timeZone);
  const acknowledge: Deadline = {
    kind: 'acknowledge',
    dueAt: endOfLocalDay(addPeriod(start, rules.acknowledge, holidays), facts.timeZone),
    metAt: facts.acknowledgedAt,
  };
  // Appreciation is passed on, not investigated: nothing to report progress or an outcome on.
  if (facts.kind === 'apresiasi') return [acknowledge];

  const feedback: Deadline = {
    kind: 'feedback',
    dueAt: endOfLocalDay(addPeriod(start, rules.feedback, holidays), facts.timeZone),
    metAt: facts.concludedAt,
  };
  const progress = progressDeadlines(facts, rules, start, holidays);
  // A stable sort: deadlines due the same moment keep the order acknowledge, progress, feedback.
  return [acknowledge, ...progress, feedback].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

function addPeriod(day: number, period: Period, holidays: ReadonlySet<number>): number {
  switch (period.unit) {
    case 'days':
      return day + period.amount;
    case 'workdays':
      return addWorkdays(day, period.amount, holidays);
    case 'months':
      return addMonths(day, period.amount);
  }
}

function isDifficulty(value: string | null): value is Difficulty {
  return (difficulties as readonly string[]).includes(value ?? '');
}

/** The k-th update meets the k-th deadline, whenever it was sent. */
function progressDeadlines(
  facts: DeadlineFacts,
  rules: DeadlineRules,
  start: number,
  holidays: ReadonlySet<number>,
): Deadline[] {
  if (!isDifficulty(facts.difficulty)) return [];
  const days = [...new Set(rules.progress[facts.difficulty])].sort((a, b) => a - b);
  const sent = [...facts.progressAt].sort((a, b) => a.getTime() - b.getTime());

  const deadlines: Deadline[] = [];
  days.forEach((count, k) => {
    const day =
      rules.progressUnit === 'workdays' ? addWorkdays(start, count, holidays) : start + count;
    const dueAt = endOfLocalDay(day, facts.timeZone);
    const metAt = sent[k] ?? null;
    // Once concluded, no update is owed for what would have come after.
    if (!metAt && facts.concludedAt && dueAt > facts.concludedAt) return;
    deadlines.push({ kind: 'progress', dueAt, metAt });
  });
  return deadlines;
}

/**
 * Where a deadline stands at `now`: met in time or late, or still open and overdue, due within
 * `remindHoursBefore` hours, or further off.
 */
export function deadlineStatus(d: Deadline, now: Date, remindHoursBefore: number): DeadlineStatus {
  if (d.metAt) return d.metAt.getTime() <= d.dueAt.getTime() ? 'met' : 'late_met';
  const left = d.dueAt.getTime() - now.getTime();
  if (left < 0) return 'overdue';
  return left <= remindHoursBefore * 60 * 60 * 1000 ? 'due_soon' : 'upcoming';
}

/** The earliest deadline not yet met, if any. */
export function nextOpenDeadline(ds: Deadline[]): Deadline | undefined {
  let next: Deadline | undefined;
  for (const d of ds) {
    if (!d.metAt && (!next || d.dueAt < next.dueAt)) next = d;
  }
  return next;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The deadlines of many cases, by case id, in one query per table whatever their number.
 * Ids of cases that do not exist are left out of the map.
 */
export async function deadlinesOf(db: Db, caseIds: string[]): Promise<Map<string, Deadline[]>> {
  const result = new Map<string, Deadline[]>();
  // An id that is no UUID names no case, and would fail the cast below.
  const ids = [...new Set(caseIds)].filter((id) => uuidPattern.test(id));
  if (ids.length === 0) return result;

  // One array parameter rather than one per id: a few thousand ids stay one short statement.
  const idList = sql<string[]>`cast(${ids} as uuid[])`;
  const [cases, updates, settings, holidays] = await Promise.all([
    db
      .selectFrom('cases')
      .innerJoin('units', 'units.id', 'cases.unit_id')
      .select([
        'cases.id',
        'cases.kind',
        'cases.submitted_at',
        'cases.difficulty',
        'cases.acknowledged_at',
        'cases.concluded_at',
        'units.time_zone',
      ])
      .where(sql<boolean>`cases.id = any(${idList})`)
      .execute(),
    db
      .selectFrom('messages')
      .select(['case_id', 'created_at'])
      .where('kind', '=', 'progress')
      .where(sql<boolean>`case_id = any(${idList})`)
      .orderBy('created_at')
      .orderBy('seq')
      .execute(),
    getSettings(db),
    loadHolidays(db),
  ]);

  const progressAt = new Map<string, Date[]>();
  for (const update of updates) {
    const times = progressAt.get(update.case_id);
    if (times) times.push(update.created_at);
    else progressAt.set(update.case_id, [update.created_at]);
  }

  const holidayDays = holidayDayNumbers(holidays);
  for (const row of cases) {
    const facts: DeadlineFacts = {
      kind: row.kind,
      submittedAt: row.submitted_at,
      timeZone: row.time_zone,
      difficulty: row.difficulty,
      acknowledgedAt: row.acknowledged_at,
      progressAt: progressAt.get(row.id) ?? [],
      concludedAt: row.concluded_at,
    };
    result.set(row.id, deadlinesFor(facts, settings.deadlines, holidayDays));
  }
  return result;
}
