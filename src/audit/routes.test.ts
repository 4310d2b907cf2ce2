/** The auditor's view of the audit log: who may read it, paging, filters, a broken chain. */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'kysely';
import {
  backOfficeCookies,
  engines,
  fullReport,
  openTestEnv,
  staffToken,
  type TestEnv,
} from '../testing/harness.js';
import { auditHead, formatHead } from './audit-log.js';
import type { AuditPage } from './audit-entries.js';

for (const engine of engines) {
  describe(`the audit log view (${engine})`, () => {
    let env: TestEnv;
    before(async () => {
      env = await openTestEnv(engine);
    });
    after(() => env.close());
    beforeEach(() => env.reset());

    const list = (token: string, query = '') =>
      env.app.inject({
        url: `/api/v1/audit${query}`,
        headers: { authorization: `Bearer ${token}` },
      });

    /** A case viewed twice by its triage officer: log-ins and case views in the log. */
    const activity = async () => {
      const submitted = await env.app.inject({
        method: 'POST',
        url: '/api/v1/reports',
        payload: fullReport(),
      });
      const { caseNumber } = submitted.json<{ caseNumber: string }>();
      const triage = await staffToken(env, 'triase');
      for (let i = 0; i < 2; i++) {
        const viewed = await env.app.inject({
          url: `/api/v1/cases/${encodeURIComponent(caseNumber)}`,
          headers: { authorization: `Bearer ${triage.token}` },
        });
        assert.equal(viewed.statusCode, 200, viewed.body);
      }
      return { caseNumber, triage };
    };

    it('is read by auditors and administrators only', async () => {
      for (const role of ['auditor', 'admin'] as const) {
        const staff = await staffToken(env, role);
        assert.equal((await list(staff.token)).statusCode, 200, role);
        const cookies = await backOfficeCookies(env, staff);
        const page = await env.app.inject({ url: '/staf/audit', cookies });
        assert.equal(page.statusCode, 200, role);
        assert.match(page.body, /href="\/staf\/audit"/, `${role} has the link`);
      }
      for (const role of ['triase', 'penyidik', 'pimpinan', 'apresiasi'] as const) {
        const staff = await staffToken(env, role);
        const refused = await list(staff.token);
        assert.equal(refused.statusCode, 403, role);
        assert.equal(refused.json().error.code, 'forbidden');
        const verification = await env.app.inject({
          url: '/api/v1/audit/verification',
          headers: { authorization: `Bearer ${staff.token}` },
        });
        assert.equal(verification.statusCode, 403, role);
        const cookies = await backOfficeCookies(env, staff);
        const page = await env.app.inject({ url: '/staf/audit', cookies });
        assert.equal(page.statusCode, 403, role);
        assert.doesNotMatch(page.body, /login|case_view/);
        if (role === 'triase' || role === 'pimpinan') {
          const stats = await env.app.inject({ url: '/staf/statistik', cookies });
          assert.match(stats.body, /href="\/staf\/statistik"/, `${role} has statistics`);
          assert.doesNotMatch(stats.body, /href="\/staf\/audit"/, `${role} has no link`);
        }
      }
      assert.equal((await env.app.inject({ url: '/api/v1/audit' })).statusCode, 401);
      assert.equal((await env.app.inject({ url: '/staf/audit' })).statusCode, 303);
    });

    it('shows an auditor below the top only their part of the force', async () => {
      const { caseNumber } = await activity();
      const escalated = await env.app.inject({
        method: 'POST',
        url: '/api/v1/reports',
        payload: fullReport('naik', { subjectIsCommander: true }),
      });
      const poldaCase = escalated.json<{ caseNumber: string }>().caseNumber;
      const polda = await staffToken(env, 'pimpinan', 'POLDA-KALTIM');
      await env.app.inject({
        url: `/api/v1/cases/${encodeURIComponent(poldaCase)}`,
        headers: { authorization: `Bearer ${polda.token}` },
      });
      const local = await staffToken(env, 'auditor', 'POLRESTA-BPN');
      const mine = (await list(local.token, '?limit=200')).json<AuditPage>().items;
      assert.ok(
        mine.some((e) => e.caseNumber === caseNumber),
        'its own cases',
      );
      assert.ok(!mine.some((e) => e.caseNumber === poldaCase), 'not a case sent over its head');
      assert.ok(!mine.some((e) => e.actor === polda.username), 'not the Polda staff');
      const top = await staffToken(env, 'auditor', 'MABES');
      const all = (await list(top.token, '?limit=200')).json<AuditPage>().items;
      assert.ok(
        all.some((e) => e.caseNumber === poldaCase),
        'the top sees the whole log',
      );
    });

    it('pages newest first, filters, and records each reading', async () => {
      const { caseNumber, triage } = await activity();
      // At the top unit: the whole log.
      const auditor = await staffToken(env, 'auditor', 'MABES');

      const first = await list(auditor.token, '?limit=2');
      assert.equal(first.statusCode, 200, first.body);
      const page1 = first.json<AuditPage>();
      assert.equal(page1.items.length, 2);
      // The reading itself is the newest entry.
      assert.equal(page1.items[0]!.action, 'audit_view');
      assert.equal(page1.items[0]!.actor, auditor.username);
      assert.ok(page1.nextCursor);

      const seen: number[] = [];
      let cursor: string | null = null;
      do {
        const body: AuditPage = (
          await list(auditor.token, `?limit=3${cursor ? `&cursor=${cursor}` : ''}`)
        ).json<AuditPage>();
        seen.push(...body.items.map((i) => i.id));
        cursor = body.nextCursor;
      } while (cursor);
      // Every entry once, newest first; only the readings made while paging come after them.
      assert.deepEqual(
        seen,
        [...seen].sort((a, b) => b - a),
      );
      assert.equal(new Set(seen).size, seen.length);
      const unseen = await env.ctx.db
        .selectFrom('audit_log')
        .select('action')
        .where('id', 'not in', seen)
        .execute();
      assert.ok(unseen.length > 0);
      assert.ok(unseen.every((r) => r.action === 'audit_view'));

      const views = (
        await list(auditor.token, `?caseNumber=${encodeURIComponent(caseNumber)}&action=case_view`)
      ).json<AuditPage>();
      assert.deepEqual(
        views.items.map((i) => [i.action, i.actor, i.caseNumber]),
        [
          ['case_view', triage.username, caseNumber],
          ['case_view', triage.username, caseNumber],
        ],
      );
      assert.equal(views.nextCursor, null);

      const readings = await env.ctx.db
        .selectFrom('audit_log')
        .select(['actor', 'detail'])
        .where('action', '=', 'audit_view')
        .execute();
      assert.ok(readings.length >= 3);
      assert.ok(readings.every((r) => r.actor === auditor.username));
      assert.ok(readings.some((r) => JSON.parse(r.detail).caseNumber === caseNumber));

      const bad = await list(auditor.token, '?limit=5000');
      assert.equal(bad.statusCode, 422);
      assert.ok(bad.json().error.fields.limit);
    });

    it('shows the head to write down while the chain holds, and a broken chain', async () => {
      await activity();
      const auditor = await staffToken(env, 'auditor');
      const cookies = await backOfficeCookies(env, auditor);

      const intact = await env.app.inject({ url: '/staf/audit', cookies });
      assert.equal(intact.statusCode, 200);
      assert.match(intact.body, /Rantai log utuh/);
      assert.ok(intact.body.includes(formatHead(await auditHead(env.ctx.db))));
      assert.match(
        intact.body,
        /<strong>Membuka perkara<\/strong><br \/><span class="meta">case_view/,
      );
      const verified = await env.app.inject({
        url: '/api/v1/audit/verification',
        headers: { authorization: `Bearer ${auditor.token}` },
      });
      assert.equal(verified.json().ok, true);

      // Someone with the database rewrites what a case view said.
      const target = await env.ctx.db
        .selectFrom('audit_log')
        .select('id')
        .where('action', '=', 'case_view')
        .orderBy('id')
        .executeTakeFirstOrThrow();
      await sql`update audit_log set actor = 'orang.lain' where id = ${target.id}`.execute(
        env.ctx.db,
      );

      const broken = await env.app.inject({ url: '/staf/audit', cookies });
      assert.equal(broken.statusCode, 200);
      assert.match(broken.body, /Rantai log RUSAK/);
      assert.doesNotMatch(broken.body, /Rantai log utuh/);
      assert.match(broken.body, new RegExp(`entry ${target.id} does not match its hash`));
      assert.match(broken.body, /<tr class="broken">[\s\S]*?orang\.lain/);
      const failed = await env.app.inject({
        url: '/api/v1/audit/verification',
        headers: { authorization: `Bearer ${auditor.token}` },
      });
      assert.equal(failed.json().ok, false);
      assert.match(failed.json().problem, new RegExp(`entry ${target.id}`));
    });
  });
}
