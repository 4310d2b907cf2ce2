/** Every deadline rule, computed without a database: periods, schedules, meeting and dropping. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parseCsv } from '../import/csv.js';
import { defaultSettings, type DeadlineRules } from '../settings/settings.js';
import { isoDate, localDay } from './calendar.js';
import {
  computeDeadlines,
  deadlineStatus,
  nextOpenDeadline,
  type Deadline,
  type DeadlineFacts,
} from './deadlines.js';

function holidays2026(): Set<string> {
  const file = path.resolve(import.meta.dirname, '../demo/data/holidays-2026.csv');
  return new Set(parseCsv(fs.readFileSync(file, 'utf8'), ['date']).map((r) => r.values.date!));
}

const rules = defaultSettings.deadlines;
const noHolidays = new Set<string>();
const at = (iso: string) => new Date(iso);

/** A misconduct complaint to a WITA unit, submitted on Monday 2 March 2026 at 10:00 WITA. */
function facts(overrides: Partial<DeadlineFacts> = {}): DeadlineFacts {
  return {
    kind: 'pengaduan',
    submittedAt: at('2026-03-02T02:00:00Z'),
    timeZone: 'Asia/Makassar',
    difficulty: null,
    acknowledgedAt: null,
    progressAt: [],
    concludedAt: null,
    ...overrides,
  };
}

/** The local dates the deadlines of `kind` fall on, each checked to end its local day. */
function dueDays(ds: Deadline[], kind: Deadline['kind'], timeZone = 'Asia/Makassar'): string[] {
  return ds
    .filter((d) => d.kind === kind)
    .map((d) => {
      const local = new Intl.DateTimeFormat('en-GB', {
        timeZone,
        hourCycle: 'h23',
        timeStyle: 'medium',
      }).format(d.dueAt);
      assert.equal(`${local}.${d.dueAt.getUTCMilliseconds()}`, '23:59:59.999');
      return isoDate(localDay(d.dueAt, timeZone));
    });
}

const compute = (f: Partial<DeadlineFacts>, r: Partial<DeadlineRules> = {}, h = noHolidays) =>
  computeDeadlines(facts(f), { ...rules, ...r }, h);

