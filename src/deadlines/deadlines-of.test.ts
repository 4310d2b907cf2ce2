/** Deadlines of stored cases: batched loading, the unit's zone, holidays imported later. */
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { ReportKind } from '../db/schema.js';
import { importUnits } from '../org/units.js';
import { defaultSettings, saveSetting } from '../settings/settings.js';
import { engines, fullReport, openTestEnv, type TestEnv } from '../testing/harness.js';
import { dayNumber, endOfLocalDay, localDay } from './calendar.js';
import { deadlinesOf, type Deadline } from './deadlines.js';
import { importHolidays } from './holidays.js';

const real2026 = fs.readFileSync(
  path.resolve(import.meta.dirname, '../demo/data/holidays-2026.csv'),
  'utf8',
);

type CaseFacts = {
  unit?: string;
  kind?: ReportKind;
  submittedAt: Date;
  difficulty?: string | null;
  acknowledgedAt?: Date | null;
  concludedAt?: Date | null;
};

const iso = (ds: Deadline[] | undefined) =>
  (ds ?? []).map((d) => [d.kind, d.dueAt.toISOString(), d.metAt?.toISOString() ?? null]);

for (const engine of engines) {
  describe(`deadlines of stored cases (${engine})`, () => {
    let env: TestEnv;
    before(async () => {
      env = await openTestEnv(engine);
    });
    after(() => env.close());
    beforeEach(async () => {
      await env.reset();
      await env.ctx.db.deleteFrom('holidays').execute();
      await env.ctx.db.deleteFrom('settings').execute();
    });

    /** A case row as intake stores it, with the times a test needs. */
    async function insertCase(facts: CaseFacts): Promise<string> {
      const db = env.ctx.db;
      const unit = await db
        .selectFrom('units')
        .select('id')
        .where('code', '=', facts.unit ?? 'POLRESTA-BPN')
        .executeTakeFirstOrThrow();
      const channel = await db.selectFrom('channels').select('id').executeTakeFirstOrThrow();
      const id = randomUUID();
      await db
        .insertInto('cases')
        .values({
          id,
          case_number: `WBS/${id}`,
          unit_id: unit.id,
          channel_id: channel.id,
          kind: facts.kind ?? 'pengaduan',
          category: 'pungli',
          state: facts.concludedAt ? 'selesai' : 'verifikasi',
          outcome: facts.concludedAt ? 'terbukti' : null,
          identity_mode: 'anonymous',
          subject_is_propam: false,
          subject_is_commander: false,
          escalated: false,
          receipt_hash: randomBytes(32),
          submitted_at: facts.submittedAt,
          updated_at: facts.submittedAt,
          concluded_at: facts.concludedAt ?? null,
          difficulty: facts.difficulty ?? null,
          acknowledged_at: facts.acknowledgedAt ?? null,
        })
        .execute();
      return id;
    }

    async function sendMessage(caseId: string, at: Date, kind: 'progress' | 'message') {
      await env.ctx.db
        .insertInto('messages')
        .values({
          id: randomUUID(),
          case_id: caseId,
          author: 'staff',
          author_user_id: null,
          visibility: 'reporter',
          kind,
          body: randomBytes(40),
          created_at: at,
        })
        .execute();
    }

    it('loads many cases in one query per table, each with its own facts', async () => {
      const submittedAt = new Date('2026-03-02T02:00:00Z');
      const plain = await insertCase({ submittedAt });
      const assessed = await insertCase({
        submittedAt,
        difficulty: 'mudah',
        acknowledgedAt: new Date('2026-03-03T01:00:00Z'),
      });
      const thanks = await insertCase({ submittedAt, kind: 'apresiasi' });
      const many = await Promise.all(
        Array.from({ length: 30 }, () => insertCase({ submittedAt, difficulty: 'sedang' })),
      );
      await sendMessage(assessed, new Date('2026-03-21T03:00:00Z'), 'progress');
      await sendMessage(assessed, new Date('2026-03-11T03:00:00Z'), 'progress');
      await sendMessage(assessed, new Date('2026-03-05T03:00:00Z'), 'message');

      let queries = 0;
      const counted = env.ctx.db.withPlugin({
        transformQuery: (args) => {
          queries++;
          return args.node;
        },
        transformResult: (args) => Promise.resolve(args.result),
      });
      const missing = randomUUID();
      const all = await deadlinesOf(counted, [plain, assessed, thanks, ...many, missing, plain]);
      assert.ok(queries <= 4, `${queries} queries`);

      assert.equal(all.size, 33);
      assert.ok(!all.has(missing));
      assert.deepEqual(iso(all.get(plain)), [
        ['acknowledge', '2026-03-09T15:59:59.999Z', null],
        ['feedback', '2026-06-02T15:59:59.999Z', null],
      ]);
      // The plain message is no progress update; the two updates meet the first two, in order.
      assert.deepEqual(iso(all.get(assessed)), [
        ['acknowledge', '2026-03-09T15:59:59.999Z', '2026-03-03T01:00:00.000Z'],
        ['progress', '2026-03-12T15:59:59.999Z', '2026-03-11T03:00:00.000Z'],
        ['progress', '2026-03-22T15:59:59.999Z', '2026-03-21T03:00:00.000Z'],
        ['progress', '2026-04-01T15:59:59.999Z', null],
        ['feedback', '2026-06-02T15:59:59.999Z', null],
      ]);
      assert.deepEqual(iso(all.get(thanks)), [['acknowledge', '2026-03-09T15:59:59.999Z', null]]);
      for (const id of many) assert.equal(all.get(id)!.length, 6);
      assert.equal((await deadlinesOf(env.ctx.db, [])).size, 0);
      assert.equal((await deadlinesOf(env.ctx.db, ['WBS/0001', "x' or 1=1"])).size, 0);
    });

    it('follows the deployment rules when they change', async () => {
      const id = await insertCase({ submittedAt: new Date('2026-03-02T02:00:00Z') });
      await saveSetting(env.ctx.db, 'deadlines', {
        ...defaultSettings.deadlines,
        acknowledge: { amount: 3, unit: 'days' },
        feedback: { amount: 60, unit: 'workdays' },
      });
      assert.deepEqual(iso((await deadlinesOf(env.ctx.db, [id])).get(id)), [
        ['acknowledge', '2026-03-05T15:59:59.999Z', null],
        ['feedback', '2026-05-25T15:59:59.999Z', null],
      ]);
    });

    it('moves a working-day deadline once the holidays are imported', async () => {
      await saveSetting(env.ctx.db, 'deadlines', {
        ...defaultSettings.deadlines,
        acknowledge: { amount: 5, unit: 'workdays' },
      });
      // Tuesday 17 March 2026, 09:00 WITA: the next days are Nyepi, Idul Fitri and their leave.
      const id = await insertCase({ submittedAt: new Date('2026-03-17T01:00:00Z') });
      const acknowledge = async () => (await deadlinesOf(env.ctx.db, [id])).get(id)![0]!;

      assert.equal((await acknowledge()).dueAt.toISOString(), '2026-03-24T15:59:59.999Z');
      await importHolidays(env.ctx.db, real2026);
      assert.equal((await acknowledge()).dueAt.toISOString(), '2026-03-31T15:59:59.999Z');
    });

    it('ends the same deadline at the end of the local day of a WIB and a WIT unit', async () => {
      await importUnits(
        env.ctx.db,
        'code,name,type,parent,time_zone,has_propam\n' +
          'POLDA-PAPUA,Polda Papua,polda,MABES,Asia/Jayapura,true\n' +
          'POLDA-METRO-JAYA,Polda Metro Jaya,polda,MABES,Asia/Jakarta,true\n',
      );
      // 23:30 WIB on Sunday 1 March is 01:30 WIT on Monday 2 March.
      const submittedAt = new Date('2026-03-01T16:30:00Z');
      const wib = await insertCase({ unit: 'POLDA-METRO-JAYA', submittedAt, difficulty: 'mudah' });
      const wit = await insertCase({ unit: 'POLDA-PAPUA', submittedAt, difficulty: 'mudah' });
      const all = await deadlinesOf(env.ctx.db, [wib, wit]);
      assert.deepEqual(
        all.get(wib)!.map((d) => d.dueAt.toISOString()),
        [
          '2026-03-08T16:59:59.999Z',
          '2026-03-11T16:59:59.999Z',
          '2026-03-21T16:59:59.999Z',
          '2026-03-31T16:59:59.999Z',
          '2026-06-01T16:59:59.999Z',
        ],
      );
      assert.deepEqual(
        all.get(wit)!.map((d) => d.dueAt.toISOString()),
        [
          '2026-03-09T14:59:59.999Z',
          '2026-03-12T14:59:59.999Z',
          '2026-03-22T14:59:59.999Z',
          '2026-04-01T14:59:59.999Z',
          '2026-06-02T14:59:59.999Z',
        ],
      );
    });

    it('drops progress owed after the conclusion of a stored case', async () => {
      const id = await insertCase({
        submittedAt: new Date('2026-03-02T02:00:00Z'),
        difficulty: 'sedang',
        acknowledgedAt: new Date('2026-03-02T05:00:00Z'),
        concludedAt: new Date('2026-04-10T05:00:00Z'),
      });
      await sendMessage(id, new Date('2026-03-16T05:00:00Z'), 'progress');
      assert.deepEqual(
        iso((await deadlinesOf(env.ctx.db, [id])).get(id)).map(([kind, due, met]) => [
          kind,
          due!.slice(0, 10),
          met?.slice(0, 10) ?? null,
        ]),
        [
          ['acknowledge', '2026-03-09', '2026-03-02'],
          ['progress', '2026-03-17', '2026-03-16'],
          ['progress', '2026-04-01', null],
          ['feedback', '2026-06-02', '2026-04-10'],
        ],
      );
    });

    it('gives a report taken through the API its acknowledgement deadline', async () => {
      const response = await env.app.inject({
        method: 'POST',
        url: '/api/v1/reports',
        payload: fullReport(),
      });
      assert.equal(response.statusCode, 201, response.body);
      const row = await env.ctx.db
        .selectFrom('cases')
        .select(['id', 'submitted_at'])
        .where('case_number', '=', response.json<{ caseNumber: string }>().caseNumber)
        .executeTakeFirstOrThrow();
      const [acknowledge, feedback] = (await deadlinesOf(env.ctx.db, [row.id])).get(row.id)!;
      const start = localDay(row.submitted_at, 'Asia/Makassar');
      assert.deepEqual(acknowledge, {
        kind: 'acknowledge',
        dueAt: endOfLocalDay(start + 7, 'Asia/Makassar'),
        metAt: null,
      });
      assert.equal(feedback!.kind, 'feedback');
      assert.ok(start >= dayNumber('2026-01-01'));
    });
  });
}
