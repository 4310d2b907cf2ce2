/** Decides what an uploaded file is by its content, never by its name. */

export type EvidenceType = { mime: string; extensions: string[] };

const types: Array<EvidenceType & { matches: (head: Buffer) => boolean }> = [
  {
    mime: 'image/jpeg',
    extensions: ['jpg', 'jpeg', 'jfif'],
    matches: (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff,
  },
  {
    mime: 'image/png',
    extensions: ['png'],
    matches: (h) =>
      h.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  {
    mime: 'image/webp',
    extensions: ['webp'],
    matches: (h) => h.toString('latin1', 0, 4) === 'RIFF' && h.toString('latin1', 8, 12) === 'WEBP',
  },
  {
    mime: 'application/pdf',
    extensions: ['pdf'],
    matches: (h) => h.toString('latin1', 0, 5) === '%PDF-',
  },
];

export type Sniffed =
  { ok: true; type: EvidenceType } | { ok: false; reason: 'unsupported' | 'name_mismatch' };

/** Identifies a photo (JPEG, PNG, WebP) or a PDF, and checks that its name does not lie. */
export function sniffEvidence(data: Buffer, name: string): Sniffed {
  const type = types.find((t) => t.matches(data));
  if (!type) return { ok: false, reason: 'unsupported' };

  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  const known = types.some((t) => t.extensions.includes(extension));
  if (known && !type.extensions.includes(extension)) return { ok: false, reason: 'name_mismatch' };
  return { ok: true, type };
}
