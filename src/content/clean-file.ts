/**
 * Removing what a file says about its maker before it is sealed: EXIF (GPS, camera, owner), XMP
 * and IPTC from photos, which are re-encoded with their orientation applied; the document
 * information and XMP of a PDF; the author, company and revision properties of Office files.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib';
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

async function cleanPdf(data: Buffer): Promise<Buffer> {
  const doc = await PDFDocument.load(data, { updateMetadata: false });
  const context = doc.context;

  // The document information (author, creator, producer, dates) and its object.
  const info = context.trailerInfo.Info;
  if (info instanceof PDFRef) context.delete(info);
  context.trailerInfo.Info = undefined;

  // XMP: on the catalog, and on any page or other dictionary that carries its own.
  for (const [ref, object] of context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    const metadata = object.get(PDFName.of('Metadata'));
    if (metadata instanceof PDFRef) context.delete(metadata);
    object.delete(PDFName.of('Metadata'));
    object.delete(PDFName.of('PieceInfo'));
    if (object.get(PDFName.of('Type')) === PDFName.of('Metadata')) context.delete(ref);
  }
  return Buffer.from(await doc.save({ updateFieldAppearances: false }));
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

function cleanOffice(data: Buffer): Buffer {
  const entries = unzipSync(data);
  const replaced: Record<string, string> = {
    'docProps/core.xml': emptyCore,
    'docProps/app.xml': emptyApp,
    'docProps/custom.xml': emptyCustom,
  };
  for (const [name, xml] of Object.entries(replaced))
    if (entries[name]) entries[name] = strToU8(xml);
  // Revision save ids identify editing sessions of one person's copy.
  const settings = entries['word/settings.xml'];
  if (settings) {
    entries['word/settings.xml'] = strToU8(
      strFromU8(settings).replace(/<w:rsids>[\s\S]*?<\/w:rsids>/, ''),
    );
  }
  return Buffer.from(zipSync(entries, { level: 6, mtime: new Date('1980-01-01T00:00:00Z') }));
}

/** Cleans a file of a type `sniffEvidence` accepted; `ok: false` when it is damaged. */
export async function cleanEvidence(data: Buffer, type: EvidenceType): Promise<Cleaned> {
  try {
    if (type.kind === 'image') return { ok: true, data: await cleanImage(data, type) };
    if (type.kind === 'pdf') return { ok: true, data: await cleanPdf(data) };
    return { ok: true, data: cleanOffice(data) };
  } catch {
    return { ok: false };
  }
}
