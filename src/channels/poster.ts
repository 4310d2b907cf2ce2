/**
 * Printable posters for a channel's QR code, A4 or A5: read at arm's length, they say whose code
 * it is, where, what it is for, that anonymity is the default, what happens next, the address
 * written out, and the outside bodies a person may also turn to.
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';
import type { ChannelForm } from '../db/schema.js';
import { translator, type Lang, type MessageKey } from '../i18n/catalog.js';
import { channelUrl } from './qr.js';

export type PosterSize = 'a4' | 'a5';

const pageSizes: Record<PosterSize, [number, number]> = {
  a4: [595.28, 841.89],
  a5: [419.53, 595.28],
};

export type PosterChannel = { code: string; place: string; form: ChannelForm; unitName: string };

type Block = {
  text: string;
  bold?: boolean;
  size: number;
  color?: [number, number, number];
  gapAfter?: number;
};

export type LaidLine = {
  text: string;
  x: number;
  y: number;
  size: number;
  width: number;
  bold: boolean;
  color: [number, number, number];
};

export type Layout = {
  lines: LaidLine[];
  qr: { x: number; y: number; size: number };
  page: { width: number; height: number; margin: number };
};

const headlines: Record<ChannelForm, MessageKey> = {
  full: 'poster.full',
  quick: 'poster.quick',
  appreciation: 'poster.appreciation',
};

/** The standard PDF fonts speak WinAnsi only: other characters become a plain stand-in. */
function printable(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[^\u0020-\u007e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026]/g, '?');
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    // A single word wider than the line (a long code) is broken where it must be.
    let rest = word;
    while (font.widthOfTextAtSize(rest, size) > width) {
      let cut = rest.length - 1;
      while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Places every line of a poster. The QR code takes a fixed share of the page; the text shrinks
 * step by step until it all fits between the margins, so a long unit name or place never runs off.
 */
export function layoutPoster(
  channel: PosterChannel,
  size: PosterSize,
  lang: Lang,
  publicUrl: string,
  fonts: { regular: PDFFont; bold: PDFFont },
): Layout {
  const t = translator(lang);
  const [width, height] = pageSizes[size];
  const margin = width * 0.08;
  const inner = width - 2 * margin;
  const qrSize = width * 0.42;
  const url = channelUrl(publicUrl, channel.code).replace(/^https?:\/\//, '');
  const unit = printable(channel.unitName);
  const place = printable(channel.place);

  const top: Block[] = [
    {
      text: t('poster.official').toUpperCase(),
      size: 11,
      bold: true,
      color: [0.11, 0.42, 0.21],
      gapAfter: 4,
    },
    { text: unit, size: 30, bold: true, gapAfter: 2 },
    { text: place, size: 22, color: [0.25, 0.28, 0.32], gapAfter: 12 },
    {
      text: t(headlines[channel.form]),
      size: 26,
      bold: true,
      color: [0.04, 0.24, 0.57],
      gapAfter: 2,
    },
    { text: t('poster.scan'), size: 14, gapAfter: 8 },
  ];
  const bottom: Block[] = [
    { text: url, size: 16, bold: true, gapAfter: 2 },
    { text: t('poster.code', { code: channel.code }), size: 13, gapAfter: 8 },
    { text: t('poster.check', { unit, place }), size: 12, bold: true, gapAfter: 6 },
    { text: t('poster.anonymous'), size: 12, gapAfter: 4 },
    { text: t('poster.next'), size: 12, gapAfter: 6 },
    { text: t('poster.others'), size: 10, color: [0.25, 0.28, 0.32] },
  ];

  for (let scale = size === 'a5' ? 0.75 : 1; scale > 0.2; scale -= 0.05) {
    const place = (blocks: Block[], startY: number) => {
      const lines: LaidLine[] = [];
      let y = startY;
      for (const block of blocks) {
        const fontSize = block.size * scale;
        const font = block.bold ? fonts.bold : fonts.regular;
        for (const text of wrap(block.text, font, fontSize, inner)) {
          y -= fontSize * 1.2;
          const w = font.widthOfTextAtSize(text, fontSize);
          lines.push({
            text,
            x: margin + (inner - w) / 2,
            y,
            size: fontSize,
            width: w,
            bold: !!block.bold,
            color: block.color ?? [0.1, 0.12, 0.14],
          });
        }
        y -= (block.gapAfter ?? 0) * scale;
      }
      return { lines, y };
    };
    const upper = place(top, height - margin);
    const qrY = upper.y - qrSize;
    const lower = place(bottom, qrY - 6 * scale);
    if (lower.y >= margin) {
      return {
        lines: [...upper.lines, ...lower.lines],
        qr: { x: (width - qrSize) / 2, y: qrY, size: qrSize },
        page: { width, height, margin },
      };
    }
  }
  throw new Error('the poster text does not fit even at its smallest size');
}

function drawQr(page: PDFPage, text: string, at: { x: number; y: number; size: number }) {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'H' });
  const count = qr.modules.size;
  const quiet = 4;
  const cell = at.size / (count + 2 * quiet);
  page.drawRectangle({ x: at.x, y: at.y, width: at.size, height: at.size, color: rgb(1, 1, 1) });
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (!qr.modules.get(row, col)) continue;
      page.drawRectangle({
        x: at.x + (quiet + col) * cell,
        y: at.y + at.size - (quiet + row + 1) * cell,
        width: cell + 0.02,
        height: cell + 0.02,
        color: rgb(0, 0, 0),
      });
    }
  }
}

/** A PDF with one poster page per channel. */
export async function renderPosters(
  channels: PosterChannel[],
  options: { size: PosterSize; lang: Lang; publicUrl: string },
): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Peluit · ${channels.map((c) => c.code).join(', ')}`);
  doc.setProducer('Peluit');
  doc.setCreator('Peluit');
  const fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };

  for (const channel of channels) {
    const layout = layoutPoster(channel, options.size, options.lang, options.publicUrl, fonts);
    const page = doc.addPage([layout.page.width, layout.page.height]);
    for (const line of layout.lines) {
      page.drawText(line.text, {
        x: line.x,
        y: line.y,
        size: line.size,
        font: line.bold ? fonts.bold : fonts.regular,
        color: rgb(...line.color),
      });
    }
    drawQr(page, channelUrl(options.publicUrl, channel.code), layout.qr);
  }
  return Buffer.from(await doc.save());
}

/** Just the QR code, as a one-page PDF the size of the code (for a sticker printer). */
export async function qrPdf(url: string): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const side = 283.46; // 10 cm
  const page = doc.addPage([side, side]);
  drawQr(page, url, { x: 0, y: 0, size: side });
  return Buffer.from(await doc.save());
}
