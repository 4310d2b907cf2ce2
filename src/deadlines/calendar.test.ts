/** The calendar deadlines are counted on: local dates, weekends, holidays, months, day ends. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parseCsv } from '../import/csv.js';
import {
  addMonths,
  addWorkdays,
  dayNumber,
  endOfLocalDay,
  holidayDayNumbers,
  isIsoDate,
  isoDate,
  isWorkday,
  localDay,
} from './calendar.js';

/** The real 2026 list, read straight from the shared data file. */
function holidays2026(): Set<string> {
  const file = path.resolve(import.meta.dirname, '../demo/data/holidays-2026.csv');
  return new Set(parseCsv(fs.readFileSync(file, 'utf8'), ['date']).map((r) => r.values.date!));
}

const day = dayNumber;
const none = new Set<number>();

describe('the deadline calendar', () => {
  it('turns ISO dates into day numbers and back, and knows real dates', () => {
    assert.equal(day('1970-01-01'), 0);
    assert.equal(isoDate(day('2026-03-20')), '2026-03-20');
    assert.equal(day('2026-03-01') - day('2026-02-28'), 1);
    assert.ok(isIsoDate('2028-02-29'));
    for (const bad of ['2026-02-29', '2026-13-01', '2026-3-20', '20-03-2026', '2026-03-20x', ''])
      assert.ok(!isIsoDate(bad), bad);
  });

  it('takes the local date of an instant in each Indonesian zone', () => {
    // 23:30 WIB on 1 March is already 2 March in WITA and WIT.
    const at = new Date('2026-03-01T16:30:00Z');
    assert.equal(isoDate(localDay(at, 'Asia/Jakarta')), '2026-03-01');
    assert.equal(isoDate(localDay(at, 'Asia/Makassar')), '2026-03-02');
    assert.equal(isoDate(localDay(at, 'Asia/Jayapura')), '2026-03-02');
  });

  it('ends a local day at 23:59:59.999 in its own zone', () => {
    const d = day('2026-03-20');
    assert.equal(endOfLocalDay(d, 'Asia/Jakarta').toISOString(), '2026-03-20T16:59:59.999Z');
    assert.equal(endOfLocalDay(d, 'Asia/Makassar').toISOString(), '2026-03-20T15:59:59.999Z');
    assert.equal(endOfLocalDay(d, 'Asia/Jayapura').toISOString(), '2026-03-20T14:59:59.999Z');
    // A zone whose offset changes during the day: Berlin moves to summer time on 29 March.
    const change = day('2026-03-29');
    assert.equal(endOfLocalDay(change, 'Europe/Berlin').toISOString(), '2026-03-29T21:59:59.999Z');
  });

  it('counts working days over a weekend', () => {
    assert.ok(!isWorkday(day('2026-01-10'), none), 'a Saturday');
    assert.ok(!isWorkday(day('2026-01-11'), none), 'a Sunday');
    assert.ok(isWorkday(day('2026-01-12'), none), 'a Monday');
    // Friday 9 January + 1 working day is Monday 12 January.
    assert.equal(isoDate(addWorkdays(day('2026-01-09'), 1, none)), '2026-01-12');
    // Thursday + 5 is the next Thursday; a Saturday + 1 is the Monday.
    assert.equal(isoDate(addWorkdays(day('2026-01-08'), 5, none)), '2026-01-15');
    assert.equal(isoDate(addWorkdays(day('2026-01-10'), 1, none)), '2026-01-12');
  });

  it('skips the real 2026 holidays around Nyepi and Idul Fitri', () => {
    const holidays = holidayDayNumbers(holidays2026());
    assert.ok(!isWorkday(day('2026-03-23'), holidays), 'cuti bersama Idul Fitri, a Monday');
    // Tuesday 17 March + 5 working days: 18–24 March are Nyepi, Idul Fitri and their leave.
    assert.equal(isoDate(addWorkdays(day('2026-03-17'), 5, none)), '2026-03-24');
    assert.equal(isoDate(addWorkdays(day('2026-03-17'), 5, holidays)), '2026-03-31');
    // New Year's Day is a Thursday in 2026.
    assert.equal(isoDate(addWorkdays(day('2025-12-31'), 1, holidays)), '2026-01-02');
  });

  it('adds months, keeping to the last day of a shorter month', () => {
    assert.equal(isoDate(addMonths(day('2026-12-15'), 3)), '2027-03-15');
    assert.equal(isoDate(addMonths(day('2026-01-31'), 1)), '2026-02-28');
    assert.equal(isoDate(addMonths(day('2028-01-31'), 1)), '2028-02-29');
    assert.equal(isoDate(addMonths(day('2026-11-30'), 3)), '2027-02-28');
    assert.equal(isoDate(addMonths(day('2026-03-31'), 12)), '2027-03-31');
  });
});
