/**
 * Measures a page of the inbox (`listCases`, 50 cases) when the unit holds 2,000 open cases and
 * a head oversees them all: every visible case is read and its deadlines computed to sort by
 * the nearest, so this is what the list costs as a unit's caseload grows.
 * Run: npx tsx scripts/bench-inbox.ts
 */
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openContext } from '../src/app-context.js';
import { listCases } from '../src/cases/cases.js';
import { loadConfig } from '../src/config/config.js';
import { seedDemo } from '../src/demo/seed.js';
import { createLogger } from '../src/log/logger.js';
import { difficulties } from '../src/settings/settings.js';
import { createUser } from '../src/staff/users.js';

const caseCount = 2000;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'peluit-bench-inbox-'));
const ctx = await openContext(
  loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }),
  createLogger('silent'),
  'benchmark',
);

try {
  await seedDemo(ctx.db);
  const unit = await ctx.db
    .selectFrom('units')
    .select('id')
    .where('code', '=', 'POLRESTA-BPN')
    .executeTakeFirstOrThrow();
  const channel = await ctx.db.selectFrom('channels').select('id').executeTakeFirstOrThrow();
  const start = Date.parse('2026-01-05T02:00:00Z');
  for (let batch = 0; batch < caseCount / 200; batch++) {
    const cases = Array.from({ length: 200 }, (_, i) => {
      const n = batch * 200 + i;
      const submitted = new Date(start + (n % 300) * 86_400_000);
      return {
        id: randomUUID(),
        case_number: `WBS/${n}/BENCH`,
        unit_id: unit.id,
        channel_id: channel.id,
        kind: 'pengaduan' as const,
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
        acknowledged_at: n % 3 ? new Date(submitted.getTime() + 86_400_000) : null,
      };
    });
    await ctx.db.insertInto('cases').values(cases).execute();
  }
  const report = async (role: 'triase' | 'pimpinan', unitCode: string) => {
    const user = await createUser(ctx, {
      username: `${role}.bench`,
      unit: unitCode,
      role,
      password: 'sandi-rahasia-bench',
    });
    await listCases(ctx, user, { limit: 50 }); // warm-up
    const runs: number[] = [];
    for (let i = 0; i < 7; i++) {
      const began = performance.now();
      const page = await listCases(ctx, user, { limit: 50 });
      runs.push(performance.now() - began);
      if (page.items.length !== 50) throw new Error(`a page of ${page.items.length}`);
    }
    runs.sort((a, b) => a - b);
    process.stdout.write(
      `inbox page of 50 of ${caseCount} cases, ${role} ${unitCode}: median ${runs[3]!.toFixed(0)} ms, ` +
        `best ${runs[0]!.toFixed(0)} ms, worst ${runs[6]!.toFixed(0)} ms\n`,
    );
  };
  await report('triase', 'POLRESTA-BPN');
  await report('pimpinan', 'POLDA-KALTIM');
} finally {
  await ctx.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
