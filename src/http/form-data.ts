/** Reading submitted forms: urlencoded or multipart, fields and files, into plain values. */
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
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
  try {
    for await (const part of request.parts({
      limits: { fileSize: limits.fileBytes, files: 50, fieldSize: 256 * 1024 },
    })) {
      if (part.type === 'field') {
        // A part sent as application/json arrives parsed: keep the text the client sent.
        const value = typeof part.value === 'string' ? part.value : JSON.stringify(part.value);
        addField(fields, part.fieldname, value);
      } else if (files.length > limits.files) {
        // Past the limit, files are only counted, never held in memory.
        part.file.resume();
        files.push({ name: part.filename || 'file', data: Buffer.alloc(0), field: part.fieldname });
      } else {
        const data = await part.toBuffer();
        if (!part.filename && data.length === 0) continue;
        files.push({
          name: part.filename,
          data,
          truncated: part.file.truncated,
          field: part.fieldname,
        });
      }
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('bad_request', 'error.badRequest', {
      detail: `unreadable multipart body: ${(error as Error).message}`,
    });
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