describe('deadline rules', () => {
  it('by default: acknowledge in 7 days, feedback in 3 months, at the end of the local day', () => {
    const ds = compute({});
    assert.deepEqual(
      ds.map((d) => [d.kind, d.dueAt.toISOString(), d.metAt]),
      [
        ['acknowledge', '2026-03-09T15:59:59.999Z', null],
        ['feedback', '2026-06-02T15:59:59.999Z', null],
      ],
    );
  });

  it('counts each period unit: calendar days, working days and months', () => {
    const h = holidays2026();
    const from17 = { submittedAt: at('2026-03-17T01:00:00Z') };
    assert.deepEqual(
      dueDays(compute(from17, { acknowledge: { amount: 7, unit: 'days' } }, h), 'acknowledge'),
      ['2026-03-24'],
    );
    assert.deepEqual(
      dueDays(compute(from17, { acknowledge: { amount: 5, unit: 'workdays' } }, h), 'acknowledge'),
      ['2026-03-31'],
    );
    assert.deepEqual(
      dueDays(compute(from17, { acknowledge: { amount: 2, unit: 'months' } }, h), 'acknowledge'),
      ['2026-05-17'],
    );
    const endOfJanuary = { submittedAt: at('2026-01-31T05:00:00Z') };
    assert.deepEqual(
      dueDays(compute(endOfJanuary, { feedback: { amount: 1, unit: 'months' } }), 'feedback'),
      ['2026-02-28'],
    );
    assert.deepEqual(
      dueDays(compute(endOfJanuary, { feedback: { amount: 14, unit: 'workdays' } }), 'feedback'),
      ['2026-02-19'],
    );
  });

  it('schedules the progress updates of each difficulty', () => {
    const schedules: Record<string, string[]> = {
      mudah: ['2026-03-12', '2026-03-22', '2026-04-01'],
      sedang: ['2026-03-17', '2026-04-01', '2026-04-16', '2026-05-01'],
      sulit: ['2026-03-17', '2026-04-01', '2026-04-16', '2026-05-01', '2026-05-16', '2026-05-31'],
      sangat_sulit: [
        '2026-03-22',
        '2026-04-11',
        '2026-05-01',
        '2026-05-21',
        '2026-06-10',
        '2026-06-30',
      ],
    };
    for (const [difficulty, days] of Object.entries(schedules))
      assert.deepEqual(dueDays(compute({ difficulty }), 'progress'), days, difficulty);
  });

  it('counts progress days as working days when the deployment says so', () => {
    const workdays = { progressUnit: 'workdays' as const };
    // From Monday 2 March: the 20th working day falls after the Nyepi and Idul Fitri holidays.
    assert.deepEqual(dueDays(compute({ difficulty: 'mudah' }, workdays), 'progress'), [
      '2026-03-16',
      '2026-03-30',
      '2026-04-13',
    ]);
    assert.deepEqual(
      dueDays(compute({ difficulty: 'mudah' }, workdays, holidays2026()), 'progress'),
      ['2026-03-16', '2026-04-07', '2026-04-21'],
    );
  });

  it('owes no progress update before a difficulty is assessed, or for one it does not know', () => {
    assert.deepEqual(dueDays(compute({ difficulty: null }), 'progress'), []);
    assert.deepEqual(dueDays(compute({ difficulty: 'aneh' }), 'progress'), []);
  });

  it('orders deadlines by when they are due, acknowledgement first on a tie', () => {
    const ds = compute({ difficulty: 'sangat_sulit' });
    const order = ds.map((d) => d.kind[0]).join('');
    assert.equal(order, 'appppfpp');
    const times = ds.map((d) => d.dueAt.getTime());
    assert.deepEqual(
      times,
      [...times].sort((a, b) => a - b),
    );
    const tie = compute({ difficulty: 'mudah' }, { acknowledge: { amount: 10, unit: 'days' } });
    assert.equal(tie[0]!.kind, 'acknowledge');
    assert.equal(tie[1]!.dueAt.getTime(), tie[0]!.dueAt.getTime());
  });

  it('is met by the acknowledgement, in time or late, and open without one', () => {
    const now = at('2026-03-20T00:00:00Z');
    const ack = (acknowledgedAt: Date | null) => compute({ acknowledgedAt })[0]!;
    const inTime = ack(at('2026-03-04T03:00:00Z'));
    assert.equal(inTime.metAt?.toISOString(), '2026-03-04T03:00:00.000Z');
    assert.equal(deadlineStatus(inTime, now, 48), 'met');
    assert.equal(
      deadlineStatus(ack(at('2026-03-09T15:00:00Z')), now, 48),
      'met',
      'on the last day',
    );
    assert.equal(
      deadlineStatus(ack(at('2026-03-09T16:00:00Z')), now, 48),
      'late_met',
      'past midnight WITA',
    );
    assert.equal(deadlineStatus(ack(null), now, 48), 'overdue');
  });

  it('is met by the conclusion for the feedback', () => {
    const concludedAt = at('2026-05-01T07:00:00Z');
    const feedback = compute({ concludedAt }).find((d) => d.kind === 'feedback')!;
    assert.equal(feedback.metAt, concludedAt);
    assert.equal(deadlineStatus(feedback, at('2026-07-01T00:00:00Z'), 48), 'met');
    const late = compute({ concludedAt: at('2026-06-03T01:00:00Z') }).find(
      (d) => d.kind === 'feedback',
    )!;
    assert.equal(deadlineStatus(late, at('2026-07-01T00:00:00Z'), 48), 'late_met');
  });

  it('meets the k-th progress deadline with the k-th update, early or late', () => {
    const early = at('2026-03-10T02:00:00Z');
    const late = at('2026-04-05T02:00:00Z');
    // Given out of order: the function orders the updates itself.
    const ds = compute({ difficulty: 'sedang', progressAt: [late, early] }).filter(
      (d) => d.kind === 'progress',
    );
    assert.deepEqual(
      ds.map((d) => d.metAt),
      [early, late, null, null],
    );
    const now = at('2026-04-20T00:00:00Z');
    assert.deepEqual(
      ds.map((d) => deadlineStatus(d, now, 48)),
      ['met', 'late_met', 'overdue', 'upcoming'],
    );
  });

  it('drops the unmet progress deadlines that fall after the conclusion', () => {
    const concludedAt = at('2026-04-20T03:00:00Z');
    const sedang = compute({
      difficulty: 'sedang',
      progressAt: [at('2026-03-16T02:00:00Z'), at('2026-04-18T02:00:00Z')],
      concludedAt,
    });
    // Due 17 Mar (met), 1 Apr (met late), 16 Apr (missed before the end: kept), 1 May (dropped).
    assert.deepEqual(dueDays(sedang, 'progress'), ['2026-03-17', '2026-04-01', '2026-04-16']);
    assert.equal(sedang.at(-1)!.kind, 'feedback');

    const sent = ['2026-03-10', '2026-03-25', '2026-04-15', '2026-04-19'].map((d) =>
      at(`${d}T02:00:00Z`),
    );
    const sulit = compute({ difficulty: 'sulit', progressAt: sent, concludedAt });
    // The 4th update came before the end though it was due on 1 May: that deadline stays, met.
    assert.deepEqual(dueDays(sulit, 'progress'), [
      '2026-03-17',
      '2026-04-01',
      '2026-04-16',
      '2026-05-01',
    ]);
    assert.equal(sulit.filter((d) => d.kind === 'progress').at(-1)!.metAt, sent[3]);
  });

  it('gives appreciation only the acknowledgement', () => {
    const ds = compute({
      kind: 'apresiasi',
      difficulty: 'sulit',
      acknowledgedAt: at('2026-03-03T01:00:00Z'),
      concludedAt: at('2026-03-05T01:00:00Z'),
    });
    assert.deepEqual(
      ds.map((d) => d.kind),
      ['acknowledge'],
    );
    assert.equal(ds[0]!.metAt?.toISOString(), '2026-03-03T01:00:00.000Z');
  });

  it('treats a quick complaint as a complaint', () => {
    const ds = compute({ kind: 'pengaduan_cepat', difficulty: 'mudah' });
    assert.deepEqual(
      ds.map((d) => d.kind),
      ['acknowledge', 'progress', 'progress', 'progress', 'feedback'],
    );
  });

  it('ends each day in the zone of the case: WIB and WIT units, the same submission', () => {
    const morning = at('2026-03-02T02:00:00Z'); // 09:00 WIB, 11:00 WIT: 2 March in both
    const wib = compute({ submittedAt: morning, timeZone: 'Asia/Jakarta' })[0]!;
    const wit = compute({ submittedAt: morning, timeZone: 'Asia/Jayapura' })[0]!;
    assert.equal(wib.dueAt.toISOString(), '2026-03-09T16:59:59.999Z');
    assert.equal(wit.dueAt.toISOString(), '2026-03-09T14:59:59.999Z');

    const lateEvening = at('2026-03-01T16:30:00Z'); // 23:30 WIB on 1 March, 01:30 WIT on 2 March
    assert.equal(
      compute({ submittedAt: lateEvening, timeZone: 'Asia/Jakarta' })[0]!.dueAt.toISOString(),
      '2026-03-08T16:59:59.999Z',
    );
    assert.equal(
      compute({ submittedAt: lateEvening, timeZone: 'Asia/Jayapura' })[0]!.dueAt.toISOString(),
      '2026-03-09T14:59:59.999Z',
    );
  });

  it('moves a working-day deadline when the holiday list changes', () => {
    const workdays = { acknowledge: { amount: 5, unit: 'workdays' as const } };
    const before = compute({ submittedAt: at('2026-03-17T01:00:00Z') }, workdays, noHolidays);
    const after = compute({ submittedAt: at('2026-03-17T01:00:00Z') }, workdays, holidays2026());
    assert.deepEqual(dueDays(before, 'acknowledge'), ['2026-03-24']);
    assert.deepEqual(dueDays(after, 'acknowledge'), ['2026-03-31']);
  });
});

