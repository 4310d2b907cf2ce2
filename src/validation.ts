/** Turns schema failures into the one error type, with a catalogue message per field. */
import type { z } from 'zod';
import { AppError, type FieldErrors } from './errors.js';
import { isMessageKey } from './i18n/catalog.js';

/** Parses `input` or throws `validation_failed` naming each bad field (`subjects.0.nrp`). */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;

  const fields: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= isMessageKey(issue.message) ? issue.message : 'field.invalid';
  }
  throw new AppError('validation_failed', 'error.validation', { fields });
}
