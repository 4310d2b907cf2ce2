/** Decides what an uploaded file is by its content, never by its name. */
import { unzipSync } from 'fflate';

export type EvidenceKind = 'image' | 'pdf' | 'office';
export type EvidenceType = { mime: string; extensions: string[]; kind: EvidenceKind };

const pngMagic = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The names inside a ZIP file, without inflating anything. */
function zipEntries(data: Buffer): string[] {
  const names: string[] = [];
  try {
    unzipSync(data, {
      filter: (file) => {
        names.push(file.name);
        return false;
      },
    });
  } catch {
    return [];
  }
  return names;
}

function officeType(data: Buffer): EvidenceType | undefined {
  if (data.toString('latin1', 0, 4) !== 'PK\u0003\u0004') return undefined;
  const names = zipEntries(data);
  if (!names.includes('[Content_Types].xml')) return undefined;
  const has = (prefix: string) => names.some((n) => n.startsWith(prefix));
  const office = 'application/vnd.openxmlformats-officedocument';
  if (has('word/'))
    return { mime: `${office}.wordprocessingml.document`, extensions: ['docx'], kind: 'office' };
  if (has('xl/'))
    return { mime: `${office}.spreadsheetml.sheet`, extensions: ['xlsx'], kind: 'office' };
  if (has('ppt/'))
    return { mime: `${office}.presentationml.presentation`, extensions: ['pptx'], kind: 'office' };
  return undefined;
}

function identify(data: Buffer): EvidenceType | 'heic' | undefined {
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) {
    return { mime: 'image/jpeg', extensions: ['jpg', 'jpeg', 'jfif'], kind: 'image' };
  }
  if (data.subarray(0, 8).equals(pngMagic))
    return { mime: 'image/png', extensions: ['png'], kind: 'image' };
  if (data.toString('latin1', 0, 4) === 'RIFF' && data.toString('latin1', 8, 12) === 'WEBP') {
    return { mime: 'image/webp', extensions: ['webp'], kind: 'image' };
  }
  if (data.toString('latin1', 0, 5) === '%PDF-')
    return { mime: 'application/pdf', extensions: ['pdf'], kind: 'pdf' };
  const brand = data.toString('latin1', 4, 12);
  if (/^ftyp(heic|heix|hevc|mif1|msf1)$/.test(brand)) return 'heic';
  return officeType(data);
}

const allExtensions = [
  'jpg',
  'jpeg',
  'jfif',
  'png',
  'webp',
  'pdf',
  'docx',
  'xlsx',
  'pptx',
  'heic',
  'heif',
];

export type Sniffed =
  | { ok: true; type: EvidenceType }
  | { ok: false; reason: 'unsupported' | 'name_mismatch' | 'heic' };

/** Identifies a photo, a PDF or an Office document, and checks that its name does not lie. */
export function sniffEvidence(data: Buffer, name: string): Sniffed {
  const type = identify(data);
  if (type === 'heic') return { ok: false, reason: 'heic' };
  if (!type) return { ok: false, reason: 'unsupported' };

  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (allExtensions.includes(extension) && !type.extensions.includes(extension)) {
    return { ok: false, reason: 'name_mismatch' };
  }
  return { ok: true, type };
}
