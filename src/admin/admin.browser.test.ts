/**
 * The administration pages in a real browser on a phone-sized screen, without JavaScript: the
 * national import with its progress, a new account and its first log-in, a move, the settings.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { listen, openBrowser, screenshot } from '../testing/browser.js';
import {
  engines,
  logInStaff,
  openTestEnv,
  secondFactorFor,
  staffToken,
  type TestEnv,
} from '../testing/harness.js';

const nationalFile = path.resolve(import.meta.dirname, '../demo/data/units-indonesia.csv');
const mainText = (page: Page) => page.locator('main').innerText();

for (const engine of engines) {
  describe(`administration in a browser (${engine})`, () => {
    let env: TestEnv;
    let base: string;
    before(async () => {
      env = await openTestEnv(engine);
      base = await listen(env);
    });
    after(() => env.close());
    beforeEach(() => env.reset());

    it('imports the national units, creates an account and edits the settings, without JavaScript', async () => {
      const shots = engine === 'embedded';
      const shot = (page: Page, name: string) => screenshot(page, `admin-${name}`, shots);
      const admin = await staffToken(env, 'admin', 'MABES');
      const browser = await openBrowser({ javaScriptEnabled: false });
      try {
        const page = browser.page;
        const logIn = async (username: string, password: string) => {
          await page.goto(`${base}/staf/masuk`);
          await page.fill('#username', username);
          await page.fill('#password', password);
          await page.fill('#totp', secondFactorFor(env, username) ?? '');
          await page.click('button[type=submit]');
        };
        await logIn(admin.username, admin.password);
        await page.click('header a[href="/staf/admin"]');
        assert.match(await mainText(page), /Administrasi/);
        await shot(page, 'home');

        await page.click('nav a[href="/staf/admin/unit"]');
        await page.setInputFiles('#file', nationalFile);
        await page.click('form[action="/staf/admin/unit/impor"] button[type=submit]');
        await page.getByText('543 unit diimpor.').waitFor();
        assert.equal((await page.locator('.import-step').count()) > 1, true, 'progress was shown');
        await shot(page, 'import-done');
        await page.goto(`${base}/staf/admin/unit?q=papua`);
        assert.match(await mainText(page), /Polda Papua/);
        const wide = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(wide <= 390, `the unit list fits the phone (${wide}px)`);
        await shot(page, 'units');

        await page.goto(`${base}/staf/admin/pengguna`);
        await page.fill('#new-username', 'x');
        await page.selectOption('#new-unit', 'POLRESTA-BPN');
        await page.fill('#new-password', 'sementara-01');
        await page.click('form#baru button[type=submit]');
        assert.match(await mainText(page), /Huruf kecil/i);
        assert.equal(
          await page.inputValue('#new-password'),
          'sementara-01',
          'nothing typed is lost',
        );
        await shot(page, 'users-error');
        await page.fill('#new-username', 'triase.baru');
        await page.click('form#baru button[type=submit]');
        assert.match(await mainText(page), /Pengguna dibuat/);
        await shot(page, 'user');

        await page.selectOption('#unit', 'POLRESTA-SMD');
        await page.click('form[action$="/peran"] button[type=submit]');
        assert.match(await mainText(page), /Yakin memindahkan/);
        await shot(page, 'move-check');
        await page.getByRole('button', { name: 'Ya, pindahkan' }).click();
        assert.match(await mainText(page), /Dipindahkan/);

        await page.goto(`${base}/staf/admin/pengaturan`);
        await page.fill('#acknowledgeAmount', 'dua');
        await page.click('form[action="/staf/admin/pengaturan"] button[type=submit]');
        assert.match(await mainText(page), /Bilangan bulat dari 1 sampai 1000/);
        assert.equal(await page.inputValue('#acknowledgeAmount'), 'dua');
        await shot(page, 'settings-error');
        await page.goto(`${base}/staf/admin/kategori`);
        await shot(page, 'categories');
        await page.goto(`${base}/staf/admin/sanksi`);
        await shot(page, 'sanctions');

        // The new account's first log-in: the second factor, then its own password.
        await logInStaff(env, 'triase.baru', 'sementara-01');
        await browser.context.clearCookies();
        await logIn('triase.baru', 'sementara-01');
        assert.match(page.url(), /\/staf\/sandi$/);
        assert.match(await mainText(page), /kata sandi sementara/i);
        await shot(page, 'first-password');
        await page.fill('#current', 'sementara-01');
        await page.fill('#password', 'sandi-saya-sendiri');
        await page.click('form[action="/staf/sandi"] button[type=submit]');
        assert.match(page.url(), /\/staf$/);
      } finally {
        await browser.close();
      }
    });
  });
}
