import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatCaseNumber, yearMonthIn } from './case-number.js';

describe('case number', () => {
  it('is WBS/sequence/Roman month/year/unit with at least four digits', () => {
    assert.equal(formatCaseNumber(1, 12, 2026, 'POLRESTA-BPN'), 'WBS/0001/XII/2026/POLRESTA-BPN');
    assert.equal(formatCaseNumber(42, 1, 2026, 'POLRESTA-BPN'), 'WBS/0042/I/2026/POLRESTA-BPN');
    assert.equal(
      formatCaseNumber(12345, 4, 2027, 'POLDA-KALTIM'),
      'WBS/12345/IV/2027/POLDA-KALTIM',
    );
  });

  it('takes month and year in the unit’s time zone', () => {
    const newYearInWita = new Date('2026-12-31T16:30:00Z'); // 00:30 on 1 January in UTC+8
    assert.deepEqual(yearMonthIn('Asia/Makassar', newYearInWita), { year: 2027, month: 1 });
    assert.deepEqual(yearMonthIn('Asia/Jakarta', newYearInWita), { year: 2026, month: 12 });
    assert.deepEqual(yearMonthIn('Asia/Jayapura', new Date('2026-11-30T15:00:00Z')), {
      year: 2026,
      month: 12,
    });
  });
});
