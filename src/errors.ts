/** The one error type of Peluit: a stable code, an HTTP status and a message safe to show. */
import type { MessageKey } from './i18n/catalog.js';

export type ErrorCode =
  | 'bad_request'
  | 'validation_failed'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'gone'
  | 'conflict'
  | 'too_many_attempts'
  | 'payload_too_large'
  | 'receipt_mistyped'
  | 'receipt_unknown'
  | 'totp_required'
  | 'password_change_required'
  | 'database_locked'
  | 'internal';

const statusOf: Record<ErrorCode, number> = {
  bad_request: 400,
  validation_failed: 422,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  gone: 410,
  conflict: 409,
  too_many_attempts: 429,
  payload_too_large: 413,
  receipt_mistyped: 400,
  receipt_unknown: 401,
  totp_required: 401,
  password_change_required: 403,
  database_locked: 503,
  internal: 500,
};

/** Per-field problems, as catalogue keys, keyed by field path (`subjects.0.nrp`). */
export type FieldErrors = Record<string, MessageKey>;

/**
 * A failure the product expects and knows how to explain. `detail` is for logs only;
 * users see the catalogue message named by `messageKey`, in their language.
 */
export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    readonly messageKey: MessageKey,
    readonly options: { detail?: string; fields?: FieldErrors; retryAfter?: number } = {},
  ) {
    super(options.detail ?? code);
    this.status = statusOf[code];
  }

  get fields(): FieldErrors | undefined {
    return this.options.fields;
  }
}

export const notFound = (detail?: string) =>
  new AppError('not_found', 'error.notFound', { detail });
export const forbidden = (detail?: string) =>
  new AppError('forbidden', 'error.forbidden', { detail });
export const unauthorized = (detail?: string) =>
  new AppError('unauthorized', 'error.unauthorized', { detail });
