/** Routes that take in reports: the HTML forms and `POST /api/v1/reports`. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../app-context.js';
import { channelBanner, usableChannel } from '../channels/routes.js';
import type { ChannelWithUnit } from '../channels/channels.js';
import { digestToken, newToken } from '../crypto/tokens.js';
import type { ReportKind } from '../db/schema.js';
import { AppError } from '../errors.js';
import { field, fieldValues, readForm, type FormFields } from '../http/form-data.js';
import { html } from '../http/html.js';
import { sendPage } from '../http/server.js';
import { formatReceipt } from '../receipts/receipt.js';
import { draftCaseKey, submitReport } from './submit-report.js';
import { unitChoices } from './unit-choices.js';
import { getSettings } from '../settings/settings.js';
import { periodText } from '../deadlines/period-text.js';
import { offeredCategories } from './categories.js';
import { formTitle, receiptPage, reportForm, type FormState } from './views.js';

const kindBySlug: Record<string, ReportKind> = {
  pengaduan: 'pengaduan',
  cepat: 'pengaduan_cepat',
  apresiasi: 'apresiasi',
};

/** Turns flat form names (`subjects.0.name`, `identity.mode`) into the report's nested shape. */
export function nestFields(fields: FormFields): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(fields)) {
    if (['submission', 'removeFile', 'files'].includes(name)) continue;
    const value = Array.isArray(raw) ? raw[0] : raw;
    const path = name.split('.');
    if (path.includes('__proto__')) continue;
    let node: Record<string, unknown> | unknown[] = out;
    path.forEach((part, i) => {
      const key = /^\d+$/.test(part) ? Number(part) : part;
      if (typeof key === 'number' && (key > 20 || !Array.isArray(node))) return;
      const container = node as Record<string | number, unknown>;
      if (i === path.length - 1) container[key] = value;
      else {
        // Own properties only: `constructor.prototype.x` must never reach Object.prototype.
        if (!Object.hasOwn(container, key)) container[key] = /^\d+$/.test(path[i + 1]!) ? [] : {};
        node = container[key] as Record<string, unknown>;
      }
    });
  }
  if (Array.isArray(out.subjects)) out.subjects = out.subjects.filter(Boolean);
  return out;
}

export function intakeRoutes(app: FastifyInstance, ctx: AppContext) {
  type FormRoute = { Params: { code: string; form: string } };

  const channelFor = async (request: FastifyRequest<FormRoute>, reply: FastifyReply) => {
    const kind = kindBySlug[request.params.form];
    if (!kind) throw new AppError('not_found', 'error.notFound');
    const channel = await usableChannel(ctx, request, request.params.code);
    if ('page' in channel) {
      await sendPage(request, reply, channel.title, channel.page, { status: channel.status });
      return undefined;
    }
    return { kind, channel };
  };

  const showForm = async (
    request: FastifyRequest<FormRoute>,
    reply: FastifyReply,
    kind: ReportKind,
    channel: ChannelWithUnit,
    state: FormState,
    status = 200,
  ) => {
    const t = request.t;
    const units = kind === 'apresiasi' ? await unitChoices(ctx.db, channel.unit_id) : undefined;
    const action = `/q/${channel.code}/${request.params.form}`;
    const offered = offeredCategories((await getSettings(ctx.db)).categories, request.lang);
    const body = html`${channelBanner(ctx, request, channel)}
      <h1>${formTitle(t, kind)}</h1>
      ${reportForm(t, action, kind, channel, { ...state, units, categories: offered })}`;
    return sendPage(request, reply, formTitle(t, kind), body, { status });
  };

  app.get<FormRoute>('/q/:code/:form', async (request, reply) => {
    const found = await channelFor(request, reply);
    if (!found) return reply;
    return showForm(request, reply, found.kind, found.channel, {
      values: {},
      errors: {},
      drafts: [],
      submission: newToken(),
    });
  });

  app.post<FormRoute>('/q/:code/:form', async (request, reply) => {
    const found = await channelFor(request, reply);
    if (!found) return reply;
    const { fields, files } = await readForm(request);
    const submission = /^[A-Za-z0-9_-]{32,100}$/.test(field(fields, 'submission') ?? '')
      ? field(fields, 'submission')!
      : newToken();
    const draftKey = digestToken(submission);
    for (const id of fieldValues(fields, 'removeFile')) {
      if (/^[0-9a-f-]{36}$/.test(id)) await ctx.content.removeDraft(ctx.db, draftKey, id);
    }

    const input = { ...nestFields(fields), channel: found.channel.code, kind: found.kind };
    try {
      const result = await submitReport(ctx, input, files, submission);
      const t = request.t;
      const { deadlines } = await getSettings(ctx.db);
      const promise = {
        acknowledge: periodText(t, deadlines.acknowledge),
        feedback: periodText(t, deadlines.feedback),
      };
      const body = result.receipt
        ? receiptPage(t, result.receipt, result.caseNumber, found.channel.code, promise)
        : html`<h1>${t('receipt.title')}</h1>
            <div class="note">${t('error.alreadySubmitted')}</div>`;
      return sendPage(request, reply, t('receipt.title'), body);
    } catch (error) {
      if (!(error instanceof AppError) || !error.fields) throw error;
      const values = Object.fromEntries(
        Object.entries(fields).map(([k, v]) => [k, Array.isArray(v) ? v[0]! : v]),
      );
      const caseKey = await draftCaseKey(ctx, submission, false);
      const drafts = caseKey ? await ctx.content.listDraftFiles(ctx.db, caseKey, draftKey) : [];
      return showForm(
        request,
        reply,
        found.kind,
        found.channel,
        { values, errors: error.fields, drafts, submission },
        422,
      );
    }
  });

  app.post('/api/v1/reports', async (request, reply) => {
    const key = request.headers['idempotency-key'];
    const idempotencyKey = typeof key === 'string' && key.trim() ? key.trim() : undefined;
    if (idempotencyKey && (idempotencyKey.length < 16 || idempotencyKey.length > 200)) {
      throw new AppError('bad_request', 'error.badRequest', {
        detail: 'Idempotency-Key must have 16 to 200 characters',
      });
    }

    let input: unknown = request.body;
    let files: Awaited<ReturnType<typeof readForm>>['files'] = [];
    if (request.isMultipart()) {
      const form = await readForm(request);
      try {
        input = JSON.parse(field(form.fields, 'report') ?? '');
      } catch {
        throw new AppError('bad_request', 'error.badRequest', {
          detail: 'the report part is not JSON',
        });
      }
      files = form.files;
    }
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      throw new AppError('bad_request', 'error.badRequest', {
        detail: 'the body must be a JSON object',
      });
    }
    const result = await submitReport(ctx, input, files, idempotencyKey);
    if (!result.receipt) throw new AppError('conflict', 'error.alreadySubmitted');
    // A replay within the window answers exactly as the first request did.
    return reply
      .status(201)
      .send({ receipt: formatReceipt(result.receipt), caseNumber: result.caseNumber });
  });
}
