/** Routes for following up a report: the receipt log-in, the view, the answer; HTML and API. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../app-context.js';
import { AppError } from '../errors.js';
import { field, readForm } from '../http/form-data.js';
import { html } from '../http/html.js';
import { sendPage } from '../http/server.js';
import { usableChannel, channelBanner } from '../channels/routes.js';
import { ReceiptThrottle } from '../receipts/throttle.js';
import { checkCsrf, endSession } from '../sessions/sessions.js';
import {
  openReporterSession,
  replyAsReporter,
  reporterAccess,
  reporterLetter,
  reporterView,
} from './reporter.js';
import { followForm, followView } from './views.js';

const cookieName = 'peluit_pelapor';

function bearer(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
}

export function reporterRoutes(app: FastifyInstance, ctx: AppContext) {
  const throttle = new ReceiptThrottle();
  const secure = ctx.config.publicUrl.startsWith('https:');

  const logInFromForm = async (
    request: FastifyRequest,
    reply: FastifyReply,
    action: string,
    banner?: ReturnType<typeof html>,
  ) => {
    const { fields } = await readForm(request);
    const typed = field(fields, 'receipt') ?? '';
    try {
      const token = await openReporterSession(ctx, throttle, typed, request.ip);
      reply.setCookie(cookieName, token, { path: '/', httpOnly: true, sameSite: 'strict', secure });
      return reply.redirect('/laporan', 303);
    } catch (error) {
      if (!(error instanceof AppError) || !error.fields?.receipt) throw error;
      const t = request.t;
      if (error.options.retryAfter) reply.header('retry-after', String(error.options.retryAfter));
      const body = html`${banner ?? ''}
        <h1>${t('follow.title')}</h1>
        ${followForm(t, action, { value: typed.slice(0, 40), error: error.fields.receipt })}`;
      return sendPage(request, reply, t('follow.title'), body, { status: error.status });
    }
  };

  app.get('/ikuti', async (request, reply) => {
    const t = request.t;
    return sendPage(
      request,
      reply,
      t('follow.title'),
      html`<h1>${t('follow.title')}</h1>
        ${followForm(t, '/ikuti', {})}`,
    );
  });
  app.post('/ikuti', (request, reply) => logInFromForm(request, reply, '/ikuti'));

  app.get<{ Params: { code: string } }>('/q/:code/ikuti', async (request, reply) =>
    reply.redirect(`/q/${encodeURIComponent(request.params.code)}#ikuti`, 303),
  );

  app.post<{ Params: { code: string } }>('/q/:code/ikuti', async (request, reply) => {
    const channel = await usableChannel(ctx, request, request.params.code);
    const banner = 'page' in channel ? undefined : channelBanner(ctx, request, channel);
    const action = 'page' in channel ? '/ikuti' : `/q/${channel.code}/ikuti`;
    return logInFromForm(request, reply, action, banner);
  });

  app.get<{ Querystring: { terkirim?: string } }>('/laporan', async (request, reply) => {
    const access = await reporterAccessOrForm(request);
    if (!access) return expiredPage(request, reply);
    const view = await reporterView(ctx, access);
    return sendPage(
      request,
      reply,
      view.caseNumber,
      followView(request.t, request.lang, view, {
        sent: request.query.terkirim === '1',
        csrf: access.csrf,
      }),
    );
  });

  /** A progress update as the letter the handlers print: addressed to "Pelapor", no more. */
  app.get<{ Params: { id: string } }>('/laporan/perkembangan/:id', async (request, reply) => {
    const access = await reporterAccessOrForm(request);
    if (!access) return expiredPage(request, reply);
    const letter = await reporterLetter(
      ctx,
      access,
      request.params.id.replace(/\.pdf$/, ''),
      request.lang,
    );
    return reply
      .type('application/pdf')
      .header('x-content-type-options', 'nosniff')
      .header('content-disposition', 'attachment; filename="sp2hp.pdf"')
      .header('cache-control', 'no-store')
      .send(Buffer.from(letter));
  });

  app.post('/laporan/balas', async (request, reply) => {
    const access = await reporterAccessOrForm(request);
    if (!access) return expiredPage(request, reply);
    const { fields, files } = await readForm(request);
    checkCsrf(access, field(fields, '_csrf'));
    const body = field(fields, 'body') ?? '';
    try {
      await replyAsReporter(ctx, access, body, files);
      return reply.redirect('/laporan?terkirim=1', 303);
    } catch (error) {
      if (!(error instanceof AppError) || !error.fields) throw error;
      const view = await reporterView(ctx, access);
      const problem = error.fields.body ?? error.fields.files;
      return sendPage(
        request,
        reply,
        view.caseNumber,
        followView(request.t, request.lang, view, { body, error: problem, csrf: access.csrf }),
        { status: error.status },
      );
    }
  });

  app.post('/laporan/keluar', async (request, reply) => {
    const token = request.cookies[cookieName];
    const access = await reporterAccessOrForm(request);
    if (token && access) {
      const { fields } = await readForm(request);
      checkCsrf(access, field(fields, '_csrf'));
      await endSession(ctx.db, token);
    }
    reply.clearCookie(cookieName, { path: '/' });
    return reply.redirect('/', 303);
  });

  const reporterAccessOrForm = async (request: FastifyRequest) => {
    try {
      return await reporterAccess(ctx, request.cookies[cookieName]);
    } catch {
      return undefined;
    }
  };

  const expiredPage = (request: FastifyRequest, reply: FastifyReply) => {
    const t = request.t;
    reply.clearCookie(cookieName, { path: '/' });
    const body = html`<h1>${t('follow.title')}</h1>
      <div class="warning">${t('error.reporterSessionExpired')}</div>
      ${followForm(t, '/ikuti', {})}`;
    return sendPage(request, reply, t('follow.title'), body, { status: 401 });
  };

  app.post('/api/v1/reporter/session', async (request, reply) => {
    const receipt = (request.body as { receipt?: unknown } | undefined)?.receipt;
    const token = await openReporterSession(ctx, throttle, receipt, request.ip);
    return reply.send({ token });
  });

  app.get('/api/v1/reporter/report', async (request) => {
    const view = await reporterView(ctx, await reporterAccess(ctx, bearer(request)));
    return {
      caseNumber: view.caseNumber,
      kind: view.kind,
      state: view.state,
      outcome: view.outcome,
      report: view.report,
      messages: view.messages.map((m) => ({
        id: m.id,
        from: m.author === 'reporter' ? 'reporter' : 'handler',
        kind: m.kind,
        body: m.kind === 'progress' ? null : m.body,
        progress: m.kind === 'progress' ? (JSON.parse(m.body) as unknown) : null,
        createdAt: m.createdAt.toISOString(),
        files: view.files
          .filter((f) => f.messageId === m.id)
          .map((f) => ({ id: f.id, name: f.name, size: f.size })),
      })),
      files: view.files
        .filter((f) => f.messageId === null)
        .map((f) => ({ id: f.id, name: f.name, size: f.size })),
    };
  });

  app.post('/api/v1/reporter/messages', async (request, reply) => {
    const access = await reporterAccess(ctx, bearer(request));
    const { fields, files } = request.isMultipart()
      ? await readForm(request)
      : { fields: request.body as Record<string, string>, files: [] };
    await replyAsReporter(ctx, access, field(fields ?? {}, 'body'), files);
    return reply.status(201).send({ ok: true });
  });
}
