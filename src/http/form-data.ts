/** Reading submitted forms: urlencoded or multipart, fields and files, into plain values. */
import type { FastifyRequest } from 'fastify';
import type { Upload } from '../intake/submit-report.js';
import { limits } from '../intake/report-schema.js';

export type FormFields = Record<string, string | string[]>;
export type FormData = { fields: FormFields; files: Upload[] };

function addField(fields: FormFields, name: string, value: string) {
  const existing = fields[name];
  if (existing === undefined) fields[name] = value;
  else if (Array.isArray(existing)) existing.push(value);
  else fields[name] = [existing, value];
}

/**
 * Reads a form body. Files are read whole (they are bounded by the size limit); a file over
 * the limit comes back marked `truncated` so the reporter is told instead of the request failing.
 */
export async function readForm(request: FastifyRequest): Promise<FormData> {
  if (!request.isMultipart()) {
    const body = (request.body ?? {}) as Record<string, string | string[]>;
    return { fields: { ...body }, files: [] };
  }

  const fields: FormFields = {};
  const files: Upload[] = [];
  for await (const part of request.parts({
    limits: { fileSize: limits.fileBytes, files: 20, fieldSize: 256 * 1024 },
  })) {
    if (part.type === 'file') {
      const data = await part.toBuffer().catch(() => Buffer.alloc(0));
      if (!part.filename && data.length === 0) continue;
      files.push({
        name: part.filename,
        data,
        truncated: part.file.truncated,
        field: part.fieldname,
      });
    } else {
      addField(fields, part.fieldname, String(part.value));
    }
  }
  return { fields, files };
}

/** The first value of a field. */
export function field(fields: FormFields, name: string): string | undefined {
  const value = fields[name];
  return Array.isArray(value) ? value[0] : value;
}

/** All values of a field. */
export function fieldValues(fields: FormFields, name: string): string[] {
  const value = fields[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
