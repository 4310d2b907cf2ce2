/**
 * The page machinery of printed case documents: text is added as rows (paragraphs, label and
 * value fields, rules), then laid onto as many A4 pages as it needs, each with its header, its
 * footer numbered "x of n", and a footnote wherever a character had to be stood in for.
 */
import { PDFDocument, PDFName, PDFString, rgb, type PDFPage } from 'pdf-lib';
import type { Lang } from '../i18n/catalog.js';
import { embedDocumentFonts, type DocumentFonts, type Style } from './fonts.js';
import { hasStandIn, printable, wrap } from './text.js';

export type Rgb = [number, number, number];

export const colors = {
  ink: [0.1, 0.12, 0.14] as Rgb,
  muted: [0.35, 0.38, 0.42] as Rgb,
  accent: [0.04, 0.24, 0.57] as Rgb,
  secret: [0.62, 0.05, 0.05] as Rgb,
  rule: [0.7, 0.72, 0.75] as Rgb,
};

const page = { width: 595.28, height: 841.89, margin: 50 };
const lineHeight = 1.35;

export type TextOptions = {
  style?: Style;
  size?: number;
  indent?: number;
  color?: Rgb;
  align?: 'left' | 'center' | 'right';
  /** Space above, dropped at the top of a page. */
  spaceBefore?: number;
  /** How many rows after this paragraph's last line must stay on its page. */
  keepWithNext?: number;
};

/** What every page carries around its text; `page` counts from 1. */
export type PageFrame = {
  header?: (page: number, count: number) => { left: string; right: string };
  footer: (page: number, count: number) => { left: string; center?: string; right: string };
  /** Printed at the foot of each page on which a stand-in appears. */
  footnote: string;
};

type Piece = { text: string; x: number; style: Style; size: number; color: Rgb };

type Row = {
  height: number;
  spaceBefore: number;
  keepWithNext: number;
  pieces: Piece[];
  rule?: boolean;
};

type PlacedRow = { row: Row; top: number };

/** Collects a document's rows and lays them out on pages. */
export class PageFlow {
  private readonly rows: Row[] = [];
  private readonly widths = new Map<string, number>();
  private pendingSpace = 0;

