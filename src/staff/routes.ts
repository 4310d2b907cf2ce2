/** Staff log-in (password and second factor), enrolment, log-out; for the back office and API. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import type { AppContext } from '../app-context.js';
import { AppError, type FieldErrors } from '../errors.js';
import { field, readForm } from '../http/form-data.js';
import { html } from '../http/html.js';
import { sendPage } from '../http/server.js';
import type { MessageKey, T } from '../i18n/catalog.js';
import { confirmByReader } from '../keys/confirm.js';
import { checkCsrf, endSession } from '../sessions/sessions.js';
import { passwordChangePending, requireStaff, staffCookie } from './auth.js';
import { LoginThrottle } from './login-throttle.js';
import { confirmTotp, enrolmentOf, pendingSetup, setUpTotp } from './second-factor.js';
import { changePassword, logIn } from './users.js';

const enrolCookie = 'peluit_daftar';

function loginForm(t: T, state: { username?: string; problem?: MessageKey }) {
  return html`<h1>${t('staff.login')}</h1>
    ${state.problem ? html`<div class="errors" role="alert">${t(state.problem)}</div>` : ''}
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
      <label for="totp">${t('staff.totp')}</label>
      <p class="hint">${t('staff.totpHint')}</p>
      <input
        id="totp"
        name="totp"
        inputmode="numeric"
        autocomplete="one-time-code"
        maxlength="20"
      />
      <button type="submit">${t('staff.loginSubmit')}</button>
    </form>`;
}

async function enrolPage(
  t: T,
  setup: { secret: string; uri: string },
  csrf: string,
  errors: FieldErrors = {},
) {
  const svg = await QRCode.toString(setup.uri, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
  });
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  return html`<h1>${t('totp.title')}</h1>
    <p>${t('totp.lead')}</p>
    <div class="card">
      <img src="${src}" alt="${t('totp.qrAlt')}" width="240" height="240" />
      <p>${t('totp.manual')}</p>
      <p><code>${setup.secret.replace(/(.{4})/g, '$1 ').trim()}</code></p>
    </div>
    <form method="post" action="/staf/2fa" class="card">
      <input type="hidden" name="_csrf" value="${csrf}" />
      <label for="code">${t('totp.code')}</label>
      <input
        id="code"
        name="code"
        inputmode="numeric"
        autocomplete="one-time-code"
        maxlength="7"
        required
      />
      ${errors.code ? html`<p class="error">${t(errors.code)}</p>` : ''}
      <button type="submit">${t('totp.confirm')}</button>
    </form>`;
}

function codesPage(t: T, codes: string[]) {
  return html`<h1>${t('totp.done')}</h1>
    <div class="warning" role="alert">${t('totp.codesWarning')}</div>
    <ul class="card">
      ${codes.map((c) => html`<li><code>${c}</code></li>`)}
    </ul>
    <p><a class="button" href="/staf">${t('totp.continue')}</a></p>`;
}

export function staffRoutes(app: FastifyInstance, ctx: AppContext) {
  const secure = ctx.config.publicUrl.startsWith('https:');
  const throttle = new LoginThrottle();
  const cookie = { path: '/', httpOnly: true, sameSite: 'strict', secure } as const;

  // Until a temporary password is replaced, every back office page leads to the page that does it.
  const untilPasswordChanged = new Set(['/staf/sandi', '/staf/masuk', '/staf/2fa', '/staf/keluar']);
  app.addHook('onRequest', async (request, reply) => {
    const path = request.url.split('?')[0]!;
    if (request.method !== 'GET' || !path.startsWith('/staf') || untilPasswordChanged.has(path))
      return;
    const token = request.cookies[staffCookie];
    if (token && (await passwordChangePending(ctx, token)))
      await reply.redirect('/staf/sandi', 303);
  });

  app.get('/staf/masuk', async (request, reply) =>
    sendPage(request, reply, request.t('staff.login'), loginForm(request.t, {})),
  );

  app.post('/staf/masuk', async (request, reply) => {
    const { fields } = await readForm(request);
    const username = field(fields, 'username') ?? '';
    try {
      const result = await logIn(ctx, throttle, {
        username,
        password: field(fields, 'password') ?? '',
        totp: field(fields, 'totp'),
        address: request.ip,
      });
      if (result.totpSetupRequired) {
        reply.setCookie(enrolCookie, result.token, cookie);
        return reply.redirect('/staf/2fa', 303);
      }
      reply.setCookie(staffCookie, result.token, cookie);
      return reply.redirect(result.passwordChangeRequired ? '/staf/sandi' : '/staf', 303);
    } catch (error) {
      if (
        !(error instanceof AppError) ||
        !['unauthorized', 'totp_required', 'too_many_attempts'].includes(error.code)
      )
        throw error;
      const body = loginForm(request.t, {
        username: username.slice(0, 60),
        problem: error.messageKey,
      });
      return sendPage(request, reply, request.t('staff.login'), body, { status: error.status });
    }
  });

  const enrolment = async (request: FastifyRequest, reply: FastifyReply) => {
    try {
      return await enrolmentOf(ctx, request.cookies[enrolCookie]);
    } catch {
      await reply.redirect('/staf/masuk', 303);
      return undefined;
    }
  };

  app.get('/staf/2fa', async (request, reply) => {
    const session = await enrolment(request, reply);
    if (!session) return reply;
    // Shown again on a reload until confirmed: the same secret, so a scan already made still works.
    const setup = pendingSetup(ctx, session.user) ?? (await setUpTotp(ctx, session.user));
    return sendPage(
      request,
      reply,
      request.t('totp.title'),
      await enrolPage(request.t, setup, session.csrf),
    );
  });

  app.post('/staf/2fa', async (request, reply) => {
    const session = await enrolment(request, reply);
    if (!session) return reply;
    const { fields } = await readForm(request);
    checkCsrf(session, field(fields, '_csrf'));
    try {
      const { token, recoveryCodes } = await confirmTotp(ctx, session, field(fields, 'code'));
      reply.clearCookie(enrolCookie, { path: '/' });
      reply.setCookie(staffCookie, token, cookie);
      return sendPage(request, reply, request.t('totp.done'), codesPage(request.t, recoveryCodes));
    } catch (error) {
      if (!(error instanceof AppError) || !error.fields) throw error;
      const body = await enrolPage(
        request.t,
        pendingSetup(ctx, (await enrolmentOf(ctx, session.token)).user)!,
        session.csrf,
        error.fields,
      );
      return sendPage(request, reply, request.t('totp.title'), body, { status: error.status });
    }
  });

  const passwordForm = (
    t: T,
    csrf: string,
    errors: FieldErrors = {},
    done = false,
    temporary = false,
  ) =>
    html`${temporary ? '' : html`<p><a href="/staf">${t('staff.backToInbox')}</a></p>`}
      <h1>${t('password.title')}</h1>
      ${done ? html`<div class="note" role="status">${t('password.done')}</div>` : ''}
      ${temporary ? html`<div class="warning" role="alert">${t('password.temporaryLead')}</div>` : ''}
      <form method="post" action="/staf/sandi" class="card">
        <input type="hidden" name="_csrf" value="${csrf}" />
        <label for="current">${t(temporary ? 'password.temporary' : 'password.current')}</label>
        <input
          id="current"
          name="current"
          type="password"
          autocomplete="current-password"
          required
        />
        ${errors.current ? html`<p class="error">${t(errors.current)}</p>` : ''}
        <label for="password">${t('password.new')}</label>
        <input
          id="password"
          name="password"
          type="password"
          autocomplete="new-password"
          minlength="10"
          required
        />
        ${errors.password ? html`<p class="error">${t(errors.password)}</p>` : ''}
        <button type="submit">${t('password.submit')}</button>
      </form>`;

  const passwordPage = { passwordChange: true };

  app.get<{ Querystring: { diganti?: string } }>('/staf/sandi', async (request, reply) => {
    const auth = await requireStaff(ctx, request, passwordPage).catch(() => undefined);
    if (!auth) return reply.redirect('/staf/masuk', 303);
    const done = request.query.diganti === '1';
    const temporary = auth.user.must_change_password;
    return sendPage(
      request,
      reply,
      request.t('password.title'),
      passwordForm(request.t, auth.csrf, {}, done, temporary),
    );
  });

  app.post('/staf/sandi', async (request, reply) => {
    const auth = await requireStaff(ctx, request, passwordPage).catch(() => undefined);
    if (!auth) return reply.redirect('/staf/masuk', 303);
    const { fields } = await readForm(request);
    checkCsrf(auth, field(fields, '_csrf'));
    try {
      const token = await changePassword(
        ctx,
        auth.user,
        field(fields, 'current') ?? '',
        field(fields, 'password') ?? '',
      );
      reply.setCookie(staffCookie, token, cookie);
      return reply.redirect(
        auth.user.must_change_password ? '/staf' : '/staf/sandi?diganti=1',
        303,
      );
    } catch (error) {
      if (!(error instanceof AppError) || !error.fields) throw error;
      return sendPage(
        request,
        reply,
        request.t('password.title'),
        passwordForm(request.t, auth.csrf, error.fields, false, auth.user.must_change_password),
        { status: error.status },
      );
    }
  });

  app.post('/staf/keluar', async (request, reply) => {
    const auth = await requireStaff(ctx, request, passwordPage).catch(() => undefined);
    if (auth) {
      const { fields } = await readForm(request);
      checkCsrf(auth, field(fields, '_csrf'));
      await endSession(ctx.db, auth.token);
    }
    reply.clearCookie(staffCookie, { path: '/' });
    reply.header('clear-site-data', '"cookies", "storage"');
    return reply.redirect('/staf/masuk', 303);
  });

  const bearer = (request: FastifyRequest) => {
    const header = request.headers.authorization;
    return header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
  };

  app.post('/api/v1/staff/session', async (request) => {
    const body = (request.body ?? {}) as { username?: unknown; password?: unknown; totp?: unknown };
    if (typeof body.username !== 'string' || typeof body.password !== 'string') {
      throw new AppError('validation_failed', 'error.validation', {
        fields: {
          ...(typeof body.username !== 'string' ? { username: 'field.required' } : {}),
          ...(typeof body.password !== 'string' ? { password: 'field.required' } : {}),
        },
      });
    }
    const result = await logIn(ctx, throttle, {
      username: body.username,
      password: body.password,
      totp: body.totp,
      address: request.ip,
    });
    return {
      token: result.token,
      ...(result.totpSetupRequired ? { totpSetupRequired: true } : {}),
      ...(result.passwordChangeRequired ? { passwordChangeRequired: true } : {}),
    };
  });

  app.post('/api/v1/staff/totp/setup', async (request) => {
    const session = await enrolmentOf(ctx, bearer(request));
    return setUpTotp(ctx, session.user);
  });

  app.post('/api/v1/staff/totp/confirm', async (request) => {
    const session = await enrolmentOf(ctx, bearer(request));
    const code = (request.body as { code?: unknown } | undefined)?.code;
    const confirmed = await confirmTotp(ctx, session, code);
    return session.user.must_change_password
      ? { ...confirmed, passwordChangeRequired: true }
      : confirmed;
  });

  app.post('/api/v1/staff/password', async (request) => {
    const auth = await requireStaff(ctx, request, passwordPage);
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
      return confirmByReader(ctx, auth, request.params.username);
    },
  );
}
