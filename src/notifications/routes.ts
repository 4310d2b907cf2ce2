/** A staff member's own account: the e-mail address and which notifications they receive. */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context.js';
import { staffHeader } from '../cases/views.js';
import { AppError, type FieldErrors } from '../errors.js';
import { field, fieldValues, readForm } from '../http/form-data.js';
import { html } from '../http/html.js';
import { sendPage } from '../http/server.js';
import type { T } from '../i18n/catalog.js';
import { checkCsrf, requireStaff } from '../staff/auth.js';
import { notifyKinds, preferencesOf, savePreferences, type Preferences } from './preferences.js';

type FormState = {
  csrf: string;
  /** What the form shows: the stored choices, or what was typed when it came back. */
  values: { email: string; notify: string[] };
  errors?: FieldErrors;
  saved?: boolean;
  mailOff: boolean;
};

function accountForm(t: T, state: FormState) {
  const errors = state.errors ?? {};
  const emailError = errors.email;
  const notifyError =
    errors.notify ?? Object.entries(errors).find(([k]) => k.startsWith('notify.'))?.[1];
  return html`<p><a href="/staf">${t('staff.backToInbox')}</a></p>
    <h1>${t('account.title')}</h1>
    ${state.saved ? html`<div class="note" role="status">${t('account.saved')}</div>` : ''}
    ${state.mailOff ? html`<div class="note">${t('account.off')}</div>` : ''}
    ${
      Object.keys(errors).length
        ? html`<div class="errors" role="alert">${t('error.validation')}</div>`
        : ''
    }
    <form method="post" action="/staf/akun" class="card" novalidate>
      <input type="hidden" name="_csrf" value="${state.csrf}" />
      <label for="email">${t('account.email')}</label>
      <p class="hint" id="email-hint">${t('account.emailHint')}</p>
      <input
        id="email"
        name="email"
        type="email"
        autocomplete="email"
        inputmode="email"
        maxlength="254"
        value="${state.values.email}"
        aria-describedby="email-hint"
        ${emailError ? html`aria-invalid="true"` : ''}
      />
      ${emailError ? html`<p class="error">${t(emailError)}</p>` : ''}
      <fieldset>
        <legend>${t('account.notify')}</legend>
        <p class="hint">${t('account.notifyHint')}</p>
        ${notifyKinds.map(
          (kind) =>
            html`<label class="check"
              ><input
                type="checkbox"
                name="notify"
                value="${kind}"
                ${state.values.notify.includes(kind) ? html`checked` : ''}
              />
              ${t(`account.kind.${kind}`)}</label
            >`,
        )}
        ${notifyError ? html`<p class="error">${t(notifyError)}</p>` : ''}
      </fieldset>
      <button type="submit">${t('account.save')}</button>
    </form>
    <p><a href="/staf/sandi">${t('password.title')}</a></p>`;
}

const asJson = (preferences: Preferences) => ({
  email: preferences.email,
  notify: preferences.notify,
});

export function notificationRoutes(app: FastifyInstance, ctx: AppContext) {
  const mailOff = !ctx.config.smtpUrl;

  const page = (
    request: Parameters<typeof sendPage>[0],
    reply: Parameters<typeof sendPage>[1],
    auth: { user: { username: string; role: string }; csrf: string },
    state: FormState,
    status = 200,
  ) =>
    sendPage(request, reply, request.t('account.title'), accountForm(request.t, state), {
      status,
      header: staffHeader(request.t, auth.user.username, auth.csrf, auth.user.role),
    });

  app.get<{ Querystring: { tersimpan?: string } }>('/staf/akun', async (request, reply) => {
    const auth = await requireStaff(ctx, request).catch(() => undefined);
    if (!auth) return reply.redirect('/staf/masuk', 303);
    const stored = preferencesOf(auth.user);
    return page(request, reply, auth, {
      csrf: auth.csrf,
      values: { email: stored.email ?? '', notify: stored.notify },
      saved: request.query.tersimpan === '1',
      mailOff,
    });
  });

  app.post('/staf/akun', async (request, reply) => {
    const auth = await requireStaff(ctx, request).catch(() => undefined);
    if (!auth) return reply.redirect('/staf/masuk', 303);
    const { fields } = await readForm(request);
    checkCsrf(auth, field(fields, '_csrf'));
    const typed = {
      email: (field(fields, 'email') ?? '').slice(0, 254),
      notify: fieldValues(fields, 'notify'),
    };
    try {
      await savePreferences(ctx, auth.user, typed);
      return reply.redirect('/staf/akun?tersimpan=1', 303);
    } catch (error) {
      if (!(error instanceof AppError) || !error.fields) throw error;
      const state = { csrf: auth.csrf, values: typed, errors: error.fields, mailOff };
      return page(request, reply, auth, state, error.status);
    }
  });

  app.get('/api/v1/me', async (request) => {
    const auth = await requireStaff(ctx, request);
    return {
      username: auth.user.username,
      role: auth.user.role,
      ...asJson(preferencesOf(auth.user)),
    };
  });

  app.patch('/api/v1/me', async (request) => {
    const auth = await requireStaff(ctx, request);
    const raw = request.body;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
      throw new AppError('bad_request', 'error.badRequest', {
        detail: 'the body is not an object',
      });
    const body = raw as { email?: unknown; notify?: unknown };
    // A field left out keeps its stored value, so a client may change one alone.
    const stored = preferencesOf(auth.user);
    const saved = await savePreferences(ctx, auth.user, {
      email: 'email' in body ? body.email : stored.email,
      notify: 'notify' in body ? body.notify : stored.notify,
    });
    return asJson(saved);
  });
}
