/**
 * Every role against every step on a case of its own unit, of another unit and of the other
 * kind: what it may do goes through, what it may not is refused (404 where it may not even
 * know the case exists, 403 where it sees the case but not the step), and nothing leaks.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { StaffRole } from '../db/schema.js';
import { engines, fullReport, openTestEnv, staffToken, type TestEnv } from '../testing/harness.js';

type Actor = { name: string; role: StaffRole; unit: string; assigned?: boolean };
type Sight = 'content' | 'metadata' | 'none' | 'role';
type CaseName = 'own' | 'other' | 'appreciation';

const actors: Actor[] = [
  { name: 'triase BPN', role: 'triase', unit: 'POLRESTA-BPN' },
  { name: 'penyidik BPN, assigned', role: 'penyidik', unit: 'POLRESTA-BPN', assigned: true },
  { name: 'penyidik BPN, not assigned', role: 'penyidik', unit: 'POLRESTA-BPN' },
  { name: 'pimpinan BPN', role: 'pimpinan', unit: 'POLRESTA-BPN' },
  { name: 'pimpinan Polda', role: 'pimpinan', unit: 'POLDA-KALTIM' },
  { name: 'apresiasi BPN', role: 'apresiasi', unit: 'POLRESTA-BPN' },
  { name: 'triase SMD', role: 'triase', unit: 'POLRESTA-SMD' },
  { name: 'auditor BPN', role: 'auditor', unit: 'POLRESTA-BPN' },
  { name: 'admin BPN', role: 'admin', unit: 'POLRESTA-BPN' },
];

/** What each actor sees of each case. */
const sight: Record<string, Record<CaseName, Sight>> = {
  'triase BPN': { own: 'content', other: 'none', appreciation: 'none' },
  'penyidik BPN, assigned': { own: 'content', other: 'none', appreciation: 'none' },
  'penyidik BPN, not assigned': { own: 'none', other: 'none', appreciation: 'none' },
  'pimpinan BPN': { own: 'content', other: 'none', appreciation: 'none' },
  'pimpinan Polda': { own: 'metadata', other: 'metadata', appreciation: 'none' },
  'apresiasi BPN': { own: 'none', other: 'none', appreciation: 'content' },
  'triase SMD': { own: 'none', other: 'content', appreciation: 'none' },
  'auditor BPN': { own: 'role', other: 'role', appreciation: 'role' },
  'admin BPN': { own: 'role', other: 'role', appreciation: 'role' },
};

type Step = {
  name: string;
  roles: StaffRole[];
  complaintsOnly?: boolean;
  request: (
    c: string,
    kind: CaseName,
  ) => { method: 'GET' | 'POST' | 'PATCH'; url: string; payload?: object };
};

// In the order they run for each actor, so that one step does not spoil the next.
const steps: Step[] = [
  {
    name: 'label',
    roles: ['triase', 'penyidik', 'pimpinan', 'apresiasi'],
    request: (c) => ({ method: 'POST', url: `${c}/labels`, payload: { add: 'periksa' } }),
  },
  {
    name: 'message',
    roles: ['triase', 'penyidik', 'pimpinan', 'apresiasi'],
    request: (c) => ({
      method: 'POST',
      url: `${c}/messages`,
      payload: { body: 'Catatan', visibility: 'internal' },
    }),
  },
  {
    name: 'progress',
    roles: ['triase', 'penyidik', 'pimpinan'],
    complaintsOnly: true,
    request: (c) => ({
      method: 'POST',
      url: `${c}/progress`,
      payload: { done: 'Memeriksa berkas', results: 'Sedang berjalan', next: 'Memanggil saksi' },
    }),
  },
  {
    name: 'assess',
    roles: ['triase', 'pimpinan'],
    complaintsOnly: true,
    request: (c) => ({
      method: 'PATCH',
      url: c,
      payload: { track: 'disiplin', difficulty: 'mudah' },
    }),
  },
  {
    name: 'approve',
    roles: ['pimpinan'],
    complaintsOnly: true,
    request: (c) => ({ method: 'POST', url: `${c}/approval`, payload: { outcome: 'dilimpahkan' } }),
  },
  {
    name: 'move',
    roles: ['triase', 'penyidik', 'pimpinan', 'apresiasi'],
    request: (c, kind) => ({
      method: 'POST',
      url: `${c}/transitions`,
      payload: { to: kind === 'appreciation' ? 'diteruskan' : 'verifikasi' },
    }),
  },
  {
    name: 'forward',
    roles: ['triase', 'pimpinan'],
    request: (c, kind) => ({
      method: 'POST',
      url: `${c}/forward`,
      payload: {
        unit: kind === 'other' ? 'POLRESTA-BPN' : 'POLRES-PASER',
        reason: 'Salah alamat, kejadian di wilayah lain',
      },
    }),
  },
];

