/**
 * Measures what bounds receipt guessing and intake: Argon2id look-ups per second (the server
 * runs at most two at once), and reports taken per second on the embedded database.
 * Run: npx tsx scripts/bench.ts. Figures are written down in docs/benchmarks.md.
 */
import { hashReceipt } from '../src/crypto/argon2.js';
import { fullReport, openTestEnv } from '../src/testing/harness.js';

const pepper = Buffer.alloc(32, 7);

async function timed(
  label: string,
  count: number,
  run: (i: number) => Promise<unknown>,
  parallel: number,
) {
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < count) await run(next++);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(
    `${label}: ${count} in ${seconds.toFixed(2)} s = ${(count / seconds).toFixed(1)}/s\n`,
  );
}

await timed(
  'receipt look-up hashes, 1 at a time',
  40,
  (i) => hashReceipt(String(1e15 + i), pepper),
  1,
);
await timed(
  'receipt look-up hashes, 8 asked at once (2 run)',
  80,
  (i) => hashReceipt(String(2e15 + i), pepper),
  8,
);

const env = await openTestEnv('embedded');
await timed(
  'reports through the API, embedded database',
  60,
  () => env.app.inject({ method: 'POST', url: '/api/v1/reports', payload: fullReport() }),
  4,
);
await env.close();
