/**
 * Every move from every open state, with and without each outcome: the ones that make sense go
 * through, every other is refused with a message at the field that is wrong.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { engines, fullReport, openTestEnv, staffToken, type TestEnv } from '../testing/harness.js';
import { appreciationStates, complaintStates, outcomes } from './states.js';

/** What may be done from each state: `to` or `to:outcome`. */
const allowedComplaint = new Set([
  'diterima→verifikasi',
  'diterima→selesai:dilimpahkan',
  'diterima→selesai:tidak_dapat_ditindaklanjuti',
  'verifikasi→penyelidikan',
  'verifikasi→selesai:dilimpahkan',
  'verifikasi→selesai:tidak_dapat_ditindaklanjuti',
  'verifikasi→selesai:tidak_terbukti',
  'penyelidikan→sidang',
  'penyelidikan→selesai:dilimpahkan',
  'penyelidikan→selesai:tidak_dapat_ditindaklanjuti',
  'penyelidikan→selesai:tidak_terbukti',
  'sidang→selesai:terbukti',
  'sidang→selesai:tidak_terbukti',
]);
const allowedAppreciation = new Set(['diterima→diteruskan', 'diteruskan→selesai']);

for (const engine of engines) {
  describe(`every transition (${engine})`, () => {
    let env: TestEnv;
    before(async () => {
      env = await openTestEnv(engine);
    });
    after(() => env.close());
    beforeEach(() => env.reset());

    const send = async (token: string, caseNumber: string, payload: object) => {
      const response = await env.app.inject({
        method: 'POST',
        url: `/api/v1/cases/${encodeURIComponent(caseNumber)}/transitions`,
        headers: { authorization: `Bearer ${token}` },
        payload,
      });
      return { status: response.statusCode, body: response.json() };
    };

    /** A new case brought to `state` along the main path (with the discipline track). */
    async function caseIn(token: string, state: string, kind = 'pengaduan') {
      const response = await env.app.inject({
        method: 'POST',
        url: '/api/v1/reports',
        payload:
          kind === 'apresiasi'
            ? fullReport('x', {
                kind: 'apresiasi',
                category: undefined,
                description: 'Ramah sekali',
              })
            : fullReport(),
      });
      const { caseNumber } = response.json<{ caseNumber: string }>();
      const path = kind === 'apresiasi' ? appreciationStates : complaintStates;
      for (const next of path.slice(1, path.indexOf(state as never) + 1)) {
        const moved = await send(token, caseNumber, { to: next });
        assert.equal(moved.status, 200, `to ${next}: ${JSON.stringify(moved.body)}`);
        if (next === 'verifikasi') {
          const assessed = await env.app.inject({
            method: 'PATCH',
            url: `/api/v1/cases/${encodeURIComponent(caseNumber)}`,
            headers: { authorization: `Bearer ${token}` },
            payload: { track: 'disiplin' },
          });
          assert.equal(assessed.statusCode, 200, assessed.body);
        }
      }
      return caseNumber;
    }

    it('allows exactly the complaint moves that make sense', async () => {
      const head = (await staffToken(env, 'pimpinan')).token;
      for (const from of complaintStates.filter((s) => s !== 'selesai')) {
        const probe = await caseIn(head, from);
        for (const to of complaintStates) {
          for (const outcome of [undefined, ...outcomes]) {
            const name = `${from}→${to}${outcome ? `:${outcome}` : ''}`;
            const payload = {
              to,
              ...(outcome ? { outcome } : {}),
              ...(outcome === 'terbukti' ? { sanction: 'teguran_tertulis' } : {}),
            };
            if (allowedComplaint.has(name)) {
              const fresh = await caseIn(head, from);
              const done = await send(head, fresh, payload);
              assert.equal(done.status, 200, `${name}: ${JSON.stringify(done.body)}`);
              assert.equal(done.body.state, to);
            } else {
              const refused = await send(head, probe, payload);
              assert.equal(refused.status, 422, `${name} should be refused`);
              assert.ok(Object.keys(refused.body.error.fields ?? {}).length, name);
            }
          }
        }
      }
      const concluded = await caseIn(head, 'sidang');
      await send(head, concluded, { to: 'selesai', outcome: 'tidak_terbukti' });
      for (const to of complaintStates) {
        assert.equal((await send(head, concluded, { to })).status, 422, `selesai→${to}`);
      }
    });

    it('allows exactly the appreciation moves, with no outcome', async () => {
      const reader = (await staffToken(env, 'apresiasi')).token;
      for (const from of appreciationStates) {
        const probe = await caseIn(reader, from, 'apresiasi');
        for (const to of appreciationStates) {
          const name = `${from}→${to}`;
          if (allowedAppreciation.has(name)) {
            const withOutcome = await send(reader, probe, { to, outcome: 'terbukti' });
            assert.equal(withOutcome.status, 422, `${name} with an outcome`);
            const done = await send(reader, await caseIn(reader, from, 'apresiasi'), { to });
            assert.equal(done.status, 200, `${name}: ${JSON.stringify(done.body)}`);
          } else {
            assert.equal((await send(reader, probe, { to })).status, 422, name);
          }
        }
      }
    });
  });
}
