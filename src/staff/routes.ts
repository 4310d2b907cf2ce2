/** Staff log-in and log-out, for the back office and the API. */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context.js';
import { AppError } from '../errors.js';
import { field, readForm } from '../http/form-data.js';
import { html } from '../http/html.js';
import { sendPage } from '../http/server.js';
import type { T } from '../i18n/catalog.js';
import { endSession } from '../sessions/sessions.js';
import { checkCsrf, requireStaff, staffCookie } from './auth.js';
import { confirmByReader } from '../keys/confirm.js';
import { changePassword, logIn } from './users.js';

function loginForm(t: T, state: { username?: string; failed?: boolean }) {
  return html`<h1>${t('staff.login')}</h1>
    ${state.failed ? html`<div class="errors" role="alert">${t('error.loginFailed')}</div>` : ''}
    <form method="post" action="/staf/masuk" class="card">
      <label for="username">${t('staff.username')}</label>
      <input
        id="username"
        name="username"
        autocomplete="username"
        autocapitalize="off"
        value="${state.username ?? ''}"
        required
      />
      <label for="password">${t('staff.password')}</label>
      <input
        id="password"
        name="password"
        type="password"
        autocomplete="current-password"
        required
      />
      <button type="submit">${t('staff.loginSubmit')}</button>
    </form>`;
}

export function staffRoutes(app: FastifyInstance, ctx: AppContext) {
  const secure = ctx.config.publicUrl.startsWith('https:');

  app.get('/staf/masuk', async (request, reply) =>
    sendPage(request, reply, request.t('staff.login'), loginForm(request.t, {})),
  );

  app.post('/staf/masuk', async (request, reply) => {
    const { fields } = await readForm(request);
    const username = field(fields, 'username') ?? '';
    try {
      const { token } = await logIn(ctx, username, field(fields, 'password') ?? '');
      reply.setCookie(staffCookie, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure,
      });
      return reply.redirect('/staf', 303);
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'unauthorized') throw error;
      return sendPage(
        request,
        reply,
        request.t('staff.login'),
        loginForm(request.t, { username: username.slice(0, 60), failed: true }),
        { status: 401 },
      );
    }
  });

  app.post('/staf/keluar', async (request, reply) => {
    const auth = await requireStaff(ctx, request).catch(() => undefined);
    if (auth) {
      const { fields } = await readForm(request);
      checkCsrf(auth, field(fields, '_csrf'));
      await endSession(ctx.db, auth.token);
    }
    reply.clearCookie(staffCookie, { path: '/' });
    reply.header('clear-site-data', '"cookies", "storage"');
    return reply.redirect('/staf/masuk', 303);
  });

  app.post('/api/v1/staff/password', async (request) => {
    const auth = await requireStaff(ctx, request);
    const body = (request.body ?? {}) as { current?: unknown; password?: unknown };
    const token = await changePassword(
      ctx,
      auth.user,
      String(body.current ?? ''),
      String(body.password ?? ''),
    );
    return { token };
  });

  app.post<{ Params: { username: string } }>(
    '/api/v1/staff/readers/:username/confirmation',
    async (request) => {
      const auth = await requireStaff(ctx, request);
      const result = await confirmByReader(ctx, auth, request.params.username);
      return result;
    },
  );

  app.post('/api/v1/staff/session', async (request) => {
    const body = (request.body ?? {}) as { username?: unknown; password?: unknown };
    if (typeof body.username !== 'string' || typeof body.password !== 'string') {
      throw new AppError('validation_failed', 'error.validation', {
        fields: {
          ...(typeof body.username !== 'string' ? { username: 'field.required' } : {}),
          ...(typeof body.password !== 'string' ? { password: 'field.required' } : {}),
        },
      });
    }
    const { token } = await logIn(ctx, body.username, body.password);
    return { token };
  });
}
