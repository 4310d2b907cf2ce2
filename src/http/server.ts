/** The HTTP server: security headers, language, error pages, and every feature's routes. */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import Fastify, {
  LogController,
  type FastifyBaseLogger,
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import type { AppContext } from '../app-context.js';
import { AppError } from '../errors.js';
import { languages, negotiate, translator, type Lang, type T } from '../i18n/catalog.js';
import { html, type SafeHtml } from './html.js';
import { page } from './layout.js';

declare module 'fastify' {
  interface FastifyRequest {
    lang: Lang;
    t: T;
  }
}

const csp = [
  "default-src 'self'",
  "img-src 'self' data:",
  "style-src 'self'",
  "script-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
].join('; ');

const assets = {
  'app.css': { file: 'app.css', type: 'text/css; charset=utf-8' },
  'app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
} as const;

export type Feature = (app: FastifyInstance, ctx: AppContext) => void | Promise<void>;

/** Builds the server with the given features' routes. */
export async function buildServer(ctx: AppContext, features: Feature[]): Promise<FastifyInstance> {
  const app: FastifyInstance = Fastify({
    loggerInstance: ctx.log as FastifyBaseLogger,
    trustProxy: ctx.config.trustProxy,
    genReqId: () => randomUUID(),
    bodyLimit: 2 * 1024 * 1024,
    // A reporter's requests leave no line in the log, matched to a route or not.
    logController: new LogController({
      disableRequestLogging: (req: { url?: string }) => isReporterPath(req.url ?? ''),
    }),
    // Longer than any real code, so an odd one reaches its route and gets the page that explains.
    routerOptions: { maxParamLength: 1000, ignoreTrailingSlash: true },
    // A URL the router cannot even read (bad percent-encoding) still gets our page, not raw JSON.
    frameworkErrors: (error, request, reply) =>
      sendError(
        request,
        reply,
        new AppError('bad_request', 'error.badRequest', { detail: error.code }),
      ),
  });

  await app.register(cookie);
  await app.register(formbody);
  // A file over the limit comes back marked `truncated` (so the form says why) instead of a 413.
  await app.register(multipart, {
    limits: { fileSize: 10 * 1024 * 1024 },
    throwFileSizeLimit: false,
  });

  app.decorateRequest('lang', 'id');
  app.decorateRequest('t', null as unknown as T);
  app.addHook('onRequest', async (request, reply) => chooseLanguage(request, reply));
  app.addHook('onSend', async (request, reply) => setSecurityHeaders(request, reply));

  app.setErrorHandler((error, request, reply) => sendError(request, reply, error));
  app.setNotFoundHandler((request, reply) =>
    sendError(request, reply, new AppError('not_found', 'error.notFound')),
  );

  app.get('/healthz', async () => ({ ok: true }));
  const assetDir = path.join(import.meta.dirname, 'assets');
  for (const [name, asset] of Object.entries(assets)) {
    const body = fs.readFileSync(path.join(assetDir, asset.file));
    app.get(`/assets/${name}`, async (_request, reply) =>
      reply.type(asset.type).header('cache-control', 'public, max-age=3600').send(body),
    );
  }

  for (const feature of features) await feature(app, ctx);
  return app;
}

function chooseLanguage(request: FastifyRequest, reply: FastifyReply) {
  const asked = (request.query as Record<string, unknown> | undefined)?.lang;
  let lang: Lang;
  if (typeof asked === 'string' && (languages as string[]).includes(asked)) {
    lang = asked as Lang;
    reply.setCookie('lang', lang, {
      path: '/',
      sameSite: 'lax',
      httpOnly: true,
      maxAge: 31_536_000,
    });
  } else {
    const saved = request.cookies.lang;
    lang =
      saved && (languages as string[]).includes(saved)
        ? (saved as Lang)
        : negotiate(request.headers['accept-language']);
  }
  request.lang = lang;
  request.t = translator(lang);
}

function setSecurityHeaders(request: FastifyRequest, reply: FastifyReply) {
  reply.header('content-security-policy', csp);
  reply.header('referrer-policy', 'no-referrer');
  reply.header('x-content-type-options', 'nosniff');
  reply.header('x-frame-options', 'DENY');
  reply.header(
    'permissions-policy',
    'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  );
  reply.header('cross-origin-opener-policy', 'same-origin');
  reply.header('cross-origin-resource-policy', 'same-origin');
  if (!request.url.startsWith('/assets/') && !reply.hasHeader('cache-control'))
    reply.header('cache-control', 'no-store');
}

/** Paths a reporter uses (as opposed to the back office and the staff API), even mistyped. */
export function isReporterPath(url: string): boolean {
  return !staffPaths.some(
    (prefix) => url === prefix || url.startsWith(`${prefix}/`) || url.startsWith(`${prefix}?`),
  );
}

/** Where only staff go: the back office and the staff API. Everything else may be a reporter. */
const staffPaths = [
  '/staf',
  '/api/v1/staff',
  '/api/v1/cases',
  '/api/v1/me',
  '/api/v1/stats',
  '/api/v1/audit',
  '/api/v1/admin',
];

/** Whether a request wants JSON rather than a page. */
export function wantsJson(request: FastifyRequest): boolean {
  return request.url.startsWith('/api/');
}

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const fastifyError = error as FastifyError;
  const code = fastifyError.code ?? '';
  // A NUL (or other text PostgreSQL cannot store) that reached a query is the client's mistake.
  if (code === '22021') {
    return new AppError('bad_request', 'error.badRequest', { detail: 'text the database refused' });
  }
  if (
    code === 'FST_ERR_CTP_BODY_TOO_LARGE' ||
    code === 'FST_REQ_FILE_TOO_LARGE' ||
    fastifyError.statusCode === 413
  ) {
    return new AppError('payload_too_large', 'error.payloadTooLarge', { detail: code });
  }
  if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return new AppError('bad_request', 'error.badRequest', {
      detail: code || fastifyError.message,
    });
  }
  return new AppError('internal', 'error.internal', { detail: (error as Error)?.message });
}

