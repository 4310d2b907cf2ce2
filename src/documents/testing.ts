/**
 * For the documents' tests: a whole case full of markers to look for, and the rendered PDF read
 * back with poppler (`pdftotext`, `pdftoppm`) as a person or a court clerk would see it.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Identity, ReportContent } from '../content/content-store.js';
import type { Case, Unit } from '../db/schema.js';
import type { DossierInput, DossierMessage } from './dossier.js';

export const unicodeSample = 'Ärger ✓ 警察 — ẞ';

/** How the sample prints: the two characters DejaVu lacks stand in with their code points. */
export const unicodePrinted = ['Ärger ✓', '‹U+8B66›‹U+5BDF›', '— ẞ'];

export const unit: Pick<Unit, 'name' | 'code' | 'time_zone'> = {
  name: 'Polresta Balikpapan',
  code: 'POLRESTA-BPN',
  time_zone: 'Asia/Makassar',
};

/** Words that stand for what identifies the reporter; none may reach a progress letter. */
export const identityMarkers = [
  'NAMA-PELAPOR-ZQX',
  'KONTAK-PELAPOR-0812',
  'URAIAN-RAHASIA-KQW',
  'SAKSI-RAHASIA-PLM',
  'TEMPAT-RAHASIA-VBN',
  'TERLAPOR-RAHASIA-JHG',
  'PESAN-PELAPOR-TRE',
  '4821 7730 1945 6602',
];

const words =
  'pada hari itu petugas meminta uang tambahan untuk mempercepat surat keterangan'.split(' ');

/** `length` characters of plausible text with a numbered marker every 1,000 characters. */
export function longText(length: number, prefix: string): string {
  let text = '';
  let n = 0;
  for (let i = 0; text.length < length; i++) {
    if (text.length >= n * 1000) text += `${prefix}-${String(++n).padStart(3, '0')} `;
    text += `${words[i % words.length]} `;
  }
  return `${text}${prefix}-AKHIR`;
}

export function markersOf(text: string, prefix: string): string[] {
  return text.match(new RegExp(`${prefix}-(\\d{3}|AKHIR)`, 'g')) ?? [];
}

