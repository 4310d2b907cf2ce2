/** The dossier keeps everything of a large case, on numbered pages, inside the margins. */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { dossierPdf, type DossierInput } from './dossier.js';
import {
  bigDossier,
  markersOf,
  pageTexts,
  renderPages,
  unicodePrinted,
  wordBoxes,
} from './testing.js';

const oneLine = (text: string) => text.replace(/\s+/g, ' ');
const standIn = /‹U\+[0-9A-F]{4,6}›/;

describe('case dossier', () => {
  let input: DossierInput;
  let pdf: Uint8Array;
  let pages: string[];
  let millis: number;

  before(async () => {
    input = bigDossier();
    await dossierPdf(bigDossier({ messages: [] })); // the fonts load once per process
    const started = performance.now();
    pdf = await dossierPdf(input);
    millis = performance.now() - started;
    pages = pageTexts(pdf);
  });

  it('is made quickly for a case with a 20,000-character report and 50 messages', (t) => {
    t.diagnostic(`${pages.length} pages in ${Math.round(millis)} ms`);
    assert.ok(input.report.description.length > 20_000);
    assert.equal(input.messages.length, 50);
    assert.ok(millis < 5000, `took ${Math.round(millis)} ms`);
  });

  it('keeps every word of the report, the messages and the notes', () => {
    const text = oneLine(pages.join(' '));
    const description = markersOf(input.report.description, 'URAIAN');
    assert.equal(description.length, 21, 'a marker every 1,000 characters, and one at the end');
    for (const marker of description) assert.ok(text.includes(marker), `${marker} is missing`);

    for (const message of input.messages) {
      const n = message.id.slice(2);
      const expected =
        message.kind === 'progress'
          ? [`PESAN-${n}-DILAKUKAN`, `PESAN-${n}-HASIL`, `PESAN-${n}-LANJUT`]
          : [`PESAN-${n}`, ...markersOf(message.body, `ISI${n}`)];
      for (const marker of expected) assert.ok(text.includes(marker), `${marker} is missing`);
    }
    for (const marker of [
      'WAKTU-PENANDA',
      'TEMPAT-PENANDA',
      'NAMA-TERLAPOR-1',
      'NRP-87051234',
      'CIRI-TERLAPOR-2',
      'SAKSI-PENANDA',
      'IDENTITAS-NAMA',
      'IDENTITAS-KONTAK',
      'PERISTIWA-PENANDA',
      'BERKAS-PENANDA-foto-loket.jpg',
      'LABEL-PENANDA',
      'Penundaan kenaikan pangkat paling lama 1 tahun',
    ])
      assert.ok(text.includes(marker), `${marker} is missing`);
    const address = (input.report.place ?? '').split(' ')[1]!;
    assert.ok(text.replace(/ /g, '').includes(address), 'the long address is kept whole');
  });

  it('prints Unicode as it is, and stands in visibly for what the font lacks', () => {
    const text = oneLine(pages.join(' '));
    for (const part of [...unicodePrinted, '😀', 'é']) assert.ok(text.includes(part), `${part}`);
    const withStandIns = pages.filter((page) => standIn.test(page));
    assert.ok(withStandIns.length > 0);
    for (const page of pages) {
      const explained = /menandai karakter yang tidak dapat dicetak/.test(page);
      assert.equal(explained, standIn.test(page), 'the footnote is where the stand-ins are');
    }
  });

  it('numbers every page x of n, and says who made it, when, and that it is confidential', () => {
    assert.ok(pages.length > 10);
    assert.equal(renderPages(pdf), pages.length);
    pages.forEach((page, i) => {
      const text = oneLine(page);
      assert.match(text, new RegExp(`Halaman ${i + 1} dari ${pages.length}`));
      assert.match(text, /Dibuat oleh pimpinan\.bpn pada 20 Des 2026,? 15\.00 WITA/);
      assert.match(text, /RAHASIA/);
      assert.match(text, /WBS\/0007\/XII\/2026\/POLRESTA-BPN/);
    });
  });

  it('cuts nothing off the page and lays no word over another', () => {
    const { pages: sizes, words } = wordBoxes(pdf);
    assert.equal(sizes.length, pages.length);
    for (const word of words) {
      const { width, height } = sizes[word.page - 1]!;
      const where = `"${word.text}" on page ${word.page}`;
      assert.ok(word.xMin >= 49 && word.xMax <= width - 49, `${where} runs off the side`);
      assert.ok(word.yMin >= 49 && word.yMax <= height - 49, `${where} runs off the top or foot`);
    }
    for (let page = 1; page <= sizes.length; page++) {
      const on = words.filter((w) => w.page === page);
      for (let i = 0; i < on.length; i++) {
        for (let j = i + 1; j < on.length; j++) {
          const a = on[i]!;
          const b = on[j]!;
          const across = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
          const down = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
          assert.ok(across < 0.5 || down < 0.5, `"${a.text}" and "${b.text}" overlap on ${page}`);
        }
      }
    }
  });

  it('keeps each SHA-256 whole on one line, for the chain of custody', () => {
    const lines = pages.join('\n').split('\n');
    for (const file of input.files) {
      assert.ok(
        lines.some((line) => line.includes(file.sha256)),
        `${file.sha256} is broken`,
      );
    }
  });

  it('marks internal notes and progress updates as such', () => {
    const text = oneLine(pages.join(' '));
    assert.match(text, /Pesan 3 · Catatan internal \(tidak pernah terlihat oleh pelapor\)/);
    assert.match(text, /Pesan 5 · Pemberitahuan perkembangan \(SP2HP\) kepada pelapor/);
    assert.match(text, /Pesan 1 · Pesan dari pelapor/);
    assert.match(text, /Pesan 2 · Pesan kepada pelapor/);
    assert.match(text, /Perubahan status: Diterima → Verifikasi · triase\.bpn/);
    assert.match(text, /Terlambat, belum dipenuhi/, 'a missed deadline says so');
  });

  it('prints the reporter’s identity only when it is given', async () => {
    const without = oneLine(
      pageTexts(await dossierPdf(bigDossier({ identity: undefined }))).join(' '),
    );
    assert.doesNotMatch(without, /IDENTITAS-NAMA|IDENTITAS-KONTAK|Identitas pelapor/);
    assert.match(oneLine(pages.join(' ')), /Identitas pelapor Nama IDENTITAS-NAMA/);
  });

  it('shows every date in the unit’s zone, named, and speaks English when asked', async () => {
    const papua = bigDossier({
      lang: 'en',
      unit: { name: 'Polda Papua', code: 'POLDA-PAPUA', timeZone: 'Asia/Jayapura' },
      messages: [],
    });
    const en = pageTexts(await dossierPdf(papua));
    const text = oneLine(en.join(' '));
    assert.match(text, /CASE DOSSIER/);
    assert.match(text, /Submitted 1 Dec 2026,? 11:00 WIT\b/);
    assert.match(text, /Made by pimpinan\.bpn on 20 Dec 2026,? 16:00 WIT\b/);
    assert.match(text, /Messages and internal notes None/);
    en.forEach((page, i) => assert.match(page, new RegExp(`Page ${i + 1} of ${en.length}`)));
    assert.match(oneLine(pages.join(' ')), /Dilaporkan pada 1 Des 2026,? 10\.00 WITA/);
  });
});