/** The one place that turns an error into JSON or a page in the user's language. */
export function sendError(request: FastifyRequest, reply: FastifyReply, error: unknown) {
  const appError = toAppError(error);
  if (appError.code === 'internal') request.log.error({ err: error }, 'request failed');
  else if (!isReporterPath(request.url))
    request.log.info({ code: appError.code }, 'request refused');
  const t = request.t ?? translator('id');

  if (appError.options.retryAfter) reply.header('retry-after', String(appError.options.retryAfter));
  reply.status(appError.status);
  if (wantsJson(request)) {
    const fields = appError.fields
      ? Object.fromEntries(Object.entries(appError.fields).map(([name, key]) => [name, t(key)]))
      : undefined;
    return reply.send({
      error: {
        code: appError.code,
        message: t(appError.messageKey),
        ...(fields ? { fields } : {}),
      },
    });
  }
  const body = html`<div class="card errors">
      <h1>${t('error.title')}</h1>
      <p>${t(appError.messageKey)}</p>
    </div>
    <p><a class="button secondary" href="/">${t('error.home')}</a></p>`;
  return reply
    .type('text/html; charset=utf-8')
    .send(page({ lang: request.lang ?? 'id', t, title: t('error.title'), body, path: '/' }));
}

/** Sends a full HTML page. */
export function sendPage(
  request: FastifyRequest,
  reply: FastifyReply,
  title: string,
  body: ReturnType<typeof html>,
  options: { status?: number; wide?: boolean; scripts?: boolean; header?: SafeHtml } = {},
) {
  // The answer to a form post cannot be fetched again in another language (a receipt would be
  // lost), so such pages offer no switch.
  const path =
    request.method === 'GET'
      ? request.url.replace(/([?&])lang=[^&]*&?/, '$1').replace(/[?&]$/, '')
      : undefined;
  return reply
    .status(options.status ?? 200)
    .type('text/html; charset=utf-8')
    .send(
      page({
        lang: request.lang,
        t: request.t,
        title,
        body,
        path,
        scripts: options.scripts ?? true,
        wide: options.wide,
        header: options.header,
      }),
    );
}