/** A case as a caller holds it when it prints: the row, the report, the identity, messages. */
export function wholeCase() {
  const report: ReportContent = {
    description: `URAIAN-RAHASIA-KQW ${longText(2000, 'URAIAN')}`,
    occurredAt: '2026-11-30',
    place: 'TEMPAT-RAHASIA-VBN, loket SKCK',
    subjects: [{ name: 'TERLAPOR-RAHASIA-JHG', rank: 'Bripka', nrp: '87051234' }],
    witnesses: 'SAKSI-RAHASIA-PLM',
  };
  const identity: Identity = { name: 'NAMA-PELAPOR-ZQX', contact: 'KONTAK-PELAPOR-0812' };
  const row: Case = {
    id: '6f9d3c52-0000-4000-8000-000000000001',
    case_number: 'WBS/0007/XII/2026/POLRESTA-BPN',
    unit_id: 3,
    channel_id: 1,
    kind: 'pengaduan',
    category: 'pungli',
    state: 'penyelidikan',
    outcome: null,
    identity_mode: 'confidential',
    subject_is_propam: false,
    subject_is_commander: false,
    escalated: false,
    receipt_hash: Buffer.from('4821 7730 1945 6602'),
    submitted_at: new Date('2026-12-01T02:00:00Z'),
    updated_at: new Date('2026-12-03T02:00:00Z'),
    concluded_at: null,
    track: 'disiplin',
    difficulty: 'sedang',
    retaliation_risk: Buffer.from('risiko tinggi NAMA-PELAPOR-ZQX'),
    assignee_id: 4,
    sanction: null,
    approved_at: null,
    approved_by: null,
    approved_outcome: null,
    approved_sanction: null,
    approval_requested_at: null,
    acknowledged_at: new Date('2026-12-02T02:00:00Z'),
  };
  return {
    ...row,
    report,
    identity,
    receipt: '4821 7730 1945 6602',
    messages: [{ author: 'reporter', body: 'PESAN-PELAPOR-TRE' }],
  };
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * A dossier to test against: a 20,000-character description, 50 messages (notes and progress
 * updates among them), Unicode, an address too long for a line, files and deadlines.
 */
export function bigDossier(overrides: Partial<DossierInput> = {}): DossierInput {
  const at = (day: number, hour = 2) => new Date(Date.UTC(2026, 11, day, hour));
  const messages: DossierMessage[] = Array.from({ length: 50 }, (_, i) => {
    const n = String(i + 1).padStart(2, '0');
    const progress = i % 10 === 4;
    const body = progress
      ? JSON.stringify({
          done: `PESAN-${n}-DILAKUKAN`,
          results: `PESAN-${n}-HASIL`,
          obstacles: '',
          next: `PESAN-${n}-LANJUT`,
        })
      : `PESAN-${n} ${i % 7 === 0 ? unicodeSample : ''} ${longText(300 + i * 20, `ISI${n}`)}`;
    return {
      id: `m-${n}`,
      author: i % 3 === 0 ? 'reporter' : 'staff',
      authorName: i % 3 === 0 ? null : 'penyidik.bpn',
      visibility: i % 3 === 2 ? 'internal' : 'reporter',
      kind: progress ? 'progress' : 'message',
      body,
      createdAt: at(1 + (i % 28), i % 24),
    };
  });
  return {
    lang: 'id',
    generatedBy: 'pimpinan.bpn',
    generatedAt: new Date('2026-12-20T07:00:00Z'),
    unit: { name: unit.name, code: unit.code, timeZone: unit.time_zone },
    channel: { code: 'BPN-SIDOKKES', place: 'Ruang Sidokkes' },
    case: {
      caseNumber: 'WBS/0007/XII/2026/POLRESTA-BPN',
      kind: 'pengaduan',
      category: 'pungli',
      state: 'sidang',
      outcome: null,
      sanction: 'Penundaan kenaikan pangkat paling lama 1 tahun',
      track: 'disiplin',
      difficulty: 'sangat_sulit',
      identityMode: 'confidential',
      subjectIsPropam: true,
      subjectIsCommander: false,
      escalated: true,
      submittedAt: at(1),
      acknowledgedAt: at(2),
      concludedAt: null,
      labels: ['LABEL-PENANDA', 'berulang'],
    },
    report: {
      description: `${longText(20_000, 'URAIAN')}\n\n${unicodeSample} 😀 é`,
      occurredAt: '2026-11-30',
      occurredAtNote: 'WAKTU-PENANDA sekitar pukul sepuluh pagi',
      place: `TEMPAT-PENANDA https://contoh.example/${'jalur-panjang-tanpa-spasi'.repeat(12)}`,
      subjects: [
        { name: 'NAMA-TERLAPOR-1', rank: 'Bripka', nrp: 'NRP-87051234', unit: 'Sat Lantas' },
        { description: 'CIRI-TERLAPOR-2 berkumis, memakai rompi hijau' },
      ],
      witnesses: `SAKSI-PENANDA dua orang pemohon SKCK, bukti transfer ${'0123456789'.repeat(8)}`,
    },
    identity: { name: 'IDENTITAS-NAMA', contact: 'IDENTITAS-KONTAK 0812 0000 1111' },
    events: [
      {
        at: at(1),
        actor: null,
        kind: 'state',
        from: null,
        to: 'diterima',
        outcome: null,
        detail: null,
      },
      {
        at: at(2),
        actor: 'triase.bpn',
        kind: 'state',
        from: 'diterima',
        to: 'verifikasi',
        outcome: null,
        detail: null,
      },
      {
        at: at(3),
        actor: 'triase.bpn',
        kind: 'assign',
        from: 'verifikasi',
        to: 'verifikasi',
        outcome: null,
        detail: 'PERISTIWA-PENANDA penyidik.bpn',
      },
    ],
    messages,
    files: [
      {
        messageId: null,
        name: 'BERKAS-PENANDA-foto-loket.jpg',
        contentType: 'image/jpeg',
        size: 1_234_567,
        sha256: sha('foto'),
        cleaned: true,
        createdAt: at(1),
      },
      {
        messageId: 'm-04',
        name: `kwitansi-${unicodeSample}.pdf`,
        contentType: 'application/pdf',
        size: 912,
        sha256: sha('kwitansi'),
        cleaned: true,
        createdAt: at(4),
      },
    ],
    deadlines: [
      { kind: 'acknowledge', dueAt: at(8), metAt: at(2) },
      { kind: 'progress', dueAt: at(21), metAt: null },
      { kind: 'progress', dueAt: at(16), metAt: null },
      { kind: 'feedback', dueAt: new Date('2027-03-01T02:00:00Z'), metAt: null },
    ],
    ...overrides,
  };
}

/** Runs a poppler tool on `pdf` in a scratch folder; returns what it printed and the folder. */
function poppler<R>(pdf: Uint8Array, run: (file: string, dir: string) => R): R {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peluit-doc-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    fs.writeFileSync(file, pdf);
    return run(file, dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** What `pdfinfo` says of the document: its title, producer, page count… */
export function pdfInfo(pdf: Uint8Array): string {
  return poppler(pdf, (file) => execFileSync('pdfinfo', [file], { encoding: 'utf8' }));
}

/**
 * The text of each page as laid out (the layout mode keeps a hyphen that ends a line, where the
 * default mode would join the word across it).
 */
export function pageTexts(pdf: Uint8Array): string[] {
  const text = poppler(pdf, (file) =>
    execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }),
  );
  return text.split('\f').slice(0, -1);
}

export type Word = {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
};

/** Every word with its box, in points from the page's top left, and each page's size. */
export function wordBoxes(pdf: Uint8Array): {
  pages: { width: number; height: number }[];
  words: Word[];
} {
  const xhtml = poppler(pdf, (file) =>
    execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }),
  );
  const pages: { width: number; height: number }[] = [];
  const words: Word[] = [];
  const tag =
    /<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const m of xhtml.matchAll(tag)) {
    if (m[1]) pages.push({ width: Number(m[1]), height: Number(m[2]) });
    else {
      words.push({
        page: pages.length,
        text: m[7]!,
        xMin: Number(m[3]),
        yMin: Number(m[4]),
        xMax: Number(m[5]),
        yMax: Number(m[6]),
      });
    }
  }
  return { pages, words };
}

/** Renders every page at 60 dpi; returns how many PNG pages came out (and keeps them if asked). */
export function renderPages(pdf: Uint8Array, keepIn?: string): number {
  return poppler(pdf, (file, dir) => {
    execFileSync('pdftoppm', ['-r', '60', '-png', file, path.join(dir, 'page')]);
    const pngs = fs.readdirSync(dir).filter((f) => f.endsWith('.png'));
    for (const png of pngs) {
      if (keepIn) fs.copyFileSync(path.join(dir, png), path.join(keepIn, png));
      const bytes = fs.readFileSync(path.join(dir, png));
      if (bytes.subarray(1, 4).toString() !== 'PNG') throw new Error(`${png} is not a PNG`);
    }
    return pngs.length;
  });
}
