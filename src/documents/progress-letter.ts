/**
 * The progress letter to the reporter (SP2HP, "Surat Pemberitahuan Perkembangan Hasil
 * Penyelidikan/Pemeriksaan"): the force's practice of telling a complainant, in writing, what was
 * done on their report, what came of it, what stands in the way and what comes next. It is
 * addressed to "Pelapor" and carries nothing that identifies the reporter.
 */
import type { ProgressUpdate } from '../content/content-store.js';
import type { Case, Unit } from '../db/schema.js';
import { translator, type Lang } from '../i18n/catalog.js';
import { formatDate, zoneName } from '../i18n/dates.js';
import { colors, PageFlow } from './page-flow.js';

export type ProgressLetterInput = {
  lang: Lang;
  /** For instance `WBS/0001/XII/2026/POLRESTA-BPN`. */
  caseNumber: string;
  /** The handling Propam unit. */
  unit: { name: string; code: string; timeZone: string };
  /** 1 for the case's first update, 2 for the second… */
  sequence: number;
  /** Printed as a day in the unit's zone, the zone named (WIB, WITA, WIT). */
  sentAt: Date;
  done: string;
  results: string;
  /** May be empty: the letter then says there were none. */
  obstacles: string;
  next: string;
  /** Where the reporter follows the case up; never carries a receipt. */
  followUpUrl: string;
};

/** The parts of a progress update the letter prints, with its place among the case's updates. */
export type LetterUpdate = ProgressUpdate & { sequence: number; sentAt: Date };

/**
 * The letter's input from a case and one of its progress updates. It reads the case number, the
 * unit and the update's own fields by name and nothing else, so a caller holding the whole case
 * (report, identity, messages) cannot pass any of it on by mistake.
 */
export function progressLetterInputFrom(source: {
  case: Pick<Case, 'case_number'>;
  unit: Pick<Unit, 'name' | 'code' | 'time_zone'>;
  update: LetterUpdate;
  lang: Lang;
  /** The deployment's public address: the letter points to its follow-up page. */
  publicUrl: string;
}): ProgressLetterInput {
  const { update } = source;
  return {
    lang: source.lang,
    caseNumber: source.case.case_number,
    unit: { name: source.unit.name, code: source.unit.code, timeZone: source.unit.time_zone },
    sequence: update.sequence,
    sentAt: update.sentAt,
    done: update.done,
    results: update.results,
    obstacles: update.obstacles,
    next: update.next,
    followUpUrl: `${source.publicUrl.replace(/\/+$/, '')}/ikuti`,
  };
}

/** Sixteen digits in a row or in groups of four: the shape of a receipt. */
const receiptShape = /\d{4}[\s.-]?\d{4}[\s.-]?\d{4}[\s.-]?\d{4}/;

/** The progress letter as a PDF of one or more A4 pages. */
export async function progressLetterPdf(input: ProgressLetterInput): Promise<Uint8Array> {
  if (receiptShape.test(input.followUpUrl)) {
    throw new Error('a progress letter never carries a receipt in its follow-up address');
  }
  const t = translator(input.lang);
  const footer = t('documents.letter.footer', {
    count: input.sequence,
    caseNumber: input.caseNumber,
  });
  const flow = await PageFlow.create(
    { title: footer, lang: input.lang },
    {
      footer: (page, count) => ({
        left: footer,
        right: t('documents.page', { page, count }),
      }),
      footnote: t('documents.standIn'),
    },
  );

  letterhead(flow, input);
  addressBlock(flow, input);
  flow.paragraph(t('documents.letter.opening', { caseNumber: input.caseNumber }), {
    spaceBefore: 14,
  });

  const parts: [string, string][] = [
    [t('documents.letter.done'), input.done],
    [t('documents.letter.results'), input.results],
    [t('documents.letter.obstacles'), input.obstacles.trim() || t('documents.none')],
    [t('documents.letter.next'), input.next],
  ];
  parts.forEach(([heading, text], i) => {
    flow.paragraph(`${i + 1}. ${heading}`, { style: 'bold', spaceBefore: 10, keepWithNext: 1 });
    flow.paragraph(text, { indent: 14, spaceBefore: 2 });
  });

  flow.paragraph(t('documents.letter.followUp', { url: input.followUpUrl }), { spaceBefore: 14 });
  flow.paragraph(t('documents.letter.closing'), { spaceBefore: 6 });
  flow.paragraph(t('documents.letter.regards'), { spaceBefore: 18, keepWithNext: 1 });
  flow.paragraph(t('documents.letter.signature', { unit: input.unit.name }), { style: 'bold' });
  return flow.render();
}

function letterhead(flow: PageFlow, input: ProgressLetterInput): void {
  const t = translator(input.lang);
  flow.paragraph(t('documents.police'), { style: 'bold', size: 11, align: 'center' });
  flow.paragraph(input.unit.name.toUpperCase(), { style: 'bold', size: 12, align: 'center' });
  flow.paragraph(t('documents.propam'), { size: 10, align: 'center', color: colors.muted });
  flow.rule();
  flow.paragraph(t('documents.letter.title'), {
    style: 'bold',
    size: 12,
    align: 'center',
    color: colors.accent,
    spaceBefore: 8,
  });
  flow.paragraph(t('documents.letter.sequence', { count: input.sequence }), {
    align: 'center',
    spaceBefore: 2,
  });
}

function addressBlock(flow: PageFlow, input: ProgressLetterInput): void {
  const t = translator(input.lang);
  const { timeZone } = input.unit;
  const date = `${formatDate(input.sentAt, timeZone, input.lang)} (${zoneName(timeZone)})`;
  const labelWidth = 110;
  flow.space(12);
  flow.field(t('documents.letter.date'), date, { labelWidth });
  flow.field(t('documents.letter.to'), t('documents.letter.reporter'), { labelWidth });
  flow.field(t('documents.caseNumber'), input.caseNumber, { labelWidth });
  flow.field(t('documents.letter.subject'), t('documents.letter.subjectValue'), { labelWidth });
}
