/**
 * Measures `deadlinesOf` for 2,000 cases on the embedded database: what the inbox, the API
 * and the reminder job pay to know every open case's deadlines, computed when read.
 * Run: npx tsx scripts/bench-deadlines.ts
 */
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../src/db/database.js';
import { deadlinesOf } from '../src/deadlines/deadlines.js';
import { importHolidays } from '../src/deadlines/holidays.js';
import { seedDemo } from '../src/demo/seed.js';
import { defaultSettings, difficulties, saveSetting } from '../src/settings/settings.js';

const caseCount = 2000;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'peluit-bench-deadlines-'));
const opened = await openDatabase({ databaseUrl: undefined, dataDir, purpose: 'benchmark' });
const db = opened.db;

try {
  await seedDemo(db);
  await importHolidays(db, fs.readFileSync('src/demo/data/holidays-2026.csv', 'utf8'));
  // Working days everywhere, so the holiday list is consulted on every deadline.
  await saveSetting(db, 'deadlines', {
    ...defaultSettings.deadlines,
    acknowledge: { amount: 5, unit: 'workdays' },
    progressUnit: 'workdays',
  });

  const units = await db.selectFrom('units').select('id').execute();
  const channel = await db.selectFrom('channels').select('id').executeTakeFirstOrThrow();
  const ids: string[] = [];
  const start = Date.parse('2026-01-05T02:00:00Z');
  for (let batch = 0; batch < caseCount / 200; batch++) {
    const cases = Array.from({ length: 200 }, (_, i) => {
      const n = batch * 200 + i;
      const submitted = new Date(start + (n % 300) * 86_400_000);
      return {
        id: randomUUID(),
        case_number: `WBS/${n}/BENCH`,
        unit_id: units[n % units.length]!.id,
        channel_id: channel.id,
        kind: n % 10 === 0 ? ('apresiasi' as const) : ('pengaduan' as const),
        category: 'pungli',
        state: 'penyelidikan',
        outcome: null,
        identity_mode: 'anonymous' as const,
        subject_is_propam: false,
        subject_is_commander: false,
        escalated: false,
        receipt_hash: randomBytes(32),
        submitted_at: submitted,
        updated_at: submitted,
        concluded_at: null,
        difficulty: difficulties[n % 4]!,
        acknowledged_at: new Date(submitted.getTime() + 86_400_000),
      };
    });
    await db.insertInto('cases').values(cases).execute();
    // Two progress updates a case: 4,000 messages to group.
    const updates = cases.flatMap((c) =>
      [10, 25].map((days) => ({
        id: randomUUID(),
        case_id: c.id,
        author: 'staff' as const,
        author_user_id: null,
        visibility: 'reporter' as const,
        kind: 'progress' as const,
        body: randomBytes(64),
        created_at: new Date(c.submitted_at.getTime() + days * 86_400_000),
      })),
    );
    await db.insertInto('messages').values(updates).execute();
    ids.push(...cases.map((c) => c.id));
  }

  await deadlinesOf(db, ids); // warm-up: query plans, formatters
  const runs: number[] = [];
  let deadlines = 0;
  for (let i = 0; i < 7; i++) {
    const began = performance.now();
    const result = await deadlinesOf(db, ids);
    runs.push(performance.now() - began);
    deadlines = [...result.values()].reduce((sum, ds) => sum + ds.length, 0);
  }
  runs.sort((a, b) => a - b);
  process.stdout.write(
    `deadlinesOf, ${caseCount} cases (${deadlines} deadlines), embedded database: ` +
      `median ${runs[3]!.toFixed(0)} ms, best ${runs[0]!.toFixed(0)} ms, worst ${runs[6]!.toFixed(0)} ms\n`,
  );
} finally {
  await opened.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
