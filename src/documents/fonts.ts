/**
 * The TrueType fonts printed case documents use (DejaVu, shipped as an npm package), and what
 * each of them can draw. The standard PDF fonts know WinAnsi only; a hearing file must show what
 * a reporter wrote in any script, or say plainly where it could not.
 */
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';

export type Style = 'regular' | 'bold' | 'mono';

const files: Record<Style, string> = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  mono: 'DejaVuSansMono.ttf',
};

const styles = Object.keys(files) as Style[];

type LoadedFont = { bytes: Buffer; covers: (codePoint: number) => boolean };

let loading: Promise<Record<Style, LoadedFont>> | undefined;

async function loadFont(style: Style): Promise<LoadedFont> {
  const require = createRequire(import.meta.url);
  const folder = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  const bytes = await fs.readFile(path.join(folder, files[style]));
  const parsed = fontkit.create(bytes);
  return { bytes, covers: (codePoint) => parsed.hasGlyphForCodePoint(codePoint) };
}

/** The font files, read and parsed once per process. */
function loadFonts(): Promise<Record<Style, LoadedFont>> {
  loading ??= Promise.all(styles.map(loadFont)).then(
    (loaded) =>
      Object.fromEntries(styles.map((s, i) => [s, loaded[i]!])) as Record<Style, LoadedFont>,
  );
  return loading;
}

/*
 * pdf-lib draws each glyph at its advance width and ignores shaping's positions, so computing
 * them (kerning, mark placement) only costs time, and optional ligatures are a matter of taste
 * that costs the most of it. Required forms (composition, local forms, Arabic joining) stay.
 */
const unpositioned = {
  kern: false,
  mark: false,
  mkmk: false,
  dist: false,
  curs: false,
  liga: false,
  clig: false,
  calt: false,
  rclt: false,
};

export type DocumentFont = { pdf: PDFFont; covers: (codePoint: number) => boolean };
export type DocumentFonts = Record<Style, DocumentFont>;

/** Embeds the three styles into `doc`, subset to the characters actually drawn. */
export async function embedDocumentFonts(doc: PDFDocument): Promise<DocumentFonts> {
  const loaded = await loadFonts();
  doc.registerFontkit(fontkit);
  const embedded = await Promise.all(
    styles.map((s) => doc.embedFont(loaded[s].bytes, { subset: true, features: unpositioned })),
  );
  return Object.fromEntries(
    styles.map((s, i) => [s, { pdf: embedded[i]!, covers: loaded[s].covers }]),
  ) as DocumentFonts;
}