  private constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: DocumentFonts,
    private readonly frame: PageFrame,
  ) {}

  static async create(meta: { title: string; lang: Lang }, frame: PageFrame): Promise<PageFlow> {
    const doc = await PDFDocument.create();
    doc.setTitle(meta.title);
    doc.setProducer('Peluit');
    doc.setCreator('Peluit');
    doc.catalog.set(PDFName.of('Lang'), PDFString.of(meta.lang));
    return new PageFlow(doc, await embedDocumentFonts(doc), frame);
  }

  /** The width between the margins. */
  get width(): number {
    return page.width - 2 * page.margin;
  }

  measure(text: string, style: Style, size: number): number {
    const key = `${style}|${size}|${text}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      width = this.fonts[style].pdf.widthOfTextAtSize(text, size);
      this.widths.set(key, width);
    }
    return width;
  }

  /** `text` as `style` can print it (see `printable`). */
  prepare(text: string, style: Style): string {
    return printable(text, this.fonts[style].covers);
  }

  /** Lines of `text` no wider than `width`, ready to print. */
  lines(text: string, style: Style, size: number, width: number): string[] {
    return wrap(this.prepare(text, style), width, (piece) => this.measure(piece, style, size));
  }

  /** Vertical space before the next row (not at the top of a page). */
  space(points: number): void {
    this.pendingSpace += points;
  }

  paragraph(text: string, options: TextOptions = {}): void {
    const style = options.style ?? 'regular';
    const size = options.size ?? 10;
    const indent = options.indent ?? 0;
    const available = this.width - indent;
    const lines = this.lines(text, style, size, available);
    lines.forEach((line, i) => {
      const free = available - this.measure(line, style, size);
      const shift = options.align === 'center' ? free / 2 : options.align === 'right' ? free : 0;
      this.push({
        height: size * lineHeight,
        spaceBefore: i === 0 ? (options.spaceBefore ?? 0) : 0,
        keepWithNext: keep(i, lines.length, options.keepWithNext),
        pieces: [
          {
            text: line,
            x: page.margin + indent + shift,
            style,
            size,
            color: options.color ?? colors.ink,
          },
        ],
      });
    });
  }

  /** Label and value side by side; either wraps in its own column, the value over pages. */
  field(
    label: string,
    value: string,
    options: { labelWidth: number; valueStyle?: Style; valueSize?: number },
  ): void {
    const size = 9.5;
    const valueStyle = options.valueStyle ?? 'regular';
    const valueSize = options.valueSize ?? size;
    const labels = this.lines(label, 'bold', size, options.labelWidth - 8);
    const values = this.lines(value, valueStyle, valueSize, this.width - options.labelWidth);
    const count = Math.max(labels.length, values.length);
    for (let i = 0; i < count; i++) {
      const pieces: Piece[] = [];
      const labelLine = labels[i];
      const valueLine = values[i];
      if (labelLine) {
        pieces.push({ text: labelLine, x: page.margin, style: 'bold', size, color: colors.muted });
      }
      if (valueLine) {
        const x = page.margin + options.labelWidth;
        pieces.push({ text: valueLine, x, style: valueStyle, size: valueSize, color: colors.ink });
      }
      this.push({
        height: size * lineHeight,
        spaceBefore: i === 0 ? 2 : 0,
        keepWithNext: i === 0 ? Math.min(count - 1, 1) : 0,
        pieces,
      });
    }
  }

  /** A thin line across the text width. */
  rule(): void {
    this.push({ height: 6, spaceBefore: 2, keepWithNext: 0, pieces: [], rule: true });
  }

  private push(row: Row): void {
    row.spaceBefore += this.pendingSpace;
    this.pendingSpace = 0;
    this.rows.push(row);
  }

  /** Lays every row onto pages and returns the finished PDF. */
  async render(): Promise<Uint8Array> {
    const first = this.frame.footer(1, 1);
    const header = this.frame.header?.(1, 1);
    const frameText = [first.left, first.center ?? '', header?.left ?? '', header?.right ?? ''];
    const onEveryPage = frameText.some((text) => hasStandIn(this.prepare(text, 'regular')));
    const standsIn = (placed: PlacedRow[]) =>
      onEveryPage || placed.some(({ row }) => row.pieces.some((p) => hasStandIn(p.text)));
    const footnote = standsIn(this.rows.map((row) => ({ row, top: 0 })))
      ? this.lines(this.frame.footnote, 'regular', 7.5, this.width)
      : [];
    const footerLines = this.footerLines(first.left);
    const centerLines = first.center ? 1 : 0;
    const footerHeight = (footerLines.length + centerLines) * 8 * lineHeight + 10;
    const bottom = page.margin + footerHeight + footnote.length * 7.5 * lineHeight;
    const top = page.height - page.margin - (this.frame.header ? 22 : 0);

    const pages = this.paginate(top, bottom);
    pages.forEach((placed, i) => {
      const pdfPage = this.doc.addPage([page.width, page.height]);
      this.drawFrame(pdfPage, i + 1, pages.length, footerHeight);
      for (const { row, top: rowTop } of placed) this.drawRow(pdfPage, row, rowTop);
      if (standsIn(placed)) {
        footnote.forEach((line, n) => {
          const y = page.margin + footerHeight + (footnote.length - n - 1) * 7.5 * lineHeight + 4;
          this.draw(pdfPage, { text: line, x: page.margin, style: 'regular', size: 7.5 }, y);
        });
      }
    });
    return this.doc.save();
  }

  private paginate(top: number, bottom: number): PlacedRow[][] {
    const pages: PlacedRow[][] = [[]];
    let y = top;
    this.rows.forEach((row, i) => {
      let current = pages[pages.length - 1]!;
      const group = this.rows.slice(i, i + 1 + row.keepWithNext);
      const needed = group.reduce((sum, r, n) => sum + r.height + (n > 0 ? r.spaceBefore : 0), 0);
      const space = current.length ? row.spaceBefore : 0;
      if (current.length && y - space - needed < bottom) {
        current = [];
        pages.push(current);
        y = top;
      }
      y -= (current.length ? row.spaceBefore : 0) + row.height;
      current.push({ row, top: y + row.height });
    });
    return pages;
  }

  private drawRow(pdfPage: PDFPage, row: Row, rowTop: number): void {
    if (row.rule) {
      const y = rowTop - row.height / 2;
      pdfPage.drawLine({
        start: { x: page.margin, y },
        end: { x: page.width - page.margin, y },
        thickness: 0.6,
        color: rgb(...colors.rule),
      });
    }
    for (const piece of row.pieces) {
      const baseline = rowTop - row.height + piece.size * 0.32;
      this.draw(pdfPage, piece, baseline);
    }
  }

  private draw(
    pdfPage: PDFPage,
    piece: Omit<Piece, 'color'> & { color?: Rgb },
    baseline: number,
  ): void {
    if (!piece.text) return;
    pdfPage.drawText(piece.text, {
      x: piece.x,
      y: baseline,
      size: piece.size,
      font: this.fonts[piece.style].pdf,
      color: rgb(...(piece.color ?? colors.muted)),
    });
  }

  /** The footer's left text, wrapped beside the widest page number it could show. */
  private footerLines(left: string): string[] {
    const numbers = this.frame.footer(9999, 9999).right;
    const room = this.width - this.measure(this.prepare(numbers, 'regular'), 'regular', 8) - 16;
    return this.lines(left, 'regular', 8, room);
  }

  private drawFrame(pdfPage: PDFPage, number: number, count: number, footerHeight: number): void {
    const header = this.frame.header?.(number, count);
    if (header) {
      const y = page.height - page.margin - 9;
      this.draw(pdfPage, { text: this.prepare(header.left, 'regular'), ...at(page.margin, 8) }, y);
      const right = this.prepare(header.right, 'bold');
      const x = page.width - page.margin - this.measure(right, 'bold', 8);
      this.draw(pdfPage, { text: right, x, style: 'bold', size: 8, color: colors.secret }, y);
    }

    const footer = this.frame.footer(number, count);
    const ruleY = page.margin + footerHeight - 4;
    pdfPage.drawLine({
      start: { x: page.margin, y: ruleY },
      end: { x: page.width - page.margin, y: ruleY },
      thickness: 0.6,
      color: rgb(...colors.rule),
    });
    const step = 8 * lineHeight;
    const lefts = this.footerLines(footer.left);
    lefts.forEach((line, i) => {
      this.draw(pdfPage, { text: line, ...at(page.margin, 8) }, ruleY - step * (i + 1) + 2);
    });
    const right = this.prepare(footer.right, 'regular');
    const rightX = page.width - page.margin - this.measure(right, 'regular', 8);
    this.draw(pdfPage, { text: right, ...at(rightX, 8) }, ruleY - step + 2);
    if (!footer.center) return;
    const center = this.prepare(footer.center, 'bold');
    const centerX = (page.width - this.measure(center, 'bold', 8)) / 2;
    const centerY = ruleY - step * (lefts.length + 1) + 2;
    this.draw(
      pdfPage,
      { text: center, x: centerX, style: 'bold', size: 8, color: colors.secret },
      centerY,
    );
  }
}

/**
 * Rows a paragraph's line `i` holds on its page: a heading (asked to keep) stays whole with what
 * follows it; other paragraphs keep only their first two lines together.
 */
function keep(i: number, count: number, withNext = 0): number {
  if (withNext > 0) return count - 1 - i + withNext;
  return i === 0 ? Math.min(count - 1, 1) : 0;
}

const at = (x: number, size: number) => ({ x, style: 'regular' as const, size });
