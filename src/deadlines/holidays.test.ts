/** Importing the holiday list: the real 2026 file, upserts, and refusals naming the line. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { after, before, beforeEach, describe, it } from 'node:test';
import { AppError } from '../errors.js';
import { translate } from '../i18n/catalog.js';
import { engines, openTestEnv, type TestEnv } from '../testing/harness.js';
import { holidayImportProblem, importHolidays, loadHolidays } from './holidays.js';

const real2026 = fs.readFileSync(
  path.resolve(import.meta.dirname, '../demo/data/holidays-2026.csv'),
  'utf8',
);

for (const engine of engines) {
  describe(`holiday import (${engine})`, () => {
    let env: TestEnv;
    before(async () => {
      env = await openTestEnv(engine);
    });
    after(() => env.close());
    beforeEach(async () => {
      await env.reset();
      await env.ctx.db.deleteFrom('holidays').execute();
    });

    const names = async () =>
      Object.fromEntries(
        (
          await env.ctx.db
            .selectFrom('holidays')
            .select([sql<string>`to_char(day, 'YYYY-MM-DD')`.as('day'), 'name'])
            .execute()
        ).map((r) => [r.day, r.name]),
      );

    it('imports the real 2026 list', async () => {
      assert.equal(await importHolidays(env.ctx.db, real2026), 25);
      const days = await loadHolidays(env.ctx.db);
      assert.equal(days.size, 25);
      for (const day of ['2026-01-01', '2026-03-21', '2026-03-24', '2026-12-25'])
        assert.ok(days.has(day), day);
      assert.ok(!days.has('2026-03-25'));
      assert.equal((await names())['2026-08-17'], 'Hari Proklamasi Kemerdekaan');
    });

    it('renames a holiday imported again and adds new ones, without duplicates', async () => {
      await importHolidays(env.ctx.db, real2026);
      const again =
        'date,name\r\n2026-03-21,Hari Raya Idul Fitri 1447 H\r\n2027-01-01,Tahun Baru 2027\r\n';
      assert.equal(await importHolidays(env.ctx.db, again), 2);
      const stored = await names();
      assert.equal(Object.keys(stored).length, 26);
      assert.equal(stored['2026-03-21'], 'Hari Raya Idul Fitri 1447 H');
      assert.equal(stored['2027-01-01'], 'Tahun Baru 2027');
    });

    it('accepts quoted names with commas, extra columns and a byte-order mark', async () => {
      const text = '\uFEFFdate,name,note\n2026-05-01,"Hari Buruh, Internasional",x\n';
      assert.equal(await importHolidays(env.ctx.db, text), 1);
      assert.equal((await names())['2026-05-01'], 'Hari Buruh, Internasional');
    });

    const refusals: Array<[string, string, number, string]> = [
      [
        'an impossible date',
        'date,name\n2026-01-01,A\n2026-02-02,B\n2026-02-30,C\n',
        4,
        'holidays.dateInvalid',
      ],
      [
        'a date in another order',
        'date,name\n2026-01-01,A\n20-03-2026,B\n',
        3,
        'holidays.dateInvalid',
      ],
      ['a name missing', 'date,name\n2026-01-01,A\n2026-01-02,\n', 3, 'holidays.nameMissing'],
      ['a name too long', `date,name\n2026-01-01,${'x'.repeat(201)}\n`, 2, 'holidays.nameTooLong'],
      [
        'a date twice',
        'date,name\n2026-01-01,A\n2026-02-02,B\n2026-01-01,C\n',
        4,
        'holidays.dateRepeated',
      ],
      ['a value too many', 'date,name\n2026-01-01,A\n2026-01-02,B,C\n', 3, 'holidays.valueCount'],
      ['a wrong header', 'tanggal,nama\n2026-01-01,A\n', 1, 'holidays.header'],
      ['a header after blank lines', '\n\nday,name\n2026-01-01,A\n', 3, 'holidays.header'],
      ['an empty file', '  \n', 1, 'holidays.empty'],
    ];
    for (const [what, text, line, problem] of refusals) {
      it(`refuses ${what}, naming line ${line}, and imports nothing`, async () => {
        const error = await importHolidays(env.ctx.db, text).then(
          () => assert.fail('imported'),
          (e: unknown) => e,
        );
        assert.ok(error instanceof AppError);
        assert.equal(error.code, 'validation_failed');
        assert.equal(error.status, 422);
        assert.deepEqual(error.fields, { [`line.${line}`]: problem });
        assert.deepEqual(holidayImportProblem(error), { line, problem });
        assert.equal((await loadHolidays(env.ctx.db)).size, 0);
      });
    }

    it('says in Indonesian and in English which line is wrong', async () => {
      const error = await importHolidays(
        env.ctx.db,
        'date,name\n2026-01-01,A\n2026-01-02,B\n2026-13-01,C\n',
      ).catch((e: unknown) => e);
      const found = holidayImportProblem(error)!;
      const say = (lang: 'id' | 'en') =>
        translate(lang, 'holidays.row', {
          line: found.line,
          problem: translate(lang, found.problem),
        });
      assert.equal(
        say('id'),
        'baris 4: tanggal tidak valid (tulis TTTT-BB-HH, misalnya 2026-03-20)',
      );
      assert.equal(say('en'), 'line 4: the date is not valid (write YYYY-MM-DD, e.g. 2026-03-20)');
      assert.equal(holidayImportProblem(new Error('other')), undefined);
    });
  });
}
