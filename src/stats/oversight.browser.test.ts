/**
 * In a real browser on a phone-sized screen: appreciation to a unit picked from the list and
 * the reporter's thank-you, then the statistics and audit log pages, without JavaScript.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { listen, openBrowser, screenshot, viewport } from '../testing/browser.js';
import { engines, fullReport, openTestEnv, staffToken, type TestEnv } from '../testing/harness.js';
import { confirmWithRecovery } from '../keys/confirm.js';
import { base32Decode, totp } from '../staff/totp.js';
import { createUser } from '../staff/users.js';

const mainText = (page: Page) => page.locator('main').innerText();

/** Whether the page is as wide as the screen: nothing to scroll sideways on a phone. */
const fitsTheScreen = async (page: Page) =>
  (await page.evaluate(() => document.documentElement.scrollWidth)) <= viewport.width;

for (const engine of engines) {
  describe(`appreciation and oversight in a browser (${engine})`, () => {
    let env: TestEnv;
    let base: string;
    let users = 0;
    const shots = engine === 'embedded';
    const shot = (page: Page, name: string) => screenshot(page, name, shots);
    before(async () => {
      env = await openTestEnv(engine);
      base = await listen(env);
    });
    after(() => env.close());
    beforeEach(() => env.reset());

    /** Logs a new staff member into the back office, enrolling the authenticator. */
    const logIn = async (page: Page, role: 'pimpinan' | 'auditor', unit: string) => {
      const username = `${role}.peramban.${++users}`;
      const password = 'sandi-rahasia-peramban';
      await createUser(env.ctx, { username, unit, role, password });
      if (role === 'pimpinan') await confirmWithRecovery(env.ctx, env.recoveryKey, username);
      await page.goto(`${base}/staf/masuk`);
      await page.fill('#username', username);
      await page.fill('#password', password);
      await page.getByRole('button', { name: 'Masuk' }).click();
      await page.waitForURL(`${base}/staf/2fa`);
      const key = (await page.locator('main code').innerText()).replace(/\s/g, '');
      await page.fill('#code', totp(base32Decode(key), Date.now()));
      await page.getByRole('button', { name: 'Aktifkan' }).click();
      await page.getByRole('link', { name: 'Lanjut ke kotak masuk' }).click();
      await page.waitForURL(`${base}/staf`);
    };

    it('sends appreciation to a unit picked from the list and thanks the reporter', async () => {
      const reporter = await openBrowser({ javaScriptEnabled: false });
      try {
        const page = reporter.page;
        await page.goto(`${base}/q/BPN-CC110/apresiasi`);
        assert.equal(await page.inputValue('#f-unit'), 'POLRESTA-BPN');
        assert.ok(await fitsTheScreen(page));
        await page.fill('#f-description', 'Bripda Sigap mengantar anak kami yang tersesat pulang.');
        await page.fill('#f-subjects-0-name', 'Bripda Sigap');
        await page.selectOption('#f-unit', 'POLSEK-BPN-KOTA');
        await page.locator('#f-unit').scrollIntoViewIfNeeded();
        await shot(page, 'appreciation-01-unit-list');
        await page.getByRole('button', { name: 'Kirim apresiasi' }).click();
        await page.locator('p.receipt').waitFor();
        const receipt = (await page.locator('p.receipt').innerText()).trim();
        assert.match(await mainText(page), /POLSEK-BPN-KOTA/);

        const reader = await staffToken(env, 'apresiasi', 'POLSEK-BPN-KOTA');
        const caseNumber = (
          await env.ctx.db.selectFrom('cases').select('case_number').executeTakeFirstOrThrow()
        ).case_number;
        const moved = await env.app.inject({
          method: 'POST',
          url: `/api/v1/cases/${encodeURIComponent(caseNumber)}/transitions`,
          headers: { authorization: `Bearer ${reader.token}` },
          payload: { to: 'diteruskan' },
        });
        assert.equal(moved.statusCode, 200, moved.body);

        await page.goto(`${base}/q/BPN-CC110`);
        await page.fill('#receipt', receipt);
        await page.getByRole('button', { name: 'Buka laporan' }).click();
        await page.waitForURL(`${base}/laporan`);
        assert.match(
          await page.locator('.note[role=status]').first().innerText(),
          /telah diteruskan kepada pimpinan\/SDM Polsek Balikpapan Kota/,
        );
        assert.ok(await fitsTheScreen(page));
        await shot(page, 'appreciation-03-thanked');
      } finally {
        await reporter.close();
      }
    });

    it('keeps what was typed when the unit sent is not one of the list', async () => {
      const reporter = await openBrowser();
      try {
        const page = reporter.page;
        await page.goto(`${base}/q/BPN-CC110/apresiasi`);
        const typed = 'Pelayanan SPKT cepat dan sopan.';
        await page.fill('#f-description', typed);
        // What a tampered or stale page would send: a code that is not in the list.
        await page.evaluate(() => {
          const select = document.querySelector<HTMLSelectElement>('#f-unit')!;
          select.add(new Option('Polres Atlantis', 'POLRES-ATLANTIS', true, true));
        });
        await page.getByRole('button', { name: 'Kirim apresiasi' }).click();
        await page.locator('#f-unit-error').waitFor();
        assert.equal(await page.locator('#f-unit-error').innerText(), 'Pilih unit dari daftar.');
        assert.equal(await page.inputValue('#f-description'), typed);
        assert.equal(await page.inputValue('#f-unit'), 'POLRESTA-BPN');
        await page.locator('.errors[role=alert]').scrollIntoViewIfNeeded();
        await shot(page, 'appreciation-02-unit-error');
      } finally {
        await reporter.close();
      }
    });

    it('shows statistics and the audit log on a phone, without JavaScript', async () => {
      const head = await staffToken(env, 'pimpinan', 'POLRESTA-BPN');
      for (const marker of ['satu', 'dua']) {
        await env.app.inject({
          method: 'POST',
          url: '/api/v1/reports',
          payload: fullReport(marker),
        });
      }
      const number = (
        await env.app.inject({
          method: 'POST',
          url: '/api/v1/reports',
          payload: fullReport('tiga', { category: 'kekerasan' }),
        })
      ).json<{ caseNumber: string }>().caseNumber;
      await env.app.inject({
        method: 'POST',
        url: `/api/v1/cases/${encodeURIComponent(number)}/transitions`,
        headers: { authorization: `Bearer ${head.token}` },
        payload: { to: 'selesai', outcome: 'tidak_dapat_ditindaklanjuti' },
      });
      for (const unit of ['POLRESTA-BPN', 'POLSEK-BPN-KOTA']) {
        await env.app.inject({
          method: 'POST',
          url: '/api/v1/reports',
          payload: { channel: 'BPN-CC110', kind: 'apresiasi', description: 'Ramah.', unit },
        });
      }

      const desk = await openBrowser({ javaScriptEnabled: false });
      try {
        const page = desk.page;
        await logIn(page, 'pimpinan', 'POLRESTA-BPN');
        await page.getByRole('link', { name: 'Statistik', exact: true }).click();
        await page.waitForURL(`${base}/staf/statistik`);
        assert.match(await mainText(page), /Polsek Balikpapan Kota/);
        const bpn = page.locator('#unit-POLRESTA-BPN');
        assert.match(await bpn.locator('.figures').innerText(), /4\s*laporan/);
        assert.match(await bpn.locator('.figures').innerText(), /1\s*apresiasi/);
        assert.ok(await fitsTheScreen(page));
        await shot(page, 'stats-01-phone');
        await bpn.scrollIntoViewIfNeeded();
        await shot(page, 'stats-02-unit');

        await page.fill('#s-from', '2026-03-10');
        await page.fill('#s-to', '2026-03-01');
        await page.getByRole('button', { name: 'Tampilkan' }).click();
        await page.locator('#s-to-error').waitFor();
        assert.equal(await page.inputValue('#s-from'), '2026-03-10');
        await shot(page, 'stats-03-bad-period');

        await page.setViewportSize({ width: 1280, height: 900 });
        await page.goto(`${base}/staf/statistik`);
        await shot(page, 'stats-04-desktop');
      } finally {
        await desk.close();
      }

      const auditorDesk = await openBrowser({ javaScriptEnabled: false });
      try {
        const page = auditorDesk.page;
        await logIn(page, 'auditor', 'POLDA-KALTIM');
        await page.getByRole('link', { name: 'Log audit', exact: true }).click();
        await page.waitForURL(`${base}/staf/audit`);
        assert.match(await page.locator('.note[role=status]').innerText(), /Rantai log utuh/);
        assert.ok(await fitsTheScreen(page));
        await shot(page, 'audit-01-intact');

        await sql`update audit_log set detail = '{"to":"sidang"}' where action = 'state_change'`.execute(
          env.ctx.db,
        );
        await page.reload();
        assert.match(await page.locator('.errors[role=alert]').innerText(), /Rantai log RUSAK/);
        await page.locator('tr.broken').scrollIntoViewIfNeeded();
        assert.match(await page.locator('tr.broken').innerText(), /state_change/);
        await shot(page, 'audit-02-broken');

        await page.selectOption('#a-action', 'login');
        await page.getByRole('button', { name: 'Saring' }).click();
        await page.waitForURL(/action=login/);
        assert.equal(await page.locator('table.audit tbody tr').count(), 3);
        await page.setViewportSize({ width: 1280, height: 900 });
        await shot(page, 'audit-03-desktop');
      } finally {
        await auditorDesk.close();
      }
    });
  });
}