for (const engine of engines) {
  describe(`role matrix (${engine})`, () => {
    let env: TestEnv;
    before(async () => {
      env = await openTestEnv(engine);
    });
    after(() => env.close());

    for (const actor of actors) {
      it(`${actor.name}: sees and does exactly what the role allows`, async () => {
        await env.reset();
        const submit = async (overrides: Record<string, unknown>, marker: string) => {
          const response = await env.app.inject({
            method: 'POST',
            url: '/api/v1/reports',
            payload: fullReport(marker, overrides),
          });
          assert.equal(response.statusCode, 201, response.body);
          return response.json<{ caseNumber: string }>().caseNumber;
        };
        // Readers in every unit involved, so each case is sealed to its own unit's readers.
        const bpnTriase = await staffToken(env, 'triase');
        await staffToken(env, 'triase', 'POLRESTA-SMD');
        await staffToken(env, 'apresiasi');
        const { upsertChannel } = await import('../channels/channels.js');
        await upsertChannel(env.ctx.db, {
          code: 'SMD-SPKT',
          unit: 'POLRESTA-SMD',
          place: 'SPKT',
          form: 'full',
        });
        const cases: Record<CaseName, string> = {
          own: await submit({}, 'rahasia-own'),
          other: await submit({ channel: 'SMD-SPKT' }, 'rahasia-other'),
          appreciation: await submit(
            {
              kind: 'apresiasi',
              category: undefined,
              description: 'Pelayanan ramah rahasia-appreciation',
            },
            'rahasia-appreciation',
          ),
        };
        const me = await staffToken(env, actor.role, actor.unit);
        const call = async (request: ReturnType<Step['request']>) => {
          const response = await env.app.inject({
            method: request.method,
            url: request.url,
            headers: { authorization: `Bearer ${me.token}` },
            ...(request.payload ? { payload: request.payload } : {}),
          });
          return { status: response.statusCode, body: response.body };
        };
        const path = (n: string) => `/api/v1/cases/${encodeURIComponent(n)}`;
        if (actor.assigned) {
          const assigned = await env.app.inject({
            method: 'POST',
            url: `${path(cases.own)}/assignment`,
            headers: { authorization: `Bearer ${bpnTriase.token}` },
            payload: { username: me.username },
          });
          assert.equal(assigned.statusCode, 200, assigned.body);
        }

        const list = await call({ method: 'GET', url: '/api/v1/cases?limit=200' });
        for (const name of Object.keys(cases) as CaseName[]) {
          const expected = sight[actor.name]![name];
          const listed = list.body.includes(cases[name]);
          const view = await call({ method: 'GET', url: path(cases[name]) });
          const label = `${actor.name} × ${name}`;
          if (expected === 'role') {
            assert.equal(list.status, 403, label);
            assert.equal(view.status, 403, label);
          } else if (expected === 'none') {
            assert.equal(listed, false, `${label}: listed`);
            assert.equal(view.status, 404, `${label}: view`);
          } else {
            assert.equal(listed, true, `${label}: listed`);
            assert.equal(view.status, 200, `${label}: view`);
          }
          const marker = `rahasia-${name}`;
          if (expected === 'content') assert.match(view.body, new RegExp(marker), label);
          else
            assert.doesNotMatch(
              view.body + list.body,
              new RegExp(marker),
              `${label}: content leaked`,
            );
          if (expected !== 'content')
            assert.doesNotMatch(view.body, /85010123|Bripka Contoh/, label);

          for (const step of steps) {
            const result = await call(step.request(path(cases[name]), name));
            const stepLabel = `${label} × ${step.name}: ${result.status} ${result.body.slice(0, 200)}`;
            if (expected === 'none') assert.equal(result.status, 404, stepLabel);
            else if (expected === 'role' || expected === 'metadata')
              assert.equal(result.status, 403, stepLabel);
            else if (!step.roles.includes(actor.role)) assert.equal(result.status, 403, stepLabel);
            else if (step.complaintsOnly && name === 'appreciation')
              assert.equal(result.status, 422, stepLabel);
            else assert.ok(result.status >= 200 && result.status < 300, stepLabel);
          }
        }
      });
    }
  });
}
