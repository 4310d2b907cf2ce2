/**
 * Text as a printed case document shows it: every character the font can draw as itself, every
 * other one as a visible stand-in naming its code point (so nothing changes silently), broken
 * into lines that fit a width without cutting anything off.
 */

/** `‹U+8B66›`: what is printed in place of a character the font cannot draw. */
export function standIn(codePoint: number): string {
  return `‹U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}›`;
}

const standInPattern = /‹U\+[0-9A-F]{4,6}›/u;

/** Whether a printed line carries a stand-in (and so needs the footnote on its page). */
export function hasStandIn(text: string): boolean {
  return standInPattern.test(text);
}

/*
 * Format characters (joiners, direction marks, soft hyphens) and variation selectors have no
 * visible form of their own; printing them as stand-ins would show something the writer never
 * saw, and a direction override could reorder what follows.
 */
const invisible = /^[\p{Cf}\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}]$/u;

/*
 * A known limit: right-to-left scripts (Arabic, Hebrew) are printed in the order they were typed, left to
 * right, with their letters joined but not reordered; showing them as written needs the Unicode
 * bidirectional algorithm (UAX #9) run on each line before it is drawn.
 */

/**
 * The text as the font can print it, paragraphs kept: line breaks normalised to `\n`, tabs to
 * spaces, and each character the font lacks (or a control character) replaced by its stand-in.
 */
export function printable(text: string, covers: (codePoint: number) => boolean): string {
  let out = '';
  const normal = text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, '    ');
  for (const char of normal) {
    const codePoint = char.codePointAt(0)!;
    if (invisible.test(char)) continue;
    const control = codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0);
    out += char === '\n' || (!control && covers(codePoint)) ? char : standIn(codePoint);
  }
  return out;
}

/** A base character with its combining marks, or a whole stand-in: never split in two. */
const atomPattern = /‹U\+[0-9A-F]{4,6}›|\P{M}\p{M}*|\p{M}+/gu;

/**
 * Breaks `text` into lines no wider than `width` (as `measure` reports), at spaces where it can
 * and inside a word only where the word alone is wider than the line. Line breaks in the text
 * are kept; an empty paragraph gives an empty line.
 */
export function wrap(text: string, width: number, measure: (piece: string) => number): string[] {
  const lines: string[] = [];
  const space = measure(' ');

  for (const paragraph of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    const words = paragraph.split(' ').filter(Boolean);
    if (words.length === 0) lines.push('');

    for (const word of words) {
      const wordWidth = measure(word);
      if (line && lineWidth + space + wordWidth <= width) {
        line += ` ${word}`;
        lineWidth += space + wordWidth;
        continue;
      }
      if (line) lines.push(line);
      if (wordWidth <= width) {
        line = word;
        lineWidth = wordWidth;
        continue;
      }
      const pieces = breakWord(word, width, measure);
      line = pieces.pop() ?? '';
      lineWidth = measure(line);
      lines.push(...pieces);
    }
    if (line) lines.push(line);
  }
  return lines;
}

/** A word wider than the line (a long code, a pasted address), cut between its characters. */
function breakWord(word: string, width: number, measure: (piece: string) => number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let pieceWidth = 0;
  for (const atom of word.match(atomPattern) ?? []) {
    const atomWidth = measure(atom);
    if (piece && pieceWidth + atomWidth > width) {
      pieces.push(piece);
      piece = '';
      pieceWidth = 0;
    }
    piece += atom;
    pieceWidth += atomWidth;
  }
  if (piece) pieces.push(piece);
  return pieces;
}
