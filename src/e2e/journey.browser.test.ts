/**
 * The main journey in a real browser, on both databases, with JavaScript on and off: a report
 * from the QR landing page, triage in the back office, a question answered, a conclusion.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { listen, openBrowser, screenshot, type TestBrowser } from '../testing/browser.js';
import { engines, tinyJpeg, type TestEnv, openTestEnv } from '../testing/harness.js';
import { confirmWithRecovery } from '../keys/confirm.js';
import { base32Decode, totp } from '../staff/totp.js';
import { createUser } from '../staff/users.js';

const landing = '/q/BPN-SIDOKKES';
const photo = (name: string) => ({ name, mimeType: 'image/jpeg', buffer: tinyJpeg });
const mainText = (page: Page) => page.locator('main').innerText();
/** The words of the page as written, before styles (such as capitals) change them. */
const words = async (page: Page) =>
  ((await page.locator('main').textContent()) ?? '').replace(/\s+/g, ' ');

async function countCases(env: TestEnv): Promise<number> {
  const row = await env.ctx.db
    .selectFrom('cases')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The receipt with one digit changed, so its check digit no longer fits. */
function mistype(receipt: string): string {
  const digits = receipt.replace(/ /g, '');
  const typo = digits.slice(0, 5) + ((Number(digits[5]) + 1) % 10) + digits.slice(6);
  return typo.replace(/(\d{4})(?=\d)/g, '$1 ');
}

for (const engine of engines) {
  describe(`the journey in a browser (${engine})`, () => {
    let env: TestEnv;
    let base: string;
    let users = 0;
    before(async () => {
      env = await openTestEnv(engine);
      base = await listen(env);
    });
    after(() => env.close());
    beforeEach(() => env.reset());

    for (const javaScriptEnabled of [true, false]) {
      const js = javaScriptEnabled ? 'js' : 'nojs';
      it(`carries a report from the QR code to its outcome (JavaScript ${js})`, async () => {
        const shots = javaScriptEnabled && engine === 'embedded';
        const shot = (page: Page, name: string) => screenshot(page, name, shots);
        const reporter = await openBrowser({ javaScriptEnabled });
        let staff: TestBrowser | undefined;
        try {
          const page = reporter.page;

          // 1. The landing page of the QR code names the unit, the room and the choices.
          await page.goto(base + landing);
          const welcome = await mainText(page);
          for (const text of ['Polresta Balikpapan', 'Ruang Sidokkes'])
            assert.match(welcome, new RegExp(text));
          const choices = await page.locator('ul.choices a.choice strong').allInnerTexts();
          assert.deepEqual(choices, ['Laporkan pelanggaran', 'Pengaduan cepat', 'Beri apresiasi']);
          assert.equal(await page.getByRole('button', { name: 'Buka laporan' }).count(), 1);
          assert.match(welcome, /Pantau laporan/);
          await shot(page, 'reporter-01-landing');

          // 2. The full form, sent first without a description but with a photo.
          await page.getByRole('link', { name: /Laporkan pelanggaran/ }).click();
          await page.waitForURL(`**${landing}/pengaduan`);
          await shot(page, 'reporter-02-form');
          await page.selectOption('#f-category', 'pungli');
          const typed: Record<string, string> = {
            '#f-occurredAt': '2026-11-20',
            '#f-occurredAtNote': 'sore hari',
            '#f-place': 'Ruang Sidokkes, loket 2',
            '#f-subjects-0-name': 'Bripka Contoh',
            '#f-subjects-0-nrp': '85010123',
            '#f-witnesses': 'Dua pemohon lain di ruang tunggu',
          };
          for (const [selector, value] of Object.entries(typed)) await page.fill(selector, value);
          await page.setInputFiles('#f-files', photo('bukti.jpg'));
          await page.getByRole('button', { name: 'Kirim laporan' }).click();

          await page.locator('#f-description-error').waitFor();
          assert.equal(await page.locator('#f-description-error').innerText(), 'Wajib diisi.');
          assert.equal(await page.getAttribute('#f-description', 'aria-invalid'), 'true');
          assert.match(await page.locator('.errors[role=alert]').innerText(), /perlu diperbaiki/);
          for (const [selector, value] of Object.entries(typed)) {
            assert.equal(await page.inputValue(selector), value, selector);
          }
          assert.equal(await page.inputValue('#f-category'), 'pungli');
          assert.match(await mainText(page), /Sudah terlampir:\s*bukti\.jpg/);
          assert.equal(await countCases(env), 0);
          await shot(page, 'reporter-03-form-errors');

          await page.fill('#f-description', 'Petugas meminta uang untuk surat keterangan sehat.');
          await page.getByRole('button', { name: 'Kirim laporan' }).click();
          await page.locator('p.receipt').waitFor();
          const receipt = (await page.locator('p.receipt').innerText()).trim();
          assert.match(receipt, /^\d{4} \d{4} \d{4} \d{4}$/);
          // What happens next, and when, and where else to turn.
          assert.match(await mainText(page), /menanggapi laporan Anda dalam 7 hari/);
          assert.match(await mainText(page), /dalam 3 bulan/);
          assert.match(await mainText(page), /Ombudsman/);
          const numberLine = await page.getByText(/^Nomor perkara:/).innerText();
          const caseNumber = numberLine.replace(/^Nomor perkara:\s*/, '').trim();
          assert.match(caseNumber, /^WBS\/0001\/[IVX]+\/20\d\d\/POLRESTA-BPN$/);
          await shot(page, 'reporter-04-receipt');

          // Sending the same form again (a reload of the result) gives the same receipt.
          const [resent] = await Promise.all([page.waitForRequest(/\/pengaduan$/), page.reload()]);
          assert.equal(resent.method(), 'POST');
          await page.locator('p.receipt').waitFor();
          assert.equal((await page.locator('p.receipt').innerText()).trim(), receipt);
          assert.equal(await countCases(env), 1);

          // 3. Triage in the back office.
          staff = await openBrowser({ javaScriptEnabled });
          const desk = staff.page;
          const username = `pimpinan.browser.${++users}.${js}`;
          const password = 'sandi-rahasia-peramban';
          // The head of the section: concluding needs no one else's approval.
          await createUser(env.ctx, {
            username,
            unit: 'POLRESTA-BPN',
            role: 'pimpinan',
            password,
          });
          await confirmWithRecovery(env.ctx, env.recoveryKey, username);
          await desk.goto(`${base}/staf/masuk`);
          await desk.fill('#username', username);
          await desk.fill('#password', password);
          await desk.getByRole('button', { name: 'Masuk' }).click();
          // The first log-in enrols the second factor: the key is shown under the QR code.
          await desk.waitForURL(`${base}/staf/2fa`);
          await shot(desk, 'staff-00-enrol');
          const key = (await desk.locator('main code').innerText()).replace(/\s/g, '');
          await desk.fill('#code', totp(base32Decode(key), Date.now()));
          await desk.getByRole('button', { name: 'Aktifkan' }).click();
          assert.equal(await desk.locator('main li code').count(), 10, 'ten recovery codes');
          await desk.getByRole('link', { name: 'Lanjut ke kotak masuk' }).click();
          await desk.waitForURL(`${base}/staf`);
          assert.match(await mainText(desk), /Kotak masuk/);
          await shot(desk, 'staff-01-inbox');
          await desk.getByRole('link', { name: caseNumber }).click();
          await desk.locator('h1', { hasText: caseNumber }).waitFor();
          assert.match(await mainText(desk), /surat keterangan sehat/);
          assert.match(await mainText(desk), /bukti\.jpg/);

          const caseUrl = desk.url();
          await desk.selectOption('#to', 'verifikasi');
          await desk.getByRole('button', { name: 'Simpan status' }).click();
          await desk.waitForURL(caseUrl);
          assert.equal(await desk.locator('dl.fields .state').first().innerText(), 'Verifikasi');

          const write = async (visibility: 'reporter' | 'internal', body: string) => {
            const form = desk.locator('form[action$="/pesan"]');
            await form.locator(`input[name=visibility][value=${visibility}]`).check();
            await form.locator('textarea[name=body]').fill(body);
            await form.getByRole('button', { name: 'Kirim' }).click();
            await desk.locator('ul.messages li', { hasText: body }).waitFor();
          };
          await write('reporter', 'Jam berapa kejadiannya?');
          await write('internal', 'Catatan: cek CCTV loket');
          await shot(desk, 'staff-02-case');

          // 4. The reporter comes back with the receipt, first mistyping one digit.
          await page.goto(base + landing);
          const wrong = mistype(receipt);
          await page.fill('#receipt', wrong);
          await page.getByRole('button', { name: 'Buka laporan' }).click();
          await page.locator('#receipt-error').waitFor();
          assert.match(
            await page.locator('#receipt-error').innerText(),
            /Periksa kembali angkanya/,
          );
          assert.equal(await page.inputValue('#receipt'), wrong);
          await shot(page, 'reporter-05-receipt-mistyped');

          await page.fill('#receipt', receipt);
          await page.getByRole('button', { name: 'Buka laporan' }).click();
          await page.waitForURL(`${base}/laporan`);
          assert.equal(await page.locator('h1').innerText(), caseNumber);
          assert.equal(await page.locator('.state').innerText(), 'Verifikasi');
          const followed = await mainText(page);
          assert.match(followed, /Jam berapa kejadiannya\?/);
          assert.doesNotMatch(await page.content(), /CCTV/);
          await shot(page, 'reporter-06-follow');

          await page.fill('#body', 'Sekitar jam empat sore.');
          await page.setInputFiles('#files', photo('foto.jpg'));
          await page.getByRole('button', { name: 'Kirim', exact: true }).click();
          await page.waitForURL(`${base}/laporan?terkirim=1`);
          assert.match(await page.locator('[role=status]').innerText(), /Pesan Anda terkirim/);
          const mine = page.locator('li.message.mine');
          // Laid out as typed: no indentation from the page's markup around the message.
          const bubble = (await mine.innerText()).trim().replace(/\n+/g, '\n');
          assert.match(
            bubble,
            /^Anda · \d{1,2} \w{3} \d{4} WITA\nSekitar jam empat sore\.\nBerkas: foto\.jpg$/,
          );
          await shot(page, 'reporter-07-answered');

          // 5. Staff see the answer and conclude; the reporter sees the outcome.
          await desk.reload();
          const answer = desk.locator('ul.messages li', { hasText: 'Sekitar jam empat sore.' });
          assert.match(await answer.innerText(), /Pelapor[\s\S]*foto\.jpg/);
          // Leaving assessment needs a track; without a hearing it is not substantiated.
          await desk.selectOption('#track', 'disiplin');
          await desk.getByRole('button', { name: 'Simpan penilaian' }).click();
          await desk.waitForURL(caseUrl);
          await desk.selectOption('#to', 'selesai');
          await desk.selectOption('#outcome', 'tidak_terbukti');
          await desk.getByRole('button', { name: 'Simpan status' }).click();
          await desk.waitForURL(caseUrl);
          assert.match(
            await desk.locator('dl.fields dd').first().innerText(),
            /Selesai · Tidak terbukti/,
          );
          await shot(desk, 'staff-03-case-concluded');

          await page.goto(`${base}/laporan`);
          assert.equal(await page.locator('.state').innerText(), 'Selesai');
          assert.match(await page.locator('dl.fields').innerText(), /Hasil\s*Tidak terbukti/);
          await shot(page, 'reporter-08-concluded');
          assert.equal(await countCases(env), 1);
        } finally {
          await staff?.close();
          await reporter.close();
        }
      });
    }

    it('shows the landing page in English when asked', async () => {
      const browser = await openBrowser();
      try {
        const page = browser.page;
        await page.goto(`${base}${landing}?lang=en`);
        assert.equal(await page.getAttribute('html', 'lang'), 'en');
        const text = await words(page);
        for (const phrase of ['Official Propam channel', 'What would you like to do?']) {
          assert.ok(text.includes(phrase), phrase);
        }
        const choices = await page.locator('ul.choices a.choice strong').allInnerTexts();
        assert.deepEqual(choices, ['Report misconduct', 'Quick complaint', 'Send appreciation']);
        assert.match(text, /Follow up a report/);
        assert.doesNotMatch(text, /Apa yang ingin Anda lakukan/);
        await screenshot(page, 'reporter-09-landing-en', engine === 'embedded');
      } finally {
        await browser.close();
      }
    });
  });
}
