/** The progress letter names the case and its four parts, and nothing about the reporter. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  progressLetterInputFrom,
  progressLetterPdf,
  type LetterUpdate,
  type ProgressLetterInput,
} from './progress-letter.js';
import {
  identityMarkers,
  pageTexts,
  pdfInfo,
  renderPages,
  unicodePrinted,
  unicodeSample,
  unit,
  wholeCase,
  wordBoxes,
} from './testing.js';

const update: LetterUpdate = {
  sequence: 2,
  sentAt: new Date('2026-12-04T15:30:00Z'),
  done: 'DILAKUKAN-PENANDA Memeriksa dua orang saksi dan meminta rekaman CCTV ruang pelayanan.',
  results: 'HASIL-PENANDA Keterangan saksi menguatkan sebagian laporan.',
  obstacles: '',
  next: 'LANJUT-PENANDA Memanggil terlapor untuk klarifikasi.',
};

function letterFor(overrides: Partial<LetterUpdate> = {}, lang: 'id' | 'en' = 'id') {
  return progressLetterInputFrom({
    case: wholeCase(),
    unit,
    update: { ...update, ...overrides },
    lang,
    publicUrl: 'https://peluit.polri.example/',
  });
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ');

describe('progress letter', () => {
  it('names the case number, what was done, the results, the obstacles and the next step', async () => {
    const pdf = await progressLetterPdf(letterFor());
    assert.equal(renderPages(pdf), 1);
    const text = oneLine(pageTexts(pdf).join(' '));

    assert.match(text, /SURAT PEMBERITAHUAN PERKEMBANGAN HASIL PENYELIDIKAN\/PEMERIKSAAN/);
    assert.match(text, /WBS\/0007\/XII\/2026\/POLRESTA-BPN/);
    assert.match(text, /Pemberitahuan ke-2/);
    assert.match(text, /Yth\. Pelapor/);
    for (const part of [
      'Yang telah dilakukan',
      'Hasil sementara',
      'Hambatan',
      'Langkah selanjutnya',
    ])
      assert.match(text, new RegExp(part));
    for (const marker of ['DILAKUKAN-PENANDA', 'HASIL-PENANDA', 'LANJUT-PENANDA'])
      assert.match(text, new RegExp(marker));
    assert.match(text, /Hambatan Tidak ada/, 'no obstacles are said to be none');
    assert.match(text, /4 Des 2026 \(WITA\)/, 'the day in the unit’s zone, named');
    assert.match(text, /https:\/\/peluit\.polri\.example\/ikuti/);
    assert.match(text, /Halaman 1 dari 1/);
  });

  it('carries nothing that identifies the reporter, though it was built from the whole case', async () => {
    const input = letterFor();
    const built = JSON.stringify(input);
    for (const marker of identityMarkers)
      assert.ok(!built.includes(marker), `${marker} reached the input`);

    const pdf = await progressLetterPdf(input);
    const text = oneLine(pageTexts(pdf).join(' '));
    const info = pdfInfo(pdf);
    for (const marker of identityMarkers) {
      assert.ok(!text.includes(marker), `${marker} is printed`);
      assert.ok(!info.includes(marker), `${marker} is in the metadata`);
    }
    assert.ok(!/\d{4} \d{4} \d{4} \d{4}/.test(text), 'no receipt-shaped number');
  });

  it('refuses a follow-up address that carries a receipt', async () => {
    const input: ProgressLetterInput = {
      ...letterFor(),
      followUpUrl: 'https://peluit.polri.example/ikuti?r=4821773019456602',
    };
    await assert.rejects(progressLetterPdf(input), /receipt/);
  });

  it('dates the letter in the handling unit’s zone, WIB and WIT alike', async () => {
    const sentAt = new Date('2026-12-31T16:30:00Z');
    const jakarta = { ...letterFor({ sentAt }), unit: { ...unit, timeZone: 'Asia/Jakarta' } };
    const jayapura = { ...letterFor({ sentAt }), unit: { ...unit, timeZone: 'Asia/Jayapura' } };
    assert.match(
      oneLine(pageTexts(await progressLetterPdf(jakarta)).join(' ')),
      /31 Des 2026 \(WIB\)/,
    );
    assert.match(
      oneLine(pageTexts(await progressLetterPdf(jayapura)).join(' ')),
      /1 Jan 2027 \(WIT\)/,
    );
  });

  it('speaks English when asked', async () => {
    const pdf = await progressLetterPdf(letterFor({}, 'en'));
    const text = oneLine(pageTexts(pdf).join(' '));
    assert.match(text, /NOTICE OF THE PROGRESS/);
    assert.match(text, /The reporter/);
    assert.match(text, /Obstacles None/);
    assert.match(text, /Page 1 of 1/);
  });

  it('continues a long update over pages, with any character shown or stood in for', async () => {
    const long = Array.from({ length: 400 }, (_, i) => `langkah-${i}`).join(' ');
    const pdf = await progressLetterPdf(
      letterFor({ done: `${long} ${unicodeSample} AKHIR-PENANDA` }),
    );
    const pages = pageTexts(pdf);
    assert.ok(pages.length >= 2, 'the letter needs more than a page');
    assert.equal(renderPages(pdf), pages.length);
    pages.forEach((page, i) =>
      assert.match(page, new RegExp(`Halaman ${i + 1} dari ${pages.length}`)),
    );
    const text = oneLine(pages.join(' '));
    for (let i = 0; i < 400; i++)
      assert.ok(text.includes(`langkah-${i} `), `langkah-${i} is missing`);
    for (const part of [...unicodePrinted, 'AKHIR-PENANDA', 'Langkah selanjutnya'])
      assert.ok(text.includes(part), `${part} is missing`);
    assert.match(text, /menandai karakter yang tidak dapat dicetak/, 'the stand-ins are explained');

    const { pages: sizes, words } = wordBoxes(pdf);
    for (const word of words) {
      const { width } = sizes[word.page - 1]!;
      assert.ok(word.xMin >= 49 && word.xMax <= width - 49, `"${word.text}" runs off the page`);
    }
  });
});