describe('deadline status', () => {
  const d: Deadline = { kind: 'acknowledge', dueAt: at('2026-03-09T15:59:59.999Z'), metAt: null };

  it('is upcoming, then due soon within the reminder window, then overdue', () => {
    assert.equal(deadlineStatus(d, at('2026-03-01T00:00:00Z'), 48), 'upcoming');
    assert.equal(deadlineStatus(d, at('2026-03-07T15:59:59.998Z'), 48), 'upcoming');
    assert.equal(deadlineStatus(d, at('2026-03-07T15:59:59.999Z'), 48), 'due_soon');
    assert.equal(deadlineStatus(d, at('2026-03-09T15:59:59.999Z'), 48), 'due_soon');
    assert.equal(deadlineStatus(d, at('2026-03-09T16:00:00Z'), 48), 'overdue');
    assert.equal(deadlineStatus(d, at('2026-03-09T10:00:00Z'), 1), 'upcoming');
  });

  it('is met or met late once done, whatever the time now', () => {
    const now = at('2030-01-01T00:00:00Z');
    assert.equal(deadlineStatus({ ...d, metAt: d.dueAt }, now, 48), 'met');
    assert.equal(deadlineStatus({ ...d, metAt: at('2026-03-09T16:00:00Z') }, now, 48), 'late_met');
  });

  it('names the earliest deadline still open', () => {
    const ds = compute({
      difficulty: 'mudah',
      acknowledgedAt: at('2026-03-03T00:00:00Z'),
      progressAt: [at('2026-03-11T00:00:00Z')],
    });
    assert.equal(dueDays([nextOpenDeadline(ds)!], 'progress')[0], '2026-03-22');
    assert.equal(nextOpenDeadline([...ds].reverse()), nextOpenDeadline(ds));
    assert.equal(nextOpenDeadline(ds.map((x) => ({ ...x, metAt: x.dueAt }))), undefined);
    assert.equal(nextOpenDeadline([]), undefined);
  });
});
