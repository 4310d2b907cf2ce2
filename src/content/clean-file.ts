/**
 * Removing what a file says about its maker before it is sealed: EXIF (GPS, camera, owner), XMP
 * and IPTC from photos, which are re-encoded with their orientation applied; the document
 * information and XMP of a PDF; the author, company and revision properties of Office files.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import sharp from 'sharp';
import type { EvidenceType } from './file-type.js';

export type Cleaned = { ok: true; data: Buffer } | { ok: false };

async function cleanImage(data: Buffer, type: EvidenceType): Promise<Buffer> {
  // rotate() applies the EXIF orientation; sharp writes no metadata unless asked to.
  const image = sharp(data, { failOn: 'error', limitInputPixels: 100_000_000 }).rotate();
  if (type.mime === 'image/png') return image.png().toBuffer();
  if (type.mime === 'image/webp') return image.webp({ quality: 90 }).toBuffer();
  return image.jpeg({ quality: 90, mozjpeg: true }).toBuffer();
}

/**
 * A PDF is rebuilt from its pages into a new document: the document information, XMP and
 * every object the pages do not reach (older revisions kept by incremental updates) stay
 * behind. Annotation authors and page-level metadata are removed from what is copied.
 */
async function cleanPdf(data: Buffer): Promise<Buffer> {
  const source = await PDFDocument.load(data, { updateMetadata: false });
  const clean = await PDFDocument.create({ updateMetadata: false });
  const pages = await clean.copyPages(source, source.getPageIndices());
  for (const page of pages) {
    page.node.delete(PDFName.of('Metadata'));
    page.node.delete(PDFName.of('PieceInfo'));
    clean.addPage(page);
  }
  for (const [, object] of clean.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    for (const key of ['Metadata', 'PieceInfo', 'T', 'M', 'NM', 'CreationDate']) {
      if (key === 'Metadata' && object.get(PDFName.of('Type')) === PDFName.of('Metadata')) continue;
      if (
        ['T', 'M', 'NM', 'CreationDate'].includes(key) &&
        object.get(PDFName.of('Type')) !== PDFName.of('Annot')
      )
        continue;
      object.delete(PDFName.of(key));
    }
  }
  return Buffer.from(await clean.save({ updateFieldAppearances: false, useObjectStreams: false }));
}

const emptyCore =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"></cp:coreProperties>';
const emptyApp =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"></Properties>';
const emptyCustom =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"></Properties>';

// Parts that only say who worked on a document; their name attributes are emptied too.
const personParts = /^(word\/people\.xml|xl\/persons\/[^/]+\.xml|ppt\/commentAuthors\.xml)$/;
const imagePart = /\.(jpe?g|png|webp)$/i;

/** Removes names, initials, account ids and document variables from an Office XML part. */
function scrubXml(xml: string, personPart: boolean): string {
  const scrubbed = xml
    .replace(/\b(w:author|w:initials|w15:author|w15:userId|w15:providerId)="[^"]*"/g, '$1=""')
    .replace(/<author>[^<]*<\/author>/g, '<author></author>')
    .replace(/<w:docVars>[\s\S]*?<\/w:docVars>/g, '')
    .replace(/<w:rsids>[\s\S]*?<\/w:rsids>/g, '');
  if (!personPart) return scrubbed;
  return scrubbed.replace(/\b(name|initials|displayName|userId|providerId)="[^"]*"/g, '$1=""');
}

async function cleanOffice(data: Buffer): Promise<Buffer> {
  const entries = unzipSync(data);
  const replaced: Record<string, string> = {
    'docProps/core.xml': emptyCore,
    'docProps/app.xml': emptyApp,
  };
  for (const name of Object.keys(entries)) {
    const part = entries[name]!;
    if (replaced[name]) {
      entries[name] = strToU8(replaced[name]);
    } else if (name === 'docProps/custom.xml') {
      entries[name] = strToU8(emptyCustom);
    } else if (name.endsWith('.xml')) {
      entries[name] = strToU8(scrubXml(strFromU8(part), personParts.test(name)));
    } else if (imagePart.test(name)) {
      // Pictures inside a document carry their own EXIF, GPS included.
      const mime = /png$/i.test(name)
        ? 'image/png'
        : /webp$/i.test(name)
          ? 'image/webp'
          : 'image/jpeg';
      const image = await cleanImage(Buffer.from(part), { mime, extensions: [], kind: 'image' });
      entries[name] = new Uint8Array(image);
    }
  }
  return Buffer.from(zipSync(entries, { level: 6, mtime: new Date('1980-01-01T00:00:00Z') }));
}

/** Cleans a file of a type `sniffEvidence` accepted; `ok: false` when it is damaged. */
export async function cleanEvidence(data: Buffer, type: EvidenceType): Promise<Cleaned> {
  try {
    if (type.kind === 'image') return { ok: true, data: await cleanImage(data, type) };
    if (type.kind === 'pdf') return { ok: true, data: await cleanPdf(data) };
    return { ok: true, data: await cleanOffice(data) };
  } catch {
    return { ok: false };
  }
}
