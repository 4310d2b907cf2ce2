/**
 * A Propam section carries a complaint from `diterima` to `selesai` in a real browser on a
 * phone-sized screen: the triage officer assesses and assigns it, the investigator works it and
 * writes a progress update, the head approves, and the reporter sees every public step.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { listen, openBrowser, screenshotsWanted, type TestBrowser } from '../testing/browser.js';
import {
  backOfficeCookies,
  fullReport,
  openTestEnv,
  staffToken,
  type TestEnv,
} from '../testing/harness.js';
import fs from 'node:fs';
import path from 'node:path';

const shots = path.resolve(import.meta.dirname, '../../tmp/screens');
async function fullShot(page: Page, name: string) {
  if (!screenshotsWanted) return;
  fs.mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
}

describe('case work in a browser (embedded)', () => {
  let env: TestEnv;
  let base: string;
  let browser: TestBrowser;
  before(async () => {
    env = await openTestEnv('embedded');
    base = await listen(env);
    browser = await openBrowser();
  });
  after(async () => {
    await browser.close();
    await env.close();
  });

  /** Switches the browser to a staff member's back office session. */
  async function as(staff: { username: string; password: string }): Promise<Page> {
    const { peluit_staf } = await backOfficeCookies(env, staff);
    await browser.context.clearCookies();
    await browser.context.addCookies([
      { name: 'peluit_staf', value: peluit_staf, url: base, httpOnly: true, sameSite: 'Strict' },
    ]);
    return browser.page;
  }

  it('goes from diterima to selesai with triage, investigator and head', async () => {
    const submitted = await env.app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      payload: fullReport('penanda-peramban'),
    });
    const { caseNumber, receipt } = submitted.json<{ caseNumber: string; receipt: string }>();
    const caseUrl = `${base}/staf/kasus/${encodeURIComponent(caseNumber)}`;
    const triase = await staffToken(env, 'triase');
    const investigator = await staffToken(env, 'penyidik');
    const head = await staffToken(env, 'pimpinan');

    // Triage: the inbox marks the acknowledgement due; assess, move on, assign.
    let page = await as(triase);
    await page.goto(`${base}/staf`);
    const row = page.locator('table.inbox tbody tr').first();
    assert.match(await row.innerText(), /Tanggapan pertama: .* WITA/);
    await fullShot(page, 'work-01-inbox');
    await row.locator('a').first().click();
    await page.waitForURL(caseUrl);
    await page.selectOption('#to', 'verifikasi');
    await page.getByRole('button', { name: 'Simpan status' }).click();
    await page.waitForURL(caseUrl);
    // Leaving assessment without a track is refused, saying why.
    await page.selectOption('#to', 'penyelidikan');
    await page.getByRole('button', { name: 'Simpan status' }).click();
    assert.match(await page.locator('form[action$="/status"] .error').innerText(), /jalur/i);
    await page.selectOption('#track', 'disiplin');
    await page.selectOption('#difficulty', 'sedang');
    await page.fill('#retaliationRisk', 'Pelapor bertugas di ruangan yang sama');
    await page.getByRole('button', { name: 'Simpan penilaian' }).click();
    await page.waitForURL(caseUrl);
    assert.match(await page.locator('ul.deadlines').innerText(), /Kabar perkembangan/);
    await page.selectOption('#username', investigator.username);
    await page.getByRole('button', { name: 'Tugaskan' }).click();
    await page.waitForURL(caseUrl);
    assert.match(
      await page.locator('main').innerText(),
      new RegExp(`Penyidik\\s*${investigator.username.replace(/\./g, '\\.')}`),
    );
    await fullShot(page, 'work-02-triaged');

    // The investigator: investigation, a progress update, the hearing, a conclusion that waits.
    page = await as(investigator);
    await page.goto(`${base}/staf`);
    assert.match(await page.locator('table.inbox').innerText(), /POLRESTA-BPN/);
    await page.goto(caseUrl);
    await page.selectOption('#to', 'penyelidikan');
    await page.getByRole('button', { name: 'Simpan status' }).click();
    await page.waitForURL(caseUrl);
    await page.fill('#progress-done', 'Memeriksa dua saksi dan rekaman CCTV loket');
    await page.fill('#progress-results', 'Keterangan saksi sejalan dengan laporan');
    await page.fill('#progress-next', 'Sidang disiplin');
    await page.getByRole('button', { name: 'Kirim kabar perkembangan' }).click();
    await page.waitForURL(caseUrl);
    assert.match(await page.locator('li.message.progress').innerText(), /Memeriksa dua saksi/);
    const letter = await page.request.get(
      `${base}${await page.locator('li.message.progress a').getAttribute('href')}`,
    );
    assert.equal(letter.headers()['content-type'], 'application/pdf');
    await page.selectOption('#to', 'sidang');
    await page.getByRole('button', { name: 'Simpan status' }).click();
    await page.waitForURL(caseUrl);
    await page.selectOption('#to', 'selesai');
    await page.selectOption('#outcome', 'terbukti');
    await page.selectOption('#sanction', 'teguran_tertulis');
    await page.getByRole('button', { name: 'Simpan status' }).click();
    assert.match(await page.locator('form[action$="/status"] .error').innerText(), /pimpinan/);
    // What was chosen is still chosen.
    assert.equal(await page.locator('#outcome').inputValue(), 'terbukti');
    assert.equal(await page.locator('#sanction').inputValue(), 'teguran_tertulis');
    await fullShot(page, 'work-03-waiting-approval');
    // So the investigator puts it to the head.
    await page.getByRole('button', { name: 'Ajukan ke pimpinan untuk disetujui' }).click();
    await page.waitForURL(caseUrl);
    assert.match(await page.locator('main').innerText(), /menunggu pimpinan/);

    // The head finds it waiting, with the proposal in the approval form, and approves.
    page = await as(head);
    await page.goto(`${base}/staf`);
    await page.getByRole('link', { name: 'Menunggu persetujuan' }).click();
    const waiting = page.locator('table.inbox tbody tr');
    assert.equal(await waiting.count(), 1);
    await waiting.first().locator('a').first().click();
    await page.waitForURL(caseUrl);
    assert.equal(await page.locator('#approve-outcome').inputValue(), 'terbukti');
    assert.equal(await page.locator('#approve-sanction').inputValue(), 'teguran_tertulis');
    await page.getByRole('button', { name: 'Setujui penyelesaian' }).click();
    await page.waitForURL(caseUrl);
    assert.match(await page.locator('main').innerText(), /disetujui/);

    // The investigator concludes.
    page = await as(investigator);
    await page.goto(caseUrl);
    await page.selectOption('#to', 'selesai');
    await page.selectOption('#outcome', 'terbukti');
    await page.selectOption('#sanction', 'teguran_tertulis');
    await page.getByRole('button', { name: 'Simpan status' }).click();
    await page.waitForURL(caseUrl);
    assert.match(
      await page.locator('dl.fields dd').first().innerText(),
      /Selesai · Terbukti · Teguran tertulis/,
    );
    await fullShot(page, 'work-04-concluded');

    // The reporter sees the states, the progress update and the outcome, and nothing internal.
    await browser.context.clearCookies();
    await page.goto(`${base}/ikuti`);
    await page.fill('#receipt', receipt);
    await page.getByRole('button', { name: /Lihat|Masuk|Buka/ }).click();
    const seen = await page.locator('main').innerText();
    assert.match(seen, /Selesai/);
    assert.match(seen, /Terbukti/);
    assert.match(seen, /Memeriksa dua saksi/);
    assert.doesNotMatch(seen, /ruangan yang sama|Teguran/i);
    assert.match(seen, /Selesai pada\s+\d{1,2} \w{3} \d{4} WITA/);
    assert.match(seen, /Ombudsman/, 'where to turn when not satisfied');
    const own = await page.request.get(
      `${base}${await page.locator('a[href^="/laporan/perkembangan/"]').getAttribute('href')}`,
    );
    assert.equal(own.headers()['content-type'], 'application/pdf');
    await fullShot(page, 'work-05-reporter');
  });
});
