/**
 * The calendar deadlines are counted on: local dates in a unit's time zone, calendar days,
 * months and working days (no Saturday, no Sunday, no national holiday).
 *
 * A local date is handled as a day number (days since 1970-01-01), so counting is integer
 * arithmetic; ISO text (`2026-03-20`) is used only at the edges.
 */

const dayMs = 24 * 60 * 60 * 1000;

/** Days since 1970-01-01 of an ISO date (`YYYY-MM-DD`). */
export function dayNumber(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return Math.floor(Date.UTC(year, month - 1, day) / dayMs);
}

/** The ISO date (`YYYY-MM-DD`) of a day number. */
export function isoDate(day: number): string {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}

/** Whether `text` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  return isoDate(dayNumber(text)) === text;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function partsIn(at: Date, timeZone: string): Record<string, number> {
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    dateFormats.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(at)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return parts;
}

/** The day number of the local date of `at` in `timeZone`. */
export function localDay(at: Date, timeZone: string): number {
  const p = partsIn(at, timeZone);
  return Math.floor(Date.UTC(p.year!, p.month! - 1, p.day!) / dayMs);
}

/** How far `timeZone` is ahead of UTC at `at`, in milliseconds. */
function offsetAt(at: number, timeZone: string): number {
  const p = partsIn(new Date(at), timeZone);
  const local = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return local - (at - (((at % 1000) + 1000) % 1000));
}

const endsOfDay = new Map<string, number>();

/** The last millisecond (23:59:59.999) of a local day in `timeZone`, as an instant. */
export function endOfLocalDay(day: number, timeZone: string): Date {
  const key = `${timeZone} ${day}`;
  let end = endsOfDay.get(key);
  if (end === undefined) {
    const wallClock = (day + 1) * dayMs - 1;
    const guess = wallClock - offsetAt(wallClock, timeZone);
    // Where the offset changes that day (summer time elsewhere), the guess is off by the change.
    end = wallClock - offsetAt(guess, timeZone);
    if (endsOfDay.size > 50_000) endsOfDay.clear();
    endsOfDay.set(key, end);
  }
  return new Date(end);
}

/** Monday to Friday and not a holiday. */
export function isWorkday(day: number, holidays: ReadonlySet<number>): boolean {
  const weekday = (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday; 0 is Sunday.
  return weekday !== 0 && weekday !== 6 && !holidays.has(day);
}

/** The `count`-th working day after `day` (the day itself is not counted). */
export function addWorkdays(day: number, count: number, holidays: ReadonlySet<number>): number {
  let current = day;
  let left = count;
  while (left > 0) {
    current++;
    if (isWorkday(current, holidays)) left--;
  }
  return current;
}

/**
 * The same day of the month `count` months later; the month's last day where it is shorter
 * (31 January + 1 month is 28 or 29 February).
 */
export function addMonths(day: number, count: number): number {
  const date = new Date(day * dayMs);
  const month = date.getUTCMonth() + count;
  const year = date.getUTCFullYear() + Math.floor(month / 12);
  const targetMonth = ((month % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, targetMonth + 1, 0)).getUTCDate();
  const dayOfMonth = Math.min(date.getUTCDate(), lastDay);
  return Math.floor(Date.UTC(year, targetMonth, dayOfMonth) / dayMs);
}

/** The day numbers of a set of ISO dates. */
export function holidayDayNumbers(holidays: Iterable<string>): ReadonlySet<number> {
  const days = new Set<number>();
  for (const holiday of holidays) days.add(dayNumber(holiday));
  return days;
}
